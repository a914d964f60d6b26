"""The dashboard's QPainter charts: what they draw (bars in the series colour, labels as plain
text, the empty state), round ticks, and that they take no focus and ignore mouse and keys.
Offscreen Qt; images grabbed from the real widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.lead.charts import ChartCanvas, nice_ticks, one_decimal

BLUE = "#0072B2"


def _canvas(qtbot: QtBot) -> ChartCanvas:
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(420, 280)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def _pixels(image: QImage, colour: str) -> int:
    want = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == want
    )


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0.0, [0.0, 1.0]), (7.0, [0, 2, 4, 6, 8]), (100.0, [0, 20, 40, 60, 80, 100]), (0.3, None)],
)
def test_ticks_are_round_and_cover_the_top(top: float, ticks: list[float] | None) -> None:
    got = nice_ticks(top)
    if ticks is not None:
        assert got == pytest.approx(ticks)
    assert got[0] == 0
    assert got[-1] >= top


def test_bars_are_drawn_in_their_colour_and_labels_stay_plain(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot)
    empty = canvas.grab().toImage()
    assert _pixels(empty, BLUE) == 0

    names = ["<b>Mira</b>", "Jonas\nWeber", "Lucía"]
    canvas.hbars(names, [("cases/h", [12.3, 8.25, None], BLUE)], fmt=one_decimal)
    assert canvas.kind() == "hbars"
    assert canvas.labels() == ["<b>Mira</b>", "Jonas Weber", "Lucía"]  # one line, not markup
    assert canvas.value_texts() == ["12.3", "8.3"]  # QLocale rounds a half up
    assert "<b>Mira</b>: 12.3" in canvas.accessibleDescription()
    drawn = canvas.grab().toImage()
    assert _pixels(drawn, BLUE) > 100

    canvas.bars(["north", "south"], [("c", [3.0, 4.0], BLUE)], texts=["3 · 1 h", "4"])
    assert canvas.value_texts() == ["3 · 1 h", "4"]
    assert _pixels(canvas.grab().toImage(), BLUE) > 100

    canvas.clear()
    assert canvas.kind() == "none"
    assert _pixels(canvas.grab().toImage(), BLUE) == 0


def test_a_line_with_a_gap_draws_its_points(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot)
    canvas.line(["W47", "W48", "W49"], [80.0, None, 66.7], BLUE)
    assert canvas.value_texts() == ["80 %", "67 %"]
    assert _pixels(canvas.grab().toImage(), BLUE) > 10


def test_the_chart_takes_no_focus_and_ignores_mouse_and_keys(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot)
    canvas.hbars(["a", "b"], [("n", [1.0, 2.0], BLUE)])
    before = canvas.grab().toImage()
    assert canvas.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert not canvas.hasFocus()
    assert canvas.grab().toImage() == before
