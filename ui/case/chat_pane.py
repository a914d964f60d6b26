"""The chat log: a search and filter bar over a virtualised, fixed-row-height table.

A ``QTableView`` whose vertical header has a fixed section size lays out 200k rows in
~18 ms (a uniform ``QListView`` needs ~1 s, a text widget far more), so that is the view.
Columns get widths from the font, never ``ResizeToContents`` (which would visit every row).

Actions on the chat start here: on the selected messages (or the current one) Delete
removes, Ctrl+T times the authors out, Ctrl+B bans them (also from the context menu); a
picker asks for the policy area, and the pane emits ``chatActionRequested`` for the desk to
record. The raid helper (Ctrl+Shift+R) selects the messages that new accounts posted with
the same text within seconds (``reviewer.chat.raid_rows``), shows them and how many, and
the next action key acts on all of them after the picker's confirmation.

A live stream's new messages join through :meth:`ChatView.append_live` without moving what
the moderator is reading; a chip says how many arrived below and jumps to the end (Ctrl+End).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.chat import ChatColumns, raid_rows
from reviewer.follow import ChatTail
from ui.case.chat_actions import (
    BAN,
    REMOVE,
    TIMEOUT,
    ChatActionDialog,
    ChatActionRequest,
    action_label,
    targets_for,
)
from ui.case.chat_model import COL_AGE, COL_TEXT, COL_TIME, COL_USER, ChatTableModel
from ui.case.chat_table import ChatTable, Highlighter
from ui.common import a11y, formats
from ui.common.elide import ElidedLabel
from ui.common.i18n import arg, translate
from ui.common.shortcuts import (
    AUTHOR_HISTORY,
    CHAT_BAN,
    CHAT_REMOVE,
    CHAT_TIMEOUT,
    FIND_IN_CHAT,
    LEAVE_FIELD,
    NEW_MESSAGES,
    RAID_HELPER,
    WIDGET_ONLY,
)
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut

FILTER_DELAY_MS = 150


class ChatView(QWidget):
    """Search box, user filter, flagged-only toggle and the message table.

    Signals: ``filterApplied(int)`` with the number of rows shown after a filter ran;
    ``messageSelected(int)`` with the message's offset in ms when the current row changes.
    """

    filterApplied = Signal(int)
    messageSelected = Signal(int)
    # a ChatActionRequest the moderator confirmed in the picker
    chatActionRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Chat log"))
        self._log: ChatLog | None = None
        self._names: dict[str, list[str]] | None = None
        self._areas: list[contract.PolicyArea] = []
        self._start_ms: int | None = None
        self._actions_enabled = False
        self.action_dialog: ChatActionDialog | None = None
        self._pending: tuple[str, tuple[tuple[str, str], ...]] | None = None

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
        a11y.describe(
            self.flagged_only,
            translate("Accessibility", "Hides every message without a flagged term"),
        )
        self.flagged_only.setAccessibleName(self.tr("Show flagged messages only"))

        # elides at large text sizes (its whole text in its tool tip): the filters keep room
        self.count_label = ElidedLabel(parent=self, object_name="chatCount", copyable=False)
        self.count_label.setAccessibleName(self.tr("Messages shown"))
        self.count_label.setProperty("role", "muted")
        self.raid_label = plain_label("", self, object_name="chatRaidNote")
        self.raid_label.setAccessibleName(self.tr("Raid helper"))
        self.raid_label.setVisible(False)

        self.model = ChatTableModel(self)
        self.highlighter = Highlighter()
        self.table = ChatTable(self.model, self.highlighter, self)
        self.table.setObjectName("chatTable")
        a11y.describe(
            self.table,
            translate(
                "Accessibility",
                "The stream chat, oldest first; Shift or Ctrl with arrows selects several",
            ),
        )
        self.table.setAccessibleName(self.tr("Chat messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several messages at once (Shift/Ctrl with the arrows or the mouse, or the raid
        # helper): the chat actions act on the selection
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        hh.moveSection(hh.visualIndex(COL_AGE), hh.visualIndex(COL_TEXT))  # age before message
        self._apply_metrics()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.user_filter, 1)
        # the search boxes give way down to a few characters, then the count (elided); the
        # check box keeps its words (at 200 % text the bar holds all four)
        for box in (self.search, self.user_filter):
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 6)
        self.flagged_only.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.flagged_only)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.raid_label)
        layout.addWidget(self.table, 1)
        # a live stream's messages that arrived since the moderator last looked at the end,
        # and those that arrived before their log had loaded
        self._unseen = 0
        self._tail = ChatTail()
        self.new_chip = QPushButton(self)
        self.new_chip.setObjectName("newMessagesChip")
        self.new_chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_chip.setVisible(False)
        self.new_chip.clicked.connect(self.jump_to_newest)
        layout.addWidget(self.new_chip, 0, Qt.AlignmentFlag.AlignHCenter)
        NEW_MESSAGES.install(self, self.jump_to_newest, _CHILDREN)

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
        CHAT_REMOVE.install(self.table, lambda: self.request_action(REMOVE), WIDGET_ONLY)
        CHAT_TIMEOUT.install(self.table, lambda: self.request_action(TIMEOUT), WIDGET_ONLY)
        CHAT_BAN.install(self.table, lambda: self.request_action(BAN), WIDGET_ONLY)
        RAID_HELPER.install(self, self.select_raid, _CHILDREN)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._update_count()

    # -- public API ---------------------------------------------------------------------

    def set_chat_actions(self, areas: Sequence[contract.PolicyArea]) -> None:
        """Offer chat actions with these policy areas (none: the pane only shows the chat,
        as in QA calibration and the lead's case history)."""
        self._areas = list(areas)
        self._actions_enabled = bool(self._areas)

    def set_stream_start(self, started_at: datetime | None) -> None:
        """The stream's start: account ages and the raid helper count from it."""
        self._start_ms = None if started_at is None else int(started_at.timestamp() * 1000)
        self.model.set_stream_start(self._start_ms)

    def set_actioned(self, message_ids: frozenset[str], chatter_ids: frozenset[str]) -> None:
        """Mark the messages acted on (removed, or by a chatter timed out or banned)."""
        self.model.set_actioned(message_ids, chatter_ids)
        self.table.viewport().update()

    def selected_log_indices(self) -> list[int]:
        """The selected messages (log indices, ascending), else the current one."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            current = self.table.currentIndex().row()
            if current >= 0 and current < self.model.rowCount():
                rows = {current}
        return sorted(self.model.log_index(r) for r in rows)

    def request_action(self, action: str) -> bool:
        """Open the picker for ``action`` on the selection; False when there is nothing to
        act on (the reason is shown)."""
        log = self._log
        if not self._actions_enabled or log is None:
            return False
        chosen = self.selected_log_indices()
        if not chosen:
            self._show_note(self.tr("Select a message first."))
            return False
        ids = [log.ids[i] for i in chosen]
        authors = [log.user_ids[i] for i in chosen]
        targets = targets_for(action, ids, authors)
        dialog = ChatActionDialog(action, len(targets), len(chosen), self._areas, self)
        # finished comes before accepted: one slot reads the choice, then lets go of it
        dialog.finished.connect(self._dialog_finished)
        self.action_dialog = dialog
        self._pending = (action, targets)
        dialog.open()
        return True

    def select_raid(self) -> int:
        """Select the messages a raid posted (new accounts, same text, within seconds); the
        table shows just them and the note says how many. Returns the count."""
        log = self._log
        if log is None or not self._actions_enabled:
            return 0
        if self._start_ms is None:
            self._show_note(self.tr("The raid helper needs the accounts' ages."))
            return 0
        rows = raid_rows(
            log.texts,
            log.offset_ms,
            log.user_ids,
            log.account_created_ms,
            stream_started_ms=self._start_ms,
        )
        if not rows:
            self._show_note(self.tr("The raid helper found no raid in this chat."))
            return 0
        chatters = len({log.user_ids[i] for i in rows})
        self.model.set_row_indices(rows)
        self._update_count()
        selection = QItemSelection(
            self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, COL_AGE)
        )
        self.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, COL_TEXT), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._show_note(
            arg(
                self.tr("Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans."),
                self.tr("%n message(s)", "", len(rows)),
                self.tr("%n new account(s)", "", chatters),
                CHAT_REMOVE.text,
                CHAT_TIMEOUT.text,
                CHAT_BAN.text,
            )
        )
        return len(rows)

    def set_chat_log(self, log: ChatLog | None) -> None:
        """Show ``log`` (filters are cleared: they belong to the previous case)."""
        self._timer.stop()
        self._log = log
        self._names = None
        self.raid_label.setVisible(False)
        self.highlighter.set_search("")
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(True)
        self.search.clear()
        self.user_filter.clear()
        self.flagged_only.setChecked(False)
        for w in (self.search, self.user_filter, self.flagged_only):
            w.blockSignals(False)
        # messages a followed stream brought while this log was loading join it first
        joined = self._tail.join(log) if log is not None else 0
        self.model.set_chat_log(log)
        self._unseen = 0
        self.new_chip.setVisible(False)
        self.table.scrollToTop()
        self._update_count()
        if joined:
            self._count_unseen(joined)

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

    def append_live(self, page: ChatColumns) -> int:
        """A live stream's new messages (one parsed page, possibly overlapping what the log
        holds): append the rows the log lacks without moving the rows on screen, and count
        them on the "new messages" chip. Returns how many joined.

        A page that comes before its log (still loading) or past its end waits
        (:class:`reviewer.follow.ChatTail`) and joins, in order and once, when the log is
        set (:meth:`set_chat_log`)."""
        log = self._log
        if log is None or page.start > len(log):
            self._tail.keep(page)
            return 0
        if page.case_id != log.case_id:
            return 0
        bar = self.table.verticalScrollBar()
        held = bar.value()
        joined = log.join_page(page)
        if not joined:
            return 0
        self._names = None
        self.model.log_grew()
        if self.model.is_filtered():
            self.apply_filter()
        # the scroll range now, not one turn of the event loop later: the join is drawn in
        # one pass, and the bar repaints only a slider that moved a pixel (SliderScrollBar)
        self.table.settle()
        bar.setValue(held)  # rows were added after the reader's place: it stays
        self._update_count()
        self._count_unseen(joined)
        return joined

    def _count_unseen(self, joined: int) -> None:
        """Count ``joined`` new messages on the chip (it jumps to the end)."""
        self._unseen += joined
        unseen = self._unseen  # a plain name as the count, for lupdate (ui/common/i18n.py)
        self.new_chip.setText(
            self.tr("%n new message(s) ↓", "a chip under the chat; jumps to the end", unseen)
        )
        self.new_chip.setToolTip(NEW_MESSAGES.text)
        # the arrow is the chip's picture, not a word a screen reader should say
        self.new_chip.setAccessibleName(
            self.tr("%n new message(s)", "the chip's accessible name, without the arrow", unseen)
        )
        self.new_chip.setVisible(True)

    def unseen(self) -> int:
        """New messages counted on the chip (0 when it is hidden)."""
        return self._unseen

    def jump_to_newest(self) -> None:
        """Scroll to the last message and hide the chip."""
        self._unseen = 0
        self.new_chip.setVisible(False)
        if self.model.rowCount():
            self.table.doItemsLayout()
            self.table.scrollToBottom()

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
        # the age column is narrow: wide enough for "364d" and for its title in every language
        title = str(self.model.headerData(COL_AGE, Qt.Orientation.Horizontal))
        title_width = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + pad
        self.table.setColumnWidth(COL_AGE, max(fm.horizontalAdvance("000d") + pad, title_width))
        efm = self.user_filter.fontMetrics()
        self.user_filter.setMinimumWidth(efm.averageCharWidth() * 12)
        self.search.setMinimumWidth(efm.averageCharWidth() * 14)

    def _schedule(self) -> None:
        self._timer.start()

    def _show_note(self, text: str) -> None:
        set_plain(self.raid_label, text)
        self.raid_label.setVisible(True)

    def _dialog_finished(self, result: int) -> None:
        dialog, pending = self.action_dialog, self._pending
        self.action_dialog = None
        self._pending = None
        if dialog is None or pending is None:
            return
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if result != int(QDialog.DialogCode.Accepted):
            return
        action, targets = pending
        request = ChatActionRequest(
            action=action,
            policy_code=dialog.policy_code(),
            targets=targets,
            duration_s=dialog.duration_s(),
        )
        self.raid_label.setVisible(False)  # the desk says what it recorded
        self.chatActionRequested.emit(request)

    def _context_menu(self, pos: QPoint) -> None:
        if not self._actions_enabled or self._log is None:
            return
        menu = QMenu(self.table)
        menu.setAccessibleName(self.tr("Chat actions"))
        for action, key in ((REMOVE, CHAT_REMOVE), (TIMEOUT, CHAT_TIMEOUT), (BAN, CHAT_BAN)):
            entry = menu.addAction(action_label(action))
            entry.setShortcut(key.sequence())
            entry.triggered.connect(lambda _checked=False, a=action: self.request_action(a))
        raid = menu.addAction(self.tr("Select a raid"))
        raid.setShortcut(RAID_HELPER.sequence())
        raid.triggered.connect(self.select_raid)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _escape_filters(self) -> None:
        self.raid_label.setVisible(False)
        fields = self.search.text() or self.user_filter.text() or self.flagged_only.isChecked()
        if fields or self.model.is_filtered():  # a filter, or the raid helper's rows
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
