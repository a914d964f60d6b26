"""Read the reference service's tables from outside, as an observer would.

Tests, tools and the dev kit check what the service stored by reading its database, not
its API. They do it through SQLAlchemy and ``server.models.core`` (not ``sqlite3`` on the file)
so that the same checks run against PostgreSQL. Read-only: a check never changes what it
looks at (``write`` and ``change_case_content`` are the exceptions, named so).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, create_engine, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from server.domain import case_content
from server.models.calibration import CalibrationItemRow
from server.models.core import Decision


@dataclass(frozen=True)
class CalibrationRef:
    """The reference answer of one calibration item, as the service stored it."""

    item_id: str
    ref_action: str
    ref_policy_codes: list[str]
    ref_decision_id: str | None
    source: str


class ServiceDatabase:
    """A read-only view of one service database; close it (or use ``open_service_db``)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_file(cls, path: Path) -> ServiceDatabase:
        """The service's SQLite file, opened read-only (``mode=ro``): nothing is written,
        not even a journal setting."""
        url = f"sqlite:///file:{path}?mode=ro&uri=true"
        return cls(create_engine(url, poolclass=NullPool))

    @classmethod
    def open(cls, where: Path | str) -> ServiceDatabase:
        """A SQLite file (a path) or any SQLAlchemy URL; on PostgreSQL every transaction
        is read-only (``default_transaction_read_only``)."""
        if isinstance(where, Path) or "://" not in where:
            return cls.from_file(Path(where))
        if where.startswith("sqlite"):
            return cls(create_engine(where, poolclass=NullPool))
        connect_args = {"options": "-c default_transaction_read_only=on"}
        return cls(create_engine(where, poolclass=NullPool, connect_args=connect_args))

    def close(self) -> None:
        self._engine.dispose()

    @staticmethod
    def bind(sql: str, params: tuple[Any, ...]) -> tuple[Any, dict[str, Any]]:
        """``?`` placeholders as SQLAlchemy ``text()`` binds, which every engine takes."""
        parts = sql.split("?")
        if len(parts) - 1 != len(params):
            raise ValueError(f"{len(parts) - 1} placeholders, {len(params)} parameters")
        named = parts[0] + "".join(f":p{i}{part}" for i, part in enumerate(parts[1:]))
        return text(named), {f"p{i}": v for i, v in enumerate(params)}

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Raw SQL with ``?`` placeholders (on any engine), rows as plain tuples of the
        stored values (no column types applied: on SQLite a time reads back as the text the
        database holds, on PostgreSQL as a datetime)."""
        statement, binds = self.bind(sql, params)
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(statement, binds)]

    def select(self, statement: Executable) -> list[tuple[Any, ...]]:
        """A SQLAlchemy statement (e.g. over ``server.models.core``), rows as plain tuples."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(statement)]

    def decision_row_counts(self, decision_ids: Iterable[str]) -> dict[str, int]:
        """How many ``decisions`` rows hold each id (ids with none are left out)."""
        ids = list(decision_ids)
        statement = (
            select(Decision.decision_id, func.count())
            .where(Decision.decision_id.in_(ids))
            .group_by(Decision.decision_id)
        )
        return {str(d): int(n) for d, n in self.select(statement)}

    def calibration_refs(self, session_id: str) -> dict[str, CalibrationRef]:
        """The reference answers of a calibration session's items, by item id."""
        statement = select(
            CalibrationItemRow.item_id,
            CalibrationItemRow.ref_action,
            CalibrationItemRow.ref_policy_codes,
            CalibrationItemRow.ref_decision_id,
            CalibrationItemRow.source,
        ).where(CalibrationItemRow.session_id == session_id)
        return {
            item: CalibrationRef(item, action, [c for c in codes.split(",") if c], ref, source)
            for item, action, codes, ref, source in self.select(statement)
        }


@contextmanager
def open_service_db(where: Path | str) -> Iterator[ServiceDatabase]:
    """``with open_service_db(service.database) as db: ...``: a SQLite path or a URL,
    read-only, closed after."""
    db = ServiceDatabase.open(where)
    try:
        yield db
    finally:
        db.close()


def rows(where: Path | str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """One raw read of the service's database, a SQLite path or a URL (see
    ``ServiceDatabase.rows``)."""
    with open_service_db(where) as db:
        return db.rows(sql, *params)


def write(where: Path | str, sql: str, *params: Any) -> None:
    """Change the service's database from outside while it runs, as an operator would (the
    one writer here: for tests that check the service notices). ``?`` placeholders."""
    engine = _writer(where)
    try:
        statement, binds = ServiceDatabase.bind(sql, params)
        with engine.begin() as conn:
            conn.execute(statement, binds)
    finally:
        engine.dispose()


def _writer(where: Path | str) -> Engine:
    url = where if isinstance(where, str) and "://" in where else f"sqlite:///{where}"
    connect_args = {"timeout": 30} if url.startswith("sqlite") else {}
    return create_engine(url, poolclass=NullPool, connect_args=connect_args)


def change_case_content(where: Path | str, case_id: str, **parts: Any) -> int:
    """Change a stored case's content from outside while the service runs, through the
    service's own writer (``server.domain.case_content.change_case_content``, which bumps
    its version), and commit; returns the new version."""
    engine = _writer(where)
    try:
        with Session(engine) as session, session.begin():
            return case_content.change_case_content(session, case_id, **parts)
    finally:
        engine.dispose()
