"""The hot-read layer (server.fastpath) answers exactly as the FastAPI routes do.

Two apps over one real SQLite file, one with the layer and one without, get the same
requests (with one request id): every answer must be the same status, headers (but Date) and
bytes, for callers
in and out of scope, without a token or with a bad one, and for malformed paths and
queries (which the layer leaves to the routes)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import DEMO_PASSWORDS, copy_database
from server.app import create_app
from server.config import Settings, sqlite_url

Answer = tuple[int, list[tuple[str, str]], bytes]


def _answer(resp: httpx.Response) -> Answer:
    headers = sorted((k, v) for k, v in resp.headers.items() if k != "date")
    return resp.status_code, headers, resp.content


async def _both(db: Path) -> list[tuple[str, Answer, Answer]]:
    # Live streams stand still (a tiny live_speed): a live chat that grew between the two
    # apps' answers made them differ by a few messages on a loaded machine.
    frozen = 1e-9
    settings = Settings(database_url=sqlite_url(db), live_speed=frozen)
    fast = create_app(settings)
    plain = create_app(Settings(database_url=sqlite_url(db), fast_reads=False, live_speed=frozen))
    out: list[tuple[str, Answer, Answer]] = []
    # one request id for both, so that the X-Request-ID header and problem bodies compare
    same = {"X-Request-ID": "compare-1"}
    async with (
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=fast), base_url="http://t", headers=same
        ) as f,
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=plain), base_url="http://t", headers=same
        ) as p,
    ):

        async def login(user: str) -> dict[str, str]:
            body = {"username": user, "password": DEMO_PASSWORDS[user]}
            resp = await p.post("/v1/auth/login", json=body)
            assert resp.status_code == 200, resp.text
            return {"Authorization": "Bearer " + resp.json()["access_token"]}

        holder = await login("moderator3")
        leased = await p.post("/v1/queues/live-general/batches", json={"size": 1}, headers=holder)
        case_id = leased.json()["cases"][0]["case_id"]
        detail = (await p.get(f"/v1/cases/{case_id}", headers=holder)).json()
        sha = detail["snapshots"][0]["sha256"]
        first = (await p.get(f"/v1/cases/{case_id}/chat?limit=3", headers=holder)).json()
        callers: dict[str, dict[str, str]] = {
            "holder": holder,
            "qa1": await login("qa1"),
            "lead1": await login("lead1"),
            "admin1": await login("admin1"),
            "no token": {},
            "unknown token": {"Authorization": "Bearer not-a-token"},
            "not bearer": {"Authorization": "Basic eDp5"},
        }
        paths = [
            f"/v1/cases/{case_id}",
            f"/v1/cases/{case_id}?unused=1",
            "/v1/cases/LV-no-such-case",
            "/v1/cases/" + "x" * 65,
            f"/v1/cases/{case_id}/",
            f"/v1/cases/{case_id}/chat",
            f"/v1/cases/{case_id}/chat?limit=3",
            f"/v1/cases/{case_id}/chat?limit=3&cursor={first['next_cursor']}",
            f"/v1/cases/{case_id}/chat?limit=0003",
            f"/v1/cases/{case_id}/chat?limit=0",
            f"/v1/cases/{case_id}/chat?limit=5001",
            f"/v1/cases/{case_id}/chat?limit=abc",
            f"/v1/cases/{case_id}/chat?limit=",
            f"/v1/cases/{case_id}/chat?limit=2&limit=4",
            f"/v1/cases/{case_id}/chat?cursor=",
            f"/v1/cases/{case_id}/chat?cursor=garbage",
            f"/v1/cases/{case_id}/chat?cursor=" + "a" * 201,
            f"/v1/media/{sha}",
            f"/v1/media/{sha}/",
            "/v1/media/" + "0" * 64,
            "/v1/media/not-a-hash",
            "/v1/media/" + sha.upper(),
        ]
        for who, headers in callers.items():
            for path in paths:
                for extra in ({}, {"If-None-Match": f'"{sha}"'}):
                    sent: dict[str, Any] = {**headers, **extra}
                    label = f"{who} GET {path} {extra}"
                    out.append(
                        (
                            label,
                            _answer(await f.get(path, headers=sent)),
                            _answer(await p.get(path, headers=sent)),
                        )
                    )
            head = f"/v1/media/{sha}"
            out.append(
                (
                    f"{who} HEAD {head}",
                    _answer(await f.head(head, headers=headers)),
                    _answer(await p.head(head, headers=headers)),
                )
            )
    return out


def test_the_fast_path_answers_exactly_as_the_routes(
    tmp_path: Path, live_service_template: Path
) -> None:
    db = copy_database(live_service_template, tmp_path / "db.sqlite3")
    compared = asyncio.run(_both(db))
    assert len(compared) > 300
    for label, fast, plain in compared:
        assert fast == plain, label
    statuses = {fast[0] for _label, fast, _plain in compared}
    assert {200, 304, 307, 400, 401, 404, 405, 422} <= statuses
