"""The review pane that the desk and calibration share: the case left, the panel right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter
from pytestqt.qtbot import QtBot

from devkit.qt import layout_item
from ui.case.review_pane import PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, ReviewPane


def test_the_case_and_the_panel_share_one_splitter(qtbot: QtBot) -> None:
    pane = ReviewPane(object_name="reviewPage", splitter_name="reviewSplitter", spacing=8)
    qtbot.addWidget(pane)
    assert pane.objectName() == "reviewPage"
    splitter = pane.findChild(QSplitter, "reviewSplitter")
    assert splitter is pane.splitter
    assert [splitter.widget(0), splitter.widget(1)] == [pane.case_view, pane.panel]
    assert not splitter.childrenCollapsible()
    assert (pane.panel.minimumWidth(), pane.panel.maximumWidth()) == (
        PANEL_MIN_WIDTH,
        PANEL_MAX_WIDTH,
    )
    layout = pane.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (10, 8, 10, 6)
    assert layout.spacing() == 8


def test_an_unnamed_splitter_is_not_remembered(qtbot: QtBot) -> None:
    """Calibration's splitter has no name, so the window layout it keeps is not saved."""
    pane = ReviewPane(object_name="calibrationReview")
    qtbot.addWidget(pane)
    assert pane.splitter.objectName() == ""


def test_the_top_row_goes_above_the_splitter(qtbot: QtBot) -> None:
    banner = ReviewPane(object_name="a")
    qtbot.addWidget(banner)
    label = QLabel("banner")
    banner.set_top(label)
    layout = banner.layout()
    assert layout is not None
    assert layout_item(layout, 0).widget() is label
    assert layout_item(layout, 1).widget() is banner.splitter
    assert label.parent() is banner

    row = ReviewPane(object_name="b")
    qtbot.addWidget(row)
    top = QHBoxLayout()
    progress = QLabel("1 of 10")
    top.addWidget(progress)
    row.set_top(top)
    layout = row.layout()
    assert layout is not None
    assert layout_item(layout, 0).layout() is top
    assert progress.parent() is row
