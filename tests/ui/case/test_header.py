"""The case header and the report and prior-enforcement sections, each from the case."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devkit.cases import synth_case
from reviewer.contract import PriorEnforcement
from ui.case.header import (
    MAX_PRIOR_SHOWN,
    MAX_REPORTS_SHOWN,
    CaseHeader,
    PriorSection,
    ReportsSection,
)
from ui.common import formats
from ui.common.text import isolate


def test_the_header_shows_the_stream_and_clears(qtbot: QtBot, tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    header = CaseHeader(now=lambda: datetime(2030, 1, 1, tzinfo=UTC))
    qtbot.addWidget(header)
    header.set_case(d)
    assert header.objectName() == "caseHeader"
    assert header.title.text() == d.stream.title
    assert f"@{isolate(d.streamer.handle)}" in header.streamer.text()
    assert f"case {d.case_id}" in header.meta.text()
    assert header.viewers.text() == f"{d.stream.viewer_count:,} viewers"
    assert header.live.property("state") in ("live", "ended")
    for label in (header.title, header.streamer, header.escalation):
        assert label.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    escalated = d.model_copy(update={"escalation_reason": "policy_gap", "escalation_note": "x"})
    header.set_case(escalated)
    assert not header.escalation.isHidden()
    assert header.escalation.text().startswith("Escalated: ")
    header.clear()
    assert header.title.text() == header.streamer.text() == header.meta.text() == ""


def test_reports_most_first_with_the_rest_summed_up(qtbot: QtBot, tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    report = d.reports[0]
    many = [report.model_copy(update={"count": n + 1}) for n in range(MAX_REPORTS_SHOWN + 2)]
    section = ReportsSection()
    qtbot.addWidget(section)
    section.set_case(d.model_copy(update={"reports": many}))
    assert section.objectName() == "reportsSection"
    assert section.title.text() == f"Reports ({sum(r.count for r in many):,})"
    names = [label.objectName() for label in section.labels]
    assert names == ["reportLine"] * MAX_REPORTS_SHOWN + ["moreLine"]
    assert f"×{MAX_REPORTS_SHOWN + 2}" in section.labels[0].text()  # the most reported first
    assert section.labels[-1].text().startswith("+2 more: ")
    section.set_case(d.model_copy(update={"reports": []}))
    assert [label.text() for label in section.labels] == ["No user reports (proactive detection)"]


def test_a_timed_report_line_goes_to_its_moment(qtbot: QtBot, tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    timed = d.reports[0].model_copy(update={"offset_seconds": 42.5})
    section = ReportsSection()
    qtbot.addWidget(section)
    section.set_case(d.model_copy(update={"reports": [timed]}))
    section.show()
    with qtbot.waitSignal(section.momentClicked) as moment:
        qtbot.mouseClick(section.labels[0], Qt.MouseButton.LeftButton)
    assert moment.args == [42_500]


def test_prior_enforcement_newest_first_and_none(qtbot: QtBot, tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    section = PriorSection()
    qtbot.addWidget(section)
    section.set_case(d.model_copy(update={"prior_enforcement": []}))
    assert section.objectName() == "priorSection"
    assert section.title.text() == "Prior enforcement"
    assert [label.text() for label in section.labels] == ["None on record"]
    more = [
        PriorEnforcement(
            action="warn",
            policy_code="spam_scams",
            decided_at=datetime(2020 + n, 6, 1, 12, tzinfo=UTC),
            note="repeat",
        )
        for n in range(MAX_PRIOR_SHOWN + 1)
    ]
    section.set_case(d.model_copy(update={"prior_enforcement": more}))
    assert section.title.text() == f"Prior enforcement ({len(more)})"
    newest = formats.date(more[-1].decided_at)
    assert section.labels[0].text().startswith(f"{newest} · ")  # newest first
    assert [label.objectName() for label in section.labels] == ["priorLine"] * MAX_PRIOR_SHOWN + [
        "moreLine"
    ]
    assert section.labels[-1].text() == "+1 earlier"
