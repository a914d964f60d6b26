"""Leasing against the real service: no double lease under concurrency (threads and
several service processes on one database), expiry, renew, release with a skip reason,
and the escalation queue."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime

import httpx

from devkit.db import rows
from devkit.live_service import LiveService
from tests.server.helpers import assert_problem, decision, lease, upload

USERS = ("moderator1", "moderator2", "moderator3", "qa1", "lead1", "admin1")


def _free_depth(client: httpx.Client, queue: str) -> int:
    queues = {q["id"]: q for q in client.get("/v1/queues").json()["queues"]}
    depth: int = queues[queue]["depth"]
    return depth


_PULLER = """
import json, sys, threading
import httpx
base, tokens = sys.argv[1], json.loads(sys.argv[2])
got, errors, lock = [], [], threading.Lock()
go = threading.Event()

def pull(user):
    headers = {"Authorization": "Bearer " + tokens[user]}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as c:
        c.get("/v1/info")
        go.wait()
        for _ in range(60):  # bounded: a livelock must fail, not hang
            r = c.post("/v1/queues/live-general/batches", json={"size": 1})
            if r.status_code != 200:
                with lock:
                    errors.append(r.text)
                return
            cases = r.json()["cases"]
            if not cases:
                return
            with lock:
                got.extend([x["case_id"], user, r.json()["batch_id"]] for x in cases)
        with lock:
            errors.append(user + " never saw an empty queue")

threads = [threading.Thread(target=pull, args=(u,)) for u in tokens for _ in range(2)]
for t in threads:
    t.start()
print("ready", flush=True)
sys.stdin.readline()
go.set()
for t in threads:
    t.join()
