"""Service settings: one frozen object handed to ``create_app`` so tests can vary anything."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import reviewer

SERVICE_NAME = "live-review-reference"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL for a SQLite file (the default backend)."""
    return f"sqlite:///{Path(path).resolve()}"


@dataclass(frozen=True)
class Settings:
    """Everything the service needs to know; defaults follow docs/design.md."""

    database_url: str
    lease_seconds: int = 600
    access_ttl_seconds: int = 900
    refresh_ttl_seconds: int = 7 * 24 * 3600
    refresh_grace_seconds: int = 30
    login_failure_limit: int = 5
    login_failure_window_seconds: int = 300
    min_client_version: str = "0.1.0"
    #: advertised in /v1/info so an older desk can say "a newer version is available" long
    #: before min_client_version forces it out; empty: nothing advertised
    newest_client_version: str = ""
    #: where IT gets that version (advertised with it); empty: not advertised
    client_download_url: str = ""
    version: str = reviewer.__version__
    echo_sql: bool = False
    #: answer case detail, chat and media GETs without FastAPI's per-request machinery
    #: (server.fastpath); off only to compare the two in tests
    fast_reads: bool = True
    #: snapshot bytes kept in memory (content-addressed, so they never go stale)
    media_cache_bytes: int = 64 * 1024 * 1024
    #: the fixed part of case details kept in memory, counted by the size of its JSON
    case_cache_bytes: int = 16 * 1024 * 1024
    #: threads a worker runs requests on (anyio's limiter); its database pool is this plus
    #: POOL_MARGIN, so a request never waits for a connection while a thread is free
    worker_threads: int = 20
    #: password hashes (argon2, ~19 MiB and a core each) running at once across every
    #: process that serves this database on this host (server.hash_slots); default the cores
    hash_slots: int = field(default_factory=lambda: os.cpu_count() or 1)
    #: sign-ins one worker lets hold or wait for a shared slot at once (each holds a thread
    #: while it does); the rest wait without a thread
    hash_concurrency: int = 1
    #: sign-ins waiting in a worker beyond this are refused at once (503 Retry-After)
    hash_queue_limit: int = 64
    #: how long a sign-in may wait for a hashing slot before it answers 503 with Retry-After
    hash_wait_seconds: float = 10.0
    #: failed sign-ins from one client address (any user names) within the window: the limit
    #: counts failures only, so a whole site behind one NAT address signs in at shift start
    address_failure_limit: int = 100
    #: addresses or networks the per-address limit never applies to (a site's egress list;
    #: 127.0.0.1/32 and ::1/128 for a load test)
    signin_exempt: tuple[str, ...] = ()
    #: proxies whose X-Forwarded-For names the client (only the peer's own address counts
    #: otherwise)
    trusted_proxies: tuple[str, ...] = ()
    #: sha256 (hex) of the bearer token that may read /internal/metrics from other than
    #: loopback; empty: loopback only
    operator_token_sha256: str = ""
    #: the worker processes `serve` runs (for the start-up checks and the hashing limit)
    workers: int = 1
    #: one JSON line per request on stderr (server.observability)
    access_log: bool = False
    #: no SQL statement runs longer (server.budget); past it the request answers 503
    statement_timeout_seconds: float = 5.0
    #: how much faster than real time the live simulation runs (server.domain.live); tests
    #: speed it up so that a stream changes within a second
    live_speed: float = 1.0
    #: how often one worker looks for changes on the cases it follows (seconds)
    follow_interval_seconds: float = 1.0
    #: the longest one follow request is held (the contract's 25 s at most): a site whose
    #: proxy cuts idle requests sooner sets less, and the contract fuzz sets 0.2
    follow_max_hold_seconds: float = 25.0
    #: how long after a new policy version is published decisions made under the previous
    #: published version are still accepted (offline desks catch up)
    policy_grace_seconds: float = 24 * 3600


#: database connections beyond the worker's thread limit: the sessions the event loop closes
#: after a thread has finished, and the readiness probe
POOL_MARGIN = 4


def pool_size(settings: Settings) -> int:
    """Connections one worker may hold: at least its thread limit."""
    return settings.worker_threads + POOL_MARGIN
