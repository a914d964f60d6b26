"""Every request field at its extremes, over loopback on both engines: integers past 64 bits,
negative and huge sequence numbers, datetimes at the calendar's edges in any UTC offset,
NUL bytes and lone surrogates, unknown and repeated keys, deep or wide JSON, forged cursors.
Each answer is a 4xx problem+json and the database, read from outside, is unchanged."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from devkit.live_service import LiveService
from reviewer import contract
from tests.server.helpers import batch, decision, lease, table_snapshot

HUGE = [contract.MAX_SEQ + 1, 2**63, 2**64, 10**30, -1, -(2**63) - 1]
EDGE_TIMES = [
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:30:00+00:59",
    "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59.999999Z",
    "1969-12-31T23:59:59Z",
    "2026-02-30T10:00:00Z",
]


@pytest.fixture(scope="module")
def session(shared_service: LiveService) -> dict[str, Any]:
    """moderator1 signed in, holding a batch of two cases."""
    tokens = shared_service.login("moderator1")
    with shared_service.client() as client:
        client.headers["Authorization"] = "Bearer " + tokens["access_token"]
        leased = lease(client, "live-general", size=2)
    return {
        "token": tokens["access_token"],
        "batch": leased["batch_id"],
        "cases": [c["case_id"] for c in leased["cases"]],
    }


@pytest.fixture
def client(shared_service: LiveService, session: dict[str, Any]) -> Iterator[httpx.Client]:
    # a new connection each time: after a 500 the service may drop the one it answered on
    headers = {"Authorization": "Bearer " + session["token"], "Connection": "close"}
    with httpx.Client(base_url=shared_service.base_url, headers=headers, timeout=30) as c:
        before = table_snapshot(shared_service.database)
        yield c
        assert table_snapshot(shared_service.database) == before, "a bad request changed the db"


class Refusals:
    """Every answer of a test must be a 4xx problem; all that were not are listed at once."""

    def __init__(self) -> None:
        self.wrong: list[str] = []

    def __call__(self, resp: httpx.Response, what: object) -> None:
        problem = resp.headers.get("content-type", "").startswith(contract.PROBLEM_CONTENT_TYPE)
        if not (400 <= resp.status_code < 500 and problem):
            self.wrong.append(f"{what!r:.120}: {resp.status_code} {resp.text[:160]}")


@pytest.fixture
def refused() -> Iterator[Refusals]:
    check = Refusals()
    yield check
    assert not check.wrong, f"{len(check.wrong)} answers were not 4xx problems:\n" + "\n".join(
        check.wrong
    )


def _post_raw(client: httpx.Client, path: str, raw: bytes) -> httpx.Response:
    return client.post(path, content=raw, headers={"Content-Type": "application/json"})


def test_integers_past_their_columns(
    client: httpx.Client, session: dict[str, Any], refused: Refusals
) -> None:
    case = session["cases"][0]
    for value in HUGE:
        for body in (
            batch(decision(case), chain_seq=value),
            batch(decision(case, audit_seq=value)),
            batch(decision(case, handle_time_ms=value)),
        ):
            refused(client.post("/v1/decisions:batch", json=body), body)
        refused(client.post("/v1/queues/live-general/batches", json={"size": value}), value)
        for path in ("/v1/decisions", f"/v1/cases/{case}/chat", "/v1/audit/decisions"):
            refused(client.get(path, params={"limit": str(value)}), (path, value))
        refused(client.get("/v1/audit/chains/moderator1", params={"seq": value}), value)


def test_datetimes_at_the_edges_of_the_calendar(
    client: httpx.Client, session: dict[str, Any], refused: Refusals
) -> None:
    case = session["cases"][0]
    for when in EDGE_TIMES:
        item = decision(case, decided_at=when)
        refused(client.post("/v1/decisions:batch", json=batch(item)), when)
        sent = {**batch(decision(case)), "sent_at": when}
        refused(client.post("/v1/decisions:batch", json=sent), when)
        for name in ("since", "until"):
            refused(client.get("/v1/decisions", params={name: when}), (name, when))
        refused(client.get("/v1/metrics", params={"from": when}), ("from", when))


def test_strings_empty_oversized_nul_and_lone_surrogates(
    client: httpx.Client, session: dict[str, Any], refused: Refusals
) -> None:
    case = session["cases"][0]
    for field, value in (
        ("note", "x" * (contract.MAX_NOTE_CHARS + 1)),
        ("note", "nul \x00 inside"),
        ("policy_version", ""),
        ("policy_version", "v\x00"),
        ("case_id", ""),
        ("case_id", "x" * 65),
    ):
        item = {**decision(case), field: value}
        refused(client.post("/v1/decisions:batch", json=batch(item)), (field, value))
    raw = json.dumps(batch(decision(case, note="NOTE"))).replace("NOTE", "\\ud800 alone")
    refused(_post_raw(client, "/v1/decisions:batch", raw.encode()), "lone surrogate")
    device = {**batch(decision(case)), "device_id": "d\x00"}
    refused(client.post("/v1/decisions:batch", json=device), "nul device")
    for path in (f"/v1/cases/{case}%00", "/v1/cases/%ED%A0%80", "/v1/decisions/%00"):
        refused(client.get(path), path)
    for params in ({"moderator": "a\x00"}, {"queue": "\x00"}, {"case_id": "LV\x00"}):
        refused(client.get("/v1/decisions", params=params), params)


def test_unknown_and_repeated_keys(
    client: httpx.Client, session: dict[str, Any], refused: Refusals
) -> None:
    body = json.dumps(batch(decision(session["cases"][0])))
    repeated = body.replace('"chain_seq": 1', '"chain_seq": 1, "chain_seq": 2')
    assert repeated != body
    refused(_post_raw(client, "/v1/decisions:batch", repeated.encode()), "repeated key")
    inner = body.replace('"audit_seq": 1', '"audit_seq": 1, "audit_seq": 1')
    refused(_post_raw(client, "/v1/decisions:batch", inner.encode()), "repeated inner key")
    refused(_post_raw(client, "/v1/queues/live-general/batches", b'{"size": 1, "size": 1}'), "size")
    refused(client.post("/v1/queues/live-general/batches", json={"size": 1, "x": 1}), "unknown")
    twice = client.get("/v1/decisions", params=[("limit", "1"), ("limit", "500")])
    refused(twice, "a query parameter twice")


def test_deep_and_wide_json(
    client: httpx.Client, session: dict[str, Any], refused: Refusals
) -> None:
    for depth in (40, 1000, 100_000):
        deep = b"[" * depth + b"]" * depth
        refused(_post_raw(client, "/v1/decisions:batch", deep), depth)
        nested = b'{"a":' * depth + b"1" + b"}" * depth
        refused(_post_raw(client, "/v1/queues/live-general/batches", nested), depth)
    many = [f"LV-{i:06d}" for i in range(50_000)]
    release = client.post(f"/v1/batches/{session['batch']}/release", json={"case_ids": many})
    refused(release, "50,000 case ids")
    wide = {**batch(decision(session["cases"][0])), "decisions": [{}] * 100_000}
    refused(client.post("/v1/decisions:batch", json=wide), "100,000 items")


def _cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode()


def test_any_cursor(client: httpx.Client, session: dict[str, Any], refused: Refusals) -> None:
    case = session["cases"][0]
    forged = [
        _cursor("chat:" + "9" * 30),
        _cursor("chat:" + str(2**63)),
        _cursor("chat:-5"),
        _cursor("dec:" + "9" * 30),
        _cursor("dec:" + str(2**64)),
        _cursor("dec:1e9"),
        _cursor("dec:\x00"),
        "%%%",
        "=" * 10,
        "\x00",
        "A",
    ]
    for cursor in forged:
        for path in (f"/v1/cases/{case}/chat", "/v1/decisions", "/v1/audit/decisions"):
            refused(client.get(path, params={"cursor": cursor}), (path, cursor))
