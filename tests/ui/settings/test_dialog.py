"""The settings dialog: in the pseudo-locale, the language choice, refused keys in words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from reviewer.settings import load_settings, update_settings
from tests.ui.i18n_kit import assert_translated
from ui.settings.dialog import SettingsDialog


def _dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(taxonomy(), load_settings().settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_text_is_translated_and_nothing_is_cut(qtbot: QtBot, pseudo_locale: str) -> None:
    dialog = _dialog(qtbot)
    assert dialog.assign("no_violation", "V") is False  # the refusal shows, in words
    assert dialog.key_error.text().startswith("⟦")
    assert_translated(dialog)


def test_the_language_is_saved_for_the_next_sign_in(qtbot: QtBot) -> None:
    update_settings(None, language="system")
    dialog = _dialog(qtbot)
    assert dialog.language_combo.itemData(0) == "system"
    assert dialog.language_note.isVisible()
    assert "next sign-in" in dialog.language_note.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.finished):
        dialog.save_button.click()
    assert load_settings().settings.language == "en"


def test_a_refused_key_names_the_reason(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.assign("no_violation", "K") is False
    assert dialog.key_error_text() == "Not changed. No violation: K is kept for skipping a case."
