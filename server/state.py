"""Per-app state shared by the route handlers, and the request-scoped session dependency."""

from __future__ import annotations

import functools
import inspect
import json
import os
import resource
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
from anyio import CapacityLimiter
from fastapi import Request
from fastapi.routing import APIRoute
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from server.config import Settings, pool_size
from server.content import ContentCache
from server.domain import live
from server.domain.follow import FollowPoller
from server.domain.live import LiveClock
from server.hash_slots import HashSlots
from server.models.core import Meta

if TYPE_CHECKING:
    from reviewer import contract

T = TypeVar("T")

#: meta values that never change once seeded, so one process may keep them; anything else
#: (the policy version, the flagged terms) is read from the database on every request, so
#: every worker answers the same a moment after a change
_IMMUTABLE_META = frozenset({"token_secret", "seeded_at"})


@dataclass
class ServiceState:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    _meta: dict[str, str] = field(default_factory=dict)
    _lock: Lock = field(default_factory=Lock)
    _last_prune: float | None = None
    #: sha256 -> (content type, bytes)
    media: ContentCache[str, tuple[str, bytes]] = field(init=False)
    #: (case id, content version) -> the fixed part of the case's wire form (its queue,
    #: status, escalation and chat count are not kept: they change without a new version,
    #: and every request reads them afresh)
    cases: ContentCache[tuple[str, int], contract.CaseDetail] = field(init=False)

    #: sign-ins of this worker that may hold or wait for a shared hashing slot (waiting
    #: here holds no thread)
    hash_gate: CapacityLimiter = field(init=False)
    #: the threads that close sessions (hand connections back): apart from the request
    #: threads, as many as the pool has connections. On the request threads' limiter the
    #: closes could deadlock (until the pool's 2 s timeout): every request thread waiting
    #: for a connection while the connections wait, idle in transaction, for a thread to
    #: close their session.
    close_gate: CapacityLimiter = field(init=False)
    #: the hashing slots shared by every process serving this database on this host
    hash_slots: HashSlots = field(init=False)
    #: this worker's one poller for every follow request it holds
    follow: FollowPoller = field(init=False)

    def __post_init__(self) -> None:
        settings = self.settings
        self.follow = FollowPoller(settings.follow_interval_seconds)
        self.media = ContentCache(settings.media_cache_bytes)
        self.cases = ContentCache(settings.case_cache_bytes)
        self.hash_gate = CapacityLimiter(max(1, settings.hash_concurrency))
        self.close_gate = CapacityLimiter(pool_size(settings))
        self.hash_slots = HashSlots(
            settings.hash_slots, settings.database_url, workers=settings.workers
        )

    def prune_due(self, every_seconds: float) -> bool:
        """True at most once per ``every_seconds`` in this worker (the first call included):
        housekeeping that one worker's turn is enough for, such as pruning old sign-in
        failures."""
        now = time.monotonic()
        with self._lock:
            if self._last_prune is not None and now - self._last_prune < every_seconds:
                return False
            self._last_prune = now
            return True

    @property
    def live_clock(self) -> LiveClock:
        """The live simulation's clock: the seeding time stored in the database (a database
        seeded before it has no live streams, so any fixed time will do), at ``live_speed``."""
        stored = self.meta(live.META_KEY)
        seeded_at = datetime.fromisoformat(stored) if stored else live.NEVER_SEEDED
        return LiveClock(seeded_at, self.settings.live_speed)

    def meta(self, key: str, default: str = "") -> str:
        """A value of the meta table: kept in memory only when it never changes
        (``_IMMUTABLE_META``), read afresh otherwise."""
        with self._lock:
            if key in self._meta:
                return self._meta[key]
        with self.sessions() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == key))
        found = value if value is not None else default
        if key in _IMMUTABLE_META and value is not None:
            with self._lock:
                self._meta[key] = found
        return found


#: a folder where each worker leaves its cache figures when it stops (`make load` reads them)
STATS_DIR_ENV = "REVIEWER_SERVER_STATS_DIR"


