"""What an operator sees, against the real service on both engines: the health and readiness
probes, request ids in answers, problems and the JSON access log, and the Prometheus metrics
of every worker at /internal/metrics (loopback or the operator token only)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from devkit.db import write
from devkit.live_service import LiveService
from server import migrations
from tests.server.helpers import assert_problem, decision, lease, upload

OPERATOR_TOKEN = "op-" + "7" * 40


def _metric(text: str, name: str, **labels: str) -> float:
    """The sum of a metric's samples whose labels include ``labels`` (0 when none)."""
    total = 0.0
    for line in text.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if match is None or match.group(1) != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2) or ""))
        if all(found.get(k) == v for k, v in labels.items()):
            total += float(match.group(3))
    return total


def test_health_and_readiness(live_service: LiveService) -> None:
    health = httpx.get(live_service.url("/healthz"), timeout=10)
    assert health.status_code == 200
    assert health.json() == {"status": "ok"}
    ready = httpx.get(live_service.url("/readyz"), timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json() == {"status": "ready", "schema": migrations.head()}

    # The schema moved on under a running service (another version migrated it): not ready.
    write(live_service.database, "UPDATE alembic_version SET version_num = '9999_future'")
    stale = httpx.get(live_service.url("/readyz"), timeout=10)
    body = assert_problem(stale, 503, "server-error")
    assert "9999_future" in body["detail"]
    assert migrations.head() in body["detail"]
    assert stale.headers["Retry-After"]
    assert httpx.get(live_service.url("/healthz"), timeout=10).status_code == 200


def test_every_answer_and_problem_carries_the_request_id(shared_service: LiveService) -> None:
    sent = httpx.get(
        shared_service.url("/v1/no-such-thing"), headers={"X-Request-ID": "desk-42.a_b"}, timeout=10
    )
    body = assert_problem(sent, 404, "not-found")
    assert body["request_id"] == "desk-42.a_b" == sent.headers["X-Request-ID"]

    # Not a short token: replaced, so nothing a client writes reaches the logs verbatim.
    odd = httpx.post(
        shared_service.url("/v1/auth/login"),
        json={"username": "nobody-here", "password": "x"},
        headers={"X-Request-ID": 'a b; forged="yes"'},
        timeout=10,
    )
    body = assert_problem(odd, 401, "invalid-credentials")
    assert re.fullmatch(r"[0-9a-f]{32}", body["request_id"])
    assert odd.headers["X-Request-ID"] == body["request_id"]

    # Problems made before any routing (a client too old) and by the fast reads carry it too.
    old = httpx.get(
        shared_service.url("/v1/me"),
        headers={"X-Reviewer-Client": "0.0.1", "X-Request-ID": "old-1"},
        timeout=10,
    )
    assert assert_problem(old, 426, "client-too-old")["request_id"] == "old-1"
    with shared_service.client("moderator2") as client:
        missing = client.get("/v1/cases/no-such-case", headers={"X-Request-ID": "fast-1"})
    assert assert_problem(missing, 404, "not-found")["request_id"] == "fast-1"


def test_json_access_log_names_each_request(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--access-log"])
    httpx.get(service.url("/v1/info"), headers={"X-Request-ID": "log-me-1"}, timeout=10)
    with service.client("moderator2") as client:
        case_id = lease(client, size=1)["cases"][0]["case_id"]
        assert client.get(f"/v1/cases/{case_id}").status_code == 200
    service.stop()
    lines = [json.loads(x) for x in service.log_tail(100_000).splitlines() if x.startswith("{")]
    info = [x for x in lines if x.get("request_id") == "log-me-1"]
    assert len(info) == 1
    assert info[0]["route"] == "/v1/info"
    assert info[0]["status"] == 200
    assert info[0]["method"] == "GET"
    assert info[0]["duration_ms"] >= 0
    detail = [x for x in lines if x.get("path") == f"/v1/cases/{case_id}"]
    assert [x["route"] for x in detail] == ["/v1/cases/{case_id}"]


def test_metrics_count_requests_leases_decisions_and_failed_sign_ins(
    live_service: LiveService,
) -> None:
    with live_service.client("moderator2") as client:
        cases = [c["case_id"] for c in lease(client, size=3)["cases"]]
        for case_id in cases:
            assert client.get(f"/v1/cases/{case_id}").status_code == 200
        results = upload(client, decision(cases[0]), decision(cases[1]))
        assert [r["status"] for r in results] == ["accepted", "accepted"]
    wrong = httpx.post(
        live_service.url("/v1/auth/login"),
        json={"username": "moderator2", "password": "wrong"},
        timeout=10,
    )
    assert wrong.status_code == 401

    scraped = httpx.get(live_service.url("/internal/metrics"), timeout=10)
    assert scraped.status_code == 200
    assert scraped.headers["content-type"].startswith("text/plain")
    text = scraped.text
    duration = "reviewer_http_request_duration_seconds_count"
    assert _metric(text, duration, route="/v1/cases/{case_id}", method="GET", status="200") == 3
    assert _metric(text, duration, route="/v1/queues/{queue_id}/batches", status="200") == 1
    assert _metric(text, duration, route="/v1/decisions:batch", status="200") == 1
    assert _metric(text, "reviewer_leases_total") == 3
    assert _metric(text, "reviewer_decisions_total", result="accepted") == 2
    assert _metric(text, "reviewer_signin_failures_total", reason="credentials") == 1
    # Route templates only: no label holds a case id.
    assert not any(case_id in text for case_id in cases)


def test_metrics_are_refused_off_loopback_without_the_operator_token(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    token_file = tmp_path / "operator-token"
    token_file.write_text(OPERATOR_TOKEN + "\n")
    # Loopback is a trusted proxy here, so X-Forwarded-For makes the caller a remote one.
    service = live_service_factory(
        ["--trusted-proxy", "127.0.0.1", "--operator-token-file", str(token_file)]
    )
    remote = {"X-Forwarded-For": "203.0.113.9"}
    refused = httpx.get(service.url("/internal/metrics"), headers=remote, timeout=10)
    assert_problem(refused, 403, "forbidden")
    wrong = httpx.get(
        service.url("/internal/metrics"),
        headers={**remote, "Authorization": "Bearer " + "8" * 43},
        timeout=10,
    )
    assert_problem(wrong, 403, "forbidden")
    allowed = httpx.get(
        service.url("/internal/metrics"),
        headers={**remote, "Authorization": "Bearer " + OPERATOR_TOKEN},
        timeout=10,
    )
    assert allowed.status_code == 200
    assert "reviewer_http_request_duration_seconds" in allowed.text
    # The proxy's own loopback connection, with no header, is loopback.
    assert httpx.get(service.url("/internal/metrics"), timeout=10).status_code == 200


def test_one_scrape_counts_every_worker(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("several workers need PostgreSQL")
    service = live_service_factory(["--workers", "3"])
    sent = 30
    for _ in range(sent):  # a new connection each time, so the workers share them out
        assert httpx.get(service.url("/healthz"), timeout=10).status_code == 200
    text = httpx.get(service.url("/internal/metrics"), timeout=10).text
    counted = _metric(
        text, "reviewer_http_request_duration_seconds_count", route="/healthz", status="200"
    )
    assert counted == sent
