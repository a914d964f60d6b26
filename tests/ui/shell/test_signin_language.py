"""The sign-in dialog's language picker applies at once: the dialog retranslates itself."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.common import language, tasks
from ui.shell.signin import SignInDialog


@pytest.fixture
def back_to_english(english: str, built_translations: Path) -> Iterator[None]:
    yield
    language.apply_language(english, built_translations)


def test_picking_a_language_retranslates_the_dialog_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, back_to_english: None
) -> None:
    monkeypatch.setenv(language.PSEUDO_ENV, "1")
    dialog = SignInDialog(lambda request: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sign_in_button.text() == "Sign in"
    box = dialog.language_box
    assert box.itemData(0) == language.SYSTEM
    chosen: list[str] = []
    dialog.languageChosen.connect(chosen.append)
    box.setCurrentIndex(box.findData("en_XA"))
    qtbot.waitUntil(lambda: dialog.sign_in_button.text().startswith("⟦"))
    assert dialog.windowTitle().startswith("⟦")
    assert box.itemText(0).startswith("⟦")  # "Follow the system"
    assert chosen == ["en_XA"]
    box.setCurrentIndex(box.findData("en"))
    qtbot.waitUntil(lambda: dialog.sign_in_button.text() == "Sign in")


def test_the_remembered_language_is_shown_without_applying_it(qtbot: QtBot) -> None:
    dialog = SignInDialog(lambda request: None)
    qtbot.addWidget(dialog)
    chosen: list[str] = []
    dialog.languageChosen.connect(chosen.append)
    dialog.select_language("en")
    assert dialog.language_box.currentData() == "en"
    assert chosen == []


def test_the_app_remembers_the_picked_language_and_applies_it_at_the_next_sign_in(
    qtbot: QtBot, back_to_english: None
) -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.settings import load_settings
    from ui.shell.app import DesktopApp

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = DesktopApp(app)
    desk.start()
    # the start-up's warm imports (keyring) run on the pool once the loop turns: let them end
    qtbot.waitUntil(lambda: "keyring.backends.chainer" in sys.modules and tasks.pending() == 0)
    first = desk.dialog
    assert first is not None
    qtbot.addWidget(first)
    assert first.language_box.currentData() == language.SYSTEM
    first.language_box.setCurrentIndex(first.language_box.findData("en"))
    assert load_settings().settings.language == "en"
    desk.show_sign_in()  # the next sign-in (as after a sign-out): a new dialog
    second = desk.dialog
    assert second is not None
    assert second is not first
    qtbot.addWidget(second)
    assert second.language_box.currentData() == "en"
    assert language.current_language() == "en"
    desk.shutdown()
