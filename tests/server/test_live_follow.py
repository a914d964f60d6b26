"""The live simulation and the follow long-poll on the real service (both engines):
two service processes tell the same live state, following returns what changed (and the
chat page that holds it) with ``--live-speed``, a stream that ends shows at once and the
late-upload rule judges an end-stream by its ``decided_at``, and fifty held follows hold no
database connection and no thread."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from devkit.live_service import LiveService
from reviewer import contract
from server.models.core import Case
from tests.server.helpers import decision, lease, upload
from tests.server.test_live_priority import arranged

FAST = ["--live-speed", "20", "--follow-interval", "0.05"]


def _details(client: httpx.Client, queue: str, size: int) -> list[dict[str, Any]]:
    cases = lease(client, queue, size=size)["cases"]
    return [client.get(f"/v1/cases/{c['case_id']}").json() for c in cases]


def _live_one(details: list[dict[str, Any]]) -> dict[str, Any]:
    live = [d for d in details if d["stream"]["is_live"]]
    assert live, "no leased stream is live"
    return live[0]


def test_two_service_processes_tell_the_same_live_state(
    live_service_factory: Callable[..., LiveService],
) -> None:
    first = live_service_factory(FAST)
    second = live_service_factory(FAST, db=first.database)
    with first.client("moderator1") as a, second.client("moderator1") as b:
        details = _details(a, "live-priority", 6)
        case_id = _live_one(details)["case_id"]
        for _attempt in range(20):  # a step may pass between the two reads: read again
            one = a.get(f"/v1/cases/{case_id}").json()
            two = b.get(f"/v1/cases/{case_id}").json()
            if one["live_version"] == two["live_version"]:
                break
        assert one == two
        assert one["live_version"] > 0
        page_one = a.get(f"/v1/cases/{case_id}/chat", params={"limit": 50}).json()
        page_two = b.get(f"/v1/cases/{case_id}/chat", params={"limit": 50}).json()
        assert page_one["texts"] == page_two["texts"]


def test_follow_answers_what_changed_and_the_reads_agree(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(FAST)
    with service.client("moderator1") as m1:
        shown = _live_one(_details(m1, "live-priority", 6))
        case_id, version = shown["case_id"], shown["live_version"]
        got = m1.get(
            f"/v1/cases/{case_id}/follow", params={"after": version, "hold": 5}, timeout=15
        )
        assert got.status_code == 200, got.text
        update_ = contract.FollowUpdate.model_validate(got.json())
        assert update_.changed
        assert update_.version > version
        assert update_.new_chat_count == update_.chat_count - shown["chat_count"] > 0
        # the chat page it names starts with the first new message
        assert update_.chat_cursor is not None
        page = m1.get(f"/v1/cases/{case_id}/chat", params={"cursor": update_.chat_cursor}).json()
        assert page["start"] == shown["chat_count"]
        assert page["total"] >= update_.chat_count
        assert len(page["ids"]) >= update_.new_chat_count
        # everything it reported is in the ordinary read too
        for _attempt in range(20):
            now = m1.get(f"/v1/cases/{case_id}").json()
            if now["live_version"] == update_.version or not now["stream"]["is_live"]:
                break
            update_ = contract.FollowUpdate.model_validate(
                m1.get(f"/v1/cases/{case_id}/follow", params={"after": version}).json()
            )
        assert now["live_version"] == update_.version
        assert now["chat_count"] == update_.chat_count
        assert now["stream"]["viewer_count"] == update_.viewer_count
        assert now["snapshots"][len(shown["snapshots"]) :] == [
            s.model_dump(mode="json") for s in update_.new_snapshots
        ]
        # nothing new after the newest version of an ended or live stream: a short hold ends
        quiet = m1.get(f"/v1/cases/{case_id}/follow", params={"after": 10**12, "hold": 0.2}).json()
        assert quiet["changed"] is False


def test_a_stream_ends_and_an_end_stream_is_judged_by_its_decided_at(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--follow-interval", "0.05"], start=False)
    ends = datetime.now(UTC) + timedelta(seconds=4)
    with arranged(service.database) as s:
        s.execute(
            update(Case)
            .where(Case.queue == "live-general")
            .values(stream_live=True, stream_ends_at=ends)
        )
    service.start()
    with service.client("moderator1") as m1:
        a, b = (c["case_id"] for c in lease(m1, "live-general", size=2)["cases"])
        while_live = decision(
            a,
            "end_stream",
            policy_codes=["spam_scams"],
            decided_at=(ends - timedelta(seconds=3)).isoformat(),
        )
        version = m1.get(f"/v1/cases/{a}").json()["live_version"]
        # Short holds: on a busy machine the stream may have ended before this first read,
        # and a follow after an ended stream's last version waits its whole hold (25 s by
        # default) for a change that never comes. Bounded: at most 30 holds of 2 s.
        for _attempt in range(30):
            followed = m1.get(
                f"/v1/cases/{a}/follow", params={"after": version, "hold": 2}, timeout=40
            ).json()
            version = followed["version"]
            if not followed["live"]:
                break
        assert followed["live"] is False
        assert datetime.fromisoformat(followed["ended_at"]) == ends.replace(
            microsecond=ends.microsecond
        )
        assert m1.get(f"/v1/cases/{a}").json()["stream"]["is_live"] is False

        after_end = decision(
            b,
            "end_stream",
            policy_codes=["spam_scams"],
            decided_at=(ends + timedelta(seconds=1)).isoformat(),
        )
        accepted, refused = upload(m1, while_live, after_end)
        assert accepted["status"] == "accepted"
        assert accepted["notes"] == ["stream_ended_since"]
        assert refused["status"] == "rejected"
        assert refused["type"] == contract.PROBLEM_TYPES["stream_ended"]


def _gauge(text: str, name: str) -> float:
    match = re.search(rf"^{name}(?:\{{[^}}]*\}})? ([0-9.e+-]+)$", text, re.MULTILINE)
    assert match, f"{name} not in the metrics"
    return float(match.group(1))


def test_fifty_held_follows_hold_no_connection_and_no_thread(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--threads", "4"], start=False)
    with arranged(service.database) as s:  # off the air: a version that never changes
        s.execute(update(Case).where(Case.queue == "live-general").values(stream_live=False))
    service.start()
    with service.client("moderator1") as m1:
        case_id = lease(m1, "live-general", size=1)["cases"][0]["case_id"]
        token = m1.headers["authorization"]
        done = threading.Event()

        def follow(_n: int) -> bool:
            with httpx.Client(base_url=service.base_url, headers={"authorization": token}) as c:
                got = c.get(f"/v1/cases/{case_id}/follow", params={"hold": 4}, timeout=30)
                return got.status_code == 200 and got.json()["changed"] is False

        with ThreadPoolExecutor(50) as pool:
            futures = [pool.submit(follow, n) for n in range(50)]
            seen = 0.0
            for _attempt in range(200):
                metrics = httpx.get(service.url("/internal/metrics")).text
                seen = _gauge(metrics, "reviewer_follow_waiting")
                if seen >= 50:
                    break
                done.wait(0.02)
            assert seen == 50
            assert _gauge(metrics, "reviewer_db_connections_checked_out") == 0
            # with 4 threads and 50 follows held, an ordinary request still answers
            assert m1.get("/v1/queues").status_code == 200
            assert all(f.result() for f in futures)


def test_the_service_holds_a_follow_no_longer_than_its_ceiling(
    live_service_factory: Callable[..., LiveService],
) -> None:
    """`serve --follow-max-hold` caps what a client asks for (a site's proxy that cuts idle
    requests sooner, or the contract fuzz, whose client gives up after 10 s)."""
    service = live_service_factory(["--follow-max-hold", "0.3"])
    with service.client("moderator1") as m1:
        case_id = lease(m1, "live-general", size=1)["cases"][0]["case_id"]
        # a version nothing reaches: only the ceiling ends the hold (the client would give
        # up after 5 s, long before the 25 s asked for)
        got = m1.get(f"/v1/cases/{case_id}/follow", params={"after": 10**12, "hold": 25}, timeout=5)
        assert got.status_code == 200, got.text
        assert got.json()["changed"] is False
