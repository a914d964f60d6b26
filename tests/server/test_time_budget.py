"""The statement time budget on both engines: a statement that runs past it is stopped by
the database (PostgreSQL's statement_timeout, SQLite's progress handler) and the request
answers 503 with Retry-After, not 500; quick statements and their commits are untouched."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from devkit import postgres
from server.app import create_app
from server.config import Settings
from server.security import DbSession
from tests.server.helpers import assert_problem

# A statement that takes seconds on either engine: a recursive count to fifty million.
_SLOW = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
    "SELECT count(*) FROM n"
)


@pytest.fixture
def database_url(service_engine: str, tmp_path: Path) -> Iterator[str]:
    if service_engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'budget.sqlite3'}"
        return
    base = postgres.cluster_url()
    assert base is not None
    url = postgres.create_database(base, prefix="budget")
    yield url
    postgres.drop_database(url)


def _call(url: str, budget: float, path: str) -> httpx.Response:
    app = create_app(Settings(database_url=url, statement_timeout_seconds=budget))

    @app.get("/v1/slow")
    def slow(session: DbSession) -> dict[str, int]:
        return {"n": int(session.execute(_SLOW).scalar_one())}

    @app.get("/v1/quick")
    def quick(session: DbSession) -> dict[str, int]:
        value = session.execute(text("SELECT 1")).scalar_one()
        session.commit()
        return {"n": int(value)}

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
            return await ac.get(path)

    try:
        return asyncio.run(call())
    finally:
        app.state.service.engine.dispose()  # no lifespan runs under ASGITransport


def test_a_statement_past_the_budget_is_a_503_with_retry_after(database_url: str) -> None:
    resp = _call(database_url, 0.2, "/v1/slow")
    problem = assert_problem(resp, 503, "server-error")
    assert resp.headers["retry-after"] == "2"
    assert "time budget" in problem["detail"]
    assert "RECURSIVE" not in resp.text


def test_quick_statements_are_untouched(database_url: str) -> None:
    resp = _call(database_url, 0.2, "/v1/quick")
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"n": 1}
