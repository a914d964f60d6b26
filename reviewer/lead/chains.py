"""An audit-chain report in plain words: the service's findings on one moderator's chain
heads, one finding per line, "intact" when there is none."""

from __future__ import annotations

from reviewer import contract
from reviewer.formatting import fmt_time

ISSUE_WORDS: dict[str, str] = {
    "gap": "GAP",
    "edit": "EDITED",
    "missing_tail": "MISSING TAIL",
    "regressed": "WENT BACKWARDS",
    "claim_mismatch": "CLAIM DOES NOT MATCH",
    "held": "HELD ON THE DESK",
    "recovery": "RECOVERY",
}

ISSUE_MEANING: dict[str, str] = {
    "gap": "sequence numbers the client used but the service has no decision for",
    "edit": "a stored decision no longer matches the hash the client chained",
    "missing_tail": "the client said it had decided more than the service received",
    "regressed": "a later upload claimed a lower chain position than an earlier one",
    "claim_mismatch": "the head given for this check is not the one on record",
    "held": "decisions the desk keeps because the service kept refusing them (not lost)",
    "recovery": "the desk rebuilt a damaged store and linked the new chain to the old head",
}


def _short(digest: str) -> str:
    return (digest[:12] + "…") if len(digest) > 12 else (digest or "–")


def _seqs(a: int, b: int) -> str:
    return f"seq {a}" if a == b else f"seq {a}–{b}"


def report_text(report: contract.AuditChainReport) -> tuple[str, str]:
    """(headline, details) in plain words; the headline starts with OK or PROBLEM."""
    held = sum(i.seq_to - i.seq_from + 1 for i in report.issues if i.kind == "held")
    if report.ok:
        head = (
            f"OK: {report.username}'s audit chain is intact up to seq {report.stored_seq} "
            f"(head {_short(report.stored_head)})."
        )
        if held:
            head += f" {held} decision(s) held on the desk, not yet sent."
    else:
        n = len(report.issues)
        head = (
            f"PROBLEM: {n} finding{'s' * (n != 1)} in {report.username}'s audit chain. "
            "Decisions may have been lost or changed after they were made."
        )
    lines = [
        f"Checked {fmt_time(report.checked_at)}. Stored head: seq {report.stored_seq}, "
        f"hash {_short(report.stored_head)}.",
        "",
    ]
    if not report.devices:
        lines.append("No decision from this moderator has reached the service yet.")
    for dev in report.devices:
        span = (
            f"seq {dev.first_seq}–{dev.last_seq}"
            if dev.first_seq is not None and dev.last_seq is not None
            else "no stored seq"
        )
        lines.append(
            f"Device {dev.device_id or '(unnamed)'}: {dev.decisions} decisions stored ({span}); "
            f"the client last claimed seq {dev.claimed_seq}, head {_short(dev.claimed_head)}; "
            f"{dev.links_checked} links recomputed; {len(dev.uploads)} uploads."
        )
    lines.append("")
    if report.issues:
        lines.append("Findings:")
        for issue in report.issues:
            word = ISSUE_WORDS.get(issue.kind, issue.kind.upper())
            where = f" on device {issue.device_id}" if issue.device_id else ""
            line = f"  {word}  {_seqs(issue.seq_from, issue.seq_to)}{where}: " + ISSUE_MEANING.get(
                issue.kind, ""
            )
            if issue.detail:
                line += f". {issue.detail}"
            lines.append(line)
            if issue.decision_ids:
                lines.append(f"      decisions: {', '.join(issue.decision_ids)}")
    else:
        lines.append("Findings: none. Every stored link matches the chain the client sent.")
    if report.missing_seqs:
        lines.append("")
        lines.append(
            f"Sequence numbers without a decision: {report.missing_seqs}; explained by "
            f"guideline acknowledgements on record: {report.acks_on_record}; "
            f"unexplained: {report.unexplained_missing}."
        )
    return head, "\n".join(lines)
