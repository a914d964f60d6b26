"""The dashboard as data: the tables a lead reads on screen and the long-form CSV, from
metrics built here (the live-service numbers are checked through the page in
tests/ui/lead/test_dashboard.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewer import contract
from reviewer.export import read_csv
from reviewer.lead.dashboard import (
    DASHBOARD_CSV_HEADER,
    TABLE_IDS,
    DashboardData,
    DashboardFigures,
    ShareLine,
    dashboard_csv_rows,
    dashboard_figures,
    ms_to_s,
    row_label,
    write_dashboard_csv,
)

AT = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _row(key: str, label: str = "", **figures: Any) -> dict[str, Any]:
    return {"key": key, "label": label, **figures}


def _metrics(group_by: str, rows: list[dict[str, Any]], **extra: Any) -> contract.Metrics:
    totals = _row(
        "*",
        decisions=sum(r.get("decisions", 0) for r in rows),
        action_mix={"no_violation": 3, "mute_chat": 1},
        skip_reasons={"language": 1},
    )
    return contract.Metrics.model_validate(
        {
            "group_by": group_by,
            "scope": "team",
            "generated_at": AT,
            "totals": totals,
            "rows": rows,
            **extra,
        }
    )


def _data() -> DashboardData:
    mira = _row(
        "moderator1",
        "Mira\nOkafor",
        decisions=4,
        staffed_hours=2,
        cases_per_hour=2.0,
        handle_time_mean_ms=21_000,
        handle_time_p90_ms=30_500,
        skips=1,
        skip_rate=0.2,
        qa_reviewed=3,
        qa_overturned=1,
        overturn_rate=1 / 3,
        action_mix={"no_violation": 3, "mute_chat": 1},
    )
    return DashboardData(
        by_moderator=_metrics(
            "moderator",
            [mira],
            qa_by_week=[{"week": "2026-W47", "reviewed": 3, "upheld": 2, "agreement": 2 / 3}],
            queues=[
                {"queue": "live-general", "name": "=General", "depth": 5, "oldest_age_seconds": 90}
            ],
        ),
        by_vendor=_metrics("vendor", [_row("northdesk", decisions=4)]),
        by_day=_metrics("day", [_row("2026-11-20", decisions=4)]),
    )


def _taxonomy() -> contract.PolicyTaxonomy:
    return contract.PolicyTaxonomy.model_validate(
        {
            "version": "1",
            "published_at": AT,
            "actions": [
                {"code": "no_violation", "label": "No violation", "shortcut": "1"},
                {"code": "mute_chat", "label": "Mute chat", "shortcut": "2"},
            ],
            "areas": [],
            "skip_reasons": [{"code": "language", "label": "Language"}],
        }
    )


def test_a_missing_figure_stays_none() -> None:
    assert ms_to_s(None) is None
    assert ms_to_s(1500) == 1.5


def test_a_group_row_is_one_line_and_falls_back_to_its_key() -> None:
    data = _data()
    assert row_label(data.by_moderator.rows[0]) == "Mira Okafor"
    assert row_label(data.by_vendor.rows[0]) == "northdesk"


def test_every_table_of_the_dashboard_as_typed_rows() -> None:
    data = _data()
    figures = dashboard_figures(data, _taxonomy())
    assert isinstance(figures, DashboardFigures)
    assert TABLE_IDS == (
        "moderators",
        "vendors",
        "days",
        "action_mix",
        "skip_reasons",
        "qa_weeks",
        "queues",
    )
    # groups, then the totals row (label None: the client words it)
    assert [g.label for g in figures.moderators] == ["Mira Okafor", None]
    assert figures.moderators[0].figures == data.by_moderator.rows[0]
    assert figures.moderators[-1].figures == data.by_moderator.totals
    assert [g.label for g in figures.vendors] == ["northdesk", None]
    assert [g.label for g in figures.days] == ["2026-11-20"]  # no totals row for days
    assert figures.action_mix == [
        ShareLine("no_violation", "No violation", 3, 0.75),
        ShareLine("mute_chat", "Mute chat", 1, 0.25),
    ]
    assert figures.skip_reasons == [ShareLine("language", "Language", 1, 1.0)]
    assert [(w.week, w.reviewed, w.upheld) for w in figures.qa_weeks] == [("2026-W47", 3, 2)]
    assert [(q.name, q.kind, q.depth, q.sla_minutes) for q in figures.queues] == [
        ("=General", "live", 5, 60)
    ]


def test_a_share_of_nothing_is_none_and_an_unknown_code_shows_as_itself() -> None:
    data = _data()
    totals = data.by_moderator.totals.model_copy(update={"skip_reasons": {"gone": 0}})
    empty = DashboardData(
        by_moderator=data.by_moderator.model_copy(update={"totals": totals}),
        by_vendor=data.by_vendor,
        by_day=data.by_day,
    )
    assert dashboard_figures(empty, _taxonomy()).skip_reasons == [
        ShareLine("gone", "gone", 0, None)
    ]


def test_the_csv_is_long_form_raw_figures_with_formulas_escaped(tmp_path: Path) -> None:
    data = _data()
    rows = dashboard_csv_rows(data)
    assert ["moderator", "moderator1", "Mira\nOkafor", "handle_time_mean_ms", 21_000.0] in rows
    assert ["qa_week", "2026-W47", "", "reviewed", 3] in rows
    assert ["queue", "live-general", "=General", "depth", 5] in rows

    out = tmp_path / "dashboard.csv"
    assert write_dashboard_csv(out, data) == len(rows)
    header, written = read_csv(out)
    assert header == list(DASHBOARD_CSV_HEADER)
    assert ["queue", "live-general", "=General", "depth", "5"] in written
    assert b"'=General" in out.read_bytes()  # a spreadsheet shows it as text
