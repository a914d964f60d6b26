"""An elided line: "…" where its room ends, the whole text kept and shown in its tool tip."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.common.elide import ElidedLabel

LONG = "Last sync: 12:41 · clock off by 3 min · and more words than the room has"


def test_a_line_too_long_elides_with_its_whole_text_in_the_tool_tip(
    qtbot: QtBot, parent: QWidget
) -> None:
    row = QHBoxLayout(parent)
    label = ElidedLabel(LONG, parent, object_name="chip")
    row.addWidget(label)
    parent.resize(label.fontMetrics().horizontalAdvance(LONG) // 3, 40)
    parent.show()
    qtbot.waitExposed(parent)
    assert label.is_elided()
    assert label.text() == LONG  # Copy and screen readers get all of it
    assert LONG in label.toolTip()
    # shrinks to a few characters rather than pushing its neighbours off the screen
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(LONG) // 3


def test_a_line_that_fits_has_no_tool_tip_but_its_own_note(qtbot: QtBot, parent: QWidget) -> None:
    row = QHBoxLayout(parent)
    label = ElidedLabel("Online", parent)
    row.addWidget(label)
    parent.resize(600, 40)
    parent.show()
    qtbot.waitExposed(parent)
    assert not label.is_elided()
    assert label.toolTip() == ""
    label.set_note("Details: HTTP 500 <b>")
    assert "Details: HTTP 500 &lt;b&gt;" in label.toolTip()  # plain text, never markup
    label.setText(LONG * 4)
    assert label.is_elided()
    assert LONG in label.toolTip()
    assert "HTTP 500" in label.toolTip()
    label.setText("Online")
    assert "Online" not in label.toolTip()
