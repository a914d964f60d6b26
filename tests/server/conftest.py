"""Fixtures for the service tests: every service test runs on SQLite and on PostgreSQL, and
a module-wide service where tests do not interfere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devkit import postgres
from devkit.live_service import LiveService
from tests.conftest import ENGINES, clone_template


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test here that runs the service runs it on both engines, except a module or
    test marked ``sqlite_only`` (it reads or writes the SQLite file itself)."""
    if "service_engine" not in metafunc.fixturenames:
        return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    engines = ["sqlite"] if only_sqlite else list(ENGINES)
    metafunc.parametrize("service_engine", engines, indirect=True, scope="session")


@pytest.fixture(scope="module")
def shared_service(
    tmp_path_factory: pytest.TempPathFactory,
    service_engine: str,
    live_service_templates: Callable[[int, int], Path],
    request: pytest.FixtureRequest,
) -> Iterator[LiveService]:
    """One running service per test module (starting one costs about a second on CI).

    Only for tests that use disjoint users or cases, or only read; anything that
    needs a pristine database takes the function-scoped ``live_service``.
    """
    root = tmp_path_factory.mktemp("shared-service")
    pg = request.getfixturevalue("postgres_templates") if service_engine != "sqlite" else None
    db = clone_template(service_engine, live_service_templates, pg, root / "db.sqlite3")
    service = LiveService(db, root)
    service.start()
    yield service
    service.stop()
    if isinstance(db, str):
        postgres.drop_database(db)
