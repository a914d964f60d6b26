"""The lead's decision history as the table shows it: one row of plain strings per decision."""

from __future__ import annotations

from reviewer import contract
from reviewer.formatting import fmt_seconds, fmt_time, one_line

#: a note is cut in the cell; the whole note is in the tool tip and the chain view
NOTE_CHARS = 120


def display_row(
    d: contract.AuditDecision, actions: dict[str, str], areas: dict[str, str]
) -> tuple[str, ...]:
    """The cells of one decision, built once (on the pool thread) and kept."""
    codes = ", ".join(areas.get(c, c) for c in d.policy_codes) or "–"
    state = []
    if d.superseded_by:
        state.append("superseded")
    if d.supersedes:
        state.append("correction" if d.action != "retract" else "undo")
    if d.late:
        state.append("late")
    if d.escalation_outcome is not None:
        out = d.escalation_outcome
        state.append(f"escalation → {actions.get(out.action, out.action)} by {out.decided_by}")
    note = one_line(d.note)
    if len(note) > NOTE_CHARS:
        note = note[:NOTE_CHARS] + "…"
    qa: str = d.qa_verdict or "–"
    if d.dispute_status != "none":
        qa += f" · dispute {d.dispute_status}"
    return (
        fmt_time(d.decided_at),
        one_line(d.moderator),
        one_line(d.vendor),
        one_line(d.queue),
        d.case_id,
        one_line(d.streamer_handle) or "–",
        actions.get(d.action, d.action),
        codes,
        fmt_seconds(d.handle_time_ms),
        qa,
        ", ".join(state) or "–",
        note,
    )
