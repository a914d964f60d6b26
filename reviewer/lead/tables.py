"""The team lead's CSV files: decision history, metrics, QA weeks and queues as rows.

What goes into the files lives here; how a file is written safely (formula cells
escaped, atomic) lives in :mod:`reviewer.export`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from reviewer import contract
from reviewer.export import Cell, write_csv

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
