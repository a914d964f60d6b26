"""kill -9 campaign on real leased cases, then sync: the service holds each decision exactly once.

Builds on the store's crash harness (tests/reviewer/crashkit.py): a recorder that
prints each id only after its commit is SIGKILLed at random moments 200 times;
afterwards the sync engine drains the outbox to the reference service, which
must hold every durable decision once: none lost, none doubled.
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
from tests.reviewer.synckit import service_rows

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
        assert problems == []
        assert counts == {"pending": 0, "synced": len(durable), "problem": 0}
        assert service_rows(live_service, sorted(durable)) == dict.fromkeys(durable, 1)
    finally:
        api.close()
