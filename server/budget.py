"""A time budget for every SQL statement the service runs, so that no request keeps a worker
and the database busy for as long as its input makes it take.

PostgreSQL enforces ``statement_timeout`` itself (set on each new connection). SQLite has no
such setting: a progress handler, called every few thousand virtual-machine steps, aborts
the statement once it has run past its deadline. Either way the driver raises an
``OperationalError`` (``QueryCanceled`` / ``interrupted``), which the service answers as a
503 problem with Retry-After (``server.problems``), not a 500.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event

#: virtual-machine steps between two looks at the clock (well under a millisecond)
_SQLITE_STEPS = 10_000
_DEADLINE = "statement_deadline"


def is_timeout(exc: BaseException) -> bool:
    """Whether a driver error is a statement stopped by the budget."""
    orig = getattr(exc, "orig", None)
    if orig is None:
        return False
    if getattr(orig, "sqlstate", None) == "57014":  # PostgreSQL query_canceled
        return True
    return type(orig).__module__ == "sqlite3" and "interrupted" in str(orig)


def install_statement_budget(engine: Engine, seconds: float) -> None:
    """Stop any statement on ``engine`` that runs longer than ``seconds``."""
    if seconds <= 0:
        return
    if engine.dialect.name == "postgresql":
        millis = max(1, int(seconds * 1000))

        @event.listens_for(engine, "connect")
        def _pg_timeout(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute(f"SET statement_timeout = {millis}")
            cur.close()
            dbapi_conn.commit()

        return
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _sqlite_handler(dbapi_conn: Any, record: Any) -> None:
        info: dict[str, Any] = record.info

        def over_budget() -> int:
            deadline = info.get(_DEADLINE)
            return 1 if deadline is not None and time.monotonic() > deadline else 0

        dbapi_conn.set_progress_handler(over_budget, _SQLITE_STEPS)

    @event.listens_for(engine, "before_cursor_execute")
    def _start_clock(conn: Any, *_args: Any) -> None:
        conn.info[_DEADLINE] = time.monotonic() + seconds

    # The clock runs from each statement to the end of its rows; the COMMIT or ROLLBACK that
    # ends the transaction is never cut short by an earlier statement's deadline.
    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _stop_clock(conn: Any) -> None:
        conn.info.pop(_DEADLINE, None)
