"""The stream's timeline: chat density, flagged messages, reports and snapshots on one axis."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.case import phases
from ui.common import formats, theme
from ui.common.i18n import arg

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

# A live stream's axis, when a message falls past its end, grows by this share of its
# length (at least a minute), and the bars' scale, when a column outgrows it, by this share
# of that column: the next batches then land inside them.
LIVE_HEADROOM = 0.1
LIVE_HEADROOM_MIN_MS = 60_000


@dataclass(frozen=True)
class _Layer:
    """A still layer drawn ahead for a case, and what it was drawn from."""

    chat: object
    reports: tuple[int, ...]
    duration_ms: int
    pixmap: QPixmap
    key: tuple[object, ...]


class Timeline(QWidget):
    """One axis for the whole stream: chat density, flagged messages, reports, snapshots.

    Everything that happened is placed by its time since the stream started, so that a
    burst of chat, a flagged message, a report and the snapshot nearest to it line up.
    A click on a snapshot mark selects it (``snapshotClicked(int)``); a click anywhere else
    asks for that moment (``momentClicked(int)``, ms), which the case view answers by
    scrolling the chat there. Drawn from the palette; nothing here is rich text.

    Time flows the way the language reads: left to right, and right to left in a
    right-to-left layout (Arabic), where the stream's start is at the right edge.
    """

    snapshotClicked = Signal(int)
    momentClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Stream timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self._duration_ms = 1
        self._shots: list[tuple[int, bool]] = []  # (offset ms, sensitive)
        self._reports: list[int] = []
        self._offsets: Sequence[int] = ()
        self._flagged: Sequence[int] | bytes | bytearray = b""
        self._density: list[int] = []
        self._flag_columns: list[bool] = []
        self._density_width = -1
        self._counted = 0  # messages counted into the columns
        self._flagged_count = 0
        self._peak = 0  # the count a full bar stands for, as the still layer was drawn
        self._live_scale = 0  # that count raised with headroom while a live chat grows
        self._current = -1
        self._cursor_ms: int | None = None
        # the still layer (background, chat density, flags, reports) as drawn, and its key;
        # and the next case's, drawn ahead by prepare()
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
        self._ahead: _Layer | None = None
        self._from_ahead = False

    # -- data ---------------------------------------------------------------------------

    def set_case(
        self,
        shots: Sequence[tuple[float, bool]],
        report_offsets: Sequence[float],
        duration_s: float,
        chat: ChatLog | None,
    ) -> None:
        """Snapshots as (offset s, sensitive), report offsets (s), the stream's length."""
        self._shots = [(int(o * 1000), sens) for o, sens in shots]
        self._reports = [int(o * 1000) for o in report_offsets]
        self._current = -1
        self._cursor_ms = None
        self._set_chat(chat, duration_s)

    def set_chat(self, chat: ChatLog | None) -> None:
        self._set_chat(chat, self._duration_ms / 1000)

    def _set_chat(self, chat: ChatLog | None, duration_s: float) -> None:
        offs: Sequence[int] = chat.offset_ms if chat is not None else ()
        ends = [int(duration_s * 1000), *(o for o, _ in self._shots), *self._reports]
        if offs:
            ends.append(int(offs[-1]))
        self._duration_ms = max(1, max(ends))
        self._offsets = offs
        self._counted = len(offs)  # the columns and flags are counted afresh from these
        self._live_scale = 0
        self._layer = None
        self._from_ahead = False
        ahead = self._ahead  # kept until its case's chat arrives (set_case, then set_chat)
        if (
            ahead is not None
            and ahead.chat is chat
            and ahead.reports == tuple(self._reports)
            and ahead.duration_ms == self._duration_ms
        ):
            self._layer, self._layer_key = ahead.pixmap, ahead.key
            self._from_ahead = True
            self._ahead = None
        self._flagged = chat.flagged if chat is not None else b""
        fl = self._flagged
        self._flagged_count = fl.count(1) if isinstance(fl, bytes | bytearray) else 0
        self._density_width = -1
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            arg(
                self.tr("%1, %2, %3 over %4", "snapshots, reports, flagged messages, duration"),
                self.tr("%Ln snapshot(s)", "", len(self._shots)),
                self.tr("%Ln report(s)", "", len(self._reports)),
                self.tr("%Ln flagged message(s)", "", self._flagged_count),
                formats.offset(self._duration_ms),
            )
        )

    def chat_grew(self) -> int:
        """The log shown gained messages at its end (a followed live stream): count only
        those into the density columns and flag ticks already computed, then redraw the
        still layer. The columns are recomputed only when a message falls past the axis,
        which then grows with room to spare (:data:`LIVE_HEADROOM`), so that the next
        batches land inside it again. Returns the messages counted."""
        offs, fl = self._offsets, self._flagged
        held = self._counted
        n = len(offs)
        if n <= held:
            return 0
        if isinstance(fl, bytes | bytearray):
            self._flagged_count += fl.count(1, held, n)
        last = int(offs[-1])
        if last > self._duration_ms:
            # past the end of the axis: grow it, with room for the next minutes
            self._duration_ms = last + max(LIVE_HEADROOM_MIN_MS, int(last * LIVE_HEADROOM))
            self._density_width = -1
        elif self._density_width >= 0:
            counts, flags = self._density, self._flag_columns
            cols, span = len(counts), self._duration_ms
            flagged = isinstance(fl, bytes | bytearray)
            changed: set[int] = set()
            for i in range(held, n):
                # the column whose left edge (b * span // cols) is the last at or before it
                b = min(cols - 1, max(0, ((int(offs[i]) + 1) * cols - 1) // span))
                counts[b] += 1
                changed.add(b)
                if flagged and fl[i]:
                    flags[b] = True
            self._counted = n
            self._describe()
            if self._redraw_columns(sorted(changed)):
                return n - held
        self._counted = n
        self._layer = None
        self._from_ahead = False
        self._describe()
        self.update()
        return n - held

    def _redraw_columns(self, columns: list[int]) -> bool:
        """Draw just ``columns`` again into the still layer on screen and repaint just them;
        False when the whole layer must be drawn again (none yet, another size, or a column
        now taller than the peak the bars were scaled to)."""
        layer = self._layer
        if layer is None or self._layer_key != self._key() or not columns:
            return False
        tallest = max(self._density[b] for b in columns)
        if not self._peak or tallest > self._peak:
            # a column outgrew the bars' scale: scale them with room to grow, all redrawn
            self._live_scale = int(tallest * (1 + LIVE_HEADROOM)) + 1
            return False
        p = QPainter(layer)
        try:
            region = self._paint_still(p, columns)
        finally:
            p.end()
        self._from_ahead = False
        self.update(region)
        return True

    def set_current_snapshot(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.update()

    def set_cursor(self, offset_ms: int | None) -> None:
        """Mark a moment (the selected message)."""
        if offset_ms != self._cursor_ms:
            self._cursor_ms = offset_ms
            self.update()

    def cursor_ms(self) -> int | None:
        """The marked moment (ms), or None."""
        return self._cursor_ms

    def duration_ms(self) -> int:
        return self._duration_ms

    # -- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 30, self.fontMetrics().height() * 3)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 8, self.fontMetrics().height() * 3)

    def _track(self) -> QRect:
        pad = self.fontMetrics().height() // 2
        return self.rect().adjusted(pad, 2, -pad, -2)

    def x_for(self, offset_ms: int) -> int:
        track = self._track()
        along = round(track.width() * min(offset_ms, self._duration_ms) / self._duration_ms)
        return track.x() + track.width() - along if self.isRightToLeft() else track.x() + along

    def offset_at(self, x: float) -> int:
        track = self._track()
        frac = (x - track.x()) / max(1, track.width())
        if self.isRightToLeft():
            frac = 1.0 - frac
        return int(max(0.0, min(1.0, frac)) * self._duration_ms)

    def _column_x(self, track: QRect, column: int, step: float, width: int) -> int:
        """The left edge of a drawn column (chat density, a flag tick), mirrored in RTL."""
        left = track.x() + round(column * step)
        return track.x() + track.right() - left - width + 1 if self.isRightToLeft() else left

    def snapshot_at(self, x: float) -> int:
        """The snapshot whose mark is within half a line of ``x``, or -1."""
        reach = self.fontMetrics().height() / 2
        best, best_d = -1, reach + 1
        for i, (off, _sens) in enumerate(self._shots):
            d = abs(self.x_for(off) - x)
            if d < best_d:
                best, best_d = i, d
        return best if best_d <= reach else -1

    def _bins(self, track: QRect) -> list[int]:
        """Messages per 4-px column over [0, duration], and whether any is flagged.

        Rows are in time order, so the column edges are found by bisection and a column's
        flags by one C-speed ``find`` over its slice of the flag bytes: the cost follows
        the width of the strip, not the size of the chat (200k messages stay cheap).
        """
        if self._density_width == track.width():
            return self._density
        n = max(1, track.width() // 4)
        offs = self._offsets
        counts = [0] * n
        flags = [False] * n
        if offs:
            edges = [bisect_left(offs, (b * self._duration_ms) // n) for b in range(n + 1)]
            edges[-1] = len(offs)
            counts = [edges[b + 1] - edges[b] for b in range(n)]
            fl = self._flagged
            if isinstance(fl, bytes | bytearray):
                flags = [
                    counts[b] > 0 and fl.find(1, edges[b], edges[b + 1]) >= 0 for b in range(n)
                ]
            else:
                flags = [any(fl[edges[b] : edges[b + 1]]) for b in range(n)]
        self._density = counts
        self._flag_columns = flags
        self._density_width = track.width()
        self._counted = len(offs)
        return counts

    def density(self) -> list[int]:
        """Messages per drawn column at the current width (what the density area shows)."""
        return list(self._bins(self._track()))

    def flagged_columns(self) -> list[bool]:
        """Per drawn column at the current width: does it hold a flagged message (a tick)."""
        self._bins(self._track())
        return list(self._flag_columns)

    # -- events -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x = event.position().x()
        shot = self.snapshot_at(x)
        if shot >= 0:
            self.snapshotClicked.emit(shot)
        else:
            self.momentClicked.emit(self.offset_at(x))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.setToolTip(formats.offset(self.offset_at(event.position().x())))
        super().mouseMoveEvent(event)

    def prepare(
        self,
        shots: Sequence[tuple[float, bool]],
        report_offsets: Sequence[float],
        duration_s: float,
        chat: ChatLog | None,
    ) -> None:
        """Draw the next case's still layer (chat density, flags, reports) ahead, at this
        size: its swap (:meth:`set_case` with the same chat and reports) then draws one
        pixmap instead of computing and drawing the columns."""
        if not self.isVisible() or self.width() <= 0 or self.height() <= 0:
            return
        keep = (
            self._shots, self._reports, self._duration_ms, self._offsets, self._flagged,
            self._density, self._flag_columns, self._density_width, self._layer, self._layer_key,
            self._counted, self._peak, self._live_scale,
        )  # fmt: skip
        try:
            self._live_scale = 0
            self._shots = [(int(o * 1000), sens) for o, sens in shots]
            self._reports = [int(o * 1000) for o in report_offsets]
            offs: Sequence[int] = chat.offset_ms if chat is not None else ()
            ends = [int(duration_s * 1000), *(o for o, _ in self._shots), *self._reports]
            if offs:
                ends.append(int(offs[-1]))
            self._duration_ms = max(1, max(ends))
            self._offsets = offs
            self._flagged = chat.flagged if chat is not None else b""
            self._density_width = -1
            pixmap, key = self._draw_layer()
            self._ahead = _Layer(chat, tuple(self._reports), self._duration_ms, pixmap, key)
        finally:
            (
                self._shots, self._reports, self._duration_ms, self._offsets, self._flagged,
                self._density, self._flag_columns, self._density_width, self._layer,
                self._layer_key, self._counted, self._peak, self._live_scale,
            ) = keep  # fmt: skip

    def draw_ahead(self) -> None:
        """Draw the still layer of the case it holds now, at its size, before its first
        paint (a hidden case body builds the next case this way); the paint then copies it."""
        if self.width() > 0 and self.height() > 0:
            self._layer, self._layer_key = self._draw_layer()
            self._from_ahead = True

    def drawn_ahead(self) -> bool:
        """The case's still layer came from :meth:`prepare` (tests and the bench ask)."""
        return self._from_ahead and self._layer is not None and self._layer_key == self._key()

    def _key(self) -> tuple[object, ...]:
        size = (self.width(), self.height(), self.devicePixelRatioF())
        return (*size, self.palette().cacheKey(), self.font().key(), self.layoutDirection())

    def _draw_layer(self) -> tuple[QPixmap, tuple[object, ...]]:
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        p = QPainter(pixmap)
        try:
            self._paint_still(p)
        finally:
            p.end()
        return pixmap, self._key()

    @phases.timed("paint: timeline")
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._layer is None or self._layer_key != self._key():
            self._layer, self._layer_key = self._draw_layer()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._layer)
        self._paint_marks(p)
        p.end()

    def _paint_still(self, p: QPainter, only: Sequence[int] | None = None) -> QRegion:
        """What changes only with the case or the size: background, density, flags, reports;
        ``only`` these columns (cleared and drawn again, under a clip). Returns the region
        drawn."""
        pal = self.palette()
        track = self._track()
        fm = self.fontMetrics()
        bar_area = QRect(
            track.x(), track.y() + 6, track.width(), track.height() - 6 - fm.height() // 2 - 4
        )
        bins = self._bins(track)
        if only is None:
            # the bars' scale: the tallest column, or more while a live chat grows
            peak = max(max(bins), self._live_scale) if bins else 0
            self._peak = peak
        else:
            peak = self._peak  # the scale the layer was drawn at
        step = track.width() / max(1, len(bins))
        bar_w = max(1, round(step) - 1)
        base = pal.color(QPalette.ColorRole.Base)
        if only is None:
            region = QRegion(self.rect())
            columns: Sequence[int] = range(len(bins))
            p.fillRect(self.rect(), base)
        else:
            region = QRegion()
            top, height = track.y(), bar_area.bottom() + 1 - track.y()
            for b in only:
                x = min(self._column_x(track, b, step, bar_w), self._column_x(track, b, step, 3))
                region = region.united(QRect(x, top, max(bar_w, 3), height))
            columns = only
            p.setClipRegion(region)
            p.fillRect(region.boundingRect(), base)
        # chat density, as a quiet area
        # (each layer is one drawRects call: a fillRect per column was a call from Python
        # per column on every case swap)
        p.setPen(Qt.PenStyle.NoPen)
        if peak:
            fill = theme.drawn("density")  # the theme's, at 3:1 on the base at least
            bottom, full = bar_area.bottom() + 1, bar_area.height()
            bars = []
            for b in columns:
                count = bins[b]
                if count:
                    h = max(1, round(full * count / peak))
                    x = self._column_x(track, b, step, bar_w)
                    bars.append(QRect(x, bottom - h, bar_w, h))
            p.setBrush(fill)
            p.drawRects(bars)
        # flagged messages: short ticks along the top, one per column that has any
        flags = self._flag_columns
        ticks = [
            QRect(self._column_x(track, b, step, 3), track.y(), 3, 5) for b in columns if flags[b]
        ]
        if ticks:
            p.setBrush(theme.drawn("flag mark"))
            p.drawRects(ticks)
        # reports: full-height thin lines
        report = theme.drawn("report mark")
        for off in self._reports:
            x = self.x_for(off) - (1 if self.isRightToLeft() else 0)
            p.fillRect(QRect(x, track.y(), 2, bar_area.bottom() - track.y()), report)
        return region

    def _paint_marks(self, p: QPainter) -> None:
        """What moves while a case is read: the selected message and the snapshot dots."""
        pal = self.palette()
        track = self._track()
        fm = self.fontMetrics()
        # the selected message
        if self._cursor_ms is not None:
            c = pal.color(QPalette.ColorRole.Text)
            p.fillRect(QRect(self.x_for(self._cursor_ms), track.y(), 1, track.height()), c)
        # snapshots: dots on the baseline, the current one larger
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = max(3, fm.height() // 4)
        y = track.bottom() - r - 1
        for i, (off, sensitive) in enumerate(self._shots):
            x = self.x_for(off)
            current = i == self._current
            p.setPen(
                QPen(
                    theme.drawn("report mark") if sensitive else pal.color(QPalette.ColorRole.Text),
                    1.5,
                )
            )
            p.setBrush(
                pal.color(QPalette.ColorRole.Highlight)
                if current
                else pal.color(QPalette.ColorRole.Base)
            )
            rr = r + 2 if current else r
            p.drawEllipse(QPoint(x, y), rr, rr)
