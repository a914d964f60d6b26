"""The same service on PostgreSQL: concurrent leases through three service processes,
idempotent uploads raced through them, retract, scoping and the refresh race.

Runs when REVIEWER_TEST_POSTGRES_URL names an empty scratch database (its tables are
dropped), e.g. postgresql+psycopg://postgres@127.0.0.1:5432/review. CI provisions one
(.ci/steps/30-postgres.sh); elsewhere it skips, and in CI without it it fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import LiveService
from tests.conftest import skip_or_fail
from tests.server.helpers import batch, decision, lease, upload

URL = os.environ.get("REVIEWER_TEST_POSTGRES_URL", "")
USERS = ("moderator1", "moderator2", "moderator3", "qa1", "lead1", "admin1")


def _run_all(targets: list[Any]) -> None:
    threads = [threading.Thread(target=t) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_contract_flows_on_postgresql(tmp_path: Path) -> None:
    if not URL:
        skip_or_fail("set REVIEWER_TEST_POSTGRES_URL to run (.ci/steps/30-postgres.sh does)")
    seeded = subprocess.run(
        [sys.executable, "-m", "server", "seed", "--database-url", URL, "--cases", "40",
         "--seed", "7", "--no-history"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert seeded.returncode == 0, seeded.stderr
    services = [
        LiveService(tmp_path / "unused.sqlite3", tmp_path / f"pg{i}", ["--database-url", URL])
        for i in range(3)
    ]
    try:
        _run_all([s.start for s in services])
        tokens = {u: services[0].login(u)["access_token"] for u in USERS}

        def client(user: str, k: int) -> httpx.Client:
            return httpx.Client(
                base_url=services[k % 3].base_url,
                headers={"Authorization": f"Bearer {tokens[user]}"},
                timeout=30,
            )

        with client("admin1", 0) as admin:
            depth = {q["id"]: q["depth"] for q in admin.get("/v1/queues").json()["queues"]}
        got: list[str] = []
        lock = threading.Lock()
        barrier = threading.Barrier(12)

        def pull(i: int) -> None:
            with client(USERS[i % 6], i) as c:
                barrier.wait()
                for _ in range(60):
                    cases = lease(c, "live-general", size=1)["cases"]
                    if not cases:
                        return
                    with lock:
                        got.extend(x["case_id"] for x in cases)

        _run_all([lambda i=i: pull(i) for i in range(12)])
        counts = Counter(got)
        assert [c for c, n in counts.items() if n > 1] == []
        assert len(counts) == depth["live-general"]

        with client("moderator1", 1) as m1, client("moderator2", 2) as m2:
            prio = [c["case_id"] for c in lease(m1, "live-priority", size=5)["cases"]]
            a, b = prio[:2]
            d1 = decision(a, "warn_streamer", policy_codes=["spam_scams"])
            undo = decision(a, "retract", supersedes=d1["decision_id"])
            d2 = decision(a)
            assert [r["status"] for r in upload(m1, d1, undo, d2)] == ["accepted"] * 3
            assert [r["status"] for r in upload(m1, d1, undo, d2)] == ["duplicate"] * 3
            assert upload(m1, {**d1, "note": "edited"})[0]["status"] == "id_reused"
            assert upload(m2, decision(b))[0]["status"] == "case_conflict"
            assert m2.get(f"/v1/decisions/{d1['decision_id']}").status_code == 404

            body = batch(*(decision(c) for c in prio[2:5]))
            answers: list[str] = []

            def send(k: int) -> None:
                with client("moderator1", k) as c:
                    results = c.post("/v1/decisions:batch", json=body).json()["results"]
                with lock:
                    answers.extend(r["status"] for r in results)

            _run_all([lambda k=k: send(k) for k in range(6)])
            assert Counter(answers) == {"accepted": 3, "duplicate": 15}

            # The desk's reads: detail, chat pages from the stored chunks, media and its 304.
            detail = m1.get(f"/v1/cases/{a}").json()
            assert detail["case_id"] == a
            texts: list[str] = []
            cursor = None
            while True:
                params: dict[str, Any] = {"limit": 7} if len(texts) < 14 else {}
                if cursor:
                    params["cursor"] = cursor
                page = m1.get(f"/v1/cases/{a}/chat", params=params).json()
                assert page["start"] == len(texts)
                texts += page["texts"]
                cursor = page["next_cursor"]
                if cursor is None:
                    break
            assert len(texts) == detail["chat_count"]
            sha = detail["snapshots"][0]["sha256"]
            assert m1.get(f"/v1/media/{sha}").status_code == 200
            again = m1.get(f"/v1/media/{sha}", headers={"If-None-Match": f'"{sha}"'})
            assert again.status_code == 304
            assert m2.get(f"/v1/media/{sha}").status_code == 404

        pair = services[0].login("moderator3")
        refreshed: list[httpx.Response] = []

        def refresh(k: int) -> None:
            resp = httpx.post(
                services[k].url("/v1/auth/refresh"),
                json={"refresh_token": pair["refresh_token"]},
                timeout=30,
            )
            with lock:
                refreshed.append(resp)

        _run_all([lambda k=k: refresh(k) for k in range(2)])
        assert [r.status_code for r in refreshed] == [200, 200]
        assert refreshed[0].json()["access_token"] == refreshed[1].json()["access_token"]
    finally:
        for s in services:
            s.stop()
