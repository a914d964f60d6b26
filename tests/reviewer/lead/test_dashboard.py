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
    GROUP_HEADERS,
    DashboardData,
    dashboard_csv_rows,
    dashboard_tables,
    group_cells,
    ms_to_s,
    number_cell,
    row_label,
    seconds_cell,
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


def test_cells_show_a_dash_when_the_service_has_no_figure() -> None:
    assert number_cell(None) == "–"
    assert number_cell(2.345) == "2.3"
    assert number_cell(2.345, 2) == "2.35"
    assert seconds_cell(None) == "–"
    assert seconds_cell(21_049) == "21.0"
    assert ms_to_s(None) is None
    assert ms_to_s(1500) == 1.5


def test_a_group_row_is_one_line_and_falls_back_to_its_key() -> None:
    data = _data()
    assert row_label(data.by_moderator.rows[0]) == "Mira Okafor"
    assert row_label(data.by_vendor.rows[0]) == "northdesk"
    cells = group_cells(data.by_moderator.rows[0])
    assert len(cells) == len(GROUP_HEADERS)
    assert dict(zip(GROUP_HEADERS, cells, strict=True)) == {
        "Decisions": "4",
        "Staffed hours": "2",
        "Cases / hour": "2.0",
        "Mean handle (s)": "21.0",
        "p90 handle (s)": "30.5",
        "Escalations": "0",
        "Skips": "1",
        "Skip rate": "20.0 %",
        "QA reviewed": "3",
        "Overturned": "1",
        "Overturn rate": "33.3 %",
    }


def test_every_table_of_the_dashboard() -> None:
    tables = dashboard_tables(_data(), _taxonomy())
    assert list(tables) == [
        "Moderators",
        "Vendors",
        "Days",
        "Action mix",
        "Skip reasons",
        "QA by week",
        "Queues",
    ]
    headers, rows = tables["Moderators"]
    assert headers == ["Moderator", *GROUP_HEADERS]
    assert [r[0] for r in rows] == ["Mira Okafor", "All"]
    assert [r[0] for r in tables["Days"][1]] == ["2026-11-20"]  # no totals row for days
    assert tables["Action mix"][1] == [
        ["No violation", "3", "75.0 %"],
        ["Mute chat", "1", "25.0 %"],
    ]
    assert tables["Skip reasons"][1] == [["Language", "1", "100.0 %"]]
    assert tables["QA by week"][1] == [["2026-W47", "3", "2", "66.7 %"]]
    assert tables["Queues"][1] == [["=General", "Live", "5", "1 min", "60 min"]]


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
