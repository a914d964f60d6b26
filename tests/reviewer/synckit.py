"""Helpers for the sync tests: a signed-in client, an engine, decisions, counting on the service."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from devkit.live_service import DEMO_PASSWORDS, LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.store.rows import DecisionDraft, RecordedDecision
from reviewer.sync import SyncConfig, SyncEngine


@dataclass
class Desk:
    """One moderator's client: token manager, API client, store and engine."""

    api: ApiClient
    tokens: TokenManager
    store: Store
    engine: SyncEngine
    policy_version: str

    def close(self) -> None:
        self.store.close()
        self.api.close()


def sign_in(
    base_url: str, user: str = "moderator1", **api_kw: Any
) -> tuple[ApiClient, TokenManager]:
    tokens = TokenManager(base_url, MemoryVault())
    api = ApiClient(base_url, tokens=tokens, **api_kw)
    tokens.sign_in(api, user, DEMO_PASSWORDS[user])
    return api, tokens


def make_desk(
    service: LiveService,
    store_path: Path,
    user: str = "moderator1",
    *,
    cache: Any = None,
    via: str | None = None,
    **config: Any,
) -> Desk:
    """A signed-in desk on the service (``via`` another URL, e.g. a proxy in front of it)."""
    api, tokens = sign_in(via or service.base_url, user, deadline_s=10)
    version = api.policies().version
    queue = config.pop("queue", None) or live_queue(api)
    store = Store.open(store_path)
    engine = SyncEngine(store, api, cache, SyncConfig(queue=queue, device_id=user, **config))
    return Desk(api, tokens, store, engine, version)


def live_queue(api: ApiClient) -> str:
    """The deepest live queue of the seeded service."""
    queues = [q for q in api.queues().queues if q.kind == "live"]
    return max(queues, key=lambda q: q.depth).id


def decide(
    desk: Desk, case_id: str, action: str = "no_violation", supersedes: str | None = None
) -> RecordedDecision:
    return desk.store.record_decision(
        DecisionDraft(
            case_id=case_id,
            action=action,
            policy_codes=(),
            note="",
            escalation_reason="",
            supersedes=supersedes,
            policy_version=desk.policy_version,
            handle_time_ms=900,
        )
    )


def drain(desk: Desk, now: datetime | None = None, rounds: int = 50) -> None:
    """Step until the outbox is empty (or it is clear it will not empty)."""
    for _ in range(rounds):
        report = desk.engine.step(now or datetime.now(UTC))
        if report.next_attempt_at is not None:
            raise AssertionError(f"sync failed: {report.error}")
        if report.pending == 0:
            return
    raise AssertionError("outbox did not drain")


def service_rows(service: LiveService, decision_ids: list[str]) -> dict[str, int]:
    """How many rows the service's own database holds per decision id (read from its file)."""
    conn = sqlite3.connect(f"file:{service.db_path}?mode=ro", uri=True)
    try:
        marks = ",".join("?" for _ in decision_ids)
        rows = conn.execute(
            f"SELECT decision_id, count(*) FROM decisions WHERE decision_id IN ({marks})"
            " GROUP BY decision_id",
            decision_ids,
        ).fetchall()
    finally:
        conn.close()
    return {r[0]: r[1] for r in rows}


def service_history_ids(api: ApiClient) -> list[str]:
    """Every decision id the service lists for this user, all pages."""
    ids: list[str] = []
    cursor: str | None = None
    while True:
        page = api.decisions(cursor=cursor, limit=500)
        ids.extend(d.decision_id for d in page.items)
        cursor = page.next_cursor
        if not cursor:
            return ids
