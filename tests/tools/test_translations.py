"""make translations: call shapes lupdate reads, English plurals, the pseudo-locale, the report."""

from __future__ import annotations

import csv
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


def test_untranslated_entries_go_out_as_tsv_and_come_back(tmp_path: Path) -> None:
    ts = tmp_path / "reviewer_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es"'
        ' sourcelanguage="en"><context><name>Ctx</name>'
        "<message><source>Line one\nline two</source>"
        '<translation type="unfinished" /></message>'
        '<message numerus="yes"><source>%n case(s)</source><translation type="unfinished">'
        "<numerusform /><numerusform /></translation></message>"
        "<message><source>Done</source><translation>Hecho</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    rows = list(tr.untranslated_rows(ts, "es"))
    assert rows == [["Ctx", "Line one\\nline two", "", "0"], ["Ctx", "%n case(s)", "", "2"]]
    rows[0].append("Línea uno\\nlínea dos")
    rows[1] += ["%n caso", "%n casos"]
    applied, refused = tr.apply_rows(ts, [*rows, ["Ctx", "Gone", "", "0", "Ido"]])
    assert (applied, len(refused)) == (2, 1)
    assert list(tr.untranslated_rows(ts, "es")) == []
    tree = tr.read_ts(ts)
    texts = {
        tr.source_of(m): [t.text for t in m.iter() if t.tag != "message"]
        for m in tree.iter("message")
    }
    assert "Línea uno\nlínea dos" in texts["Line one\nline two"]
    assert [f.text for f in tree.iter("numerusform")] == ["%n caso", "%n casos"]
    # the same layout as lupdate's: writing it again changes nothing
    before = ts.read_text(encoding="utf-8")
    tr.write_ts(tr.read_ts(ts), ts)
    assert ts.read_text(encoding="utf-8") == before


def test_a_plural_with_a_form_missing_is_refused(tmp_path: Path) -> None:
    ts = tmp_path / "reviewer_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="es"><context>'
        '<name>Ctx</name><message numerus="yes"><source>%n case(s)</source>'
        '<translation type="unfinished"><numerusform /><numerusform /></translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    applied, refused = tr.apply_rows(ts, [["Ctx", "%n case(s)", "", "2", "%n casos"]])
    assert applied == 0
    assert "plural forms" in refused[0]
    assert len(list(tr.untranslated_rows(ts, "es"))) == 1


def test_the_review_sheet_has_a_row_per_message_and_names_screenshots(tmp_path: Path) -> None:
    from tools import translation_review

    written = translation_review.write_all(tmp_path)
    assert [p.name for p in written] == ["review_es.csv", "review_ar.csv", "review_zh_CN.csv"]
    text = written[0].read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines()))  # no message has a line break in a CSV cell
    assert lines[0] == list(translation_review.HEADER)
    assert any(row[2] == "PolicyPanel" and row[4] == "case-view-es.png" for row in lines[1:])
    assert any(row[2] == "QueuePage" and row[4] == "queues.png" for row in lines[1:])
    shots = Path(tr.REPO / "docs" / "screenshots")
    assert all((shots / name).exists() for name in set(translation_review.SCREENSHOTS.values()))


def test_translated_plural_forms_survive_lupdate(tmp_path: Path) -> None:
    # lupdate's Python reader takes "%n" calls for plain ones and keeps the first form only
    before = tmp_path / "before.ts"
    before.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="es"><context>'
        '<name>Ctx</name><message numerus="yes"><source>%n case(s)</source><translation>'
        "<numerusform>%n caso</numerusform><numerusform>%n casos</numerusform></translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    saved = tr.saved_plurals(before)
    lupdated = tmp_path / "after.ts"
    lupdated.write_text(
        '<TS version="2.1" language="es"><context><name>Ctx</name><message>'
        "<source>%n case(s)</source><translation>%n caso</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    after = tr.read_ts(lupdated)
    tr.make_plurals(after, "es")
    tr.restore_plurals(after, saved)
    translation = after.getroot().find("context/message/translation")
    assert translation is not None
    assert translation.get("type") is None
    assert [form.text for form in translation.findall("numerusform")] == ["%n caso", "%n casos"]
