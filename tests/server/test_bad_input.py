"""Bad input over loopback: every answer is a 4xx problem+json and the database, read
directly from outside the service, is exactly as it was."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import OperationalError

from devkit.live_service import LiveService
from reviewer import contract
from server.app import create_app
from server.config import Settings
from tests.server.helpers import assert_problem, batch, decision, lease, table_snapshot


@pytest.fixture(scope="module")
def session(shared_service: LiveService) -> dict[str, Any]:
    """moderator1 signed in, holding a batch: enough for every valid-looking request."""
    tokens = shared_service.login("moderator1")
    with shared_service.client() as client:
        client.headers["Authorization"] = "Bearer " + tokens["access_token"]
        leased = lease(client, "live-general", size=2)
    return {"token": tokens["access_token"], "cases": [c["case_id"] for c in leased["cases"]]}


@pytest.fixture
def client(shared_service: LiveService, session: dict[str, Any]) -> Iterator[httpx.Client]:
    headers = {"Authorization": "Bearer " + session["token"]}
    with httpx.Client(base_url=shared_service.base_url, headers=headers, timeout=30) as c:
        before = table_snapshot(shared_service.database)
        yield c
        assert table_snapshot(shared_service.database) == before, "a bad request changed the db"


def _post_raw(client: httpx.Client, path: str, content: bytes, **headers: str) -> httpx.Response:
    return client.post(
        path, content=content, headers={"Content-Type": "application/json", **headers}
    )


def test_malformed_json(client: httpx.Client) -> None:
    for raw in (b"{not json", b'{"decisions": [', b"\xff\xfe\x00garbage", b""):
        resp = _post_raw(client, "/v1/decisions:batch", raw)
        assert resp.status_code in (400, 422), raw
        assert resp.headers["content-type"].startswith(contract.PROBLEM_CONTENT_TYPE)


def test_wrong_types_and_missing_fields(client: httpx.Client, session: dict[str, Any]) -> None:
    good = batch(decision(session["cases"][0]))
    variants = [
        {**good, "chain_seq": "seven"},
        {**good, "chain_head": "not-hex"},
        {**good, "decisions": "all of them"},
        {**good, "decisions": []},
        {**good, "decisions": [decision(session["cases"][0])] * 501},
        {**good, "decisions": [{**good["decisions"][0], "handle_time_ms": -1}]},
        {**good, "decisions": [{**good["decisions"][0], "decision_id": "not-a-uuid"}]},
        {**good, "decisions": [{**good["decisions"][0], "decided_at": "2026-11-25T10:00:00"}]},
        {**good, "decisions": [{**good["decisions"][0], "note": "x" * 4001}]},
        {k: v for k, v in good.items() if k != "sent_at"},
        [good],
        "a string",
    ]
    for body in variants:
        resp = client.post("/v1/decisions:batch", json=body)
        problem = assert_problem(resp, 422, "validation-failed")
        assert problem["errors"], body
        assert all("input" not in e for e in problem["errors"])  # no echo of the input


def test_unknown_fields_are_refused(client: httpx.Client, session: dict[str, Any]) -> None:
    item = {**decision(session["cases"][0]), "priority": "high"}
    resp = client.post("/v1/decisions:batch", json=batch(item))
    problem = assert_problem(resp, 422, "validation-failed")
    assert any(e["type"] == "extra_forbidden" for e in problem["errors"])
    assert_problem(
        client.post("/v1/queues/live-general/batches", json={"size": 1, "greedy": True}),
        422,
        "validation-failed",
    )
    assert_problem(
        client.post("/v1/auth/login", json={"username": "a", "password": "b", "otp": "1"}),
        422,
        "validation-failed",
    )


def test_oversized_bodies_declared_or_streamed(
    client: httpx.Client, session: dict[str, Any]
) -> None:
    note = "x" * 1000
    items = [decision(session["cases"][0], note=note) for _ in range(contract.MAX_BATCH_DECISIONS)]
    big = json.dumps(batch(*items)).encode()
    big += b" " * (contract.MAX_REQUEST_BYTES + 1 - len(big))
    assert len(big) > contract.MAX_REQUEST_BYTES
    assert_problem(_post_raw(client, "/v1/decisions:batch", big), 413, "body-too-large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must count the stream
        for start in range(0, len(big), 64 * 1024):
            yield big[start : start + 64 * 1024]

    streamed = client.post(
        "/v1/decisions:batch", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in streamed.request.headers
    assert_problem(streamed, 413, "body-too-large")


def test_unknown_routes_methods_and_missing_auth(
    shared_service: LiveService, client: httpx.Client
) -> None:
    resp = client.get("/v1/no-such-thing")
    assert_problem(resp, 404, "not-found")
    assert "date" in resp.headers
    wrong_method = client.get("/v1/decisions:batch")
    assert_problem(wrong_method, 405, "bad-request")
    assert "POST" in wrong_method.headers["allow"]
    anonymous = httpx.post(
        shared_service.url("/v1/decisions:batch"), json=batch(decision("LV-000001")), timeout=10
    )
    assert_problem(anonymous, 401, "unauthenticated")
    assert_problem(client.get("/v1/decisions", params={"limit": "many"}), 422, "validation-failed")


def test_unhandled_errors_are_500_problems_without_internals() -> None:
    """The one in-process test: a route that fails on purpose cannot exist in the real app."""
    app = create_app(Settings(database_url="sqlite://"))

    @app.get("/v1/explode")
    def explode() -> None:
        raise RuntimeError("secret connection string postgres://admin:hunter2@db")

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
            return await ac.get("/v1/explode")

    resp = asyncio.run(call())
    problem = assert_problem(resp, 500, "server-error")
    assert "hunter2" not in resp.text
    assert "Traceback" not in resp.text
    assert problem["detail"]
    assert "date" in resp.headers


def test_a_locked_database_is_a_503_with_retry_after() -> None:
    app = create_app(Settings(database_url="sqlite://"))

    @app.get("/v1/locked")
    def locked() -> None:
        raise OperationalError("UPDATE cases ...", {}, Exception("database is locked"))

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
            return await ac.get("/v1/locked")

    resp = asyncio.run(call())
    problem = assert_problem(resp, 503, "server-error")
    assert resp.headers["retry-after"] == "2"
    assert problem["retry_after"] == 2.0
    assert "UPDATE" not in resp.text
