"""Read the reference service's tables from outside, as an observer would.

Tests, tools and the dev kit check what the service stored by reading its database, not
its API. They do it through SQLAlchemy and ``server.models.core`` (not ``sqlite3`` on the file)
so that the same checks can later run against PostgreSQL. Read-only: a check never
changes what it looks at.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, create_engine, func, select
from sqlalchemy.pool import NullPool

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

    def close(self) -> None:
        self._engine.dispose()

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Raw SQL with ``?`` placeholders, rows as plain tuples of the stored values
        (no column types applied: a time reads back as the text the database holds)."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql, tuple(params))]

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
def open_service_db(path: Path) -> Iterator[ServiceDatabase]:
    """``with open_service_db(service.db_path) as db: ...``: read-only, closed after."""
    db = ServiceDatabase.from_file(path)
    try:
        yield db
    finally:
        db.close()


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """One raw read of the service's database file (see ``ServiceDatabase.rows``)."""
    with open_service_db(path) as db:
        return db.rows(sql, *params)
