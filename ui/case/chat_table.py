"""The chat message table: a ``QTableView`` whose visible rows are drawn in one Python call.

Why not the stock paint path: it asks the Python model for about seven roles per cell and
calls a Python delegate per cell, some 1,000 calls from C++ into Python per repaint. Each
call must take the GIL, and while the sync thread or an image decoder is running Python,
each one waits for it (up to the switch interval). Measured on the case swap: the chat
repaint took 13 ms with idle threads and 88 ms beside one busy Python thread. Here one
``paintEvent`` reads the model's columns directly and takes the GIL once.

Each cell's text is shaped once into a ``QStaticText`` (plain text format, never rich text)
and kept per log, so a repaint only draws glyph runs; :meth:`ChatTable.prepare` shapes the
rows the *next* case will open on while the moderator is still reading the current one,
which leaves the case swap with fills and glyph blits.

Everything else (scrolling, selection, keyboard, tool tips, accessibility) is the stock
``QTableView`` over the same model.

A message the moderator acted on is struck through: a line drawn over its shaped text, so
the shaped cache stays valid when an action is recorded or undone.

Rows that join below the screen (a followed live stream) repaint no row, and the vertical
scroll bar (:class:`SliderScrollBar`) repaints only a slider that moved by a pixel: at
100,000 rows a batch of 50 moves it a fifth of a pixel, and a stock bar drew all of itself,
the table's full height, on every change of its range.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTableView,
    QWidget,
)

from ui.case import phases
from ui.case.chat_model import (
    COL_AGE,
    COL_TEXT,
    COL_TIME,
    COL_USER,
    ChatTableModel,
)
from ui.common import formats, theme

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

SPAN_CACHE_SIZE = 4096
TEXT_CACHE_ROWS = 4096  # shaped rows kept per log (about 100 screens of scrolling)
TEXT_CACHE_LOGS = 3  # the log on screen and the next ones prepared
TIME_CACHE_SIZE = 8192
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})
_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_IDENTITY = QTransform()
_LAID_OUT = Qt.WidgetAttribute.WA_Resized

_MOVES = (
    QAbstractSlider.SliderChange.SliderRangeChange,
    QAbstractSlider.SliderChange.SliderStepsChange,
    QAbstractSlider.SliderChange.SliderValueChange,
)

# (width, the line as drawn, its shaped form)
_Shaped = tuple[int, str, QStaticText]
# what a scroll bar's pixels depend on besides its size, style and hover: the slider's
# rectangle, and whether the value sits at either end or the range is empty
_BarLook = tuple[QRect, bool, bool, bool]


def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


class Highlighter:
    """Where flagged terms and the search match in a message, cached per text: a repaint
    (every case swap, every scroll step) must not run both patterns over every row again."""

    def __init__(self) -> None:
        self._terms: re.Pattern[str] | None = None
        self._search: re.Pattern[str] | None = None
        self._spans: dict[str, list[tuple[int, int, bool]]] = {}

    def active(self) -> bool:
        return self._terms is not None or self._search is not None

    def set_terms(self, terms: Sequence[str]) -> None:
        pattern = _pattern(terms)
        if pattern != self._terms:  # the same taxonomy case after case: keep the cache
            self._terms = pattern
            self._spans.clear()

    def set_search(self, needle: str) -> None:
        pattern = _pattern([needle])
        if pattern != self._search:
            self._search = pattern
            self._spans.clear()

    def cached_spans(self, text: str) -> list[tuple[int, int, bool]]:
        spans = self._spans.get(text)
        if spans is None:
            if len(self._spans) >= SPAN_CACHE_SIZE:
                self._spans.clear()
            spans = self._spans[text] = self.spans(text)
        return spans

    def spans(self, text: str) -> list[tuple[int, int, bool]]:
        """(start, end, is_search) for every marked stretch of ``text``."""
        found: list[tuple[int, int, bool]] = []
        if self._terms is not None:
            found.extend((m.start(), m.end(), False) for m in self._terms.finditer(text))
        if self._search is not None:
            found.extend((m.start(), m.end(), True) for m in self._search.finditer(text))
        found.sort()
        return found


class SliderScrollBar(QScrollBar):
    """A scroll bar that repaints only the pixels a range or value change moved.

    A stock scroll bar repaints all of itself on every change of its range: at 100,000
    rows a live batch moves the slider by a fraction of a pixel, yet the bar (the table's
    full height, a gradient groove) was painted again, and the raster engine splits a fill
    that tall over its thread pool: a millisecond or more, and worse on a busy machine,
    for a join that changed no pixel of it. Here a range, step or value change repaints
    the old and the new slider only when they differ from what was last painted (and the
    whole bar when an end or the emptiness of the range changed).
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted: _BarLook | None = None  # what the last paint drew; None: unknown

    def look(self) -> _BarLook:
        """The slider's rectangle, value at the start, at the end, the range empty."""
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        slider = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarSlider, self
        )
        low, high, value = self.minimum(), self.maximum(), self.value()
        return (slider, value <= low, value >= high, low >= high)

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        painted = self._painted
        if change not in _MOVES or painted is None:
            super().sliderChange(change)  # the stock path: the whole bar
            return
        now = self.look()
        if now == painted:
            return  # no pixel moved
        if now[1:] != painted[1:]:
            self.update()
        else:
            self.update(painted[0].united(now[0]))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = self.look()
        super().paintEvent(event)


