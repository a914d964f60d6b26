"""The shipped translations pass the quality checks (docs/translations.md, "Checks").

Parametrised by language with the language code as the id, so a translator runs their own:
``pytest -q tests/resources/test_translation_checks.py -k "[ar]"`` (or ``[es]``, ``[zh_CN]``).
Every check but completeness looks at finished entries only, so a language being translated
can be checked as it goes; completeness applies once the language is in ``COMPLETE``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from tools import translation_checks as checks

LANGUAGES = [pytest.param(lang, id=lang) for lang in checks.TRANSLATED]


def _finished(language: str) -> list[checks.Entry]:
    return [e for e in checks.entries(checks.ts_path(language)) if e.finished]


def _report(problems: list[str]) -> str:
    shown = "\n".join(problems[:40])
    more = f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""
    return f"{len(problems)} problem(s):\n{shown}{more}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_once_declared_complete(language: str) -> None:
    if language not in checks.COMPLETE:
        pytest.skip(f"{language} is being translated (not in COMPLETE yet)")
    left = checks.unfinished_entries(list(checks.entries(checks.ts_path(language))))
    assert left == [], _report(left)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_key_names_survive(language: str) -> None:
    problems = [
        f"{e.where}: {p}" for e in _finished(language) for p in checks.placeholder_problems(e)
    ]
    assert problems == [], _report(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_fill_every_form(language: str) -> None:
    problems = [
        f"{e.where}: {p}" for e in _finished(language) for p in checks.plural_problems(e, language)
    ]
    assert problems == [], _report(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_follow_the_lexicon(language: str) -> None:
    terms = checks.load_glossary()
    exceptions = checks.load_exceptions()
    problems = [
        f"{e.where}: {p}"
        for e in _finished(language)
        for p in checks.glossary_problems(e, language, terms, exceptions)
    ]
    assert problems == [], _report(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stray_latin_text(language: str) -> None:
    if language not in checks.NON_LATIN:
        pytest.skip("Latin script")
    problems = [f"{e.where}: {p}" for e in _finished(language) for p in checks.latin_problems(e)]
    assert problems == [], _report(problems)


@pytest.fixture
def measure(qapp: QApplication) -> Callable[[str], float]:
    metrics = QFontMetricsF(qapp.font())
    return metrics.horizontalAdvance


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_too_wide(language: str, measure: Callable[[str], float]) -> None:
    problems = [
        f"{e.where}: {p}" for e in _finished(language) for p in checks.width_problems(e, measure)
    ]
    assert problems == [], _report(problems)


def test_every_exception_names_a_term() -> None:
    names = {term.term for term in checks.load_glossary()}
    assert {term for _, _, term in checks.load_exceptions()} <= names


# --- the rules themselves, on samples -----------------------------------------------------------


def _entry(source: str, *forms: str, numerus: bool = False) -> checks.Entry:
    return checks.Entry("Ctx", source, "", numerus, True, forms)


@pytest.mark.parametrize(
    ("source", "text", "ok"),
    [
        ("Signing in to %1…", "Iniciando sesión en %1…", True),
        ("Signing in to %1…", "Iniciando sesión…", False),
        ("%1 of %2", "%2 de %1", True),
        ("%1 of %2", "%1 de %1", False),
        ("Submit (Ctrl+Enter)", "Enviar (Ctrl+Enter)", True),
        ("Submit (Ctrl+Enter)", "Enviar (Ctrl+Intro)", False),
        ("Press a number and press Enter. Esc cancels.", "Pulsa un número e Intro.", False),
        ("Press a number and press Enter. Esc cancels.", "اضغط رقمًا ثم Enter. Esc يلغي.", True),
        ("Enter your user name.", "Introduce tu nombre de usuario.", True),  # the verb
        ("&Theme", "&Tema", True),
        ("&Theme", "Tema", False),
        ("&Theme", "主题(&T)", True),
    ],
)
def test_the_placeholder_rule(source: str, text: str, ok: bool) -> None:
    assert (checks.placeholder_problems(_entry(source, text)) == []) is ok


def test_a_plural_form_may_say_the_number_in_words() -> None:
    forms = ("لا قرارات", "قرار واحد", "قراران", "%n قرارات", "%n قرارًا", "%n قرار")
    entry = _entry("%n decision(s)", *forms, numerus=True)
    assert checks.placeholder_problems(entry) == []
    assert checks.plural_problems(entry, "ar") == []
    assert checks.plural_problems(_entry("%n decision(s)", *forms[:2], numerus=True), "ar")


@pytest.mark.parametrize(
    ("language", "source", "text", "ok"),
    [
        ("es", "%n case(s)", "%n casos", True),
        ("es", "Decisions", "Decisiones", True),  # plural, accents folded
        ("es", "Skip this case", "Omitir este asunto", False),
        ("es", "Policy area", "Área de política", True),
        ("es", "Policy area", "Categoría", False),
        ("es", "Calibration report", "Informe de calibración", True),  # not "denuncia"
        ("es", "About Live Review Desk", "Acerca de Live Review Desk", True),  # not "en vivo"
        ("ar", "Open the case", "افتح الحالة", True),  # the article
        ("ar", "Open the case", "وللحالة", True),  # attached prefixes
        ("ar", "Open the case", "افتح حالتك", True),  # ta marbuta before a suffix
        ("ar", "Open the case", "افتح الملف", False),
        ("ar", "Skip the queue", "تخطَّ قائمة الانتظار", True),  # diacritics
        ("ar", "A queue", "قائمة انتظار", True),  # the glossary's article is optional
        ("zh_CN", "Escalate", "上报", True),
        ("zh_CN", "Escalate", "升级", False),
    ],
)
def test_the_lexicon_rule(language: str, source: str, text: str, ok: bool) -> None:
    found = checks.glossary_problems(_entry(source, text), language, checks.load_glossary(), set())
    assert (found == []) is ok, found


def test_an_exception_lifts_the_rule_for_one_string() -> None:
    entry = _entry("Refused (please report)", "Rechazada (avisa a soporte)")
    terms = checks.load_glossary()
    assert checks.glossary_problems(entry, "es", terms, set())
    assert checks.glossary_problems(entry, "es", terms, {("Ctx", entry.source, "report")}) == []


@pytest.mark.parametrize(
    ("source", "text", "ok"),
    [
        ("About Live Review Desk", "关于 Live Review Desk", True),
        ("Export CSV…", "导出 CSV…", True),
        ("Save (%1)", "保存（%1）", True),
        ("V, K, F1, Ctrl+Z are kept", "V、K、F1、Ctrl+Z 保留", True),  # key caps
        ("Keys are kept", "V 保留", False),  # a capital the source does not have
        ("Open https://review.example.com", "افتح https://review.example.com", True),
        ("The case", "الحالة case", False),
        ("QA results", "QA 结果", False),
        ("&Theme", "主题(&T)", True),  # a mnemonic, Chinese style
        ("Lock when &idle for", "空闲锁定时间(&I)", True),
        ("%1 ×%2", "%1 ×%2", True),  # a sign, not a letter
        ("Theme", "主题 Theme", False),
    ],
)
def test_the_latin_rule(source: str, text: str, ok: bool) -> None:
    assert (checks.latin_problems(_entry(source, text)) == []) is ok


def test_the_width_rule() -> None:
    def measure(text: str) -> float:
        return float(len(text))

    assert checks.width_problems(_entry("Live", "En vivo"), measure) == []
    assert checks.width_problems(_entry("Live", "En directo ya"), measure)
    # per line: the widest line against the widest line
    assert checks.width_problems(_entry("ab\nabcd", "abcdefghij\nx"), measure) == []
    assert checks.width_problems(_entry("ab\nabcd", "abcdefghijk\nx"), measure)
