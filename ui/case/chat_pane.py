"""The chat log: a search and filter bar over a virtualised, fixed-row-height table.

A ``QTableView`` whose vertical header has a fixed section size lays out 200k rows in
~18 ms (a uniform ``QListView`` needs ~1 s, a text widget far more), so that is the view.
Columns get widths from the font, never ``ResizeToContents`` (which would visit every row).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.case.chat_model import COL_TEXT, COL_TIME, COL_USER, ChatTableModel
from ui.case.chat_table import ChatTable, Highlighter
from ui.common import formats
from ui.common.i18n import arg
from ui.common.shortcuts import AUTHOR_HISTORY, FIND_IN_CHAT, LEAVE_FIELD, WIDGET_ONLY
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

FILTER_DELAY_MS = 150


class ChatView(QWidget):
    """Search box, user filter, flagged-only toggle and the message table.

    Signals: ``filterApplied(int)`` with the number of rows shown after a filter ran;
    ``messageSelected(int)`` with the message's offset in ms when the current row changes.
    """

    filterApplied = Signal(int)
    messageSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Chat log"))
        self._log: ChatLog | None = None
        self._names: dict[str, list[str]] | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("chatSearch")
        self.search.setAccessibleName(self.tr("Search chat text"))
        self.search.setPlaceholderText(self.tr("Search chat"))
        self.search.setClearButtonEnabled(True)
        # Click (or Ctrl+F) to search: a box that grabbed focus on its own would silently
        # swallow the next decision key.
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.user_filter = QLineEdit(self)
        self.user_filter.setObjectName("chatUserFilter")
        self.user_filter.setAccessibleName(self.tr("Filter chat by user"))
        self.user_filter.setPlaceholderText(self.tr("User"))
        self.user_filter.setClearButtonEnabled(True)
        self.user_filter.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.flagged_only = QCheckBox(self.tr("Flagged only"), self)
        self.flagged_only.setObjectName("chatFlaggedOnly")
        self.flagged_only.setAccessibleName(self.tr("Show flagged messages only"))

        self.count_label = plain_label("", self, object_name="chatCount")
        self.count_label.setAccessibleName(self.tr("Messages shown"))
        self.count_label.setProperty("role", "muted")

        self.model = ChatTableModel(self)
        self.highlighter = Highlighter()
        self.table = ChatTable(self.model, self.highlighter, self)
        self.table.setObjectName("chatTable")
        self.table.setAccessibleName(self.tr("Chat messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setCornerButtonEnabled(False)
        self.table.setSortingEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes with the log's length would change
        # the message column's width between cases (text re-shaped, the table shifting).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        self._apply_metrics()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.user_filter, 1)
        bar.addWidget(self.flagged_only)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._schedule)
        self.user_filter.textChanged.connect(self._schedule)
        self.search.returnPressed.connect(self.apply_filter)
        self.user_filter.returnPressed.connect(self.apply_filter)
        self.flagged_only.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(self._on_double_click)
        FIND_IN_CHAT.install(self, self.focus_search)
        AUTHOR_HISTORY.install(self.table, self.show_user_history, WIDGET_ONLY)
        for edit in (self.search, self.user_filter, self.table):
            LEAVE_FIELD.install(edit, self._escape_filters, WIDGET_ONLY)
        self._update_count()

    # -- public API ---------------------------------------------------------------------

    def set_chat_log(self, log: ChatLog | None) -> None:
        """Show ``log`` (filters are cleared: they belong to the previous case)."""
        self._timer.stop()
        self._log = log
        self._names = None
        self.highlighter.set_search("")
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(True)
        self.search.clear()
        self.user_filter.clear()
        self.flagged_only.setChecked(False)
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(False)
        self.model.set_chat_log(log)
        self.table.scrollToTop()
        self._update_count()

    def chat_log(self) -> ChatLog | None:
        return self._log

    def log_grew(self) -> None:
        """More pages were appended to the shown log: add them (and re-run a filter)."""
        if self._log is None:
            return
        self._names = None
        self.model.log_grew()
        if self.model.is_filtered():
            self.apply_filter()
        self._update_count()

    def set_flagged_terms(self, terms: Sequence[str]) -> None:
        """Terms from the policy taxonomy, marked wherever they occur in a message."""
        self.highlighter.set_terms(terms)
        self.table.viewport().update()

    def set_filter(
        self, *, text: str | None = None, user: str | None = None, flagged_only: bool | None = None
    ) -> None:
        """Set any of the filter fields and apply them now."""
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(True)
        if text is not None:
            self.search.setText(text)
        if user is not None:
            self.user_filter.setText(user)
        if flagged_only is not None:
            self.flagged_only.setChecked(flagged_only)
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Run the log's index filter and reset the model onto the matching rows."""
        self._timer.stop()
        log = self._log
        if log is None:
            self.filterApplied.emit(0)
            return
        text = self.search.text().strip()
        user = self.user_filter.text().strip()
        flagged = self.flagged_only.isChecked()
        keep_log_index = self._current_log_index()
        self.highlighter.set_search(text)
        self.table.viewport().update()
        if not text and not user and not flagged:
            self.model.set_row_indices(None)
        elif user:
            rows = self._user_rows(log, user, flagged, text or None)
            self.model.set_row_indices(rows)
        else:
            self.model.set_row_indices(log.filter(flagged_only=flagged, text=text or None))
        if keep_log_index is not None and self.model.rowCount() > 0:
            self.scroll_to_log_index(keep_log_index, select=False)
        self._update_count()
        self.filterApplied.emit(self.model.rowCount())

    def _user_rows(self, log: ChatLog, user: str, flagged: bool, text: str | None) -> Sequence[int]:
        """Rows by the users whose name is ``user`` (or contains it), merged in log order.

        The log indexes rows by user id; moderators type names, so names are mapped to ids
        once per log (an exact, case-insensitive name wins over partial matches).
        """
        names = self._names
        if names is None:
            names = {}
            # one C-speed pass: user id -> (last) name, then name -> ids
            for uid, name in dict(zip(log.user_ids, log.usernames, strict=False)).items():
                names.setdefault(name.casefold(), []).append(uid)
            self._names = names
        needle = user.casefold()
        ids = names.get(needle)
        if ids is None:
            ids = [uid for name, uids in names.items() if needle in name for uid in uids]
        if len(ids) == 1:
            return log.filter(user=ids[0], flagged_only=flagged, text=text)
        merged: list[int] = []
        for uid in ids:
            merged.extend(log.filter(user=uid, flagged_only=flagged, text=text))
        merged.sort()
        return merged

    def show_user_history(self) -> None:
        """Filter to the author of the current message (their history within this stream)."""
        row = self.table.currentIndex().row()
        if row < 0 or self.model.rowCount() == 0:
            return
        self.set_filter(user=self.model.username(row), text="", flagged_only=False)

    def scroll_to_offset(self, offset_ms: int, *, mark: bool = False) -> None:
        """Bring the message nearest to ``offset_ms`` into view (without selecting it);
        ``mark`` also tints it as the moment of the snapshot on screen."""
        if self._log is None or self.model.total() == 0:
            return
        nearest = int(self._log.nearest_index(offset_ms))
        if mark:
            self.model.set_moment(nearest)
        self.scroll_to_log_index(nearest, select=False)

    def scroll_to_log_index(self, log_index: int, *, select: bool) -> None:
        row = self.model.row_for_log_index(log_index)
        if row < 0:
            return
        index = self.model.index(row, COL_TEXT)
        # Right after a model reset the scroll bar still has the old range (the view lays
        # out lazily), so a scrollTo would be clamped to the top: lay out first.
        self.table.doItemsLayout()
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if select:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- internals ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_metrics()

    def _apply_metrics(self) -> None:
        """Row height and column widths from the font, so they follow the system font size."""
        fm = self.table.fontMetrics()
        self.model.set_font(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + max(4, fm.height() // 3))
        self.table.verticalHeader().setMinimumSectionSize(fm.height())
        pad = fm.averageCharWidth() * 2
        self.table.setColumnWidth(COL_TIME, fm.horizontalAdvance("00:00:00") + pad)
        self.table.setColumnWidth(COL_USER, fm.averageCharWidth() * 16 + pad)
        efm = self.user_filter.fontMetrics()
        self.user_filter.setMinimumWidth(efm.averageCharWidth() * 12)
        self.search.setMinimumWidth(efm.averageCharWidth() * 14)

    def _schedule(self) -> None:
        self._timer.start()

    def _escape_filters(self) -> None:
        if self.search.text() or self.user_filter.text() or self.flagged_only.isChecked():
            self.set_filter(text="", user="", flagged_only=False)
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _current_log_index(self) -> int | None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.log_index(row)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.messageSelected.emit(self.model.offset_ms(current.row()))

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COL_USER:
            self.show_user_history()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if self._log is None:
            text = ""
        elif self.model.is_filtered():
            text = arg(self.tr("%1 of %2"), formats.number(shown), formats.number(total))
        else:
            text = self.tr("%Ln message(s)", "", total)
        set_plain(self.count_label, text)
