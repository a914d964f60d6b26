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
from server.models import labels as _label_models  # noqa: F401
from server.models.core import Base

#: how long a request waits for a pooled connection before it answers 503 with Retry-After
POOL_TIMEOUT_SECONDS = 2.0


def make_engine(
    url: str, *, echo: bool = False, pool_size: int = 5, pool_timeout: float = POOL_TIMEOUT_SECONDS
) -> Engine:
    """Create the engine; on SQLite, WAL and a busy timeout let several processes share a file.

    ``pool_size`` connections at most (no overflow: the service sizes it to its thread limit,
    and ``serve`` checks workers x pool against PostgreSQL's max_connections); a checkout waits
    ``pool_timeout`` seconds at most. On PostgreSQL every checkout is pinged first, so a
    connection a database restart closed is replaced instead of failing a request."""
    connect_args: dict[str, Any] = {}
    pooling: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args = {"timeout": 30, "check_same_thread": False}
    if not url.startswith("sqlite") or (url.startswith("sqlite:///") and url != "sqlite:///"):
        # a file or a server: a queue pool (an in-memory SQLite keeps its one connection)
        pooling = {"pool_size": pool_size, "max_overflow": 0, "pool_timeout": pool_timeout}
    engine = create_engine(
        url,
        echo=echo,
        connect_args=connect_args,
        pool_pre_ping=not url.startswith("sqlite"),
        **pooling,
    )
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on disk (WAL synced) before the service answers `accepted`,
            # so an acknowledged decision survives a power loss, not only a crash.
            cur.execute("PRAGMA synchronous=FULL")
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


def serving_problem(engine: Engine, connections: int) -> str | None:
    """Why this database cannot take a service holding ``connections`` pooled connections
    with every acknowledged commit durable (None: it can).

    On PostgreSQL: ``synchronous_commit`` must not be off (an `accepted` decision would
    otherwise live only in memory for a moment), and the connections must fit under
    ``max_connections`` less the slots reserved for superusers. SQLite needs neither: its
    service connections set ``synchronous=FULL`` themselves."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        settings: dict[str, str] = dict(
            conn.exec_driver_sql(
                "SELECT name, setting FROM pg_settings WHERE name IN "
                "('synchronous_commit', 'max_connections', 'superuser_reserved_connections', "
                "'reserved_connections')"
            ).all()
        )
    if settings.get("synchronous_commit", "on") == "off":
        return (
            "PostgreSQL has synchronous_commit off: a decision the service acknowledged could "
            "be lost in a power cut; set synchronous_commit = on for this database"
        )
    usable = (
        int(settings["max_connections"])
        - int(settings.get("superuser_reserved_connections", 0))
        - int(settings.get("reserved_connections", 0))
    )
    if connections > usable:
        return (
            f"the workers' database pools need {connections} connections but PostgreSQL "
            f"takes {usable} (max_connections less reserved ones): use fewer --workers or "
            "--threads, or raise max_connections"
        )
    return None
