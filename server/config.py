"""Service settings: one frozen object handed to ``create_app`` so tests can vary anything."""

from __future__ import annotations

from dataclasses import dataclass
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
    version: str = reviewer.__version__
    echo_sql: bool = False
    #: answer case detail, chat and media GETs without FastAPI's per-request machinery
    #: (server.fastpath); off only to compare the two in tests
    fast_reads: bool = True
    #: snapshot bytes kept in memory (content-addressed, so they never go stale)
    media_cache_bytes: int = 64 * 1024 * 1024
    #: the fixed part of case details kept in memory, counted by the size of its JSON
    case_cache_bytes: int = 16 * 1024 * 1024
    #: no SQL statement runs longer (server.budget); past it the request answers 503
    statement_timeout_seconds: float = 5.0
