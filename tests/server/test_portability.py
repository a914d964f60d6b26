"""No SQLite-only tricks: the schema and the statements that carry the concurrency
guarantees compile for PostgreSQL, and no SQLite-specific SQL hides in the routes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from server.domain import leases
from server.models.core import Base
from server.routes import decisions

SERVER = Path(__file__).resolve().parents[2] / "server"


def test_schema_compiles_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))


def test_guarded_updates_compile_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    guarded = str(decisions.GUARDED_UPDATE.compile(dialect=dialect))
    assert "IS NOT DISTINCT FROM" in guarded
    free = str(leases.lease_is_free(datetime.now(UTC)).compile(dialect=dialect))
    assert "lease_expires_at <=" in free


def test_no_sqlite_specific_sql_outside_the_engine_setup() -> None:
    pattern = re.compile(
        r"\bPRAGMA\b|INSERT OR|ON CONFLICT|sqlite_master|\browid\b|\bAUTOINCREMENT\b|\bGLOB\b"
    )
    offenders = []
    for path in SERVER.rglob("*.py"):
        if path.name == "db.py":
            continue  # WAL and busy_timeout, behind a dialect check
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                offenders.append(f"{path.relative_to(SERVER)}:{number}: {line.strip()}")
    assert offenders == []
