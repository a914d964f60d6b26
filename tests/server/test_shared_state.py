"""Nothing that can change lives in one worker's memory: a change in the database shows in
every worker's next answer (three workers on PostgreSQL, one on SQLite)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from devkit.db import write
from devkit.live_service import LiveService


def test_policy_version_and_flagged_terms_are_read_afresh_by_every_worker(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    workers = "1" if service_engine == "sqlite" else "3"
    service = live_service_factory(["--workers", workers])
    token = service.login("moderator1")["access_token"]
    auth = {"Authorization": f"Bearer {token}"}

    def policies() -> list[tuple[str, list[str]]]:
        seen = []
        for _ in range(12):  # a new connection each time: every worker answers some
            doc = httpx.get(service.url("/v1/policies"), headers=auth, timeout=10).json()
            seen.append((doc["version"], doc["flagged_terms"]))
        return seen

    before = policies()
    assert len(set(v for v, _ in before)) == 1
    write(service.database, "UPDATE meta SET value = '2027.01.1' WHERE key = 'policy_version'")
    write(
        service.database,
        "UPDATE meta SET value = ? WHERE key = 'flagged_terms'",
        json.dumps(["newterm"]),
    )
    assert set((v, tuple(t)) for v, t in policies()) == {("2027.01.1", ("newterm",))}
