"""Report tokens: issued by an admin only, accepted by ``GET /v1/reports/weekly`` and
refused by every other route that needs a sign-in, revocable at once and expiring."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from devkit.db import write
from devkit.live_service import LiveService
from server.app import create_app
from server.config import Settings
from tests.server.audit_kit import Clients, shared_week_service
from tests.server.helpers import assert_problem

WEEKLY = "/v1/reports/weekly"
PARAMS = {"week": "2026-W47", "vendor": "northdesk"}


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    return shared_week_service(request, tmp_path_factory, live_service_template)


def _issue(users: Clients, days: int = 30) -> dict[str, str]:
    resp = users["admin1"].post("/v1/admin/report-tokens", json={"expires_in_days": days})
    assert resp.status_code == 201, resp.text
    body: dict[str, str] = resp.json()
    return body


def _with(service: LiveService, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=service.base_url, headers={"Authorization": "Bearer " + token}, timeout=10.0
    )


def test_only_an_admin_issues_lists_and_revokes(week: tuple[LiveService, Clients]) -> None:
    _service, users = week
    for name in ("moderator1", "qa1", "lead1"):
        client = users[name]
        assert_problem(client.post("/v1/admin/report-tokens", json={}), 403, "forbidden")
        assert_problem(client.get("/v1/admin/report-tokens"), 403, "forbidden")
        assert_problem(client.delete("/v1/admin/report-tokens/rt-x"), 403, "forbidden")
    issued = _issue(users)
    listed = users["admin1"].get("/v1/admin/report-tokens").json()["items"]
    assert issued["token_id"] in {t["token_id"] for t in listed}
    assert all("token" not in t for t in listed)


def test_a_report_token_reads_the_report_and_nothing_else(
    week: tuple[LiveService, Clients],
) -> None:
    service, users = week
    issued = _issue(users)
    with _with(service, issued["token"]) as job:
        got = job.get(WEEKLY, params=PARAMS)
        assert got.status_code == 200, got.text
        assert got.json()["current"] == users["admin1"].get(WEEKLY, params=PARAMS).json()["current"]
        # every route that refuses an anonymous caller refuses the report token too
        doc = create_app(Settings(database_url="sqlite://")).openapi()
        checked = 0
        with httpx.Client(base_url=service.base_url, timeout=10.0) as anonymous:
            for path, methods in doc["paths"].items():
                if path == WEEKLY:
                    continue
                url = re.sub(r"\{[^}]+\}", "x", path)
                for method in methods:
                    if anonymous.request(method.upper(), url).status_code != 401:
                        continue  # open routes (info, sign-in, probes)
                    resp = job.request(method.upper(), url)
                    assert resp.status_code == 401, (method, path, resp.text)
                    checked += 1
        assert checked > 20


def test_revoked_and_expired_tokens_are_refused(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    revoked, expired = _issue(users), _issue(users, days=1)
    resp = users["admin1"].delete(f"/v1/admin/report-tokens/{revoked['token_id']}")
    assert resp.status_code == 204, resp.text
    with _with(service, revoked["token"]) as job:
        assert_problem(job.get(WEEKLY, params=PARAMS), 401, "unauthenticated")
    listed = {
        t["token_id"]: t for t in users["admin1"].get("/v1/admin/report-tokens").json()["items"]
    }
    assert listed[revoked["token_id"]]["revoked_at"] is not None
    write(
        service.db_path,
        "UPDATE tokens SET expires_at = ? WHERE session_id = ?",
        "2020-01-01 00:00:00.000000",
        expired["token_id"],
    )
    with _with(service, expired["token"]) as job:
        assert_problem(job.get(WEEKLY, params=PARAMS), 401, "token-expired")
    assert_problem(users["admin1"].delete("/v1/admin/report-tokens/rt-none"), 404, "not-found")
