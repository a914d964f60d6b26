"""Pulls on PostgreSQL pass over cases another transaction has locked instead of queueing
behind it (``FOR UPDATE SKIP LOCKED``), still never lease a case twice, and a single puller
still gets the cases in priority order (server.domain.priority).

The service runs with a short statement budget: a pull that waited on the held row lock
would run past it and answer 503, so the test needs no clock of its own."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from devkit.live_service import LiveService
from server.domain.leases import lease_is_free
from server.domain.priority import DEFAULT_WEIGHTS, ranking
from server.models.core import Case

QUEUE = "live-general"
PULLERS = ("moderator1", "moderator3", "qa1", "lead1")


def _free_in_order(url: str) -> list[str]:
    """The queue's free cases in the order a pull takes them, as the database holds them (the
    service runs at live speed 1, so the simulation's clock is the real one)."""
    engine = create_engine(url, poolclass=NullPool)
    now = datetime.now(UTC)
    rank = ranking(DEFAULT_WEIGHTS, now, now)
    try:
        with engine.connect() as conn:
            query = (
                select(Case.case_id)
                .outerjoin(rank.recent, rank.recent.c.case_id == Case.case_id)
                .where(Case.queue == QUEUE, lease_is_free(now))
                .order_by(*rank.order)
            )
            return [str(cid) for cid in conn.scalars(query)]
    finally:
        engine.dispose()


def _pull(service: LiveService, token: str, size: int) -> httpx.Response:
    with httpx.Client(
        base_url=service.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60
    ) as client:
        return client.post(f"/v1/queues/{QUEUE}/batches", json={"size": size})


def test_pulls_skip_a_locked_case_and_never_share_one(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("row locks are PostgreSQL's; SQLite has one writer at a time")
    service = live_service_factory(["--statement-timeout", "2"])
    assert isinstance(service.database, str)
    url = service.database
    tokens = {u: service.login(u)["access_token"] for u in ("moderator2", *PULLERS)}
    free = _free_in_order(url)
    assert len(free) >= 12

    # Another transaction holds the first free case's row lock for the whole test.
    holder = create_engine(url, poolclass=NullPool)
    try:
        with holder.connect() as conn:
            conn.execute(
                text("SELECT case_id FROM cases WHERE case_id = :c FOR UPDATE"), {"c": free[0]}
            )
            # A single puller gets the cases in priority order, the locked one passed over.
            first = _pull(service, tokens["moderator2"], 3)
            assert first.status_code == 200, first.text
            assert [c["case_id"] for c in first.json()["cases"]] == free[1:4]

            # Several pullers at once (the lock still held): disjoint batches.
            answers: dict[str, httpx.Response] = {}
            start = threading.Barrier(len(PULLERS))

            def pull(user: str) -> None:
                start.wait()
                answers[user] = _pull(service, tokens[user], 2)

            threads = [threading.Thread(target=pull, args=(u,)) for u in PULLERS]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            conn.rollback()
    finally:
        holder.dispose()

    taken: list[str] = [c["case_id"] for c in first.json()["cases"]]
    for user, resp in answers.items():
        assert resp.status_code == 200, (user, resp.text)
        taken += [c["case_id"] for c in resp.json()["cases"]]
    assert [c for c, n in Counter(taken).items() if n > 1] == []
    assert free[0] not in taken
    assert len(taken) == 3 + 2 * len(PULLERS)
    # Every case handed out is the first still free: none beyond what was needed.
    assert set(taken) == set(free[1 : 1 + len(taken)])
    # Once the lock is gone the skipped case is leased to the next puller, first in its batch.
    again = _pull(service, tokens["moderator2"], 1)
    assert [c["case_id"] for c in again.json()["cases"]] == [free[0]]
