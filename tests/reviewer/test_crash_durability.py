"""kill -9 at random moments: every decision acknowledged by record_decision survives.

A recorder process prints each decision id only after record_decision returned; the
harness kills it with SIGKILL after a random number of acknowledgements (and a random
sliver of time into the next write) 200 times. Afterwards every printed id must be in
the store, SQLite's integrity check must pass and the audit chain must verify. A
recorder that acknowledges before committing must make the same check fail.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from tests.reviewer.crashkit import durable_decision_ids, run_campaign

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the recorder zygote forks"),
]

KILLS = 200


def _killed_by_sigkill(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@pytest.fixture
def store_path() -> Path:
    return AppPaths.default().store_path


def test_acknowledged_decisions_survive_sigkill(store_path: Path) -> None:
    outcome = run_campaign(store_path, kills=KILLS)
    assert outcome.errors == []
    assert outcome.kills == KILLS
    # Every recorder died from our SIGKILL, not from a bug or a clean exit.
    assert len(outcome.exit_statuses) == KILLS
    assert all(_killed_by_sigkill(s) for s in outcome.exit_statuses)
    assert len(outcome.printed) >= KILLS  # the recorders really worked between kills

    durable = durable_decision_ids(store_path)
    assert outcome.lost == set()
    assert outcome.printed <= durable
    # At most one unacknowledged commit per kill: committed, then killed before printing.
    assert len(durable - outcome.printed) <= KILLS

    with Store.open(store_path) as store:
        assert store.integrity_check() == "ok"
        assert store.quick_check() == "ok"
        report = store.verify_chain()
        assert report.ok, report.message
        assert report.checked == len(durable)
        assert store.outbox_counts() == {"pending": len(durable), "synced": 0, "problem": 0}
        for item in store.pending_outbox(limit=len(durable)):
            wire = contract.DecisionIn.model_validate_json(item.payload)
            assert wire.decision_id == item.decision_id
        # Each case's state agrees with its last decision: decided unless it was retracted.
        for case_id in {r.case_id for r in store.recent_decisions(limit=len(durable))}:
            rows = store.case_decisions(case_id)
            expected = "leased" if rows[-1].action == "retract" else "decided"
            assert store.case_state(case_id) == expected


def test_the_harness_catches_a_recorder_that_acknowledges_before_commit(
    store_path: Path,
) -> None:
    outcome = run_campaign(store_path, kills=KILLS, broken=True, stop_on_loss=True)
    assert outcome.errors == []
    assert outcome.lost, f"no loss detected in {outcome.kills} kills of a broken recorder"
    assert not outcome.printed <= durable_decision_ids(store_path)
    # The store itself is still consistent: the bug is the early acknowledgement.
    with Store.open(store_path) as store:
        assert store.integrity_check() == "ok"
        assert store.verify_chain().ok
