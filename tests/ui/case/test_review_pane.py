"""The review pane that the desk and calibration share: the case left, the panel right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import synth_case, taxonomy
from devkit.qt import layout_item
from ui.case.decision_keys import DecisionKeyFilter, is_text_entry
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


@pytest.fixture
def case_screen(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[ReviewPane, DecisionKeyFilter]]:
    """The review pane with a case on screen and the decision keys on the application."""
    pane = ReviewPane(object_name="reviewPage")
    qtbot.addWidget(pane)
    pane.panel.set_taxonomy(taxonomy())
    keys = DecisionKeyFilter(scope=pane, guard_seconds=0.0)
    assert keys.set_taxonomy(taxonomy()) == []
    pane.resize(1600, 1000)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitActive(pane)
    bundle = synth_case(tmp_path, index=0)
    with qtbot.waitSignal(pane.case_view.caseShown, timeout=20_000):
        pane.case_view.set_case(bundle.detail, bundle.chat, bundle.media_path)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(keys)
    yield pane, keys
    app.removeEventFilter(keys)


def input_method_takes_keys() -> bool:
    """What Qt asks before it gives a key to the platform's input method (IBus, Fcitx, the
    Windows IME, macOS's input sources): does the focused object accept composed text?"""
    return bool(QGuiApplication.inputMethod().queryFocusObject(Qt.InputMethodQuery.ImEnabled, None))


def test_a_chinese_input_method_never_sees_the_decision_keys(
    qtbot: QtBot, case_screen: tuple[ReviewPane, DecisionKeyFilter]
) -> None:
    # With a pinyin input method on, a letter typed into a widget that accepts input methods
    # starts a composition and reaches the widget as a QInputMethodEvent, not as a key: the
    # decision would never be recorded. Qt hands keys to the input method only while the
    # focused widget accepts one, so only the text fields of the case screen may.
    pane, _keys = case_screen
    focusable = [
        w
        for w in pane.findChildren(QWidget)
        if w.isVisibleTo(pane) and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(focusable) >= 5  # search, user filter, flagged only, chat table, note, ...
    takes_text = []
    for widget in focusable:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        name = widget.objectName() or type(widget).__name__
        assert input_method_takes_keys() == is_text_entry(widget), name
        if is_text_entry(widget):
            takes_text.append(name)
    assert {"chatSearch", "chatUserFilter", "decisionNote"} <= set(takes_text)


def test_decision_keys_work_beside_an_input_method_and_not_while_composing(
    qtbot: QtBot, case_screen: tuple[ReviewPane, DecisionKeyFilter]
) -> None:
    pane, keys = case_screen
    actions: list[str] = []
    keys.actionKey.connect(actions.append)
    table = pane.findChild(QWidget, "chatTable")
    assert table is not None
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert not input_method_takes_keys()
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert actions == ["no_violation"]
    # a note typed in Chinese: the pinyin "shen" is composing, then "审" is committed; the
    # keys of the composition never decide, and the note keeps the committed text
    note = pane.findChild(QLineEdit, "decisionNote")
    assert note is not None
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    assert input_method_takes_keys()
    QApplication.sendEvent(note, QInputMethodEvent("shen", []))
    qtbot.keyClick(note, Qt.Key.Key_N)
    commit = QInputMethodEvent()
    commit.setCommitString("审")
    QApplication.sendEvent(note, commit)
    assert actions == ["no_violation"]
    assert "审" in note.text()
