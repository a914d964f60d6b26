"""CSV exports of history and metrics, safe to open in a spreadsheet (no Qt here).

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
some also after a leading tab or carriage return (OWASP "CSV Injection"). Every text cell
that starts with one of those, or with the apostrophe itself, gets a leading apostrophe,
which spreadsheets show as "text, not a formula". :func:`read_csv` strips exactly one
leading apostrophe again, so a write/read round trip gives back the original strings.
Numbers are written as numbers (a negative number is data, not a formula).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from reviewer import contract

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
Cell = str | int | float | bool | datetime | None


def escape_cell(value: Cell) -> str:
    """The text written for one cell: formulas defused, numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    if text.startswith(FORMULA_TRIGGERS) or text.startswith(ESCAPE):
        return ESCAPE + text
    return text


def unescape_cell(text: str) -> str:
    """The inverse of :func:`escape_cell` for text cells."""
    return text[1:] if text.startswith(ESCAPE) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write atomically (temp file, then rename) as UTF-8 with a BOM so spreadsheets pick
    the encoding; returns the number of data rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([escape_cell(h) for h in header])
            for row in rows:
                writer.writerow([escape_cell(c) for c in row])
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a file written by :func:`write_csv`, cells unescaped (as text)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = [[unescape_cell(c) for c in row] for row in csv.reader(fh)]
    if not table:
        return [], []
    return table[0], table[1:]


# --- what goes into the files ------------------------------------------------------------------

HISTORY_HEADER = (
    "decided_at",
    "decision_id",
    "case_id",
    "streamer",
    "queue",
    "moderator",
    "team",
    "vendor",
    "action",
    "policy_codes",
    "note",
    "escalation_reason",
    "supersedes",
    "superseded_by",
    "handle_time_ms",
    "late",
    "qa_verdict",
    "dispute_status",
    "escalation_outcome",
    "escalation_outcome_by",
    "policy_version",
)


def history_rows(items: Iterable[contract.AuditDecision]) -> Iterable[list[Cell]]:
    for d in items:
        outcome = d.escalation_outcome
        yield [
            d.decided_at,
            d.decision_id,
            d.case_id,
            d.streamer_handle,
            d.queue,
            d.moderator,
            d.team,
            d.vendor,
            d.action,
            " ".join(d.policy_codes),
            d.note,
            d.escalation_reason,
            d.supersedes or "",
            d.superseded_by or "",
            d.handle_time_ms,
            d.late,
            d.qa_verdict,
            d.dispute_status,
            outcome.action if outcome else "",
            outcome.decided_by if outcome else "",
            d.policy_version,
        ]


METRICS_HEADER = (
    "group",
    "label",
    "decisions",
    "staffed_hours",
    "cases_per_hour",
    "handle_time_mean_ms",
    "handle_time_p90_ms",
    "escalations",
    "skips",
    "skip_rate",
    "qa_reviewed",
    "qa_overturned",
    "overturn_rate",
)


def metrics_table(m: contract.Metrics) -> tuple[list[str], list[list[Cell]]]:
    """One row per group plus the totals; one column per action and per skip reason."""
    rows = [*m.rows, m.totals]
    actions = sorted({a for r in rows for a in r.action_mix})
    reasons = sorted({s for r in rows for s in r.skip_reasons})
    header = [*METRICS_HEADER, *(f"action:{a}" for a in actions), *(f"skip:{s}" for s in reasons)]
    out: list[list[Cell]] = []
    for r in rows:
        out.append(
            [
                r.key,
                r.label,
                r.decisions,
                r.staffed_hours,
                r.cases_per_hour,
                r.handle_time_mean_ms,
                r.handle_time_p90_ms,
                r.escalations,
                r.skips,
                r.skip_rate,
                r.qa_reviewed,
                r.qa_overturned,
                r.overturn_rate,
                *(r.action_mix.get(a, 0) for a in actions),
                *(r.skip_reasons.get(s, 0) for s in reasons),
            ]
        )
    return header, out


def qa_week_table(m: contract.Metrics) -> tuple[list[str], list[list[Cell]]]:
    return ["week", "reviewed", "upheld", "agreement"], [
        [w.week, w.reviewed, w.upheld, w.agreement] for w in m.qa_by_week
    ]


def queue_table(m: contract.Metrics) -> tuple[list[str], list[list[Cell]]]:
    return ["queue", "name", "kind", "depth", "oldest_age_seconds", "sla_minutes"], [
        [q.queue, q.name, q.kind, q.depth, q.oldest_age_seconds, q.sla_minutes] for q in m.queues
    ]


class _HistorySource(Protocol):
    def iter_decisions(
        self, flt: contract.AuditFilter | None = None, *, max_pages: int = 1000
    ) -> Iterable[contract.AuditDecision]: ...


def export_history(source: _HistorySource, flt: contract.AuditFilter, path: Path) -> int:
    """Every decision of the filter (all pages) to CSV; run it off the GUI thread."""
    return write_csv(path, HISTORY_HEADER, history_rows(source.iter_decisions(flt)))


def export_metrics(m: contract.Metrics, path: Path) -> int:
    header, rows = metrics_table(m)
    return write_csv(path, header, rows)
