"""The service's one clock: aware UTC now, for every rule that stamps or compares times."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> datetime:
    return datetime.now(UTC)
