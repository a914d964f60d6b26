"""Conflicts and rejections from sync: a plain-text list the moderator can open.

A decision that came back ``case_conflict``, ``id_reused`` or ``rejected`` is
never dropped (docs/design.md); it stays in the store as a problem row, and this list
shows each with its case, action, status and the service's reason. A decision
the sync engine held on the desk (the service kept refusing it while others
synced) can be sent again from here: ``retryRequested`` names the held ones; or written
to a file for support: ``exportRequested`` carries the path the moderator chose, and the
main window writes the file (this dialog never touches the store).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.store.decisions import HELD_STATUS
from reviewer.store.rows import ProblemRow
from ui.common import a11y, formats
from ui.common.i18n import translate
from ui.common.text import plain_label


def _status_text(status: str) -> str:
    """The outcome in the person's language (translated when shown: a translator may load
    after import); an unknown status from a newer service is shown as it came."""
    known = {
        HELD_STATUS: translate("ProblemsDialog", "Held on this desk: the service kept refusing it"),
        "case_conflict": translate("ProblemsDialog", "Conflict: someone else decided this case"),
        "id_reused": translate(
            "ProblemsDialog", "Refused: decision id reused (client problem, please report)"
        ),
        "rejected": translate("ProblemsDialog", "Rejected by the service"),
    }
    return known.get(status) or _one_line(status, 40)


def _columns() -> tuple[str, ...]:
    return (
        translate("ProblemsDialog", "When"),
        translate("ProblemsDialog", "Case"),
        translate("ProblemsDialog", "Action"),
        translate("ProblemsDialog", "Status"),
        translate("ProblemsDialog", "Reason"),
    )


COLUMN_COUNT = 5


def _one_line(text: str, limit: int = 500) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ProblemsModel(QAbstractTableModel):
    """Rows of :class:`ProblemRow`; DisplayRole only, always plain strings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str]] = []

    def set_problems(
        self, problems: Sequence[ProblemRow], action_labels: Mapping[str, str] | None = None
    ) -> None:
        labels = action_labels or {}
        self.beginResetModel()
        self._rows = [
            (
                formats.date_time(p.at),
                _one_line(p.case_id, 80),
                _one_line(labels.get(p.action, p.action), 60),
                _status_text(p.status),
                _one_line(p.reason),
            )
            for p in problems
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else COLUMN_COUNT

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[index.row()][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                from ui.common.text import plain_tooltip

                return plain_tooltip(text)
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _columns()[section]
        return None

    def row_text(self, row: int) -> tuple[str, str, str, str, str]:
        return self._rows[row]


class ProblemsDialog(QDialog):
    """The list behind the status bar's "Problems" button."""

    #: the ids of the held decisions to put back in the outbox
    retryRequested = Signal(list)
    #: the file to write the held decisions to, for support
    exportRequested = Signal(str)

    def __init__(
        self,
        problems: Sequence[ProblemRow],
        parent: QWidget | None = None,
        *,
        action_labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Sync problems · Live Review Desk"))
        self.resize(920, 420)
        intro = plain_label(
            self.tr(
                "These decisions were not applied by the case service. They are kept here so "
                "that nothing is lost silently; tell your team lead about any you do not "
                "understand."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.model = ProblemsModel(self)
        self.model.set_problems(problems, action_labels)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = plain_label(self.tr("No problems: every decision was accepted."), self)
        self.empty.setVisible(not problems)
        self.table.setVisible(bool(problems))
        buttons = a11y.describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        )
        buttons.rejected.connect(self.reject)
        self.held_ids = [p.decision_id for p in problems if p.status == HELD_STATUS]
        self.retry = QPushButton(self)
        self.retry.setObjectName("retryHeld")
        self.retry.setText(self.tr("Send %n held decision(s) again", "", len(self.held_ids)))
        self.retry.clicked.connect(self._retry)
        buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry.setVisible(bool(self.held_ids))  # after addButton, which shows it
        self.export = QPushButton(self.tr("Export held decisions for support…"), self)
        self.export.setObjectName("exportHeld")
        self.export.setAccessibleDescription(
            self.tr(
                "Writes the held decisions and the service's answers to a file for your team "
                "lead or support; the decisions stay on this computer."
            )
        )
        self.export.clicked.connect(self._ask_export)
        buttons.addButton(self.export, QDialogButtonBox.ButtonRole.ActionRole)
        self.export.setVisible(bool(self.held_ids))
        #: asks where to write the export ('' when the person cancels); a test replaces it
        self.choose_export_path: Callable[[], str] = self._choose_export_path
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)

    def _choose_export_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export held decisions"),
            "held-decisions.json",
            self.tr("JSON files (*.json)"),
        )
        return path

    def _ask_export(self) -> None:
        path = self.choose_export_path()
        if path:
            self.exportRequested.emit(path)

    def _retry(self) -> None:
        """Hand the held decisions back to sync; the list stays open until the next report."""
        ids, self.held_ids = self.held_ids, []
        self.retry.setEnabled(False)
        self.retry.setText(self.tr("Sending again…"))
        self.retryRequested.emit(ids)
