"""kill -9 campaign on real leased cases, then sync: the service holds each decision exactly once.

Builds on the store's crash harness (tests/reviewer/crashkit.py): a recorder that
prints each id only after its commit is SIGKILLed at random moments 200 times;
afterwards the sync engine drains the outbox to the reference service, which
must hold every durable decision once (none lost), and each case's current decision on
the service must be the desk's last decision on it, with at most one standing decision
per case (none doubled: unlike a count per decision id, this check can fail).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devkit.clients import live_queue, sign_in
from devkit.live_service import LiveService
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from reviewer.sync import SyncConfig, SyncEngine
from tests.reviewer.crashkit import durable_decision_ids, run_campaign
from tests.reviewer.synckit import (
    client_current_decisions,
    service_current_decisions,
    service_live_decision_counts,
    service_rows,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the recorder zygote forks"),
]


def test_after_sync_the_service_holds_each_decision_exactly_once(
    live_service: LiveService,
) -> None:
    store_path: Path = AppPaths.default().ensure().store_path
    api, _tokens = sign_in(live_service.base_url, deadline_s=30)
    try:
        with Store.open(store_path) as store:
            config = SyncConfig(queue=live_queue(api), lease_size=6, min_open=6, prefetch_depth=0)
            engine = SyncEngine(store, api, None, config)
            engine.note_activity()
            cases = list(engine.step().leased_now)
        assert len(cases) >= 3

        outcome = run_campaign(store_path, kills=200, case_ids=cases)
        print(f"\nkill -9 while recording on leased cases: {outcome.kills} recorders killed")
        assert outcome.errors == []
        assert outcome.kills == 200
        assert outcome.lost == set()
        durable = durable_decision_ids(store_path)
        assert outcome.printed <= durable
        assert len(durable) >= 200

        with Store.open(store_path) as store:
            assert store.integrity_check() == "ok"
            engine = SyncEngine(store, api, None, config)
            for _ in range(20):
                report = engine.step()
                assert report.next_attempt_at is None, report.error
                if report.pending == 0:
                    break
            counts = store.outbox_counts()
            problems = store.problems()
            desk_current = client_current_decisions(store, cases)
        assert problems == []
        assert counts == {"pending": 0, "synced": len(durable), "problem": 0}
        assert service_rows(live_service, sorted(durable)) == dict.fromkeys(durable, 1)
        assert set(desk_current) == set(cases)
        assert service_current_decisions(live_service, cases) == desk_current
        standing = service_live_decision_counts(live_service, cases)
        assert all(n <= 1 for n in standing.values()), standing
        assert standing == {c: 1 for c, d in desk_current.items() if d is not None}
    finally:
        api.close()
