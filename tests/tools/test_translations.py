"""make translations: call shapes lupdate reads, English plurals, the pseudo-locale, the report."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tools import translations as tr


def test_every_call_in_the_client_and_core_has_a_shape_lupdate_reads() -> None:
    # a call lupdate cannot read never reaches a translator: it stays English for good
    assert [str(p) for p in tr.check_sources()] == []


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('translate("Ctx", "%n case(s)", "", count)', None),
        ('translate("Ctx", "%n case(s)", "", len(cases))', "plain name"),
        ('translate("Ctx", f"{x} cases")', "literal"),
        ('translate("Ctx", "Cases", n=3)', "keyword"),
        ('self.tr("%n case(s)", "", len(cases))', None),
        ("self.tr(text)", "literal"),
        ('QT_TRANSLATE_NOOP("Ctx", label)', "literal"),
        ('translator.translate("Ctx", label)', None),  # someone else's translate
    ],
)
def test_the_shape_check(tmp_path: Path, line: str, problem: str | None) -> None:
    source = tmp_path / "sample.py"
    source.write_text(f"def f(self, count, cases, x, text, label, translator):\n    {line}\n")
    found = tr.check_file(source)
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1, found
        assert problem in found[0].what


@pytest.mark.parametrize(
    ("source", "one", "many"),
    [
        ("%n case(s)", "%n case", "%n cases"),
        (
            "Send %n held decision(s) again",
            "Send %n held decision again",
            "Send %n held decisions again",
        ),
        ("%n match(es) for %1", "%n match for %1", "%n matches for %1"),
        ("%n person(s) is(are) waiting", "%n person is waiting", "%n people are waiting"),
        ("Restarting in %n s", "Restarting in %n s", "Restarting in %n s"),
    ],
)
def test_english_plural_forms(source: str, one: str, many: str) -> None:
    assert tr.english_forms(source) == (one, many)


def test_the_pseudo_locale_keeps_placeholders_and_marks_both_ends() -> None:
    source = "&Save %1 of %n case(s) {queue} && more"
    shown = tr.pseudo(source)
    assert shown.startswith(tr.PSEUDO_OPEN)
    assert shown.endswith(tr.PSEUDO_CLOSE)
    for kept in ("&S", "%1", "%n", "{queue}", "&&"):
        assert kept in shown
    assert not re.search(r"[a-zA-Z]{3}", shown.replace("{queue}", ""))  # accented
    assert len(shown) >= 1.4 * len(source)


def test_pseudo_and_english_compile_and_load(tmp_path: Path, qapp: QCoreApplication) -> None:
    qm = tr.build_pseudo(tmp_path)
    english = tmp_path / "reviewer_en.qm"
    assert qm.exists()
    assert english.exists()
    translator = QTranslator()
    assert translator.load(str(english))
    assert translator.translate("Formats", "%Ln day(s)", "a duration in days", 1) == "%Ln day"
    assert translator.translate("Formats", "%Ln day(s)", "a duration in days", 3) == "%Ln days"
    pseudo = QTranslator()
    assert pseudo.load(str(qm))
    assert str(pseudo.translate("SignInDialog", "Sign in")).startswith(tr.PSEUDO_OPEN)


def test_every_percent_n_message_becomes_a_plural_with_the_language_forms() -> None:
    root = ET.fromstring(  # noqa: S314 - a literal of this test
        '<TS version="2.1" language="ar"><context><name>C</name>'
        "<message><source>%n case(s)</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Plain</source>"
        '<translation type="unfinished"></translation></message>'
        "</context></TS>"
    )
    tree: ET.ElementTree[ET.Element] = ET.ElementTree(root)
    tr.make_plurals(tree, "ar")
    plural, plain = list(tr.messages(tree))
    assert plural.get("numerus") == "yes"
    assert len(plural.findall("translation/numerusform")) == 6
    assert plain.get("numerus") is None
    assert tr.unfinished(tree) == 2


def test_a_class_with_self_tr_that_is_subclassed_is_refused(tmp_path: Path) -> None:
    base = tmp_path / "base.py"
    base.write_text(
        "class Page(QWidget):\n    def title(self):\n        return self.tr('Queues')\n"
        "class Plain(QWidget):\n    pass\n"
    )
    child = tmp_path / "child.py"
    child.write_text("class LeadPage(base.Page):\n    pass\nclass Other(Plain):\n    pass\n")
    [problem] = tr.check_subclassed_tr([base, child])
    assert "LeadPage derives from Page" in problem.what


def test_a_finished_plural_keeps_its_forms_through_lupdate(tmp_path: Path) -> None:
    # lupdate reads most plural translate() calls as singular: it keeps the first form only,
    # marked unfinished; make translations puts the translator's forms back
    def ts(translation: str, numerus: bool) -> str:
        attribute = ' numerus="yes"' if numerus else ""
        return (
            '<TS version="2.1" language="ar"><context><name>Ctx</name>'
            f"<message{attribute}><source>%n case(s)</source>{translation}</message>"
            "</context></TS>"
        )

    forms = "".join(f"<numerusform>{i} %n</numerusform>" for i in range(6))
    committed = tmp_path / "reviewer_ar.ts"
    committed.write_text(ts(f"<translation>{forms}</translation>", numerus=True))
    kept = tr.plural_translations(committed)
    lupdated = ts('<translation type="unfinished">0 %n</translation>', numerus=False)
    root = ET.fromstring(lupdated)  # noqa: S314 - a literal of this test
    after_lupdate: ET.ElementTree[ET.Element] = ET.ElementTree(root)
    tr.make_plurals(after_lupdate, "ar")
    tr.restore_plurals(after_lupdate, kept)
    (message,) = tr.messages(after_lupdate)
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") is None
    assert [f.text for f in translation.findall("numerusform")] == [f"{i} %n" for i in range(6)]
    assert tr.unfinished(after_lupdate) == 0
