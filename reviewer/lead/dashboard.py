"""The team lead's dashboard as data: three metrics requests, the tables and the CSV.

Qt-free, so the dashboard page only draws and words: the tables' typed rows (numbers,
None for missing; the client formats them for the chosen language) and the English,
locale-independent CSV export come from here (figures as the service defines them, see
:class:`reviewer.contract.MetricsRow`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.export import Cell, write_csv
from reviewer.formatting import one_line
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


def ms_to_s(ms: float | None) -> float | None:
    """Milliseconds as seconds for a chart (None stays a gap)."""
    return None if ms is None else ms / 1000


def row_label(row: contract.MetricsRow) -> str:
    """A group's name on one line (names come from the service), else its key."""
    return one_line(row.label or row.key)


#: the dashboard's tables by stable id, in the order they are shown; the client words them
TABLE_IDS = (
    "moderators",
    "vendors",
    "days",
    "action_mix",
    "skip_reasons",
    "qa_weeks",
    "queues",
)


@dataclass(frozen=True)
class GroupLine:
    """One group's figures; ``label`` None is the totals row (the client words it)."""

    label: str | None
    figures: contract.MetricsRow


@dataclass(frozen=True)
class ShareLine:
    """One action or skip reason: its label from the taxonomy (data), a count and its share
    of the total (None when the total is zero)."""

    code: str
    label: str
    count: int
    share: float | None


@dataclass(frozen=True)
class DashboardFigures:
    """Every table of the dashboard as typed rows: numbers and None, never words, so the
    client formats them for the chosen language."""

    moderators: list[GroupLine]
    vendors: list[GroupLine]
    days: list[GroupLine]
    action_mix: list[ShareLine]
    skip_reasons: list[ShareLine]
    qa_weeks: list[contract.QaWeek]
    queues: list[contract.QueueDepth]


def _shares(counts: dict[str, int], labels: dict[str, str]) -> list[ShareLine]:
    total = sum(counts.values())
    return [
        ShareLine(code, labels.get(code, code), n, n / total if total else None)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def dashboard_figures(data: DashboardData, taxonomy: contract.PolicyTaxonomy) -> DashboardFigures:
    """The rows of every table (and the charts' order): groups, then their totals."""
    totals = data.by_moderator.totals
    return DashboardFigures(
        moderators=[GroupLine(row_label(r), r) for r in data.by_moderator.rows]
        + [GroupLine(None, totals)],
        vendors=[GroupLine(row_label(r), r) for r in data.by_vendor.rows]
        + [GroupLine(None, data.by_vendor.totals)],
        days=[GroupLine(row_label(r), r) for r in data.by_day.rows],
        action_mix=_shares(totals.action_mix, {a.code: a.label for a in taxonomy.actions}),
        skip_reasons=_shares(totals.skip_reasons, {r.code: r.label for r in taxonomy.skip_reasons}),
        qa_weeks=list(data.by_moderator.qa_by_week),
        queues=list(data.by_moderator.queues),
    )


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
