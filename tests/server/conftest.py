"""Fixtures for the service tests: a module-wide service where tests do not interfere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devkit.live_service import LiveService, copy_database


@pytest.fixture(scope="module")
def shared_service(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Iterator[LiveService]:
    """One running service per test module (starting one costs about a second on CI).

    Only for tests that use disjoint users or cases, or only read; anything that
    needs a pristine database takes the function-scoped ``live_service``.
    """
    root = tmp_path_factory.mktemp("shared-service")
    service = LiveService(copy_database(live_service_template, root / "db.sqlite3"), root)
    service.start()
    yield service
    service.stop()
