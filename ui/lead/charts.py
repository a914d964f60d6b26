"""A small chart widget drawn with QPainter: bars, horizontal bars and a line.

The dashboard needs three simple kinds of chart; a plotting library brought numpy (about
40 MB of the installed bundle) for them. Everything here is plain text drawn with
``QPainter.drawText`` (category names come from the service and are never rich text),
colours come from the palette so both themes read well, and the widget takes no focus and
answers no mouse or key: a dashboard is read, not explored.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewer.formatting import one_line
from ui.common import formats
from ui.common.i18n import arg, translate

#: one series: (name, values with None for "no figure", colour as "#rrggbb")
Series = tuple[str, Sequence[float | None], str]
#: how a value label reads (locale digits, translated units): the page decides
Formatter = Callable[[float], str]

_PAD = 6.0


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2 or 5 times a power of 10)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    n = math.ceil(top / step - 1e-9)
    return [i * step for i in range(n + 1)]


def tick_text(value: float) -> str:
    """An axis tick in the chosen language's digits (short: at most two decimals)."""
    if value == int(value):
        return formats.number(value)
    return formats.number(value, 2 if abs(value) < 0.1 else 1)


def one_decimal(value: float) -> str:
    return formats.number(value, 1)


def whole_percent(value: float) -> str:
    """A percentage already on 0..100, without decimals."""
    return arg(translate("LeadChart", "%1 %", "a whole percentage"), formats.number(value))


def empty_text() -> str:
    """What an empty chart says."""
    return translate("LeadChart", "Nothing in this period")


@dataclass
class _Spec:
    kind: str = "none"  # none, bars, hbars, line
    labels: list[str] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    texts: list[str] | None = None
    fmt: Formatter = tick_text
    top: float = 1.0


