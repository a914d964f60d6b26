"""A table model over a columnar chat log that stays quick at 200,000 messages.

A Python ``data()`` called from C++ costs ~3 µs and a view asks for several roles per
visible cell, so ``data()`` answers only the roles the chat view draws, with integer role
constants and direct list indexing; the time column's strings are built lazily, once.
Filtering never goes through a ``QSortFilterProxyModel`` (it would map 200k rows in
Python): the log's own index filter returns the matching row indices and the model is
reset onto them with :meth:`ChatTableModel.set_row_indices`.

The account-age column is logical column 3 (shown between the user and the message, so
the older columns keep their numbers): each author's age when they wrote, compact ("3d"),
blank when the service did not say. A message the moderator acted on (removed, or its
author timed out or banned: the store's record) is marked "actioned" and drawn struck
through by the table.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from reviewer.chat import UNKNOWN_CREATED
from ui.common import formats, theme
from ui.common.i18n import arg
from ui.common.text import isolate, plain_tooltip

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

COL_TIME = 0
COL_USER = 1
COL_TEXT = 2
# the author's account age; shown between the user and the message (a moved section)
COL_AGE = 3
COLUMNS = 4
_HOUR_MS = 3_600_000
_DAY_MS = 24 * _HOUR_MS

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TIME_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# A flagged message: a translucent amber band (ui.common.theme's "flagged row"), and a
# bolder weight (no colour of its own: calm, readable text). The message nearest to the
# snapshot on screen: a quiet blue band ("moment row"). Both follow the theme.

_Index = QModelIndex | QPersistentModelIndex


class ChatTableModel(QAbstractTableModel):
    """Rows are messages of a :class:`reviewer.chat.ChatLog`, optionally a subset of them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._log: ChatLog | None = None
        self._rows: Sequence[int] | None = None
        self._n = 0
        self._offsets: Sequence[int] = ()
        self._usernames: Sequence[str] = ()
        self._texts: Sequence[str] = ()
        self._flagged: Sequence[bool] | bytearray = ()
        self._times: list[str | None] = []
        self._created: Sequence[int] = ()
        self._start_ms: int | None = None
        self._ages: dict[int, str] = {}
        self._removed: frozenset[str] = frozenset()
        self._chatters: frozenset[str] = frozenset()
        self._headers = (self.tr("Time"), self.tr("User"), self.tr("Message"), self.tr("Age"))
        self._moment = -1
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # -- the data behind the model ------------------------------------------------------

    def chat_log(self) -> ChatLog | None:
        return self._log

    def set_font(self, font: QFont) -> None:
        """The view's font, so that a flagged message is the same face, only bolder."""
        self._bold = QFont(font)
        self._bold.setWeight(QFont.Weight.DemiBold)

    def set_chat_log(self, log: ChatLog | None) -> None:
        """Show every message of ``log`` (or nothing)."""
        self.beginResetModel()
        self._log = log
        self._rows = None
        self._moment = -1
        if log is None:
            self._offsets, self._usernames, self._texts, self._flagged = (), (), (), ()
            self._n = 0
        else:
            self._offsets = log.offset_ms
            self._usernames = log.usernames
            self._texts = log.texts
            self._flagged = log.flagged
            self._n = len(self._texts)
        self._created = log.account_created_ms if log is not None else ()
        self._ages = {}
        self._removed = self._chatters = frozenset()
        self._times = [None] * self._n
        self.endResetModel()

    def set_stream_start(self, started_ms: int | None) -> None:
        """When the stream started (ms since 1970): ages are the account's age at each
        message, so a raid's fresh accounts read as fresh whenever the case is opened."""
        if started_ms != self._start_ms:
            self._start_ms = started_ms
            self._ages = {}
            self._emit_all()

    def set_actioned(self, message_ids: frozenset[str], chatter_ids: frozenset[str]) -> None:
        """The messages removed and the chatters timed out or banned on this case."""
        if (message_ids, chatter_ids) != (self._removed, self._chatters):
            self._removed, self._chatters = message_ids, chatter_ids
            self._emit_all()

    def is_actioned(self, log_index: int) -> bool:
        log = self._log
        if log is None or not (self._removed or self._chatters):
            return False
        return log.ids[log_index] in self._removed or log.user_ids[log_index] in self._chatters

    def age_ms(self, log_index: int) -> int | None:
        """The author's account age when they wrote ``log_index`` (None: not known)."""
        created = self._created[log_index] if log_index < len(self._created) else UNKNOWN_CREATED
        if created < 0 or self._start_ms is None:
            return None
        return max(0, self._start_ms + int(self._offsets[log_index]) - created)

    def age_text(self, log_index: int) -> str:
        """The age column's compact text, made once per row."""
        text = self._ages.get(log_index)
        if text is None:
            text = self._ages[log_index] = self._format_age(self.age_ms(log_index))
        return text

    def _format_age(self, age: int | None) -> str:
        if age is None:
            return ""
        if age < _HOUR_MS:
            minutes = age // 60_000
            return self.tr("%nm", "account age in minutes, compact", minutes)
        if age < _DAY_MS:
            hours = age // _HOUR_MS
            return self.tr("%nh", "account age in hours, compact", hours)
        if age < 365 * _DAY_MS:
            days = age // _DAY_MS
            return self.tr("%nd", "account age in days, compact", days)
        years = age // (365 * _DAY_MS)
        return self.tr("%ny", "account age in years, compact", years)

    def _emit_all(self) -> None:
        if self.rowCount() > 0:
            last = self.index(self.rowCount() - 1, COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def log_grew(self) -> None:
        """The log gained pages since it was set: show the new rows (unfiltered view)."""
        log = self._log
        if log is None:
            return
        n = len(log.texts)
        if n <= self._n:
            return
        if self._rows is None:
            self.beginInsertRows(QModelIndex(), self._n, n - 1)
            self._times.extend([None] * (n - self._n))
            self._n = n
            self.endInsertRows()
        else:
            self._times.extend([None] * (n - self._n))
            self._n = n

    def set_moment(self, log_index: int) -> None:
        """Mark the message nearest to the snapshot on screen (-1: none)."""
        if log_index == self._moment:
            return
        old, self._moment = self._moment, log_index
        for i in (old, log_index):
            if i >= 0:
                row = self.row_for_log_index(i)
                if row >= 0 and self.log_index(row) == i:
                    left, right = self.index(row, 0), self.index(row, COLUMNS - 1)
                    self.dataChanged.emit(left, right, [Qt.ItemDataRole.BackgroundRole])

    def moment(self) -> int:
        return self._moment

    def set_row_indices(self, rows: Sequence[int] | None) -> None:
        """Show only the messages at ``rows`` (ascending log indices); None shows all."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_indices(self) -> Sequence[int] | None:
        return self._rows

    def is_filtered(self) -> bool:
        return self._rows is not None

    def total(self) -> int:
        """Messages in the whole log, whatever the filter."""
        return self._n

    def log_index(self, row: int) -> int:
        """The log index shown at view ``row``."""
        return self._rows[row] if self._rows is not None else row

    def row_for_log_index(self, log_index: int) -> int:
        """The view row showing ``log_index`` or, if it is filtered out, the nearest after it."""
        if self._rows is None:
            return min(max(0, log_index), self._n - 1)
        if not self._rows:
            return -1
        pos = bisect_left(self._rows, log_index)
        return min(pos, len(self._rows) - 1)

    def offset_ms(self, row: int) -> int:
        return int(self._offsets[self.log_index(row)])

    def username(self, row: int) -> str:
        return self._usernames[self.log_index(row)]

    def text(self, row: int) -> str:
        return self._texts[self.log_index(row)]

    def is_flagged(self, row: int) -> bool:
        return bool(self._flagged[self.log_index(row)])

    def bold_font(self) -> QFont:
        """The face of a flagged message: the view's font, bolder."""
        return self._bold

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows is not None else self._n

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Hot path: called from C++ for every visible cell and role. Keep it flat.
        row = index.row()
        if row < 0:
            return None  # an invalid index (row -1) must not read the last message
        if role == _DISPLAY:
            i = self._rows[row] if self._rows is not None else row
            col = index.column()
            if col == COL_TEXT:
                return self._texts[i]
            if col == COL_USER:
                return self._usernames[i]
            if col == COL_AGE:
                return self.age_text(i)
            t = self._times[i]
            if t is None:
                t = self._times[i] = formats.offset(self._offsets[i])
            return t
        if role == _BACKGROUND:
            i = self._rows[row] if self._rows is not None else row
            if i == self._moment:
                return QBrush(theme.drawn("moment row"))
            return QBrush(theme.drawn("flagged row")) if self._flagged[i] else None
        if role == _FONT:
            if index.column() != COL_TEXT:
                return None
            i = self._rows[row] if self._rows is not None else row
            return self._bold if self._flagged[i] else None
        if role == _ALIGN:
            return _TIME_ALIGN if index.column() == COL_TIME else None
        if role in (_TOOLTIP, _ACCESSIBLE):
            i = self._rows[row] if self._rows is not None else row
            if self.is_actioned(i):
                template = self.tr("%1 · actioned · %2: %3")
            elif self._flagged[i]:
                template = self.tr("%1 · flagged · %2: %3")
            else:
                template = self.tr("%1 · %2: %3")
            name, text = isolate(self._usernames[i]), isolate(self._texts[i])
            line = arg(template, formats.offset(self._offsets[i]), name, text)
            return plain_tooltip(line) if role == _TOOLTIP else line
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            return self._headers[section]
        return None
