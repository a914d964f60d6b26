"""Per-app state shared by the route handlers, and the request-scoped session dependency."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from threading import Lock

from fastapi import Request
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from server.config import Settings
from server.models import Meta


@dataclass
class ServiceState:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    _meta: dict[str, str] = field(default_factory=dict)
    _lock: Lock = field(default_factory=Lock)

    def meta(self, key: str, default: str = "") -> str:
        """A cached value from the meta table (written once at seed time)."""
        with self._lock:
            if key in self._meta:
                return self._meta[key]
        with self.sessions() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == key))
        with self._lock:
            self._meta[key] = value if value is not None else default
            return self._meta[key]


def get_state(request: Request) -> ServiceState:
    state = request.app.state.service
    assert isinstance(state, ServiceState)
    return state


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, closed afterwards; handlers commit explicitly."""
    with get_state(request).sessions() as session:
        yield session
