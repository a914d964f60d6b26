"""Schema migrations on both engines: the baseline builds exactly the models' schema, seeding
a freshly migrated database needs no flag, ``migrate`` takes a database made before
migrations, and ``serve`` refuses a schema older or newer than its own, saying what to run."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from devkit import postgres, schema_fixture
from devkit.db import rows, write
from devkit.live_service import LiveService
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


@pytest.fixture
def frozen_0001(service_engine: str, empty_database: str, tmp_path: Path) -> str:
    """A database as ``seed`` made it at revision 0001 (tests/server/fixtures, frozen once by
    devkit/schema_fixture.py), on the engine under test."""
    where = tmp_path / "frozen.sqlite3" if service_engine == "sqlite" else empty_database
    return schema_fixture.restore(migrations.BASELINE, service_engine, where)


_DECISIONS = (
    "SELECT decision_id, case_id, user_id, action, policy_codes, server_seq, content_hash "
    "FROM decisions ORDER BY decision_id"
)


def test_a_database_from_revision_0001_upgrades_and_its_decisions_survive(
    frozen_0001: str, tmp_path: Path
) -> None:
    decisions = rows(frozen_0001, _DECISIONS)
    assert len(decisions) > 100  # the seeded demo week
    assert rows(frozen_0001, "SELECT version_num FROM alembic_version") == [(migrations.BASELINE,)]
    refused = _cli("serve", "--db", frozen_0001, "--port", "0")
    assert refused.returncode == 2
    assert f"at revision {migrations.BASELINE}, older than this service's" in refused.stderr
    assert migrations.head() in refused.stderr
    assert "reviewer-server migrate --db" in refused.stderr

    migrated = _cli("migrate", "--db", frozen_0001)
    assert migrated.returncode == 0, migrated.stderr
    assert f"from {migrations.BASELINE} to {migrations.head()}" in migrated.stdout
    assert rows(frozen_0001, _DECISIONS) == decisions
    assert rows(frozen_0001, "SELECT version_num FROM alembic_version") == [(migrations.head(),)]
    # 0005: every case starts at content version 1
    assert rows(frozen_0001, "SELECT DISTINCT content_version FROM cases") == [(1,)]

    # The upgraded database serves: a lead sees the week's decisions through the API.
    service = LiveService(frozen_0001, tmp_path / "svc")
    service.start()
    try:
        assert httpx.get(service.url("/readyz"), timeout=10).status_code == 200
        with service.client("lead1") as lead:
            page = lead.get("/v1/decisions", params={"limit": 500})
        assert page.status_code == 200, page.text
        assert page.json()["items"]
    finally:
        service.stop()


def test_serve_refuses_a_schema_made_before_migrations_until_migrated(frozen_0001: str) -> None:
    cases = rows(frozen_0001, "SELECT count(*) FROM cases")
    write(frozen_0001, "DROP TABLE alembic_version")  # as seeded before migrations
    refused = _cli("serve", "--db", frozen_0001, "--port", "0")
    assert refused.returncode == 2
    assert "none (made before migrations)" in refused.stderr
    assert migrations.head() in refused.stderr
    assert "reviewer-server migrate --db" in refused.stderr
    assert "Traceback" not in refused.stderr
    migrated = _cli("migrate", "--db", frozen_0001)
    assert migrated.returncode == 0, migrated.stderr
    assert rows(frozen_0001, "SELECT count(*) FROM cases") == cases  # data kept
    assert rows(frozen_0001, "SELECT version_num FROM alembic_version") == [(migrations.head(),)]


def test_serve_refuses_a_schema_newer_than_its_own(empty_database: str) -> None:
    seed_database(empty_database, cases=3, seed=1, history=False)
    write(empty_database, "UPDATE alembic_version SET version_num = '9999_future'")
    refused = _cli("serve", "--db", empty_database, "--port", "0")
    assert refused.returncode == 2
    assert "9999_future" in refused.stderr
    assert f"newer than this service's {migrations.head()}" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_0002_widens_the_sequences_of_a_database_holding_data(empty_database: str) -> None:
    """Revision 0002 on a database at the baseline with rows that reference ``users``
    (SQLite rebuilds that table): the rows survive and a sequence past 32 bits is stored."""
    seed_database(empty_database, cases=3, seed=1, history=True)
    user = rows(empty_database, "SELECT user_id FROM users ORDER BY user_id")[0][0]
    write(
        empty_database,
        "INSERT INTO tokens (token_hash, kind, user_id, session_id, issued_at, expires_at, "
        "grace_uses) VALUES ('h', 'access', ?, 's', '2026-01-01', '2027-01-01', 0)",
        user,
    )
    decisions = rows(empty_database, "SELECT count(*) FROM decisions")[0][0]
    assert decisions > 0
    command.downgrade(migrations.config(empty_database), migrations.BASELINE)

    assert migrations.upgrade(empty_database) == (migrations.BASELINE, migrations.head())
    big = 2**62
    write(empty_database, "UPDATE users SET chain_seq = ? WHERE user_id = ?", big, user)
    write(empty_database, "UPDATE decisions SET audit_seq = ?", big)
    assert rows(empty_database, "SELECT chain_seq FROM users WHERE user_id = ?", user) == [(big,)]
    assert rows(empty_database, "SELECT count(*) FROM decisions WHERE audit_seq = ?", big) == [
        (decisions,)
    ]
    assert rows(empty_database, "SELECT count(*) FROM tokens") == [(1,)]
