"""The domain's codes read as words in the desk's language: known codes through the allow
lists (Spanish here, from the committed reviewer_es.ts), unknown ones as they came."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from devkit.cases import synth_case
from reviewer.contract import PriorEnforcement
from reviewer.i18n import SOURCE_LANGUAGE
from server.domain import policies
from server.synth import ACTIONS, POLICY_CODES
from tools import translations
from ui.case.header import CaseHeader, PriorSection, ReportsSection
from ui.common import language, words


@pytest.fixture
def spanish(english: str, built_translations: Path, tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "qm"
    folder.mkdir()
    shutil.copy(built_translations / "reviewer_en.qm", folder)
    translations.lrelease(
        translations.ts_path(translations.FOLDER, "es"), folder / "reviewer_es.qm"
    )
    before = QLocale()
    assert language.apply_language("es", folder) == "es"
    yield "es"
    language.apply_language(SOURCE_LANGUAGE, built_translations)
    QLocale.setDefault(before)


def test_the_desk_knows_every_code_the_reference_service_sends() -> None:
    """The allow lists read like the service's own English labels, code for code."""
    areas = {code: label for code, label, _description, _key in policies.AREAS}
    assert set(POLICY_CODES) <= set(words.REASONS)
    assert {code: areas[code] for code in words.REASONS} == words.REASONS
    assert set(ACTIONS) <= set(words.ACTIONS)
    labels = {a.code: a.label for a in policies.ACTIONS}
    assert {code: labels[code] for code in words.ACTIONS} == words.ACTIONS
    assert dict(policies.ESCALATION_REASONS) == words.ESCALATION_REASONS


def test_english_words_and_unknown_codes_as_they_came(english: str) -> None:
    assert words.reason_name("spam_scams") == "Spam and scams"
    assert words.reason_name("deepfake_abuse") == "deepfake abuse"  # newer than this desk
    assert words.action_name("warn_streamer") == "Warn streamer"
    assert words.escalation_reason_name("policy_gap") == "Policy unclear or missing"
    assert words.escalation_reason_name("see_note") == "see_note"
    assert words.category_name("Just Chatting") == "Just Chatting"
    assert words.category_name("Speedrun") == "Speedrun"


def test_known_codes_read_in_spanish(spanish: str) -> None:
    assert words.reason_name("spam_scams") == "Spam y estafas"
    assert words.action_name("end_stream") == "Finalizar la transmisión"
    assert words.escalation_reason_name("credible_threat") == "Amenaza creíble de daño"
    assert words.category_name("Cooking") == "Cocina"
    assert words.reason_name("deepfake_abuse") == "deepfake abuse"


def test_the_case_screen_reads_reasons_and_category_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish: str
) -> None:
    d = synth_case(tmp_path, index=0).detail
    report = d.reports[0].model_copy(update={"reason": "spam_scams"})
    prior = PriorEnforcement(
        action="warn_streamer",
        policy_code="hateful_behavior",
        decided_at=d.stream.started_at,
        note="",
    )
    d = d.model_copy(
        update={
            "reports": [report],
            "prior_enforcement": [prior],
            "stream": d.stream.model_copy(update={"category": "Gaming"}),
            "escalation_reason": "policy_gap",
        }
    )
    header, reports, past = CaseHeader(), ReportsSection(), PriorSection()
    for widget in (header, reports, past):
        qtbot.addWidget(widget)
    header.set_case(d)
    reports.set_case(d)
    past.set_case(d)
    assert "Videojuegos" in header.meta.text()
    assert "Política poco clara o inexistente" in header.escalation.text()
    assert "Spam y estafas" in reports.labels[0].text()
    assert "spam" not in reports.labels[0].text().replace("Spam", "")
    assert "Advertir al streamer" in past.labels[0].text()
    assert "Conducta de odio" in past.labels[0].text()
