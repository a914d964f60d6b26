"""Helpers for the sync tests: a desk (client, store, engine), decisions, rows on the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from devkit.clients import draft, live_queue, sign_in
from devkit.db import open_service_db
from devkit.live_service import LiveService
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.store.rows import RecordedDecision
from reviewer.sync import SyncConfig, SyncEngine
from server.models.core import Case, Decision


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


def decide(
    desk: Desk, case_id: str, action: str = "no_violation", supersedes: str | None = None
) -> RecordedDecision:
    return desk.store.record_decision(
        draft(case_id, desk.policy_version, action, supersedes, handle_time_ms=900)
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
    with open_service_db(service.db_path) as db:
        return db.decision_row_counts(decision_ids)


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


def client_current_decisions(store: Store, case_ids: list[str]) -> dict[str, str | None]:
    """Each case's current decision as the desk sees it: its last decision, None if retracted."""
    current: dict[str, str | None] = {}
    for case_id in case_ids:
        rows = store.case_decisions(case_id)
        if rows:
            current[case_id] = None if rows[-1].action == "retract" else rows[-1].decision_id
    return current


def service_current_decisions(service: LiveService, case_ids: list[str]) -> dict[str, str | None]:
    """Each case's current decision as the service stored it (its cases table)."""
    statement = select(Case.case_id, Case.current_decision).where(Case.case_id.in_(case_ids))
    with open_service_db(service.db_path) as db:
        return {str(c): (None if d is None else str(d)) for c, d in db.select(statement)}


def service_live_decision_counts(service: LiveService, case_ids: list[str]) -> dict[str, int]:
    """Per case, decisions on the service that are neither retracts nor superseded.

    More than one on a case is a doubled decision: something the service counts twice.
    """
    statement = (
        select(Decision.case_id, func.count())
        .where(Decision.case_id.in_(case_ids))
        .where(Decision.superseded_by.is_(None))
        .where(Decision.action != "retract")
        .group_by(Decision.case_id)
    )
    with open_service_db(service.db_path) as db:
        return {str(c): int(n) for c, n in db.select(statement)}