class ChartCanvas(QWidget):
    """The plot area of one chart card; ``bars``, ``hbars`` and ``line`` replace what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._spec = _Spec()

    # -- what to draw -------------------------------------------------------------------------

    def clear(self) -> None:
        self._spec = _Spec()
        self.update()

    def kind(self) -> str:
        """``none``, ``bars``, ``hbars`` or ``line``: what the canvas shows now (for tests)."""
        return self._spec.kind

    def labels(self) -> list[str]:
        """The category labels as drawn (one line each)."""
        return list(self._spec.labels)

    def value_texts(self) -> list[str]:
        """Every value label as drawn, series after series (for tests and accessibility)."""
        spec = self._spec
        out: list[str] = []
        for _name, values, _colour in spec.series:
            for i, v in enumerate(values):
                if v is None:
                    continue
                if spec.texts is not None and len(spec.series) == 1:
                    out.append(spec.texts[i])
                else:
                    out.append(spec.fmt(v))
        return out

    def drawn_texts(self) -> list[tuple[str, str]]:
        """Every text the canvas draws as (kind, text), kind ``empty``, ``label`` (a category:
        the service's data), ``value`` or ``tick`` (for the pseudo-locale test)."""
        spec = self._spec
        if spec.kind == "none" or not spec.labels:
            return [("empty", empty_text())]
        ticks = nice_ticks(spec.top * 1.05 if spec.kind == "hbars" else spec.top)
        return (
            [("label", x) for x in spec.labels]
            + [("value", t) for t in self.value_texts()]
            + [("tick", tick_text(t)) for t in ticks]
        )

    def _set(self, spec: _Spec) -> None:
        self._spec = spec
        texts = iter(self.value_texts())
        self.setAccessibleDescription(
            "; ".join(
                arg(
                    translate("LeadChart", "%1: %2", "a category and its value"),
                    spec.labels[i],
                    next(texts),
                )
                for _name, values, _colour in spec.series
                for i, v in enumerate(values)
                if v is not None and i < len(spec.labels)
            )
        )
        self.update()

    @staticmethod
    def _top(series: Sequence[Series]) -> float:
        values = [float(v) for _n, vs, _c in series for v in vs if v is not None]
        return max([0.0, *values])

    def bars(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        *,
        fmt: Formatter = one_decimal,
        texts: Sequence[str] | None = None,
    ) -> None:
        """Vertical bars per category; several series side by side. ``texts`` replaces the
        value labels of a single series."""
        self._set(
            _Spec(
                "bars",
                [one_line(x) for x in labels],
                list(series),
                None if texts is None else [one_line(t) for t in texts],
                fmt,
                self._top(series) * 1.12,
            )
        )

    def hbars(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        *,
        fmt: Formatter = tick_text,
        min_top: float = 1.0,
    ) -> None:
        """Horizontal bars, the first category at the top: names of any length read on the left."""
        top = max(self._top(series), min_top)
        self._set(_Spec("hbars", [one_line(x) for x in labels], list(series), None, fmt, top))

    def line(
        self,
        labels: Sequence[str],
        values: Sequence[float | None],
        colour: str,
        *,
        fmt: Formatter = whole_percent,
    ) -> None:
        """Percentages over ordered categories (weeks), from 0 to 100; a missing value is a gap."""
        self._set(
            _Spec(
                "line",
                [one_line(x) for x in labels],
                [("", list(values), colour)],
                None,
                fmt,
                100.0,
            )
        )

    # -- drawing ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 22, em * 14)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 12, em * 14)

    def _colours(self) -> tuple[QColor, QColor]:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        return text, grid

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            spec = self._spec
            if spec.kind == "none" or not spec.labels:
                self._draw_empty(painter)
            elif spec.kind == "hbars":
                self._draw_hbars(painter, spec)
            elif spec.kind == "line":
                self._draw_columns(painter, spec, line=True)
            else:
                self._draw_columns(painter, spec, line=False)
        finally:
            painter.end()

    def _draw_empty(self, painter: QPainter) -> None:
        text, _grid = self._colours()
        muted = QColor(text)
        muted.setAlpha(150)
        painter.setPen(muted)
        painter.drawText(
            QRectF(self.rect()),
            Qt.AlignmentFlag.AlignCenter,
            empty_text(),
        )

    def _draw_hbars(self, painter: QPainter, spec: _Spec) -> None:
        text, grid = self._colours()
        fm = QFontMetrics(self.font())
        ticks = nice_ticks(spec.top * 1.05)
        # +2: elision measures exact (fractional) widths, horizontalAdvance rounds
        label_w = min(
            max(fm.horizontalAdvance(x) for x in spec.labels) + 2 * _PAD + 2, self.width() * 0.4
        )
        value_w = max([fm.horizontalAdvance(" " + t) for t in self.value_texts()] or [0])
        plot = QRectF(
            label_w,
            _PAD,
            max(1.0, self.width() - label_w - _PAD - value_w * 0.5),
            max(1.0, self.height() - fm.height() - 2 * _PAD),
        )
        scale = max(ticks[-1], spec.top * 1.2)
        # grid and the value axis below
        for t in ticks:
            x = plot.left() + plot.width() * t / scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            tt = tick_text(t)
            w = fm.horizontalAdvance(tt)
            painter.drawText(QPointF(x - w / 2, plot.bottom() + fm.ascent() + 2), tt)
        n, k = len(spec.labels), max(1, len(spec.series))
        slot = plot.height() / n
        thick = slot * 0.8 / k
        for i, label in enumerate(spec.labels):
            y0 = plot.top() + slot * i
            painter.setPen(text)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 2 * _PAD))
            painter.drawText(
                QRectF(0, y0, label_w - _PAD, slot),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            for s, (_name, values, colour) in enumerate(spec.series):
                v = values[i] if i < len(values) else None
                top = y0 + slot * 0.1 + thick * s
                if v is None:
                    continue
                length = plot.width() * max(0.0, float(v)) / scale
                painter.fillRect(QRectF(plot.left(), top, length, thick * 0.9), QColor(colour))
                painter.setPen(text)
                painter.drawText(
                    QRectF(plot.left() + length + 3, top, plot.width(), thick * 0.9),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    spec.fmt(v),
                )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.topLeft(), plot.bottomLeft())

    def _draw_columns(self, painter: QPainter, spec: _Spec, *, line: bool) -> None:
        text, grid = self._colours()
        fm = QFontMetrics(self.font())
        ticks = nice_ticks(spec.top)
        axis_w = max(fm.horizontalAdvance(tick_text(t)) for t in ticks) + 2 * _PAD
        plot = QRectF(
            axis_w,
            fm.height() + _PAD,
            max(1.0, self.width() - axis_w - _PAD),
            max(1.0, self.height() - 2 * fm.height() - 3 * _PAD),
        )
        scale = ticks[-1] if ticks[-1] > 0 else 1.0
        for t in ticks:
            y = plot.bottom() - plot.height() * t / scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            tt = tick_text(t)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, axis_w - _PAD, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tt,
            )
        n, k = len(spec.labels), max(1, len(spec.series))
        slot = plot.width() / n
        for i, label in enumerate(spec.labels):
            painter.setPen(text)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot - 4))
            painter.drawText(
                QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, fm.height() + _PAD),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                shown,
            )
        width = slot * 0.8 / k
        texts = self.value_texts()
        shown_n = 0
        for s, (_name, values, colour) in enumerate(spec.series):
            points: list[QPointF | None] = []
            for i in range(n):
                v = values[i] if i < len(values) else None
                if v is None:
                    points.append(None)
                    continue
                h = plot.height() * min(max(0.0, float(v)), scale) / scale
                centre = (
                    plot.left() + slot * i + slot / 2
                    if line
                    else (plot.left() + slot * i + slot * 0.1 + width * (s + 0.5))
                )
                top = plot.bottom() - h
                if not line:
                    painter.fillRect(
                        QRectF(centre - width * 0.45, top, width * 0.9, h), QColor(colour)
                    )
                points.append(QPointF(centre, top))
                label = texts[shown_n]
                shown_n += 1
                painter.setPen(text)
                box = QRectF(
                    centre - slot / 2, top - fm.height() - (8 if line else 2), slot, fm.height()
                )
                painter.drawText(
                    box,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
                )
            if line:
                self._draw_line(painter, points, QColor(colour))
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    @staticmethod
    def _draw_line(painter: QPainter, points: Sequence[QPointF | None], colour: QColor) -> None:
        painter.setPen(QPen(colour, 2))
        previous: QPointF | None = None
        for p in points:
            if p is not None and previous is not None:
                painter.drawLine(previous, p)
            previous = p
        painter.setBrush(colour)
        for p in points:
            if p is not None:
                painter.drawEllipse(p, 4.0, 4.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)


__all__ = [
    "ChartCanvas",
    "Formatter",
    "Series",
    "empty_text",
    "nice_ticks",
    "one_decimal",
    "whole_percent",
]
