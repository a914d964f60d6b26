"""Choosing a language: the shipped ones, the system's, the pseudo-locale only on request,
Qt's own texts and the locale switched with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from ui.common import language


@pytest.fixture
def folder(tmp_path: Path, built_translations: Path, english: str) -> Iterator[Path]:
    """English and the pseudo-locale as built, and a Spanish file (English's, renamed: the
    translations themselves arrive later); English again after the test."""
    for name in ("reviewer_en.qm", "reviewer_en_XA.qm"):
        shutil.copy(built_translations / name, tmp_path / name)
    shutil.copy(built_translations / "reviewer_en.qm", tmp_path / "reviewer_es.qm")
    before = QLocale()
    yield tmp_path
    language.apply_language(english, built_translations)
    QLocale.setDefault(before)


def test_the_languages_offered(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(language.PSEUDO_ENV, raising=False)
    assert language.available_languages(folder) == ["en", "es"]
    monkeypatch.setenv(language.PSEUDO_ENV, "1")
    assert language.available_languages(folder) == ["en", "es", "en_XA"]
    assert language.resolve("zh_CN", folder) == "en"  # not shipped here: English
    assert language.resolve("es", folder) == "es"


def test_each_language_by_its_own_name() -> None:
    assert language.display_name("es") == "Español"
    assert language.display_name("ar") == "العربية"
    assert language.display_name("zh_CN") == "简体中文"
    assert language.display_name("en") == "English"


def test_a_switch_installs_qt_s_own_texts_and_the_locale(folder: Path) -> None:
    assert language.apply_language("es", folder) == "es"
    assert language.current_language() == "es"
    assert QLocale().language() == QLocale.Language.Spanish
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "Cancelar"  # Qt's qtbase_es.qm
    box.deleteLater()
    assert language.apply_language("en", folder) == "en"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "Cancel"
    box.deleteLater()


def test_system_follows_the_first_shipped_ui_language(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "system_languages", lambda: ["fr-FR", "es-MX", "en-US"])
    assert language.resolve(language.SYSTEM, folder) == "es"
    monkeypatch.setattr(language, "system_languages", lambda: ["fr-FR"])
    assert language.resolve(language.SYSTEM, folder) == "en"
