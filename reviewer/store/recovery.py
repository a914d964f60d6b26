"""Recovering the work in a damaged store: move it aside, salvage decisions, start afresh.

``reviewer recover-store`` runs this with the desk closed. The damaged file (and its
write-ahead log and shared memory) is renamed, never changed; what can still be read of
its decisions is taken with their stored request bytes, so ids and content stay the same
and the service deduplicates anything it already has. A fresh store at the old path gets
those decisions (the unsynced ones queued again) and an audit chain whose first event is
a *recovery* event that links to the old chain's head: a lead's check sees a recovery,
not a rewritten history. A JSON copy of everything salvaged is written beside the damaged
file for support.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewer.store.rows import Salvage, SalvagedDecision
from reviewer.store.wal import check_wal

#: columns of a decisions row, in the order the store's table has them
DECISION_COLUMNS = (
    "decision_id, case_id, action, policy_codes, note, escalation_reason, supersedes,"
    " policy_version, handle_time_ms, decided_at, audit_seq, audit_hash, payload"
)
#: rowids tried one by one when the table cannot be read in one go
MAX_ROWS_PROBED = 1_000_000


@dataclass(frozen=True)
class RecoveryReport:
    moved_to: Path
    support_copy: Path
    salvage: Salvage


def move_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename the store and its -wal/-shm to ``<name>.damaged-<UTC time>``; returns the new
    path of the store file. Renaming keeps every byte where it was."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


def read_salvage(path: Path) -> Salvage:
    """Read what can be read: decisions with their outbox status, and the chain's head."""
    salvage = Salvage()
    wal = check_wal(path.with_name(path.name + "-wal"))
    if wal.damaged:
        # SQLite reads the log's valid frames only; say what it cannot give back
        salvage.problems.append(wal.detail)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        salvage.problems.append(f"cannot open: {exc}")
        return salvage
    try:
        pending = _pending_ids(conn, salvage)
        for row in _decision_rows(conn, salvage):
            queued = pending is None or str(row[0]) in pending
            salvage.decisions.append(SalvagedDecision(row, queued))
        _read_head(conn, salvage)
    finally:
        conn.close()
    salvage.decisions.sort(key=lambda d: int(d.row[10]))
    return salvage


def _pending_ids(conn: sqlite3.Connection, salvage: Salvage) -> set[str] | None:
    """Ids not yet synced; None when the outbox cannot be read (then all are sent again:
    the service deduplicates by id)."""
    try:
        rows = conn.execute("SELECT decision_id FROM outbox WHERE status != 'synced'").fetchall()
    except sqlite3.DatabaseError as exc:
        salvage.problems.append(f"outbox unreadable ({exc}); every decision is queued again")
        return None
    return {str(r[0]) for r in rows}


def _decision_rows(conn: sqlite3.Connection, salvage: Salvage) -> list[tuple[Any, ...]]:
    try:
        query = f"SELECT {DECISION_COLUMNS} FROM decisions"  # noqa: S608 - a constant
        return [tuple(r) for r in conn.execute(query)]
    except sqlite3.DatabaseError as exc:
        salvage.problems.append(f"decisions table damaged ({exc}); read row by row")
    rows: list[tuple[Any, ...]] = []
    misses = 0
    for rowid in range(1, MAX_ROWS_PROBED):
        try:
            row = conn.execute(
                f"SELECT {DECISION_COLUMNS} FROM decisions WHERE rowid = ?",  # noqa: S608
                (rowid,),
            ).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            misses += 1
            if misses > 1000:
                break
            continue
        misses = 0
        rows.append(tuple(row))
    return rows


def _read_head(conn: sqlite3.Connection, salvage: Salvage) -> None:
    try:
        row = conn.execute(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        salvage.problems.append(f"audit chain unreadable ({exc}); linked to the last decision")
        row = None
    if row is not None:
        salvage.head_seq, salvage.head_hash = int(row[0]), str(row[1])
        return
    if salvage.decisions:
        last = max(salvage.decisions, key=lambda d: int(d.row[10]))
        salvage.head_seq, salvage.head_hash = int(last.row[10]), str(last.row[11])


def write_support_copy(aside: Path, salvage: Salvage) -> Path:
    """Everything salvaged, as JSON beside the damaged file (owner-only)."""
    target = aside.with_name(aside.name + ".recovered.json")
    document = {
        "damaged_store": aside.name,
        "old_head": {"seq": salvage.head_seq, "hash": salvage.head_hash},
        "problems": salvage.problems,
        "decisions": [
            {
                "decision_id": d.decision_id,
                "pending": d.pending,
                "request": d.payload.decode("utf-8", "replace"),
            }
            for d in salvage.decisions
        ],
    }
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(document, out, indent=1, ensure_ascii=False)
    return target


def recover_store(path: Path) -> RecoveryReport:
    """Move the damaged store aside, salvage it, and queue its decisions in a fresh store."""
    from reviewer.store.decisions import Store

    path = Path(path)
    aside = move_aside(path)
    salvage = read_salvage(aside)
    copy = write_support_copy(aside, salvage)
    with Store.open(path) as fresh:
        fresh.adopt_recovered(salvage, aside.name)
    return RecoveryReport(aside, copy, salvage)