class ChatTable(QTableView):
    """Rows of a :class:`ChatTableModel`, painted by :meth:`paintEvent` alone."""

    def __init__(
        self, model: ChatTableModel, highlighter: Highlighter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._chat = model
        self._highlighter = highlighter
        # id(log) -> (log, {(column, log index): shaped}); the log is held so its id stays
        # its own while cached
        self._shaped: dict[int, tuple[ChatLog, dict[tuple[int, int], _Shaped]]] = {}
        self._times: dict[int, QStaticText] = {}
        # rows were just added below what is on screen (and nothing else changed since the
        # last paint): the next item layout sets the scroll range and repaints no row
        self._below_only = False
        self._reset_since_paint = True
        self.setVerticalScrollBar(SliderScrollBar(Qt.Orientation.Vertical, self))
        self.setModel(model)
        model.modelReset.connect(self._on_reset)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._shaped.clear()
            self._times.clear()
        elif event.type() == QEvent.Type.LanguageChange:
            self._times.clear()  # the stamps' digits follow the language

    def _on_reset(self) -> None:
        self._reset_since_paint = True
        self._below_only = False

    def rowsInserted(
        self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        """Rows added below the viewport (a followed stream's new messages, the reader
        further up) change no pixel of the rows on screen, only the scroll range: the item
        layout that follows then skips the repaint of every visible row."""
        top = first * self._row_h() - self.verticalOffset()
        self._below_only = (
            not parent.isValid() and not self._reset_since_paint and top >= self.viewport().height()
        )
        super().rowsInserted(parent, first, last)

    def doItemsLayout(self) -> None:
        if self._below_only:
            self._below_only = False
            self.updateGeometries()  # the scroll bar's range; the rows drawn stay as they are
            return
        super().doItemsLayout()

    def settle(self) -> None:
        """Run the item layout a model reset queued for the event loop now: the case
        swap paints once, with the final scroll range, instead of again afterwards."""
        self.executeDelayedItemsLayout()

    def _row_h(self) -> int:
        return max(1, self.verticalHeader().defaultSectionSize())

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1

    def _text_widths(self) -> tuple[int, int]:
        margin = self._margin()
        return (
            max(0, self.columnWidth(COL_USER) - 2 * margin),
            max(0, self.columnWidth(COL_TEXT) - 2 * margin),
        )

    def shaped(self, log: ChatLog) -> Mapping[tuple[int, int], _Shaped]:
        """The cells shaped for ``log`` so far, by (column, log index): what a paint of
        them will not shape again. Read only; empty for a log never shaped."""
        entry = self._shaped.get(id(log))
        return entry[1] if entry is not None and entry[0] is log else {}

    def _cache_for(self, log: ChatLog) -> dict[tuple[int, int], _Shaped]:
        entry = self._shaped.pop(id(log), None)
        if entry is None or entry[0] is not log:
            entry = (log, {})
        self._shaped[id(log)] = entry  # most recently used last
        while len(self._shaped) > TEXT_CACHE_LOGS:
            del self._shaped[next(iter(self._shaped))]
        return entry[1]

    def _shape(
        self,
        cache: dict[tuple[int, int], _Shaped],
        col: int,
        log_index: int,
        text: str,
        font: QFont,
        fm: QFontMetrics,
        width: int,
    ) -> _Shaped:
        key = (col, log_index)
        hit = cache.get(key)
        if hit is not None and hit[0] == width:
            return hit
        if len(cache) >= TEXT_CACHE_ROWS:
            cache.clear()
        line = fm.elidedText(text.translate(_ONE_LINE), _ELIDE, width)
        static = QStaticText(line)
        static.setTextFormat(_PLAIN)
        static.prepare(_IDENTITY, font)
        shaped = cache[key] = (width, line, static)
        return shaped

    def _time(self, offset_ms: int, font: QFont) -> QStaticText:
        """The shaped h:mm:ss of ``offset_ms``; streams share their seconds, so these are
        kept across logs."""
        second = int(offset_ms) // 1000
        static = self._times.get(second)
        if static is None:
            if len(self._times) >= TIME_CACHE_SIZE:
                self._times.clear()
            static = QStaticText(formats.offset(second * 1000))
            static.setTextFormat(_PLAIN)
            static.prepare(_IDENTITY, font)
            self._times[second] = static
        return static

    def prepare(self, log: ChatLog, center_offset_ms: int | None) -> int:
        """Shape the rows ``log`` will open on (centred on the message nearest to
        ``center_offset_ms``, or the top) before it is shown; returns the rows shaped.

        Runs on the GUI thread (fonts and text shaping belong to it) while the moderator
        reads the case before; about 0.1 ms a row.
        """
        n = len(log)
        # a table in a hidden case body counts too (the next case is built there), once it
        # has been laid out: before that its viewport's height means nothing
        if n == 0 or not (self.isVisible() or self.viewport().testAttribute(_LAID_OUT)):
            return 0
        visible = self.viewport().height() // self._row_h() + 2
        if center_offset_ms is None:
            first = 0
        else:
            first = max(0, int(log.nearest_index(center_offset_ms)) - visible // 2 - 1)
        last = min(n - 1, first + visible + 2)
        cache = self._cache_for(log)
        font, bold = self.font(), self._chat.bold_font()
        fm, bold_fm = QFontMetrics(font), QFontMetrics(bold)
        uw, mw = self._text_widths()
        texts, names, flagged, offsets = log.texts, log.usernames, log.flagged, log.offset_ms
        # flagged-term marks too (a search in the case on screen is cleared at the swap,
        # which empties this cache, so a mark is never drawn from the wrong pattern)
        marks = self._highlighter.cached_spans if self._highlighter.active() else None
        for i in range(first, last + 1):
            self._time(offsets[i], font)
            if uw > 0:
                self._shape(cache, COL_USER, i, names[i], font, fm, uw)
            if mw > 0:
                if flagged[i]:
                    self._shape(cache, COL_TEXT, i, texts[i], bold, bold_fm, mw)
                else:
                    self._shape(cache, COL_TEXT, i, texts[i], font, fm, mw)
                if marks is not None:
                    marks(texts[i])
        shown = self._chat.chat_log()
        if shown is not None:
            self._cache_for(shown)  # the log on screen stays the newest
        return last - first + 1

    @phases.timed("paint: chat")
    def paintEvent(self, event: QPaintEvent) -> None:
        self._reset_since_paint = False
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRect) -> None:
        model = self._chat
        pal = self.palette()
        if not self.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif self.isActiveWindow():
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        painter.fillRect(area, pal.color(group, QPalette.ColorRole.Base))
        log = model.chat_log()
        n = model.rowCount()
        if log is None or n == 0:
            return
        h = self._row_h()
        offset = self.verticalOffset()
        first = max(0, (area.top() + offset) // h)
        last = min(n - 1, (area.bottom() + offset) // h)
        if first > last:
            return
        alternate = pal.color(group, QPalette.ColorRole.AlternateBase)
        highlight = pal.color(group, QPalette.ColorRole.Highlight)
        text_pen = pal.color(group, QPalette.ColorRole.Text)
        selected_pen = pal.color(group, QPalette.ColorRole.HighlightedText)
        moment_band, flagged_band = theme.drawn("moment row"), theme.drawn("flagged row")
        alternating = self.alternatingRowColors()
        width = self.viewport().width()
        margin = self._margin()
        tx = self.columnViewportPosition(COL_TIME) + margin
        tw = max(0, self.columnWidth(COL_TIME) - 2 * margin)
        ux = self.columnViewportPosition(COL_USER) + margin
        mx = self.columnViewportPosition(COL_TEXT) + margin
        ax = self.columnViewportPosition(COL_AGE) + margin
        aw = (
            max(0, self.columnWidth(COL_AGE) - 2 * margin)
            if not self.isColumnHidden(COL_AGE)
            else 0
        )
        uw, mw = self._text_widths()
        selection = self.selectionModel()
        selected_rows = (
            {index.row() for index in selection.selectedIndexes()} if selection else set()
        )
        moment = model.moment()
        font, bold = self.font(), model.bold_font()
        fm, bold_fm = QFontMetrics(font), QFontMetrics(bold)
        text_top = (h - fm.height()) // 2
        bold_top = (h - bold_fm.height()) // 2
        cache = self._cache_for(log)
        highlighter = self._highlighter
        marking = highlighter.active()
        texts, names, flags, offsets = log.texts, log.usernames, log.flagged, log.offset_ms
        painter.setClipRect(area)
        # right to left (Arabic): the columns are mirrored by the header; each cell's text
        # starts at its right edge
        rtl = self.isRightToLeft()
        for row in range(first, last + 1):
            y = row * h - offset
            i = model.log_index(row)
            flagged = flags[i]
            selected = row in selected_rows
            if selected:
                painter.fillRect(QRect(0, y, width, h), highlight)
            else:
                if alternating and row % 2:
                    painter.fillRect(QRect(0, y, width, h), alternate)
                if i == moment:
                    painter.fillRect(QRect(0, y, width, h), moment_band)
                elif flagged:
                    painter.fillRect(QRect(0, y, width, h), flagged_band)
            painter.setPen(selected_pen if selected else text_pen)
            if tw > 0:
                stamp = self._time(offsets[i], font)
                sx = tx + tw - int(stamp.size().width())
                painter.drawStaticText(max(tx, sx), y + text_top, stamp)
            if uw > 0:
                _w, _line, static = self._shape(cache, COL_USER, i, names[i], font, fm, uw)
                x = ux + uw - int(static.size().width()) if rtl else ux
                painter.drawStaticText(x, y + (h - int(static.size().height())) // 2, static)
            if aw > 0:
                age = model.age_text(i)
                if age:
                    _w, _line, static = self._shape(cache, COL_AGE, i, age, font, fm, aw)
                    x = ax + aw - int(static.size().width()) if rtl else ax
                    painter.drawStaticText(x, y + (h - int(static.size().height())) // 2, static)
            if model.is_actioned(i):
                # struck through from the user to the end of the message: plain, no colour
                mid = y + h // 2
                if rtl:
                    painter.drawLine(margin, mid, ux + uw, mid)
                else:
                    painter.drawLine(ux, mid, width - margin, mid)
            if mw <= 0:
                continue
            text = texts[i]
            if flagged:
                _w, line, static = self._shape(cache, COL_TEXT, i, text, bold, bold_fm, mw)
                top, mfm = y + bold_top, bold_fm
            else:
                _w, line, static = self._shape(cache, COL_TEXT, i, text, font, fm, mw)
                top, mfm = y + text_top, fm
            x = mx + mw - int(static.size().width()) if rtl else mx
            if marking:
                spans = highlighter.cached_spans(text)
                if spans:
                    self._paint_spans(painter, spans, text, line, mfm, x, top)
            # centre the line's own box: a fallback font (CJK, emoji) makes it taller
            painter.drawStaticText(x, y + (h - int(static.size().height())) // 2, static)

    @staticmethod
    def _paint_spans(
        painter: QPainter,
        spans: list[tuple[int, int, bool]],
        text: str,
        line: str,
        fm: QFontMetrics,
        x: int,
        y: int,
    ) -> None:
        """Mark each span behind the text (a term amber, the search yellow)."""
        shown = len(line) - 1 if line.endswith("…") and line != text else len(line)
        for start, end, is_search in spans:
            if start >= shown:
                break
            x0 = x + fm.horizontalAdvance(line[:start])
            x1 = x + fm.horizontalAdvance(line[: min(end, shown)])
            painter.fillRect(
                QRect(x0, y, max(1, x1 - x0), fm.height()),
                theme.drawn("search match") if is_search else theme.drawn("flagged term"),
            )
