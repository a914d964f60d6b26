"""The service keeps seeded content in memory (snapshot bytes, the fixed part of a case's
detail). A warm cache must change nothing a caller can see or reach: scope is checked in the
database on every request, the changing fields of a case are read afresh, and the bytes on
the wire are the ones the response models would have sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter

from devkit.db import write
from devkit.live_service import LiveService, seed_database_file
from reviewer import contract
from server.content import ContentCache
from server.state import STATS_DIR_ENV
from tests.server.helpers import assert_problem, decision, lease, upload


def _held_case(service: LiveService) -> tuple[str, str, dict[str, Any]]:
    """moderator3 leases one case and reads all of it: detail, chat and one snapshot."""
    with service.client("moderator3") as m3:
        (case,) = lease(m3, "live-general", size=1)["cases"]
        case_id = case["case_id"]
        detail = m3.get(f"/v1/cases/{case_id}").json()
        sha = detail["snapshots"][0]["sha256"]
        assert m3.get(f"/v1/cases/{case_id}/chat").status_code == 200
        assert m3.get(f"/v1/media/{sha}").status_code == 200
    return case_id, sha, detail


def _reach(client: httpx.Client, case_id: str, sha: str) -> list[int]:
    """Status codes of detail, chat, media, and media with the ETag the client would send."""
    return [
        client.get(f"/v1/cases/{case_id}").status_code,
        client.get(f"/v1/cases/{case_id}/chat").status_code,
        client.get(f"/v1/media/{sha}").status_code,
        client.get(f"/v1/media/{sha}", headers={"If-None-Match": f'"{sha}"'}).status_code,
    ]


def test_warm_content_reaches_only_callers_in_scope_after_role_and_team_changes(
    live_service: LiveService,
) -> None:
    case_id, sha, _detail = _held_case(live_service)  # now in the service's memory
    db = live_service.database
    with live_service.client("qa1") as qa:
        assert _reach(qa, case_id, sha) == [404, 404, 404, 404]
        write(db, "UPDATE users SET role = 'admin' WHERE username = 'qa1'")
        assert _reach(qa, case_id, sha) == [200, 200, 200, 304]  # the same token, a new role
        write(db, "UPDATE users SET role = 'qa' WHERE username = 'qa1'")
        assert _reach(qa, case_id, sha) == [404, 404, 404, 404]
    with live_service.client("lead1") as lead:
        assert _reach(lead, case_id, sha) == [200, 200, 200, 304]  # moderator3 is in team-a
        write(db, "UPDATE users SET team = 'team-z' WHERE username = 'lead1'")
        assert _reach(lead, case_id, sha) == [404, 404, 404, 404]
    with live_service.client("moderator3") as m3:
        assert _reach(m3, case_id, sha) == [200, 200, 200, 304]
        write(db, "UPDATE users SET active = false WHERE username = 'moderator3'")
        for resp in (
            m3.get(f"/v1/cases/{case_id}"),
            m3.get(f"/v1/cases/{case_id}/chat"),
            m3.get(f"/v1/media/{sha}"),
        ):
            assert_problem(resp, 403, "account-disabled")  # said plainly (the desk shows it)
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        with live_service.client(headers=headers) as anonymous:
            for path in (f"/v1/cases/{case_id}", f"/v1/cases/{case_id}/chat", f"/v1/media/{sha}"):
                assert_problem(anonymous.get(path), 401, "unauthenticated")


def test_a_cached_detail_still_shows_the_case_as_it_is_now(shared_service: LiveService) -> None:
    with shared_service.client("moderator2") as m2:
        (case,) = lease(m2, "live-general", size=1)["cases"]
        case_id = case["case_id"]
        before = m2.get(f"/v1/cases/{case_id}").json()
        assert (before["queue"], before["status"]) == ("live-general", "leased")
        esc = decision(case_id, "escalate", note="needs a lead", escalation_reason="policy_gap")
        assert upload(m2, esc)[0]["status"] == "accepted"
        after = m2.get(f"/v1/cases/{case_id}").json()
        assert (after["queue"], after["status"]) == ("escalations", "escalated")
        assert (after["escalation_reason"], after["escalation_note"]) == (
            "policy_gap",
            "needs a lead",
        )
        fixed = ("case_id", "created_at", "streamer", "reports")
        assert {k: after[k] for k in fixed} == {k: before[k] for k in fixed}
        # A live stream moves on between the two reads (the simulation: viewers, its end, new
        # snapshots and messages); what was there before is still there, unchanged.
        moving = ("viewer_count", "is_live", "ended_at")
        assert {k: v for k, v in after["stream"].items() if k not in moving} == {
            k: v for k, v in before["stream"].items() if k not in moving
        }
        assert after["snapshots"][: len(before["snapshots"])] == before["snapshots"]
        assert after["chat_count"] >= before["chat_count"]


def _canonical(model: type[Any], body: bytes) -> bytes:
    """What FastAPI would send for this response model: pydantic's own JSON of the value."""
    adapter: TypeAdapter[Any] = TypeAdapter(model)
    out: bytes = adapter.dump_json(adapter.validate_json(body), by_alias=True)
    return out


