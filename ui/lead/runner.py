"""Shared parts of the team-lead audit pages: the request runner and small table helpers.

Every page asks the service through one :class:`AuditRunner`: the call runs on the
shared QThreadPool (:mod:`ui.common.tasks`) on the session's pool client, and only the
finished result comes back to the GUI thread. A page that was closed meanwhile
ignores late answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reviewer.client.lead import LeadApi
from ui.common import tasks
from ui.common.errors import describe_error

if TYPE_CHECKING:
    from reviewer.session import Session


class Closed(Exception):
    """A job dropped because its window had closed (never shown to anyone)."""


class AuditRunner(QObject):
    """Runs ``job(LeadApi)`` on the pool; ``problem(str)`` carries a readable failure."""

    problem = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.closed = False

    def run(
        self,
        job: Callable[[LeadApi], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Call ``done(result)`` or ``failed(message)`` on the GUI thread when the job ends."""

        def on_error(exc: BaseException) -> None:
            if self.closed:
                return
            text = describe_error(exc, self.session.server_url)
            self.problem.emit(text)
            if failed is not None:
                failed(text)

        def on_done(result: Any) -> None:
            if not self.closed:
                done(result)

        session = self.session

        def work() -> Any:
            if self.closed:  # the window closed before the job started: no request at all
                raise Closed
            return session.call(lambda api: job(LeadApi(api)))

        tasks.submit(work, on_done, on_error)


def row_height(widget: QWidget) -> int:
    """A table row tall enough for one line of the widget's font plus padding."""
    return widget.fontMetrics().height() + 12


def fix_rows(view: QTableView) -> None:
    """Fixed row height from the font: the view never measures rows (FIELD-NOTES)."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(1)
    header.setDefaultSectionSize(row_height(view))
    header.setVisible(False)


def make_table(parent: QWidget, name: str, headers: Sequence[str], accessible: str) -> QTableWidget:
    """A read-only, row-selecting table for a few hundred rows at most."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    fix_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
    data: Sequence[Any] | None = None,
) -> None:
    """Replace the rows; cells are plain text (item views never render markup).

    ``numeric`` columns are right-aligned; ``data`` puts one value per row into the
    first cell's UserRole (for double-click handlers).
    """
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(right)
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)


def combo(
    parent: QWidget, name: str, accessible: str, choices: Sequence[tuple[str, str]]
) -> QComboBox:
    """A combo box of (label, value) pairs; the value is in the item data."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for label, value in choices:
        box.addItem(label, value)
    return box


def combo_value(box: QComboBox) -> str:
    value = box.currentData()
    return str(value) if value is not None else ""
