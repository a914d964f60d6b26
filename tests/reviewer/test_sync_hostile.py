"""The sync engine against a hostile service: typed failures, backoff, and nothing lost."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.cache import ContentCache
from reviewer.store.decisions import Store
from reviewer.sync import SyncConfig, SyncEngine
from tests.reviewer.hostile_server import (
    GOOD_INFO,
    MEDIA,
    MEDIA_SHA,
    Hostile,
    Seen,
    run_hostile,
)
from tests.reviewer.store.storekit import draft, dump, lease

# step() times are given explicitly; leases in the store run 10 minutes from the real clock
T0 = datetime.now(UTC).replace(microsecond=0)
PROBLEM_JSON = {"Content-Type": contract.PROBLEM_CONTENT_TYPE}


@dataclass
class Rig:
    hostile: Hostile
    store: Store
    store_path: Path
    cache: ContentCache
    api: ApiClient
    engine: SyncEngine
    ids: list[str]


def token_pair() -> contract.TokenPair:
    return contract.TokenPair.model_validate(
        {
            "access_token": "a",
            "refresh_token": "r",
            "access_expires_at": T0 + timedelta(hours=1),
            "refresh_expires_at": T0 + timedelta(days=1),
            "user": {
                "user_id": "u1",
                "username": "moderator1",
                "display_name": "M",
                "role": "moderator",
                "team": "t",
                "vendor": "v",
            },
        }
    )


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with run_hostile() as hostile:
        store_path = tmp_path / "store.sqlite3"
        store = Store.open(store_path)
        lease(store, ["c1", "c2", "c3"])
        ids = [store.record_decision(draft(c)).decision_id for c in ("c1", "c2")]
        tokens = TokenManager(hostile.base_url, MemoryVault())
        tokens.adopt(token_pair())
        api = ApiClient(hostile.base_url, tokens=tokens, deadline_s=1.5, upload_deadline_s=1.5)
        cache = ContentCache(tmp_path / "cache")
        # no prefetch unless a test asks: these answers are about uploads
        config = SyncConfig(prefetch_depth=0)
        engine = SyncEngine(store, api, cache, config, rng=random.Random(1))
        try:
            yield Rig(hostile, store, store_path, cache, api, engine, ids)
        finally:
            api.close()
            cache.close()
            store.close()


def accept_all(seen: Seen) -> tuple[int, dict[str, str], bytes]:
    """A well-behaved upload endpoint (every decision accepted) and /v1/info."""
    if seen.path == "/v1/info":
        return 200, {}, GOOD_INFO
    request = json.loads(seen.body)
    results = [
        {"decision_id": d["decision_id"], "status": "accepted"} for d in request["decisions"]
    ]
    body = {"results": results, "server_time": T0.isoformat()}
    return 200, {}, json.dumps(body).encode()


@pytest.mark.parametrize(
    ("mode", "says"),
    [
        ("malformed", "cannot use"),
        ("wrong_types", "cannot use"),
        ("huge", "larger than allowed"),
        ("huge_chunked", "larger than allowed"),
        ("trickle", "too slowly"),
        ("drop", "lost"),
    ],
)
def test_a_hostile_answer_fails_the_round_and_keeps_the_outbox(
    rig: Rig, mode: str, says: str
) -> None:
    before = dump(rig.store_path)
    pending = [(i.decision_id, i.payload) for i in rig.store.pending_outbox()]
    rig.hostile.mode = mode
    report = rig.engine.step(T0)
    assert says in report.error
    assert report.next_attempt_at is not None
    assert report.next_attempt_at > T0
    assert report.pending == 2
    assert report.problem_count == 0
    assert [(i.decision_id, i.payload) for i in rig.store.pending_outbox()] == pending
    assert rig.store.problems() == []
    # only the attempt counters moved; decisions, audit trail and cases are as they were
    after = dump(rig.store_path)
    strip = [ln for ln in before.splitlines() if not ln.startswith('INSERT INTO "outbox"')]
    assert [ln for ln in after.splitlines() if not ln.startswith('INSERT INTO "outbox"')] == strip
    # and once the service behaves, the same bytes go up
    rig.hostile.mode, rig.hostile.handler = "ok", accept_all
    done = rig.engine.step(report.next_attempt_at)
    assert set(done.synced_now) == set(rig.ids)
    assert all(p in rig.hostile.seen[-1].body for _, p in pending)


@pytest.mark.parametrize(
    ("status", "retry_after", "kind"),
    [(429, "120", "rate_limited"), (503, "http-date", "server_error")],
)
def test_retry_after_is_honoured(rig: Rig, status: int, retry_after: str, kind: str) -> None:
    wait = 120.0
    header = retry_after
    if retry_after == "http-date":
        # an HTTP date relative to the real clock (the engine reads it when the answer comes)
        header = format_datetime(datetime.now(UTC) + timedelta(seconds=wait + 1), usegmt=True)
    rig.hostile.status = status
    rig.hostile.headers = {"Retry-After": header, **PROBLEM_JSON}
    rig.hostile.body = json.dumps(
        {"type": contract.PROBLEM_TYPES[kind], "title": kind, "status": status}
    ).encode()
    report = rig.engine.step(T0)
    assert report.next_attempt_at is not None
    assert report.next_attempt_at >= T0 + timedelta(seconds=wait - 1)
    assert report.next_step_at == report.next_attempt_at
    requests = len(rig.hostile.seen)
    rig.hostile.status, rig.hostile.headers, rig.hostile.handler = 200, {}, accept_all
    rig.engine.step(report.next_attempt_at - timedelta(seconds=1))
    assert len(rig.hostile.seen) == requests  # not a single request before Retry-After
    assert rig.store.outbox_counts()["pending"] == 2
    done = rig.engine.step(report.next_attempt_at)
    assert len(done.synced_now) == 2
    assert done.next_attempt_at is None


def test_backoff_grows_exponentially_with_jitter(rig: Rig) -> None:
    rig.hostile.status, rig.hostile.body = 500, b"{}"
    now = T0
    delays = []
    for _ in range(6):
        report = rig.engine.step(now)
        assert report.next_attempt_at is not None
        delays.append((report.next_attempt_at - now).total_seconds())
        now = report.next_attempt_at
    for k, delay in enumerate(delays):
        assert 0.5 * 2**k <= delay < 1.5 * 2**k
    assert len(set(delays)) == len(delays)
    assert rig.store.outbox_counts()["pending"] == 2


def test_per_item_answers_become_durable_problems(rig: Rig) -> None:
    extra = rig.store.record_decision(draft("c3")).decision_id
    statuses = dict(zip([*rig.ids, extra], ["accepted", "case_conflict", "rejected"], strict=True))

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path == "/v1/info":
            return 200, {}, GOOD_INFO
        request = json.loads(seen.body)
        results = [
            {"decision_id": d["decision_id"], "status": statuses[d["decision_id"]], "reason": "r"}
            for d in request["decisions"]
        ]
        return 200, {}, json.dumps({"results": results, "server_time": T0.isoformat()}).encode()

    rig.hostile.handler = answer
    report = rig.engine.step(T0)
    assert report.synced_now == (rig.ids[0],)
    assert set(report.problems_now) == {rig.ids[1], extra}
    assert report.problem_count == 2
    assert report.pending == 0
    seen = len(rig.hostile.seen)
    rig.engine.step(T0 + timedelta(minutes=1))
    assert [s.path for s in rig.hostile.seen[seen:]] == ["/v1/info"]  # not resent ...
    assert {p.status for p in rig.store.problems()} == {"case_conflict", "rejected"}  # ... nor lost


def test_a_batch_refused_as_invalid_is_narrowed_to_the_bad_item(rig: Rig) -> None:
    bad = rig.ids[1]

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        request = json.loads(seen.body)
        ids = [d["decision_id"] for d in request["decisions"]]
        if bad in ids:
            # as the reference service words it: the error's location names the item
            loc = ["body", "decisions", ids.index(bad), "note"]
            doc = {
                "type": contract.PROBLEM_TYPES["validation"],
                "status": 422,
                "detail": "bad",
                "errors": [{"loc": loc, "msg": "too long", "type": "string_too_long"}],
            }
            return 422, PROBLEM_JSON, json.dumps(doc).encode()
        return accept_all(seen)

    rig.hostile.handler = answer
    for _ in range(6):
        report = rig.engine.step(T0)
        if report.pending == 0:
            break
    assert rig.store.outbox_counts() == {"pending": 0, "synced": 1, "problem": 1}
    assert [(p.decision_id, p.status) for p in rig.store.problems()] == [(bad, "rejected")]


@pytest.mark.parametrize(
    ("status", "kind", "errors"),
    [
        (413, "body_too_large", []),
        (422, "validation", [{"loc": ["body", "chain_head"], "msg": "bad", "type": "x"}]),
    ],
)
def test_a_refusal_that_names_no_decision_keeps_every_decision_pending(
    rig: Rig, status: int, kind: str, errors: list[dict[str, object]]
) -> None:
    """A proxy's 413 or a bad batch field is nobody's decision: nothing becomes a problem."""
    doc = {"type": contract.PROBLEM_TYPES[kind], "status": status, "errors": errors}
    rig.hostile.status, rig.hostile.body = status, json.dumps(doc).encode()
    rig.hostile.headers = PROBLEM_JSON
    now = T0
    for _ in range(4):
        report = rig.engine.step(now)
        assert report.next_attempt_at is not None  # backing off, as after any failure
        now = report.next_attempt_at
    assert rig.store.outbox_counts()["pending"] == 2
    assert rig.store.problems() == []


def _detail_json(case_id: str) -> bytes:
    snap = {
        "sha256": MEDIA_SHA,
        "offset_seconds": 1.0,
        "captured_at": T0.isoformat(),
        "width": 10,
        "height": 10,
        "size_bytes": len(MEDIA),
    }
    detail = {
        "case_id": case_id,
        "queue": "live-en",
        "status": "leased",
        "created_at": T0.isoformat(),
        "stream": {
            "stream_id": "s",
            "title": "t",
            "category": "c",
            "language": "en",
            "region": "US",
            "viewer_count": 1,
            "is_live": True,
            "started_at": T0.isoformat(),
        },
        "streamer": {
            "account_id": "a",
            "handle": "h",
            "display_name": "d",
            "account_created_at": T0.isoformat(),
            "followers": 1,
        },
        "reports": [],
        "snapshots": [snap],
        "chat_count": 1,
    }
    return json.dumps(detail).encode()


def _chat_json(case_id: str) -> bytes:
    page = {
        "case_id": case_id,
        "total": 1,
        "start": 0,
        "ids": ["m1"],
        "offset_ms": [5],
        "user_ids": ["u"],
        "usernames": ["n"],
        "texts": ["hi"],
        "flagged": [False],
        "next_cursor": None,
    }
    return json.dumps(page).encode()


def test_a_wrong_media_hash_caches_nothing(rig: Rig) -> None:
    rig.hostile.handler = accept_all
    rig.engine.step(T0)  # uploads the two decisions
    rig.engine.config = SyncConfig(prefetch_depth=1)
    rig.hostile.handler = None
    rig.hostile.script = [
        (200, {}, _detail_json("c3")),
        (200, {"Content-Type": "image/jpeg"}, MEDIA + b"tampered"),
    ]
    report = rig.engine.step(T0)
    assert "hash" in report.error
    assert report.prefetched_now == ()
    assert rig.store.case_detail("c3") is None
    assert rig.cache.media_path(MEDIA_SHA) is None
    assert report.next_attempt_at is not None
    rig.hostile.script = [
        (200, {}, _detail_json("c3")),
        (200, {"Content-Type": "image/jpeg"}, MEDIA),
        (200, {}, _chat_json("c3")),
    ]
    ok = rig.engine.step(report.next_attempt_at)
    assert ok.prefetched_now == ("c3",)
    assert rig.store.case_detail("c3") is not None
    assert rig.cache.media_path(MEDIA_SHA) is not None
    assert len(rig.cache.chat_pages("c3")) == 1


def test_clock_skew_is_flagged_and_reported_through_the_callbacks(rig: Rig) -> None:
    reports: list[object] = []
    progress: list[tuple[str, int, int]] = []
    rig.engine.on_report = reports.append
    rig.engine.on_progress = lambda phase, done, total: progress.append((phase, done, total))
    rig.hostile.handler = accept_all
    rig.hostile.date_offset_s = -3600  # the service's clock says an hour earlier
    report = rig.engine.step(T0)
    assert reports == [report]
    assert progress == [("upload", 2, 2)]
    assert report.clock_skew_s is not None
    assert report.clock_skew_s < -3500
    assert report.clock_skew_flagged
    assert float(rig.store.get_state("clock_skew_s") or 0) < -3500
    rig.hostile.date_offset_s = 2
    rig.store.record_decision(draft("c3"))  # something to send, so a new Date header comes
    assert not rig.engine.step(T0).clock_skew_flagged


def test_a_refused_refresh_stops_sync_until_the_next_sign_in(rig: Rig) -> None:
    expired = json.dumps(
        {"type": contract.PROBLEM_TYPES["token_expired"], "title": "expired", "status": 401}
    ).encode()
    rig.hostile.script = [(401, PROBLEM_JSON, expired), (401, PROBLEM_JSON, expired)]
    report = rig.engine.step(T0)
    assert report.auth_expired
    assert "sign in again" in report.error
    assert [s.path for s in rig.hostile.seen] == ["/v1/decisions:batch", "/v1/auth/refresh"]
    later = rig.engine.step(T0 + timedelta(hours=1))
    assert len(rig.hostile.seen) == 2  # nothing more is tried without a session
    assert later.pending == 2
    # signed in again: the same decisions go up
    rig.engine.api.tokens.adopt(token_pair())  # type: ignore[union-attr]
    rig.engine.reset_backoff()
    rig.hostile.handler = accept_all
    assert len(rig.engine.step(T0 + timedelta(hours=1)).synced_now) == 2


def test_a_client_too_old_stops_sync_and_says_so(rig: Rig) -> None:
    rig.hostile.status, rig.hostile.headers = 426, PROBLEM_JSON
    rig.hostile.body = json.dumps(
        {
            "type": contract.PROBLEM_TYPES["client_too_old"],
            "status": 426,
            "min_client_version": "9.0.0",
        }
    ).encode()
    report = rig.engine.step(T0)
    assert report.client_too_old
    assert report.pending == 2
    assert rig.engine.step(T0 + timedelta(days=1)).client_too_old
    assert len(rig.hostile.seen) == 1


def test_with_nothing_to_send_a_heartbeat_tells_online_from_offline(rig: Rig) -> None:
    rig.hostile.handler = accept_all
    assert rig.engine.step(T0).online is True  # the upload
    quiet = rig.engine.step(T0 + timedelta(seconds=1))
    assert quiet.online is True
    assert rig.hostile.seen[-1].path == "/v1/decisions:batch"  # no heartbeat needed yet
    rig.hostile.handler, rig.hostile.mode = None, "drop"
    down = rig.engine.step(T0 + timedelta(minutes=1))
    assert rig.hostile.seen[-1].path == "/v1/info"
    assert down.online is False
    assert down.next_attempt_at is not None
    rig.hostile.handler = accept_all
    back = rig.engine.step(down.next_attempt_at)
    assert back.online is True
    assert back.next_attempt_at is None
    assert back.last_sync_at == down.next_attempt_at


def _endless_chat(repeat: bool) -> object:
    """A chat endpoint whose pages never end (a new cursor each time, or the same one)."""
    count = {"pages": 0}

    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path == "/v1/info":
            return 200, {}, GOOD_INFO
        if seen.path == "/v1/cases/c3":
            return 200, {}, _detail_json("c3")
        if seen.path.startswith("/v1/media/"):
            return 200, {"Content-Type": "image/jpeg"}, MEDIA
        count["pages"] += 1
        page = json.loads(_chat_json("c3"))
        page["next_cursor"] = "again" if repeat else f"p{count['pages']}"
        page["total"] = 10**6
        return 200, {}, json.dumps(page).encode()

    answer.count = count  # type: ignore[attr-defined]
    return answer


@pytest.mark.parametrize(("repeat", "says"), [(True, "repeats"), (False, "does not end")])
def test_a_chat_that_never_ends_is_a_bounded_bad_answer(rig: Rig, repeat: bool, says: str) -> None:
    rig.hostile.handler = accept_all
    rig.engine.step(T0)  # uploads the two decisions
    rig.engine.config = SyncConfig(prefetch_depth=1)
    handler = _endless_chat(repeat)
    rig.hostile.handler = handler  # type: ignore[assignment]
    report = rig.engine.step(T0)
    assert says in report.error
    assert report.prefetched_now == ()
    assert rig.store.case_detail("c3") is None
    pages = handler.count["pages"]  # type: ignore[attr-defined]
    assert pages <= 200_000 // contract.MAX_CHAT_PAGE + 1
    assert report.next_attempt_at is not None


def test_the_detail_of_another_case_is_a_bad_answer(rig: Rig) -> None:
    rig.hostile.handler = accept_all
    rig.engine.step(T0)
    rig.engine.config = SyncConfig(prefetch_depth=1)
    rig.hostile.handler = None
    rig.hostile.script = [(200, {}, _detail_json("c1"))]
    report = rig.engine.step(T0)
    assert "another case" in report.error
    assert rig.store.case_detail("c3") is None
    assert rig.store.case_detail("c1") is None
