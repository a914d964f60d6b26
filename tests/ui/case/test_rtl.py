"""The case screen in Arabic: the layout mirrors, time flows right to left, the arrows step
the way the eye reads, and figures use the language's digits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from devkit.cases import CaseBundle, synth_case, taxonomy
from reviewer.i18n import SOURCE_LANGUAGE
from tests.ui.case.test_chat_model import make_log
from tests.ui.rtl_kit import arabic, arabic_folder
from ui.case.chat_model import COL_TEXT, COL_USER
from ui.case.chat_pane import ChatView
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.review_pane import ReviewPane
from ui.case.screen import CaseView
from ui.case.timeline import Timeline
from ui.common import formats, language, theme
from ui.common.shortcuts import SNAPSHOTS

__all__ = ["arabic", "arabic_folder"]  # fixtures


def open_case(qtbot: QtBot, bundle: CaseBundle) -> ReviewPane:
    pane = ReviewPane(object_name="reviewPage")
    qtbot.addWidget(pane)
    pane.resize(1600, 1000)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.case_view
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
    return pane


def left_of(pane: ReviewPane, widget: object) -> int:
    assert hasattr(widget, "mapTo")
    return int(widget.mapTo(pane, QPoint(0, 0)).x())


def test_the_panel_and_the_strip_mirror_in_arabic(
    qtbot: QtBot, tmp_path: Path, arabic: str
) -> None:
    assert arabic == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    pane = open_case(qtbot, synth_case(tmp_path, index=4))
    view = pane.case_view
    assert pane.isRightToLeft()
    # the policy panel on the left, the case (with the chat at its left) on the right
    assert left_of(pane, pane.panel) < left_of(pane, view)
    assert left_of(pane, view.chat) < left_of(pane, view.viewer)
    # the strip starts at the right edge: the first snapshot rightmost
    cells = view.strip.cells()
    assert len(cells) >= 2
    assert cells[0].right() == view.strip.rect().right()
    assert [c.x() for c in cells] == sorted((c.x() for c in cells), reverse=True)
    assert view.strip.index_at(cells[1].center()) == 1


def test_a_window_built_before_the_switch_mirrors_at_once(
    qtbot: QtBot, arabic_folder: Path, built_translations: Path
) -> None:
    pane = ReviewPane(object_name="reviewPage")
    qtbot.addWidget(pane)
    pane.resize(1600, 1000)
    pane.show()
    qtbot.waitExposed(pane)
    assert left_of(pane, pane.panel) > left_of(pane, pane.case_view)
    try:
        language.apply_language("ar", arabic_folder)
        qtbot.waitUntil(lambda: left_of(pane, pane.panel) < left_of(pane, pane.case_view))
        assert pane.case_view.timeline.isRightToLeft()
    finally:
        language.apply_language(SOURCE_LANGUAGE, built_translations)
    qtbot.waitUntil(lambda: left_of(pane, pane.panel) > left_of(pane, pane.case_view))


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def test_time_flows_right_to_left_on_the_timeline(qtbot: QtBot, arabic: str) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, 60)
    timeline.set_case([(10.0, False), (90.0, True)], [50.0], 100.0, None)
    timeline.show()
    qtbot.waitExposed(timeline)
    start, end = timeline.x_for(0), timeline.x_for(timeline.duration_ms())
    assert start > end  # the stream starts at the right
    assert timeline.offset_at(start) == 0
    assert timeline.offset_at(end) == timeline.duration_ms()
    assert timeline.snapshot_at(timeline.x_for(10_000)) == 0
    assert timeline.snapshot_at(timeline.x_for(90_000)) == 1
    # the report line is painted where x_for says: in the right half (at 50 of 100 s, on
    # the mirrored axis a hair right of the middle), not at the left
    image = timeline.grab().toImage()
    x = timeline.x_for(50_000)
    y = timeline.height() // 3
    report = theme.drawn("report mark")
    # near the theme's report colour in every channel (the theme a test before this one in
    # the same worker left on: dark's report mark is a light red, green above 120)
    hits = [
        dx
        for dx in range(-2, 3)
        if all(
            abs(a - b) < 40
            for a, b in zip(_rgb(image.pixelColor(x + dx, y)), _rgb(report), strict=True)
        )
    ]
    assert hits
    with qtbot.waitSignal(timeline.snapshotClicked) as clicked:
        qtbot.mouseClick(
            timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.x_for(90_000), 30)
        )
    assert clicked.args == [1]


def test_english_time_still_flows_left_to_right(qtbot: QtBot) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, 60)
    timeline.set_case([(10.0, False)], [], 100.0, None)
    assert timeline.x_for(0) < timeline.x_for(timeline.duration_ms())


def has_focus(view: CaseView) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is view or view.isAncestorOf(focus))


def test_arrows_step_the_way_the_eye_reads(qtbot: QtBot, tmp_path: Path, arabic: str) -> None:
    """Arabic: the next snapshot is to the left, so Left steps forward and Right back."""
    pane = open_case(qtbot, synth_case(tmp_path, index=4))
    view = pane.case_view
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: has_focus(view))
    view.show_snapshot(0)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_snapshot() == 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_snapshot() == 2
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_snapshot() == 1


def test_arrows_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    pane = open_case(qtbot, synth_case(tmp_path, index=4))
    view = pane.case_view
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: has_focus(view))
    view.show_snapshot(1)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_snapshot() == 2
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_snapshot() == 1


def test_figures_and_stream_times_use_arabic_indic_digits(
    qtbot: QtBot, tmp_path: Path, arabic: str
) -> None:
    assert formats.offset(3_723_000) == "١:٠٢:٠٣"
    assert formats.number(1234) == "١٬٢٣٤"
    assert formats.duration(3 * 3600 + 5 * 60) == "٣ س ٠٥ د"
    pane = open_case(qtbot, synth_case(tmp_path, index=4))
    view = pane.case_view
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in view.caption.text())
    assert not any(ch in "0123456789" for ch in view.caption.text())


def test_the_sheet_names_the_previous_arrow_first(arabic: str) -> None:
    """ "Previous / next snapshot": in Arabic the previous one is Right, named first."""
    keys = DecisionKeyFilter()
    keys.set_taxonomy(taxonomy())
    rows = {what: key for key, what in keys.sheet()}
    native = QKeySequence.SequenceFormat.NativeText
    right = QKeySequence(Qt.Key.Key_Right).toString(native)
    left = QKeySequence(Qt.Key.Key_Left).toString(native)
    assert rows["اللقطة السابقة / التالية"] == f"{right} / {left}"


def ink_columns(image: QImage, rect: QRect, base: QColor) -> list[int]:
    """The x of every pixel column in ``rect`` that holds something other than ``base``."""
    return [
        x
        for x in range(rect.left(), rect.right())
        if any(image.pixelColor(x, y) != base for y in range(rect.top(), rect.bottom()))
    ]


def test_chat_text_starts_at_the_right_edge_of_its_cell(qtbot: QtBot, arabic: str) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    log = make_log(50)
    view.set_chat_log(log)
    # a row on the plain background: even (no alternate tint), not the first (the moment)
    row = next(i for i in range(2, 40, 2) if not log.flagged[i])
    view.table.selectionModel().clear()
    image = view.table.viewport().grab().toImage()
    base = view.table.palette().color(view.table.palette().ColorRole.Base)
    for column in (COL_TEXT, COL_USER):
        cell = view.table.visualRect(view.model.index(row, column))
        ink = ink_columns(image, cell.adjusted(1, 2, -1, -2), base)
        assert ink, column
        assert cell.right() - max(ink) < 12  # the text starts at the cell's right edge
    # a user name is short: nothing in the left half of its cell
    cell = view.table.visualRect(view.model.index(row, COL_USER))
    assert min(ink_columns(image, cell.adjusted(1, 2, -1, -2), base)) > cell.center().x()


def test_the_shortcut_sheet_writes_the_arrows_the_way_they_step(arabic: str) -> None:
    """Logical "→ ←" reads right to left as →, then ←: previous (Right), then next (Left)."""
    assert SNAPSHOTS.text == "→ ←"


def test_the_shortcut_sheet_arrows_in_english() -> None:
    assert SNAPSHOTS.text == "← →"
