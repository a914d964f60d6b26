"""The chain check's work grows with what is stored, never with a seq a client claimed.

An upload may claim a chain head up to ``contract.MAX_SEQ`` (2**53 - 1) and a desk may report
a held or recovery seq as high; listing every missing seq one by one would keep a worker busy
(and its memory growing) for as long as that number says.
"""

from __future__ import annotations

from datetime import UTC, datetime

from reviewer import contract
from server.domain.audit_chain import DeskNote, StoredUpload, check_device

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_a_claimed_head_at_the_largest_seq_is_one_missing_tail_range() -> None:
    upload = StoredUpload(1, "desk-1", NOW, NOW, contract.MAX_SEQ, "ab" * 32, 1)
    notes = [
        DeskNote("desk-1", 5, "held", "d-5", "cd" * 32),
        DeskNote("desk-1", contract.MAX_SEQ - 1, "recovery", "", "ef" * 32),
    ]
    _summary, issues, missing = check_device("desk-1", [], [upload], notes)
    tails = [i for i in issues if i.kind == "missing_tail"]
    assert [(i.seq_from, i.seq_to) for i in tails] == [(1, contract.MAX_SEQ)]
    assert {(i.kind, i.seq_from) for i in issues if i.kind in ("held", "recovery")} == {
        ("held", 5),
        ("recovery", contract.MAX_SEQ - 1),
    }
    assert missing == contract.MAX_SEQ - 2  # the two noted seqs are named, not missing
