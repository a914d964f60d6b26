"""The header's "why this case is here" line counts the deadline down once a second, on the
shown case only (a fake clock: the test moves time and fires the timer's tick itself)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from devkit.cases import synth_case
from ui.case.header import CaseHeader
from ui.common.live_line import LiveContext


class FakeClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_the_deadline_counts_down_while_shown(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))
    detail = synth_case(tmp_path, index=0).detail.model_copy(
        update={"deadline": clock.at + timedelta(minutes=2, seconds=5)}
    )
    live = detail.model_copy(
        update={
            "stream": detail.stream.model_copy(update={"is_live": True, "viewer_count": 48_000})
        }
    )
    header = CaseHeader(now=clock)
    qtbot.addWidget(header)
    header.set_case(live)
    assert header.why.text() == "LIVE · 48k viewers · due in 2 min"
    assert not header.countdown.isActive()  # not on screen yet
    header.show()
    qtbot.waitExposed(header)
    assert header.countdown.isActive()
    assert header.countdown.interval() == 1000
    clock.at += timedelta(seconds=70)
    header.countdown.timeout.emit()
    assert header.why.text() == "LIVE · 48k viewers · due in 55 s"
    clock.at += timedelta(seconds=60)
    header.countdown.timeout.emit()
    assert header.why.text() == "LIVE · 48k viewers · overdue by 5 s"
    # the lease's velocity joins the line
    header.set_live(LiveContext(True, 48_000, live.deadline, reports_5min=12))
    assert header.why.text() == "LIVE · 48k viewers · 12 reports in 5 min · overdue by 5 s"
    header.hide()
    assert not header.countdown.isActive()  # off screen: nothing counts down
    header.show()
    qtbot.waitExposed(header)
    assert header.countdown.isActive()
    header.clear()
    assert not header.countdown.isActive()
    assert header.why.text() == ""


def test_a_case_without_a_deadline_runs_no_timer(qtbot: QtBot, tmp_path: Path) -> None:
    detail = synth_case(tmp_path, index=0).detail
    header = CaseHeader(now=lambda: datetime(2026, 12, 6, tzinfo=UTC))
    qtbot.addWidget(header)
    header.show()
    qtbot.waitExposed(header)
    header.set_case(detail)
    assert detail.deadline is None
    assert not header.countdown.isActive()
    assert header.why.text().startswith(("LIVE · ", "ended · "))
