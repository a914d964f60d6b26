"""Engine and session setup. Backend-specific tuning stays here, behind a dialect check."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    Executable,
    Result,
    create_engine,
    event,
    inspect,
)
from sqlalchemy.orm import Session, sessionmaker

# The calibration, QA and team-lead audit tables share Base's metadata: imported so that
# every create_all/drop_all of the schema includes them.
from server.models import audit as _audit_models  # noqa: F401
from server.models import calibration as _calibration_models  # noqa: F401
from server.models.core import Base


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create the engine; on SQLite, WAL and a busy timeout let several processes share a file."""
    connect_args: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args = {"timeout": 30, "check_same_thread": False}
    engine = create_engine(url, echo=echo, connect_args=connect_args, pool_pre_ping=False)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

    return engine


def sqlite_foreign_keys(conn: Connection, *, on: bool) -> list[tuple[Any, ...]]:
    """SQLite only, outside any transaction (the pragma is ignored inside one): switch
    foreign-key enforcement. Switching it on first lists the rows that break a foreign key,
    for a migration that rebuilt tables with it off."""
    broken: list[tuple[Any, ...]] = []
    if on:
        broken = [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    conn.commit()
    return broken


def rowcount(session: Session, statement: Executable) -> int:
    """Rows touched by an UPDATE/DELETE: the check behind every conditional update."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def read(
    session: Session, statement: Executable, params: Mapping[str, Any]
) -> Result[*tuple[Any, ...]]:
    """A prebuilt read on the session's connection and transaction, as plain rows.

    For the per-request lookups of the hot routes: it skips the ORM's per-call work, which
    costs more than SQLite takes to answer a one-row lookup."""
    return session.connection().execute(statement, params)


def missing_tables(engine: Engine) -> list[str]:
    """Tables of this version's schema the database lacks (seeded by an older version)."""
    present = set(inspect(engine).get_table_names())
    return sorted(name for name in Base.metadata.tables if name not in present)


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
