"""The one formatter of "why this case is here": counts and durations in, translated pieces
out, compact numbers, the deadline as "due in" or "overdue by"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget

from ui.common.live_line import LiveContext, LiveLine

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_the_line_of_a_live_stream(parent: QWidget) -> None:
    words = LiveLine(parent)
    ctx = LiveContext(
        live=True, viewers=48_000, reports_5min=12, deadline=NOW + timedelta(minutes=3)
    )
    assert words.line(ctx, NOW) == "LIVE · 48k viewers · 12 reports in 5 min · due in 3 min"


def test_one_of_each_an_ended_stream_and_a_reopened_case(parent: QWidget) -> None:
    words = LiveLine(parent)
    ctx = LiveContext(
        live=False, viewers=1, reports_5min=1, reopened=True, deadline=NOW + timedelta(seconds=1)
    )
    assert (
        words.line(ctx, NOW)
        == "ended · 1 viewer · 1 report in 5 min · reopened after “no violation” · due in 1 s"
    )


def test_no_velocity_no_deadline_and_an_overdue_case(parent: QWidget) -> None:
    words = LiveLine(parent)
    assert words.line(LiveContext(live=True, viewers=950), NOW) == "LIVE · 950 viewers"
    late = LiveContext(live=True, viewers=1_200_000, deadline=NOW - timedelta(seconds=150))
    assert words.line(late, NOW) == "LIVE · 1.2M viewers · overdue by 2 min"
    assert words.countdown(59.9) == "59 s"
    assert words.countdown(0) == "0 s"
