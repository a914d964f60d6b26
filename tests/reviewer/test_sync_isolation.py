"""One decision never holds back the others (issue 14, part 1), against a hostile service.

The hostile server answers everything except uploads that hold one poisoned decision, which
it refuses with a 500 problem (no Retry-After) and a request id. The engine runs on its own
schedule: each step is called at the time the previous report asked for, so the seconds
printed are the engine's default backoff, not this machine's speed.
"""

from __future__ import annotations

import base64
import io
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reviewer import cli, contract
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import HELD_STATUS, Store
from reviewer.sync import SyncConfig, SyncEngine, SyncReport
from tests.reviewer.hostile_server import GOOD_INFO, Hostile, Seen, run_hostile
from tests.reviewer.store.storekit import draft, lease
from tests.reviewer.test_sync_hostile import PROBLEM_JSON, token_pair

QUEUE = "live-en"


@dataclass
class FakeService:
    """Uploads, leases and info; refuses any batch holding a poisoned decision."""

    poisoned: set[str] = field(default_factory=set)
    #: every upload fails (the upload path is broken, the rest answers)
    uploads_broken: bool = False
    accepted: list[str] = field(default_factory=list)
    batches: list[list[str]] = field(default_factory=list)
    sent_ahead: list[str] = field(default_factory=list)
    leases: int = 0

    def __call__(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path == "/v1/info":
            return 200, {}, GOOD_INFO
        if seen.path == f"/v1/queues/{QUEUE}/batches":
            self.leases += 1
            expires = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
            batch = {
                "batch_id": f"b{self.leases}",
                "queue": QUEUE,
                "cases": [{"case_id": f"new-{self.leases}", "lease_expires_at": expires}],
                "lease_expires_at": expires,
                "server_time": datetime.now(UTC).isoformat(),
            }
            return 200, {}, json.dumps(batch).encode()
        if seen.path != "/v1/decisions:batch":
            return 404, PROBLEM_JSON, b'{"status": 404}'
        decisions = json.loads(seen.body)["decisions"]
        ids = [d["decision_id"] for d in decisions]
        self.batches.append(ids)
        if self.uploads_broken or self.poisoned & set(ids):
            doc = {"type": contract.PROBLEM_TYPES["server_error"], "status": 500, "title": "boom"}
            headers = {**PROBLEM_JSON, "X-Request-ID": "req-4242"}
            return 500, headers, json.dumps(doc).encode()
        results = []
        for d in decisions:
            earlier = d.get("supersedes")
            if earlier and earlier not in self.accepted:
                # the real service refuses for good a decision superseding an unseen one
                self.sent_ahead.append(d["decision_id"])
                results.append({"decision_id": d["decision_id"], "status": "rejected"})
                continue
            self.accepted.append(d["decision_id"])
            results.append({"decision_id": d["decision_id"], "status": "accepted"})
        body = {"results": results, "server_time": datetime.now(UTC).isoformat()}
        return 200, {}, json.dumps(body).encode()


@dataclass
class Desk:
    hostile: Hostile
    service: FakeService
    store: Store
    engine: SyncEngine
    api: ApiClient


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with run_hostile() as hostile:
        service = FakeService()
        hostile.handler = service
        store = Store.open(tmp_path / "store.sqlite3")
        tokens = TokenManager(hostile.base_url, MemoryVault())
        tokens.adopt(token_pair())
        api = ApiClient(hostile.base_url, tokens=tokens, deadline_s=5, upload_deadline_s=5)
        # the default backoff; no cache and no prefetch: uploads, leases and heartbeats only
        config = SyncConfig(queue=QUEUE, prefetch_depth=0, min_open=1)
        engine = SyncEngine(store, api, None, config, rng=random.Random(14))
        try:
            yield Desk(hostile, service, store, engine, api)
        finally:
            api.close()
            store.close()


def now_s() -> datetime:
    """The start of a run: real now, because the fake service's leases expire in real time
    (a start taken at import would lie minutes in the past late in a long suite)."""
    return datetime.now(UTC).replace(microsecond=0)


def run(desk: Desk, until: object, *, start: datetime, max_steps: int = 400) -> list[SyncReport]:
    """Step the engine at the times it asks for, until ``until(report)`` (bounded)."""
    now = start
    reports: list[SyncReport] = []
    for _ in range(max_steps):
        desk.engine.note_activity(now)
        report = desk.engine.step(now)
        reports.append(report)
        if callable(until) and until(report):
            return reports
        assert report.next_step_at is not None
        now = max(now, report.next_step_at)
    tail = [(r.at.time(), r.next_step_at, r.isolating, r.pending) for r in reports[-5:]]
    raise AssertionError(f"not reached in {max_steps} steps: {tail}")


def check_support_export(desk: Desk, bad: str, tmp_path: Path) -> None:
    """``reviewer export-held``: the exact request bytes and the service's answer, by field."""
    target = tmp_path / "held.json"
    out = io.StringIO()
    assert (
        cli.main(["export-held", "--store", str(desk.store.path), "--out", str(target)], out) == 0
    )
    assert "1 held decision(s)" in out.getvalue()
    document = json.loads(target.read_text(encoding="utf-8"))
    [item] = document["held"]
    recorded = desk.store.decision(bad)
    assert recorded is not None
    assert item["decision_id"] == bad
    assert base64.b64decode(item["request_base64"]) == recorded.payload
    assert item["request"]["decision_id"] == bad
    assert item["answer"]["status"] == 500
    assert item["answer"]["problem_type"] == contract.PROBLEM_TYPES["server_error"]
    assert item["answer"]["request_id"] == "req-4242"
    assert item["attempts"] >= 1
    assert target.stat().st_mode & 0o077 == 0  # owner-only


def test_a_refused_decision_is_isolated_while_the_others_sync(desk: Desk, tmp_path: Path) -> None:
    cases = [f"c{n}" for n in range(40)]
    lease(desk.store, cases, queue=QUEUE)
    ids = [desk.store.record_decision(draft(c)).decision_id for c in cases]
    bad = ids[17]
    # the later decision on the poisoned case depends on it: a correction
    fix = desk.store.record_decision(draft("c17", "ban", supersedes=bad)).decision_id
    others = [d for d in ids if d != bad]
    desk.service.poisoned = {bad}
    leases_before = desk.service.leases

    t0 = now_s()
    reports = run(desk, lambda r: r.problem_count == 1, start=t0)

    held_at = reports[-1].at
    first_failure = next(r.at for r in reports if r.upload_error)
    synced: set[str] = set()
    all_others = None
    for r in reports:
        synced.update(r.synced_now)
        if all_others is None and set(others) <= synced:
            all_others = r.at
    assert all_others is not None
    attempts = sum(bad in batch for batch in desk.service.batches)
    print(
        f"\nisolation: {len(desk.service.batches)} uploads, {attempts} attempts with the "
        f"refused decision; the other {len(others)} synced "
        f"{(all_others - first_failure).total_seconds():.1f} s after the first failure; "
        f"held after {(held_at - first_failure).total_seconds():.1f} s"
    )
    assert (all_others - first_failure).total_seconds() <= 60
    assert desk.service.sent_ahead == []  # nothing went ahead of the held decision
    # the correction only ever travelled in the same batch as the decision it supersedes
    assert all(bad in batch for batch in desk.service.batches if fix in batch)
    # pulling went on while uploads were failing
    assert desk.service.leases > leases_before
    # the held decision is a visible problem with the service's answer, on disk
    [problem] = desk.store.problems()
    assert (problem.decision_id, problem.status) == (bad, HELD_STATUS)
    assert "HTTP 500" in problem.reason
    assert contract.PROBLEM_TYPES["server_error"] in problem.reason
    assert "req-4242" in problem.reason
    assert desk.store.decision(bad) is not None
    assert reports[-1].pending == 1  # the correction waits with it
    check_support_export(desk, bad, tmp_path)

    # retried from the problems dialog once the service takes it: then the correction follows
    desk.service.poisoned = set()
    assert desk.store.retry_held([bad]) == 1
    run(desk, lambda r: r.pending == 0 and r.problem_count == 0, start=held_at)
    assert desk.service.accepted.index(bad) < desk.service.accepted.index(fix)
    assert desk.service.sent_ahead == []


def test_a_broken_upload_path_holds_nothing_and_pulling_goes_on(desk: Desk) -> None:
    """Every upload fails while the rest answers: no decision is blamed, uploads back off."""
    cases = [f"c{n}" for n in range(8)]
    lease(desk.store, cases, queue=QUEUE)
    for c in cases:
        desk.store.record_decision(draft(c))
    desk.service.uploads_broken = True
    t0 = now_s()
    reports = run(desk, lambda r: r.at >= t0 + timedelta(minutes=10), start=t0)
    assert desk.store.problems() == []
    assert reports[-1].pending == len(cases)
    assert reports[-1].online is True
    assert desk.service.leases >= 2
    # backing off: far fewer uploads than steps at the narrowing pace
    assert len(desk.service.batches) < 40
    desk.service.uploads_broken = False
    last = reports[-1].at
    run(desk, lambda r: r.pending == 0, start=last)
    assert desk.store.problems() == []


def test_an_outage_backs_off_everything_as_before(desk: Desk) -> None:
    """Nothing answers (every request 500): no isolation, no pulls, the global backoff."""
    cases = [f"c{n}" for n in range(4)]
    lease(desk.store, cases, queue=QUEUE)
    for c in cases:
        desk.store.record_decision(draft(c))
    desk.hostile.handler = None
    desk.hostile.status, desk.hostile.body = 500, b"{}"
    t0 = now_s()
    reports = run(desk, lambda r: r.at >= t0 + timedelta(minutes=5), start=t0)
    assert desk.store.problems() == []
    assert all(r.isolating == () for r in reports)
    uploads = [s for s in desk.hostile.seen if s.path == "/v1/decisions:batch"]
    # never narrowed: every attempt carried the whole outbox; and the global backoff held
    assert all(len(json.loads(s.body)["decisions"]) == len(cases) for s in uploads)
    assert len(desk.hostile.seen) < 30
    assert reports[-1].next_attempt_at is not None
    assert reports[-1].pending == len(cases)