print(json.dumps({"got": got, "errors": errors}))
"""


def test_concurrent_pulls_from_threads_and_processes_never_double_lease(
    live_service_factory: Callable[..., LiveService],
) -> None:
    # Three service processes write the same SQLite file; three client processes with
    # four threads each pull through them at the same moment.
    first = live_service_factory()
    services = [first] + [live_service_factory(db=first.database, start=False) for _ in range(2)]
    tokens: dict[str, str] = {}
    starters = [threading.Thread(target=s.start) for s in services[1:]]
    starters += [
        threading.Thread(target=lambda u=u: tokens.__setitem__(u, first.login(u)["access_token"]))
        for u in USERS
    ]
    for t in starters:
        t.start()
    for t in starters:
        t.join()
    assert all(s.running for s in services)
    with first.client("admin1") as admin:
        expected = _free_depth(admin, "live-general")
    assert expected >= 20

    procs = []
    for k, service in enumerate(services):
        users = {u: tokens[u] for u in USERS[2 * k : 2 * k + 2]}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _PULLER, service.base_url, json.dumps(users)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr
    for proc in procs:  # all twelve pullers start together
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    got: list[tuple[str, str, str]] = []
    per_process = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        answer = json.loads(out)
        assert answer["errors"] == []
        per_process.append(len(answer["got"]))
        got += [tuple(row) for row in answer["got"]]

    counts = Counter(case_id for case_id, _user, _batch in got)
    assert [c for c, n in counts.items() if n > 1] == []
    assert len(counts) == expected
    assert sum(per_process) == expected
    # The database agrees: one lease row per case, held by the user who was told so.
    lease_rows = rows(
        first.database,
        "SELECT l.case_id, u.username, l.batch_id FROM case_leases l "
        "JOIN users u ON u.user_id = l.user_id",
    )
    assert sorted(lease_rows) == sorted(got)
    holders = dict(
        rows(
            first.database,
            "SELECT c.case_id, u.username FROM cases c JOIN users u ON u.user_id = c.lease_holder",
        )
    )
    assert holders == {case_id: user for case_id, user, _batch in got}
    print("cases per client process:", per_process)


def _sleep_past(batch: dict[str, object]) -> None:
    """Wait (by the service's own clock) until the batch's lease has expired."""
    expires = datetime.fromisoformat(str(batch["lease_expires_at"]))
    server_now = datetime.fromisoformat(str(batch["server_time"]))
    time.sleep((expires - server_now).total_seconds() + 0.3)


def test_expired_leases_return_and_late_decisions_are_judged(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--lease-seconds", "1"])
    with service.client("moderator1") as m1, service.client("moderator2") as m2:
        depth = _free_depth(m1, "live-priority")
        first = lease(m1, "live-priority", size=2)
        a, b = (c["case_id"] for c in first["cases"])
        assert _free_depth(m1, "live-priority") == depth - 2
        _sleep_past(first)
        assert _free_depth(m1, "live-priority") == depth  # expired leases are back

        taken = lease(m2, "live-priority", size=1)
        assert [c["case_id"] for c in taken["cases"]] == [a]  # oldest first
        (theirs,) = upload(m2, decision(a, "no_violation"))
        assert theirs["status"] == "accepted"

        late_a = decision(a, "warn_streamer", policy_codes=["spam_scams"])
        late_b = decision(b, "warn_streamer", policy_codes=["spam_scams"])
        res_a, res_b = upload(m1, late_a, late_b)
        assert res_a["status"] == "case_conflict"
        assert res_a["conflicting_decision_id"] == theirs["decision_id"]
        assert res_b["status"] == "accepted"
        assert res_b["reason"] == "late"
        record = m1.get(f"/v1/decisions/{late_b['decision_id']}").json()
        assert record["late"] is True
    assert rows(
        service.database, "SELECT late FROM decisions WHERE decision_id = ?", late_b["decision_id"]
    ) == [(1,)]
    assert rows(
        service.database,
        "SELECT count(*) FROM decisions WHERE decision_id = ?",
        late_a["decision_id"],
    ) == [(0,)]


def test_renew_release_and_skip(live_service: LiveService) -> None:
    with live_service.client("moderator1") as m1, live_service.client("moderator2") as m2:
        batch = lease(m1, "live-general", size=3)
        ids = [c["case_id"] for c in batch["cases"]]
        assert len(ids) == 3
        renewed = m1.post(f"/v1/batches/{batch['batch_id']}/renew").json()
        assert sorted(renewed["case_ids"]) == sorted(ids)
        assert renewed["lease_expires_at"] >= batch["lease_expires_at"]

        skipped = ids[0]
        resp = m1.post(
            f"/v1/batches/{batch['batch_id']}/release",
            json={"case_ids": [skipped], "reason": "language"},
        )
        assert resp.json()["released"] == [skipped]
        assert rows(
            live_service.database,
            "SELECT end_reason FROM case_leases WHERE case_id = ?",
            skipped,
        ) == [("released:language",)]
        bad = m1.post(f"/v1/batches/{batch['batch_id']}/release", json={"reason": "bored"})
        assert_problem(bad, 422, "validation-failed")

        # The skipped case goes to someone else, never back to the one who skipped it.
        mine = lease(m1, "live-general", size=1)
        assert [c["case_id"] for c in mine["cases"]] != [skipped]
        theirs = lease(m2, "live-general", size=1)
        assert [c["case_id"] for c in theirs["cases"]] == [skipped]
        # Deciding it now is a conflict: another reviewer holds the lease.
        (res,) = upload(m1, decision(skipped))
        assert res["status"] == "case_conflict"

        # Someone else's batch does not exist for you.
        assert_problem(m2.post(f"/v1/batches/{batch['batch_id']}/renew"), 404, "not-found")
        assert_problem(
            m2.post(f"/v1/batches/{batch['batch_id']}/release", json={}), 404, "not-found"
        )
        rest = m1.post(f"/v1/batches/{batch['batch_id']}/release", json={}).json()
        assert sorted(rest["released"]) == sorted(ids[1:])
        assert m1.post(f"/v1/batches/{batch['batch_id']}/renew").json()["case_ids"] == []


def test_lease_size_limits_and_unknown_queue(shared_service: LiveService) -> None:
    with shared_service.client("moderator3") as m3:
        for size in (0, 21, "five"):
            resp = m3.post("/v1/queues/live-general/batches", json={"size": size})
            assert_problem(resp, 422, "validation-failed")
        assert_problem(m3.post("/v1/queues/nope/batches", json={}), 404, "not-found")
        # No body means the default size.
        assert len(m3.post("/v1/queues/live-general/batches").json()["cases"]) == 5


def test_escalation_queue(live_service: LiveService) -> None:
    with live_service.client("moderator1") as m1, live_service.client("lead1") as lead:
        assert "escalations" not in {q["id"] for q in m1.get("/v1/queues").json()["queues"]}
        assert "escalations" in {q["id"] for q in lead.get("/v1/queues").json()["queues"]}
        assert_problem(m1.post("/v1/queues/escalations/batches", json={}), 403, "forbidden")

        (case_id,) = (c["case_id"] for c in lease(m1, "live-general", size=1)["cases"])
        (res,) = upload(
            m1,
            decision(
                case_id,
                "escalate",
                note="viewer posted an address",
                escalation_reason="credible_threat",
            ),
        )
        assert res["status"] == "accepted"
        detail = m1.get(f"/v1/cases/{case_id}").json()
        assert (detail["status"], detail["queue"]) == ("escalated", "escalations")
        assert detail["escalation_reason"] == "credible_threat"
        assert detail["escalation_note"] == "viewer posted an address"

        pulled = [c["case_id"] for c in lease(lead, "escalations", size=20)["cases"]]
        assert case_id in pulled
        (final,) = upload(
            lead,
            decision(case_id, "ban_account", policy_codes=["harassment_bullying"], note="doxxing"),
        )
        assert final["status"] == "accepted"
        assert lead.get(f"/v1/cases/{case_id}").json()["status"] == "decided"
