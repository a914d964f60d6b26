"""Schema migrations on both engines: the baseline builds exactly the models' schema, seeding
a freshly migrated database needs no flag, ``migrate`` takes a database made before
migrations, and ``serve`` refuses a schema older or newer than its own, saying what to run."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from devkit import postgres
from devkit.db import rows, write
from server import migrations
from server.db import make_engine
from server.models.core import Base
from server.seeding.cases import seed_database


@pytest.fixture
def empty_database(service_engine: str, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database on the engine under test."""
    if service_engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    base = postgres.cluster_url()
    assert base is not None
    url = postgres.create_database(base, prefix="mig")
    yield url
    postgres.drop_database(url)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_migrations_build_exactly_the_models_schema(empty_database: str) -> None:
    assert migrations.upgrade(empty_database) == (None, migrations.head())
    engine = make_engine(empty_database)
    try:
        with engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_seed_into_a_migrated_database_then_serve(empty_database: str) -> None:
    migrated = _cli("migrate", "--db", empty_database)
    assert migrated.returncode == 0, migrated.stderr
    assert f"to {migrations.head()}" in migrated.stdout
    again = _cli("migrate", "--db", empty_database)
    assert f"already at {migrations.head()}" in again.stdout
    seed_database(empty_database, cases=3, seed=1, history=False)
    assert rows(empty_database, "SELECT count(*) FROM cases") == [(3,)]
    assert rows(empty_database, "SELECT version_num FROM alembic_version") == [(migrations.head(),)]


def test_serve_refuses_a_schema_made_before_migrations_until_migrated(
    empty_database: str,
) -> None:
    seed_database(empty_database, cases=3, seed=1, history=False)
    write(empty_database, "DROP TABLE alembic_version")  # as seeded before migrations
    write(empty_database, "DROP TABLE desk_chain_notes")  # revision 0002's table came later
    refused = _cli("serve", "--db", empty_database, "--port", "0")
    assert refused.returncode == 2
    assert "none (made before migrations)" in refused.stderr
    assert migrations.head() in refused.stderr
    assert "reviewer-server migrate --db" in refused.stderr
    assert "Traceback" not in refused.stderr
    migrated = _cli("migrate", "--db", empty_database)
    assert migrated.returncode == 0, migrated.stderr
    assert rows(empty_database, "SELECT count(*) FROM cases") == [(3,)]  # data kept
    assert rows(empty_database, "SELECT version_num FROM alembic_version") == [(migrations.head(),)]


def test_serve_refuses_a_schema_newer_than_its_own(empty_database: str) -> None:
    seed_database(empty_database, cases=3, seed=1, history=False)
    write(empty_database, "UPDATE alembic_version SET version_num = '9999_future'")
    refused = _cli("serve", "--db", empty_database, "--port", "0")
    assert refused.returncode == 2
    assert "9999_future" in refused.stderr
    assert f"newer than this service's {migrations.head()}" in refused.stderr
    assert "Traceback" not in refused.stderr
