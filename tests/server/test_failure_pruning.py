"""Failed sign-ins older than the throttle's window are pruned: on a failure's own write, at
most once a minute per worker, in bounded batches, oldest first. Rows still inside the
window stay (the throttles count them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from devkit.db import rows, write
from devkit.live_service import LiveService
from server.routes.auth import prune_failures

_INSERT = "INSERT INTO login_failures (username, at, address) VALUES (?, {at}, '10.9.9.9')"


def _add_failure(db: Path | str, username: str, at: datetime) -> None:
    """A stored failure at ``at`` (a literal both engines read as a timestamp)."""
    stamp = at.astimezone(UTC).strftime("'%Y-%m-%d %H:%M:%S.%f'")
    write(db, _INSERT.format(at=stamp), username)


def _names(db: Path | str) -> list[str]:
    return [name for (name,) in rows(db, "SELECT username FROM login_failures ORDER BY 1")]


def test_a_failed_signin_prunes_failures_older_than_the_window_once_a_minute(
    live_service: LiveService,
) -> None:
    db = live_service.database
    now = datetime.now(UTC)
    _add_failure(db, "old-1", now - timedelta(days=3))
    _add_failure(db, "old-2", now - timedelta(seconds=301))  # the window is 300 s
    _add_failure(db, "recent-1", now - timedelta(seconds=200))
    _add_failure(db, "recent-2", now - timedelta(seconds=5))

    def fail(user: str) -> None:
        answer = httpx.post(
            live_service.url("/v1/auth/login"),
            json={"username": user, "password": "wrong"},
            timeout=30,
        )
        assert answer.status_code == 401

    fail("flood-1")
    assert _names(db) == ["flood-1", "recent-1", "recent-2"]
    _add_failure(db, "old-3", now - timedelta(days=1))
    fail("flood-2")  # within the minute: no second prune
    assert _names(db) == ["flood-1", "flood-2", "old-3", "recent-1", "recent-2"]


def test_a_prune_deletes_a_bounded_batch_oldest_first(
    live_service_factory: Callable[..., LiveService],
) -> None:
    db = live_service_factory(start=False).database
    now = datetime.now(UTC)
    for n in range(5):
        _add_failure(db, f"old-{n}", now - timedelta(hours=10 - n))  # old-0 the oldest
    _add_failure(db, "recent", now - timedelta(seconds=10))
    url = db if isinstance(db, str) else f"sqlite:///{db}"
    engine = create_engine(url, poolclass=NullPool)
    try:
        with Session(engine) as session:
            assert prune_failures(session, now - timedelta(seconds=300), batch=2) == 2
            session.commit()
        assert _names(db) == ["old-2", "old-3", "old-4", "recent"]
        with Session(engine) as session:
            assert prune_failures(session, now - timedelta(seconds=300), batch=10) == 3
            session.commit()
    finally:
        engine.dispose()
    assert _names(db) == ["recent"]
