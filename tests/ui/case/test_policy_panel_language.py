"""The policy panel shows the service's labels in the desk's language (Spanish here, from the
committed reviewer_es.ts), English where the service sent no translation."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from reviewer.i18n import SOURCE_LANGUAGE
from tools import translations
from ui.case.policy_panel import PolicyPanel
from ui.common import language


@pytest.fixture
def spanish(english: str, built_translations: Path, tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "qm"
    folder.mkdir()
    shutil.copy(built_translations / "reviewer_en.qm", folder)
    translations.lrelease(
        translations.ts_path(translations.FOLDER, "es"), folder / "reviewer_es.qm"
    )
    before = QLocale()
    used = language.apply_language("es", folder)
    assert used == "es"
    yield used
    language.apply_language(SOURCE_LANGUAGE, built_translations)
    QLocale.setDefault(before)


def test_the_panel_reads_the_service_labels_in_spanish(qtbot: QtBot, spanish: str) -> None:
    tax = taxonomy()
    tax.actions[1].labels.clear()  # warn_streamer: the service has no translation for it
    panel = PolicyPanel()
    qtbot.addWidget(panel)
    panel.set_taxonomy(tax)
    buttons = [b.text() for b in panel.findChildren(QPushButton, "actionButton")]
    assert buttons[0] == "Sin infracción"
    assert buttons[1] == "Warn streamer"  # English, not a blank
    areas = [panel.area.itemText(i) for i in range(panel.area.count())]
    assert "Acoso y hostigamiento" in " ".join(areas)
    assert panel.title.text() == "Decisión"  # the desk's own words, from reviewer_es.qm
    reasons = [panel.escalation.itemText(i) for i in range(panel.escalation.count())]
    assert "Amenaza creíble de daño" in reasons