def write_stats(state: ServiceState) -> None:
    """On shutdown, when $REVIEWER_SERVER_STATS_DIR is set: this process's cache hits and
    misses and its peak memory, as ``<pid>.json`` (the load test's per-worker figures)."""
    folder = os.environ.get(STATS_DIR_ENV)
    if not folder:
        return
    media, cases = state.media, state.cases
    figures = {
        "pid": os.getpid(),
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "media": {"hits": media.hits, "misses": media.misses, "bytes": media.used},
        "cases": {"hits": cases.hits, "misses": cases.misses, "bytes": cases.used},
    }
    Path(folder, f"{os.getpid()}.json").write_text(json.dumps(figures))


def get_state(request: Request) -> ServiceState:
    state = request.app.state.service
    assert isinstance(state, ServiceState)
    return state


async def state_dependency(request: Request) -> ServiceState:
    """``get_state`` as a dependency; async because it does no I/O, so FastAPI calls it on
    the event loop instead of handing it to the thread pool (a hop per request)."""
    return get_state(request)


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request, closed when the handler returns; handlers commit explicitly.

    Declared with ``scope="function"`` (server.security): the connection goes back to the
    pool before the answer is written, not after. With the default scope, a worker whose
    event loop was busy writing answers held every connection idle in transaction while it
    did (the 1,000-moderator load run: pool timeouts, 503s, PostgreSQL idle).

    Even so FastAPI leaves the dependency only after a second thread-pool call (the
    answer's validation); a sync route of ``SessionRoute`` therefore hands the connection
    back in its own thread as it returns, and this close then does no I/O.

    Async on purpose: opening a session does no I/O (the connection is checked out on first
    use, in the handler's thread), and a sync generator would cost two thread-pool hops per
    request, one in and one out. Closing a session that still holds its connection here (a
    dependency that failed after a query) is a ROLLBACK
    round trip, so it runs in a worker thread of its own limiter (``close_gate``): on the
    event loop it blocked every other request for that round trip, and under load (one
    worker, 400 moderators) the loop spent its time in those rollbacks while the handlers'
    connections sat idle in transaction waiting for it (py-spy: MainThread in
    ``Connection.rollback`` from here).
    """
    state = get_state(request)
    session = state.sessions()
    try:
        yield session
    finally:
        if session.in_transaction():
            # shielded: a cancelled request (a client gone) must still hand its connection back
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(_close_session, session, limiter=state.close_gate)
        else:
            session.close()  # no connection checked out: no I/O


def _close_session(session: Session) -> None:
    """Hand the connection back (a ROLLBACK on the wire); off the event loop."""
    try:
        session.close()
    except DBAPIError as exc:
        # The database went away between the handler's last statement and this close (a
        # PostgreSQL restart): the rollback on the dead connection fails, SQLAlchemy has
        # already dropped that connection from the pool, and the request has its answer.
        # Anything else is a real fault.
        if not exc.connection_invalidated:
            raise


class SessionRoute(APIRoute):
    """The route class of every router (``server.routes.register_routes`` refuses others):
    a sync endpoint hands its request session's connection back in its own thread, as it
    returns, not later on the event loop.

    FastAPI closes a ``scope="function"`` dependency only after the answer is serialised,
    and for a sync endpoint it validates the answer in one more thread-pool call, which
    queues for a thread behind every request waiting for one. The connection stayed idle in
    transaction all that while; once the pool's connections all sat in that queue, the
    threads ahead of them waited for a connection, gave up after the pool timeout (503)
    and freed a thread for the next to wait: a worker stuck with its CPU idle."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if inspect.isfunction(endpoint) and not inspect.iscoroutinefunction(endpoint):
            endpoint = _closing_sessions(endpoint)
        super().__init__(path, endpoint, **kwargs)


def _closing_sessions(endpoint: Callable[..., T]) -> Callable[..., T]:
    """``endpoint`` closing, when it returns or raises, every session it was given that still
    holds a connection (in the calling thread: the endpoint's own)."""

    @functools.wraps(endpoint)  # FastAPI reads the parameters through __wrapped__
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return endpoint(*args, **kwargs)
        finally:
            for value in kwargs.values():
                if isinstance(value, Session) and value.in_transaction():
                    _close_session(value)

    return run
