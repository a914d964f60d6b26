"""The team lead's dashboard as data: three metrics requests, the tables and the CSV.

Qt-free, so the dashboard page only draws: the tables on screen and the CSV export
come from here (figures as the service defines them, see
:class:`reviewer.contract.MetricsRow`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.export import Cell, write_csv
from reviewer.formatting import fmt_pct, format_age, one_line
from reviewer.lead.tables import metrics_table, qa_week_table, queue_table


@dataclass(frozen=True)
class DashboardData:
    """One refresh: the same window grouped three ways."""

    by_moderator: contract.Metrics
    by_vendor: contract.Metrics
    by_day: contract.Metrics


def fetch_dashboard(api: LeadApi, since: datetime | None, until: datetime | None) -> DashboardData:
    """Runs on a pool thread: three metrics requests on one client."""
    return DashboardData(
        by_moderator=api.metrics(since=since, until=until, group_by="moderator"),
        by_vendor=api.metrics(since=since, until=until, group_by="vendor"),
        by_day=api.metrics(since=since, until=until, group_by="day"),
    )


def number_cell(value: float | None, digits: int = 1) -> str:
    """A figure with ``digits`` decimals, ``–`` when the service has none."""
    return "–" if value is None else f"{value:.{digits}f}"


def ms_to_s(ms: float | None) -> float | None:
    """Milliseconds as seconds for a chart (None stays a gap)."""
    return None if ms is None else ms / 1000


def seconds_cell(ms: float | None) -> str:
    """A handle time in seconds without the unit: the column header names it."""
    return "–" if ms is None else f"{ms / 1000:.1f}"


GROUP_HEADERS = [
    "Decisions",
    "Staffed hours",
    "Cases / hour",
    "Mean handle (s)",
    "p90 handle (s)",
    "Escalations",
    "Skips",
    "Skip rate",
    "QA reviewed",
    "Overturned",
    "Overturn rate",
]


def group_cells(row: contract.MetricsRow) -> list[str]:
    """One group's figures under :data:`GROUP_HEADERS`, as the tables show them."""
    return [
        str(row.decisions),
        str(row.staffed_hours),
        number_cell(row.cases_per_hour),
        seconds_cell(row.handle_time_mean_ms),
        seconds_cell(row.handle_time_p90_ms),
        str(row.escalations),
        str(row.skips),
        fmt_pct(row.skip_rate),
        str(row.qa_reviewed),
        str(row.qa_overturned),
        fmt_pct(row.overturn_rate),
    ]


def row_label(row: contract.MetricsRow) -> str:
    """A group's name on one line (names come from the service), else its key."""
    return one_line(row.label or row.key)


def dashboard_tables(
    data: DashboardData, taxonomy: contract.PolicyTaxonomy
) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every table of the dashboard: title → (headers, rows of plain strings)."""
    actions = {a.code: a.label for a in taxonomy.actions}
    reasons = {r.code: r.label for r in taxonomy.skip_reasons}
    totals = data.by_moderator.totals
    tables: dict[str, tuple[list[str], list[list[str]]]] = {}
    tables["Moderators"] = (
        ["Moderator", *GROUP_HEADERS],
        [[row_label(r), *group_cells(r)] for r in data.by_moderator.rows]
        + [["All", *group_cells(totals)]],
    )
    tables["Vendors"] = (
        ["Vendor", *GROUP_HEADERS],
        [[row_label(r), *group_cells(r)] for r in data.by_vendor.rows]
        + [["All", *group_cells(data.by_vendor.totals)]],
    )
    tables["Days"] = (
        ["Day (UTC)", *GROUP_HEADERS],
        [[row_label(r), *group_cells(r)] for r in data.by_day.rows],
    )
    mix_total = sum(totals.action_mix.values())
    tables["Action mix"] = (
        ["Action", "Decisions", "Share"],
        [
            [actions.get(code, code), str(n), fmt_pct(n / mix_total if mix_total else None)]
            for code, n in sorted(totals.action_mix.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    )
    skip_total = sum(totals.skip_reasons.values())
    tables["Skip reasons"] = (
        ["Reason", "Skips", "Share"],
        [
            [reasons.get(code, code), str(n), fmt_pct(n / skip_total if skip_total else None)]
            for code, n in sorted(totals.skip_reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    )
    tables["QA by week"] = (
        ["Week", "Reviewed", "Upheld", "Agreement"],
        [
            [w.week, str(w.reviewed), str(w.upheld), fmt_pct(w.agreement)]
            for w in data.by_moderator.qa_by_week
        ],
    )
    tables["Queues"] = (
        ["Queue", "Kind", "Waiting", "Oldest case", "Target (SLA)"],
        [
            [
                one_line(q.name or q.queue),
                "Escalation" if q.kind == "escalation" else "Live",
                str(q.depth),
                format_age(q.oldest_age_seconds),
                f"{q.sla_minutes} min",
            ]
            for q in data.by_moderator.queues
        ],
    )
    return tables


DASHBOARD_CSV_HEADER = ("section", "key", "label", "metric", "value")


def dashboard_csv_rows(data: DashboardData) -> list[list[Cell]]:
    """The dashboard's numbers in long form, one figure per row (pivots well in a
    spreadsheet): raw values, not the rounded strings on screen."""
    out: list[list[Cell]] = []
    for section, metrics in (
        ("moderator", data.by_moderator),
        ("vendor", data.by_vendor),
        ("day", data.by_day),
    ):
        header, rows = metrics_table(metrics)
        for row in rows:
            key, label = str(row[0]), str(row[1] or "")
            for name, value in zip(header[2:], row[2:], strict=True):
                out.append([section, key, label, name, value])
    header, rows = qa_week_table(data.by_moderator)
    for row in rows:
        for name, value in zip(header[1:], row[1:], strict=True):
            out.append(["qa_week", str(row[0]), "", name, value])
    header, rows = queue_table(data.by_moderator)
    for row in rows:
        for name, value in zip(header[2:], row[2:], strict=True):
            out.append(["queue", str(row[0]), str(row[1] or ""), name, value])
    return out


def write_dashboard_csv(path: Path, data: DashboardData) -> int:
    """Every figure of the dashboard to one CSV (atomic, formula cells escaped by
    :mod:`reviewer.export`); returns the number of rows."""
    return write_csv(path, DASHBOARD_CSV_HEADER, dashboard_csv_rows(data))