def test_wire_bytes_are_what_the_response_models_would_send(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1:
        (case,) = lease(m1, "live-general", size=1)["cases"]
        case_id = case["case_id"]
        cold = m1.get(f"/v1/cases/{case_id}")
        warm = m1.get(f"/v1/cases/{case_id}")
        assert cold.headers["content-type"] == "application/json"
        assert cold.content == warm.content == _canonical(contract.CaseDetail, cold.content)
        for params in ({}, {"limit": 50}):  # whole stored chunks, then a slice of one
            page = m1.get(f"/v1/cases/{case_id}/chat", params=params)
            assert page.content == _canonical(contract.ChatPage, page.content)
    with shared_service.client("qa1") as qa:
        sessions = qa.get("/v1/calibration/sessions").json()["sessions"]
        (demo,) = [s for s in sessions if s["title"] == "Weekly golden set"]
        items = qa.get(f"/v1/calibration/sessions/{demo['session_id']}/items")
        assert items.content == _canonical(contract.CalibrationItemList, items.content)
        item_id = items.json()["items"][0]["item_id"]
        chat = qa.get(f"/v1/calibration/items/{item_id}/chat", params={"limit": 50})
        assert chat.headers["content-type"] == "application/json"
        assert chat.content == _canonical(contract.ChatPage, chat.content)
        assert chat.json()["case_id"] == item_id


def test_the_content_cache_keeps_the_most_recent_entries_within_its_budget() -> None:
    cache: ContentCache[str, bytes] = ContentCache(budget=100)
    cache.put("a", b"a" * 60, 60)
    cache.put("b", b"b" * 30, 30)
    assert cache.get("a") == b"a" * 60  # a is now the most recently used
    cache.put("c", b"c" * 30, 30)  # 120 > 100: the least recently used (b) goes
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c")) == (b"a" * 60, b"c" * 30)
    assert cache.used == 90
    cache.put("a", b"A" * 10, 10)  # replacing an entry frees its old cost
    assert cache.used == 40
    cache.put("huge", b"h" * 101, 101)  # bigger than the whole budget: not kept, nothing lost
    assert cache.get("huge") is None
    assert len(cache) == 2


def test_the_content_cache_counts_its_hits_and_misses() -> None:
    cache: ContentCache[str, bytes] = ContentCache(budget=100)
    assert cache.get("a") is None
    cache.put("a", b"a", 1)
    assert cache.get("a") == b"a"
    assert cache.get("a") == b"a"
    assert (cache.hits, cache.misses) == (2, 1)


def test_each_worker_leaves_its_cache_figures_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load test's per-worker figures: written on a graceful stop, only when asked."""
    stats = tmp_path / "stats"
    stats.mkdir()
    monkeypatch.setenv(STATS_DIR_ENV, str(stats))
    db = seed_database_file(tmp_path / "service.sqlite3", cases=6)
    with LiveService(db, tmp_path / "service") as svc, svc.client("moderator1") as client:
        case_id = lease(client, size=1)["cases"][0]["case_id"]
        for _ in range(2):
            detail = client.get(f"/v1/cases/{case_id}")
            assert detail.status_code == 200
            sha = detail.json()["snapshots"][0]["sha256"]
            assert client.get(f"/v1/media/{sha}").status_code == 200
    (written,) = stats.glob("*.json")
    figures = json.loads(written.read_text())
    assert figures["cases"]["hits"] >= 1
    assert figures["media"] == {**figures["media"], "hits": 1, "misses": 1}
    assert figures["maxrss_kb"] > 0
