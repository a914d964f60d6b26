"""kill -9 at random moments: every decision acknowledged by record_decision survives.

A recorder process prints each decision id only after record_decision returned; the
harness kills it with SIGKILL after a random number of acknowledgements (and a random
sliver of time into the next write) 1,000 times (counted and printed). Afterwards every
printed id must be in the store with its outbox row, SQLite's integrity check must pass
and the audit chain must verify. Two negative controls prove the checks can fail: a
recorder that acknowledges before committing must show lost decisions, and a recorder
that writes the decision and its outbox row in two transactions (a short spin between
them, where kills land) must show a decision with no outbox row, in every run.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from tests.reviewer.crashkit import (
    CrashOutcome,
    durable_decision_ids,
    lease_synthetic_cases,
    run_campaign,
    unqueued_decision_ids,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the recorder zygote forks"),
]

KILLS = 200  # for the early-acknowledgement control
CAMPAIGNS = 5
KILLS_PER_CAMPAIGN = 200
#: runs of the torn recorder; each must be caught, within TORN_KILLS kills
TORN_RUNS = 5
TORN_KILLS = 200


def _killed_by_sigkill(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@pytest.fixture
def store_path() -> Path:
    return AppPaths.default().store_path


def test_acknowledged_decisions_survive_sigkill(tmp_path: Path) -> None:
    # Several fresh stores rather than one long campaign: a store that grows to thousands
    # of decisions makes every kill slower, and the checks below run on each.
    kills = 0
    acknowledged = 0
    for campaign in range(CAMPAIGNS):
        store_path = tmp_path / f"campaign-{campaign}" / "store.sqlite3"
        outcome = run_campaign(store_path, kills=KILLS_PER_CAMPAIGN, seed=20261125 + campaign)
        _check_campaign(store_path, outcome)
        kills += outcome.kills
        acknowledged += len(outcome.printed)
    print(f"\nkill -9 while recording: {kills} recorders killed, {acknowledged} acknowledged")
    assert kills >= 1000


def _check_campaign(store_path: Path, outcome: CrashOutcome) -> None:
    assert outcome.errors == []
    assert outcome.kills == KILLS_PER_CAMPAIGN
    # Every recorder died from our SIGKILL, not from a bug or a clean exit.
    assert len(outcome.exit_statuses) == KILLS_PER_CAMPAIGN
    assert all(_killed_by_sigkill(s) for s in outcome.exit_statuses)
    assert len(outcome.printed) >= KILLS_PER_CAMPAIGN  # the recorders really worked

    durable = durable_decision_ids(store_path)
    assert outcome.lost == set()
    assert outcome.unqueued == set()
    assert outcome.printed <= durable
    # At most one unacknowledged commit per kill: committed, then killed before printing.
    assert len(durable - outcome.printed) <= KILLS_PER_CAMPAIGN

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


def test_the_harness_catches_a_decision_written_apart_from_its_outbox_row(tmp_path: Path) -> None:
    caught: list[int] = []
    for run in range(TORN_RUNS):
        store_path = tmp_path / f"torn-{run}" / "store.sqlite3"
        cases = lease_synthetic_cases(store_path)
        outcome = run_campaign(
            store_path,
            kills=TORN_KILLS,
            seed=run,
            case_ids=cases,
            torn_spin_ms=5,
            stop_on_loss=True,
        )
        assert outcome.errors == []
        assert outcome.lost == set()  # the ids it printed are there: only the outbox is torn
        assert outcome.unqueued, f"run {run}: no torn write seen in {outcome.kills} kills"
        assert unqueued_decision_ids(store_path) == outcome.unqueued
        caught.append(outcome.kills)
    print(f"\ntorn recorder caught in {len(caught)}/{TORN_RUNS} runs, after {caught} kills")
