"""The decision store's schema: the DDL as numbered migrations, the version, and the checks.

Kept apart from :mod:`reviewer.store.decisions` so the tables can be read (and a
migration appended) without wading through the store's queries. The states
listed here are the ones the tables' CHECK constraints allow.
"""

from __future__ import annotations

import sqlite3
from typing import Final

CASE_STATES: Final = ("leased", "decided", "released", "expired")
OUTBOX_STATES: Final = ("pending", "synced", "problem")

# Each entry moves the schema from version i to i+1; never edit a shipped entry, append one.
MIGRATIONS: Final[tuple[str, ...]] = (
    """
    CREATE TABLE cases (
        case_id          TEXT PRIMARY KEY,
        queue            TEXT NOT NULL,
        batch_id         TEXT NOT NULL,
        lease_expires_at TEXT NOT NULL,
        state            TEXT NOT NULL CHECK (state IN ('leased','decided','released','expired')),
        detail           TEXT,
        content_evicted  INTEGER NOT NULL DEFAULT 0,
        leased_at        TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    );
    CREATE INDEX cases_by_state ON cases (state, leased_at);

    CREATE TABLE decisions (
        decision_id       TEXT PRIMARY KEY,
        case_id           TEXT NOT NULL,
        action            TEXT NOT NULL,
        policy_codes      TEXT NOT NULL,
        note              TEXT NOT NULL,
        escalation_reason TEXT NOT NULL,
        supersedes        TEXT REFERENCES decisions (decision_id),
        policy_version    TEXT NOT NULL,
        handle_time_ms    INTEGER NOT NULL,
        decided_at        TEXT NOT NULL,
        audit_seq         INTEGER NOT NULL UNIQUE,
        audit_hash        TEXT NOT NULL,
        payload           BLOB NOT NULL
    );
    CREATE INDEX decisions_by_case ON decisions (case_id, audit_seq);
    CREATE INDEX decisions_by_supersedes ON decisions (supersedes);
    CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are immutable'); END;
    CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are immutable'); END;

    CREATE TABLE outbox (
        decision_id             TEXT PRIMARY KEY REFERENCES decisions (decision_id),
        queued_seq              INTEGER NOT NULL,
        status                  TEXT NOT NULL CHECK (status IN ('pending','synced','problem')),
        attempts                INTEGER NOT NULL DEFAULT 0,
        last_error              TEXT NOT NULL DEFAULT '',
        last_attempt_at         TEXT,
        result_status           TEXT,
        result_reason           TEXT NOT NULL DEFAULT '',
        conflicting_decision_id TEXT,
        server_seq              INTEGER,
        updated_at              TEXT NOT NULL
    );
    CREATE INDEX outbox_by_status ON outbox (status, queued_seq);

    CREATE TABLE audit_events (
        seq          INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        decision_id  TEXT,
        at           TEXT NOT NULL,
        body         TEXT NOT NULL,
        payload_hash TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

    CREATE TABLE acks (
        announcement_id TEXT PRIMARY KEY,
        acked_at        TEXT NOT NULL,
        synced_at       TEXT
    );

    CREATE TABLE state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: the service's answer to a held decision, kept apart so the support export
    # (``reviewer export-held``) gives status, problem type and request id as fields
    """
    ALTER TABLE outbox ADD COLUMN answer_status INTEGER;
    ALTER TABLE outbox ADD COLUMN answer_problem_type TEXT NOT NULL DEFAULT '';
    ALTER TABLE outbox ADD COLUMN answer_request_id TEXT NOT NULL DEFAULT '';
    """,
    # 3: the lease's priority (why the case came up: report velocity...), as the service's
    # JSON, for the case header's line
    """
    ALTER TABLE cases ADD COLUMN priority TEXT;
    """,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def pragma_check(conn: sqlite3.Connection, pragma: str) -> str:
    """``"ok"`` or SQLite's description of the damage that ``pragma`` found."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"{pragma} failed: {exc}"
    lines = [str(r[0]) for r in rows]
    return "ok" if lines == ["ok"] else "; ".join(lines)


def split_sql(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner ';')."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version the file records (0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migration(conn: sqlite3.Connection, version: int) -> int:
    """Move the schema from ``version`` to the next one, inside the caller's transaction."""
    for statement in split_sql(MIGRATIONS[version]):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version + 1}")
    return version + 1
