"""A seeded database with the audit demo week, built once per test session, and a
long-lived signed-in client per user for the audit and metrics tests."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from devkit.live_service import LiveService, copy_database

_BUILT: dict[str, Path] = {}
USERS = ("moderator1", "moderator2", "moderator3", "qa1", "lead1", "admin1")


def history_database(tmp_path_factory: pytest.TempPathFactory, template: Path) -> Path:
    """The session template plus the demo week (``server.seeding.audit``), built once."""
    key = str(template)
    if key not in _BUILT:
        from server.config import sqlite_url
        from server.db import make_engine
        from server.seeding.audit import seed_audit_history

        path = copy_database(template, tmp_path_factory.mktemp("audit-week") / "week.sqlite3")
        engine = make_engine(sqlite_url(path))
        try:
            assert seed_audit_history(engine) > 100
        finally:
            engine.dispose()
        _BUILT[key] = path
    return _BUILT[key]


class Clients:
    """One signed-in httpx client per demo user, opened lazily, closed at the end."""

    def __init__(self, service: LiveService, stack: ExitStack) -> None:
        self.service = service
        self._stack = stack
        self._open: dict[str, httpx.Client] = {}

    def __getitem__(self, username: str) -> httpx.Client:
        if username not in self._open:
            self._open[username] = self._stack.enter_context(self.service.client(username))
        return self._open[username]


_SHARED: dict[str, tuple[LiveService, Clients]] = {}


def shared_week_service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, template: Path
) -> tuple[LiveService, Clients]:
    """One service on a copy of the week for every audit, metrics and export test module
    (started once per session, stopped when the session ends). Tests that change data
    compare against rows read from the database at that moment, so they can share it."""
    key = str(template)
    if key not in _SHARED:
        root = tmp_path_factory.mktemp("audit-service")
        db = copy_database(history_database(tmp_path_factory, template), root / "db.sqlite3")
        service = LiveService(db, root).start()
        stack = ExitStack()
        _SHARED[key] = (service, Clients(service, stack))

        def stop() -> None:
            _SHARED.pop(key, None)
            stack.close()
            service.stop()

        request.config.add_cleanup(stop)
    return _SHARED[key]
