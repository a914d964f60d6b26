"""At 200 % text every window stays usable at 1920×1080: no label or button is cut
without an ellipsis (tests/ui/i18n_kit.cut_texts compares each one's size hint with its
geometry; elided texts end in "…" and carry the full text in a tool tip)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from devkit.live_service import LiveService
from reviewer.settings import load_settings
from tests.ui.desk.test_review_flow import Desk, fast_sync
from tests.ui.i18n_kit import cut_texts
from ui.common import theme
from ui.settings.dialog import SettingsDialog
from ui.shell.signin import SignInDialog

SCREEN = (1920, 1080)
#: a folder to save the case screen at 200 % in (docs/screenshots for the note)
SHOT_DIR_ENV = "REVIEWER_TEXT_SIZE_SHOTS"


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[int]:
    """The app at 200 % text in the light theme for one test; as it was after."""
    look = (qapp.styleSheet(), QPalette(qapp.palette()), QFont(qapp.font()))
    before = (qapp.property("reviewerTheme"), theme.text_size(qapp))
    theme.apply_theme(qapp, "light")
    yield theme.apply_text_size(qapp, 200)
    theme.apply_text_size(qapp, before[1])
    qapp.setFont(look[2])
    qapp.setStyleSheet(look[0])
    qapp.setPalette(look[1])
    qapp.setProperty("reviewerTheme", before[0])


def _cut(qtbot: QtBot, label: str, window: QWidget) -> list[str]:
    window.resize(*SCREEN)
    qtbot.waitExposed(window)
    return [f"[{label}] {s}" for s in cut_texts(window)]


def test_the_setting_scales_the_app_font(qapp: QApplication, large_text: int) -> None:
    assert large_text == 200
    assert theme.scale_qss_fonts("font-size: 17pt;", 200) == "font-size: 34pt;"
    assert "font-size: 34pt" in qapp.styleSheet()


def test_sign_in_and_settings_at_200_percent(qtbot: QtBot, large_text: int) -> None:
    cut: list[str] = []
    signin = SignInDialog(lambda request: None)
    qtbot.addWidget(signin)
    signin.show()
    cut += _cut(qtbot, "sign-in", signin)
    settings = SettingsDialog(taxonomy(), load_settings().settings)
    qtbot.addWidget(settings)
    settings.show()
    cut += _cut(qtbot, "settings", settings)
    assert not cut, "\n".join(cut)


def _too_wide(label: str, window: QWidget) -> list[str]:
    need = window.minimumSizeHint().width()
    return [f"[{label}] needs {need} px, wider than {SCREEN[0]}"] if need > SCREEN[0] else []


def test_the_queue_page_at_200_percent(
    qtbot: QtBot, live_service: LiveService, large_text: int
) -> None:
    desk = Desk(qtbot, live_service, fast_sync())
    try:
        cut = _cut(qtbot, "queue page", desk.window)
    finally:
        desk.close()
    assert not cut, "\n".join(cut)


def test_the_case_screen_at_200_percent(
    qtbot: QtBot, live_service: LiveService, large_text: int
) -> None:
    desk = Desk(qtbot, live_service, fast_sync())
    try:
        desk.acknowledge_all()
        desk.start()
        desk.wait_for_case()
        qtbot.waitUntil(lambda: desk.window.case_view.isVisible())
        # the chat's count in the bar: the widest the chat pane's row gets
        qtbot.waitUntil(lambda: bool(desk.window.case_view.chat.count_label.text()))
        cut = _cut(qtbot, "case screen", desk.window) + _too_wide("case screen", desk.window)
        shots = os.environ.get(SHOT_DIR_ENV)
        if shots:  # the note's picture: the window as measured (its layout settled)
            desk.window.grab().save(str(Path(shots) / "case-200.png"))
    finally:
        desk.close()
    assert not cut, "\n".join(cut)
