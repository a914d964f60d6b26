"""Audit-chain findings in plain words, as the page words them."""

from __future__ import annotations

from reviewer import contract
from ui.lead.chain_check import report_text


def test_chain_findings_read_in_plain_words() -> None:
    """A gap, a missing tail and an explained ack seq, as the page words them."""
    report = contract.AuditChainReport.model_validate(
        {
            "username": "moderator2",
            "stored_seq": 9,
            "stored_head": "ab" * 32,
            "devices": [
                {
                    "device_id": "desk-7",
                    "decisions": 6,
                    "first_seq": 1,
                    "last_seq": 9,
                    "claimed_seq": 12,
                    "claimed_head": "cd" * 32,
                    "links_checked": 5,
                }
            ],
            "issues": [
                {"kind": "gap", "device_id": "desk-7", "seq_from": 4, "seq_to": 6},
                {
                    "kind": "missing_tail",
                    "device_id": "desk-7",
                    "seq_from": 10,
                    "seq_to": 12,
                    "detail": "3 decisions never arrived",
                },
            ],
            "missing_seqs": 3,
            "acks_on_record": 1,
            "unexplained_missing": 2,
            "ok": False,
            "checked_at": "2026-11-25T08:00:00Z",
        }
    )
    head, details = report_text(report)
    assert head.startswith("PROBLEM: 2 findings in moderator2's audit chain")
    assert "  GAP  seq 4–6 on device desk-7: sequence numbers the client used" in details
    assert "  MISSING TAIL  seq 10–12 on device desk-7: the client said it had decided more" in (
        details
    )
    assert "3 decisions never arrived" in details
    assert "explained by guideline acknowledgements on record: 1; unexplained: 2" in details
    ok_head, ok_details = report_text(
        report.model_copy(update={"ok": True, "issues": [], "missing_seqs": 0})
    )
    assert ok_head.startswith("OK: moderator2's audit chain is intact up to seq 9")
    assert "Findings: none." in ok_details


def test_held_and_recovery_findings_read_as_such_not_as_loss() -> None:
    """A decision held on the desk and a recovery link: the chain is OK and says why."""
    report = contract.AuditChainReport.model_validate(
        {
            "username": "moderator1",
            "stored_seq": 3,
            "stored_head": "ab" * 32,
            "devices": [],
            "issues": [
                {"kind": "held", "device_id": "desk-1", "seq_from": 2, "seq_to": 2},
                {"kind": "recovery", "device_id": "desk-1", "seq_from": 4, "seq_to": 4},
            ],
            "missing_seqs": 0,
            "acks_on_record": 0,
            "unexplained_missing": 0,
            "ok": True,
            "checked_at": "2026-11-25T08:00:00Z",
        }
    )
    head, details = report_text(report)
    assert head.startswith("OK: moderator1's audit chain is intact up to seq 3")
    assert head.endswith("1 decision held on the desk, not yet sent.")
    assert "  HELD ON THE DESK  seq 2 on device desk-1: decisions the desk keeps" in details
    assert "  RECOVERY  seq 4 on device desk-1: the desk rebuilt a damaged store" in details
