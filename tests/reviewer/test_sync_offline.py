"""The sync engine against the real reference service over loopback: outages and lost answers."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from devkit.live_service import LiveService
from tests.reviewer.dropping_proxy import DroppingProxy
from tests.reviewer.synckit import (
    decide,
    drain,
    make_desk,
    service_history_ids,
    service_rows,
)


def test_decisions_made_offline_sync_exactly_once(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    service = live_service_factory()
    desk = make_desk(service, tmp_path / "store.sqlite3", lease_size=20, min_open=20)
    try:
        desk.engine.note_activity()
        report = desk.engine.step()
        cases = list(report.leased_now)
        assert len(cases) >= 5

        service.stop()
        # 100 decisions: each case decided, then corrected a few times (each names the last)
        ids: list[str] = []
        last: dict[str, str] = {}
        while len(ids) < 100:
            for case_id in cases:
                if len(ids) == 100:
                    break
                rec = decide(desk, case_id, supersedes=last.get(case_id))
                last[case_id] = rec.decision_id
                ids.append(rec.decision_id)
        before = desk.store.pending_outbox(1000)
        offline = desk.engine.step()
        assert offline.online is False
        assert offline.pending == 100
        assert offline.next_attempt_at is not None
        assert "reached" in offline.error
        assert desk.store.pending_outbox(1000) == [
            type(i)(i.decision_id, i.case_id, i.payload, i.attempts + 1) for i in before
        ]

        service.start()
        # before the backoff has run out, the engine does not touch the network
        early = desk.engine.step(offline.next_attempt_at - timedelta(milliseconds=1))
        assert early.pending == 100
        drain(desk, offline.next_attempt_at)
        assert desk.store.outbox_counts() == {"pending": 0, "synced": 100, "problem": 0}
        assert service_rows(service, ids) == dict.fromkeys(ids, 1)
        listed = service_history_ids(desk.api)
        assert all(listed.count(i) == 1 for i in ids)
        # the last decision of each case is the one in force on the service
        again = desk.engine.step(offline.next_attempt_at)
        assert again.synced_now == ()
    finally:
        desk.close()


def test_late_decisions_after_leases_expired_in_an_outage(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    service = live_service_factory(["--lease-seconds", "2"])
    mine = make_desk(service, tmp_path / "mine.sqlite3", lease_size=6, min_open=6)
    other = make_desk(service, tmp_path / "other.sqlite3", "moderator2", lease_size=20, min_open=20)
    try:
        mine.engine.note_activity()
        cases = list(mine.engine.step().leased_now)
        assert len(cases) >= 2
        expires = max(r.lease_expires_at for r in mine.store.open_cases())

        service.stop()
        recorded = {c: decide(mine, c).decision_id for c in cases}
        assert mine.engine.step().online is False
        while datetime.now(UTC) <= expires + timedelta(seconds=0.2):
            time.sleep(0.1)  # the service's lease clock has to run out for real
        service.start()

        # another moderator pulls the expired cases, decides one of ours first, skips the rest
        other.engine.note_activity()
        pulled = other.engine.step().leased_now
        theirs = set(pulled) & set(cases)
        assert theirs, "the expired cases went back to the queue"
        taken = sorted(theirs)[0]
        decide(other, taken, "warn_streamer")
        other.engine.release([c for c in pulled if c != taken], "language")
        drain(other)
        assert {other.store.case_state(c) for c in pulled if c != taken} <= {"released"}

        drain_at = datetime.now(UTC) + timedelta(minutes=10)
        for _ in range(5):
            report = mine.engine.step(drain_at)
            if report.pending == 0:
                break
        counts = mine.store.outbox_counts()
        assert counts == {"pending": 0, "synced": len(cases) - 1, "problem": 1}
        problems = mine.store.problems()
        assert [(p.case_id, p.status) for p in problems] == [(taken, "case_conflict")]
        assert problems[0].decision_id == recorded[taken]
        late = {d.decision_id: d.late for d in mine.api.decisions(limit=100).items}
        for case_id, decision_id in recorded.items():
            if case_id != taken:
                assert late[decision_id] is True
        # the problem stays: a later round, or a restart, does not drop it
        mine.engine.step(drain_at + timedelta(minutes=1))
        mine.store.close()
        from reviewer.store.decisions import Store

        reopened = Store.open(tmp_path / "mine.sqlite3")
        try:
            assert [p.status for p in reopened.problems()] == ["case_conflict"]
        finally:
            reopened.close()
    finally:
        mine.api.close()
        other.close()


def test_a_lost_answer_is_resent_and_comes_back_duplicate(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    service = live_service_factory()
    with DroppingProxy(service.host, service.port or 0) as proxy:
        desk = make_desk(
            service, tmp_path / "store.sqlite3", via=proxy.base_url, lease_size=5, min_open=5
        )
        try:
            desk.engine.note_activity()
            cases = list(desk.engine.step().leased_now)
            ids = [decide(desk, c).decision_id for c in cases]

            proxy.drop_next_responses(1)  # the upload reaches the service, its answer does not
            lost = desk.engine.step()
            assert proxy.dropped == 1
            assert lost.pending == len(ids)
            assert "lost" in lost.error
            # the service did apply the batch
            assert service_rows(service, ids) == dict.fromkeys(ids, 1)

            assert lost.next_attempt_at is not None
            drain(desk, lost.next_attempt_at)
            assert service_rows(service, ids) == dict.fromkeys(ids, 1)
            statuses = {d.decision_id: d.result_status for d in desk.store.recent_decisions()}
            assert {statuses[i] for i in ids} == {"duplicate"}
            assert desk.store.outbox_counts()["synced"] == len(ids)
        finally:
            desk.close()
