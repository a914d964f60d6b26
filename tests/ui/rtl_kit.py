"""The desk in Arabic for a test: the committed reviewer_ar.ts compiled beside the English
and pseudo-locale builds, applied as the sign-in picker applies it (translators, locale,
right-to-left layout), English again afterwards.

    from tests.ui.rtl_kit import arabic

    def test_my_widget_mirrors(qtbot, arabic): ...
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.i18n import SOURCE_LANGUAGE
from tools.translations import lrelease
from ui.common import language

REPO = Path(__file__).resolve().parents[2]
ARABIC_TS = REPO / "resources" / "translations" / "reviewer_ar.ts"


@pytest.fixture(scope="session")
def arabic_folder(built_translations: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """English and the pseudo-locale as built, and Arabic from the committed .ts."""
    folder = tmp_path_factory.mktemp("arabic")
    for qm in built_translations.glob("*.qm"):
        shutil.copy(qm, folder / qm.name)
    lrelease(ARABIC_TS, folder / "reviewer_ar.qm")
    return folder


@pytest.fixture
def arabic(arabic_folder: Path, built_translations: Path) -> Iterator[str]:
    """The desk switched to Arabic for one test."""
    yield language.apply_language("ar", arabic_folder)
    language.apply_language(SOURCE_LANGUAGE, built_translations)
