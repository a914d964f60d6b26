"""The weekly report's PDF and CSV: untrusted text prints as text (pdftotext reads it
back), formula cells are escaped, and the pages render (pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from reviewer import contract
from reviewer.export import read_csv
from ui.lead.weekly_report import document, write_report_csv, write_report_pdf

MARKUP = "<img src=file:///etc/passwd>"
FORMULA = '=HYPERLINK("http://x")'


def _figures(cases: int) -> contract.WeeklyFigures:
    return contract.WeeklyFigures(
        cases=cases,
        staffed_hours=10,
        cases_per_hour=cases / 10,
        handle_time_mean_ms=41000.0,
        handle_time_p90_ms=90000.0,
        sla_decided=cases,
        within_sla=cases - 3,
        sla_attainment=(cases - 3) / cases,
        action_mix={"no_violation": cases - 20, "warn": 12, "end_stream": 5, "escalate": 3},
        chat_actions={"delete_message": 7},
        qa_verdicts=20,
        qa_upheld=17,
        qa_agreement=0.85,
        qa_reviewed=20,
        qa_overturned=3,
        overturn_rate=0.15,
        escalations_by_reason={"policy_gap": 2, "legal_request": 1},
    )


def _report() -> contract.WeeklyReport:
    example = contract.OverturnExample(
        case_id="case-0042",
        decision_id="d-1",
        policy_areas=["harassment_bullying"],
        note=MARKUP,
        qa_reason=FORMULA,
    )
    return contract.WeeklyReport(
        week="2026-W47",
        vendor="northdesk",
        team=None,
        scope="all",
        time_zone="Europe/Berlin",
        since=datetime(2026, 11, 15, 23, tzinfo=UTC),
        until=datetime(2026, 11, 22, 23, tzinfo=UTC),
        generated_at=datetime(2026, 11, 23, 6, tzinfo=UTC),
        current=_figures(120),
        previous=_figures(100),
        overturn_causes=[
            contract.OverturnCause(
                policy_area="harassment_bullying", overturned=3, examples=[example]
            )
        ],
    )


def test_markup_in_a_note_is_text_in_the_document(qtbot: QtBot) -> None:
    doc = document(_report())
    assert MARKUP in doc.toPlainText()
    assert _image_names(doc) == ["chart:action-mix"]  # the chart, not the note's <img>


def _image_names(doc: QTextDocument) -> list[str]:
    """The names of every image in the document, table cells included."""
    out: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                out.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_prints_the_note_as_text_and_renders(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    write_report_pdf(_report(), pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's "fi" is a ligature
    assert MARKUP in text
    assert "Europe/Berlin" in text
    assert "2026-W47" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    assert all(p.stat().st_size > 5000 for p in pages)


def test_csv_holds_the_tables_with_formulas_escaped(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    n = write_report_csv(_report(), path)
    _header, rows = read_csv(path)
    assert len(rows) == n
    assert [MARKUP, FORMULA] in [r[3:5] for r in rows]
    raw = path.read_text(encoding="utf-8-sig")
    assert "'" + FORMULA.replace('"', '""') in raw
    assert ["Figures", "Cases", "120", "100", ""] in rows


def _with_acks(report: contract.WeeklyReport) -> contract.WeeklyReport:
    guideline = contract.GuidelineAcks(
        announcement_id="ann-1",
        title=MARKUP + " raids",
        published_at=datetime(2026, 11, 18, 9, tzinfo=UTC),
        expected=3,
        on_time=1,
        late=1,
        missing=1,
        not_on_time=[
            contract.LateAck(
                username="moderator1", acknowledged_at=datetime(2026, 11, 20, 9, tzinfo=UTC)
            ),
            contract.LateAck(username="moderator3"),
        ],
    )
    current = report.current.model_copy(
        update={"guidelines": 1, "acks_expected": 3, "acks_on_time": 1, "acks_late": 1}
    )
    current = current.model_copy(update={"ack_rate": 2 / 3, "on_time_rate": 1 / 3})
    return report.model_copy(update={"guideline_acks": [guideline], "current": current})


def test_the_page_has_words_not_codes_milliseconds_or_iso_times(qtbot: QtBot) -> None:
    names = {"end_stream": "End stream", "harassment_bullying": "Harassment and bullying"}
    text = document(_with_acks(_report()), names).toPlainText()
    # the taxonomy's labels where given, words where not; never the codes
    assert "End stream" in text
    assert "Harassment and bullying" in text
    assert "no violation" in text
    assert "policy gap" in text
    for code in ("end_stream", "no_violation", "policy_gap", "harassment_bullying"):
        assert code not in text
    # handle times in seconds, rates as percentages; no milliseconds, no ISO instants
    assert "(ms)" not in text
    assert "41000" not in text
    assert "41,000" not in text
    assert "41.0 s" in text
    assert "85.0 %" in text
    assert "2026-11-15T" not in text
    assert "+00:00" not in text
    # the acknowledgements: the guideline's title as text, who was late, who has not
    assert "Urgent guideline acknowledgements" in text
    assert MARKUP + " raids" in text
    assert "moderator1" in text
    assert "moderator3" in text
    assert "not yet" in text
    assert "66.7 %" in text  # acknowledged at all


def test_the_week_prints_in_the_report_time_zone_year_first(qtbot: QtBot) -> None:
    # 23:00 UTC on the 15th is midnight on the 16th in Berlin: the vendor's week, whatever
    # this desk's own time zone; year first reads the same at every site
    text = document(_report()).toPlainText()
    assert "2026-11-16 00:00" in text
    assert "2026-11-23 00:00" in text


def test_an_empty_table_says_so_instead_of_a_bare_header(qtbot: QtBot) -> None:
    report = _report().model_copy(
        update={
            "current": _figures(120).model_copy(update={"chat_actions": {}}),
            "previous": _figures(100).model_copy(update={"chat_actions": {}}),
            "overturn_causes": [],
        }
    )
    text = document(report).toPlainText()
    assert "None in either week." in text
    assert "No overturned decision this week." in text
