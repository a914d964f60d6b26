"""The fixed keys, declared once: installed as QShortcuts and written on the shortcut sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.common.shortcuts import (
    FIND_IN_CHAT,
    REVIEW_SHEET,
    SKIP,
    SUBMIT_SESSION,
    WIDGET_ONLY,
    sheet_lines,
)

#: the review screen's sheet as the main window wrote it by hand before the table existed
SHEET = """\
    Ctrl+Z  Undo the last decision (within the undo window)
         J  Skip the case (asks for a reason)
         V  Hold to see a blurred snapshot clearly
       ← →  Previous / next snapshot
    Ctrl+P  Pause or resume
    Ctrl+,  Settings: keys, sensitive media, breaks, lock, theme
        F1  This list"""


def test_the_sheet_is_written_from_the_table() -> None:
    entries = [SKIP.rebound("J") if e is SKIP else e for e in REVIEW_SHEET]
    assert "\n".join(sheet_lines(entries)) == SHEET
    assert SKIP.keys == ("K",)  # rebinding makes a new entry


def test_install_makes_one_shortcut_per_key(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    fired: list[str] = []
    made = SUBMIT_SESSION.install(widget, lambda: fired.append("submit"))
    assert [s.key() for s in made] == [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
    assert all(s.context() == Qt.ShortcutContext.WindowShortcut for s in made)
    made[1].activated.emit()
    assert fired == ["submit"]
    (find,) = FIND_IN_CHAT.install(widget, lambda: None, WIDGET_ONLY)
    assert find.key() == QKeySequence(QKeySequence.StandardKey.Find)
    assert find.context() == Qt.ShortcutContext.WidgetShortcut
    assert FIND_IN_CHAT.text == find.key().toString(QKeySequence.SequenceFormat.NativeText)
