"""Fixtures of the client's tests: the team-lead pages (a seeded working week on a live
service), the pseudo-locale check (tests/ui/i18n_kit.py) and English, the default language,
for every other test."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from devkit.lead_data import lead_service
from reviewer.i18n import SOURCE_LANGUAGE
from tests.ui.i18n_kit import pseudo_locale, pseudo_translations
from ui.common import language

__all__ = ["english", "lead_service", "pseudo_locale", "pseudo_translations"]


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[str]:
    """Every client test runs in English, as a sign-in with the default setting does:
    the English plural forms ("1 case", "2 cases") and an English locale (digit groups),
    whatever the machine's LANG. ``pseudo_locale`` switches on top of it."""
    folder = language.translations_folder()
    if not (folder / f"reviewer_{SOURCE_LANGUAGE}.qm").exists():
        pytest.fail("resources/translations has no compiled English: run `make translations`")
    before = QLocale()
    used = language.apply_language(SOURCE_LANGUAGE, folder)
    yield used
    language.clear_language()
    QLocale.setDefault(before)
