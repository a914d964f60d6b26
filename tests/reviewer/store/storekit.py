"""Helpers shared by the store tests and the crash-test child (no pytest imports here)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reviewer import contract
from reviewer.store.decisions import Store
from reviewer.store.rows import DecisionDraft


def lease(
    store: Store,
    case_ids: list[str],
    *,
    batch_id: str = "batch-1",
    queue: str = "live-en",
    minutes: float = 10,
) -> list[str]:
    """Lease these cases to the store as the service would."""
    now = datetime.now(UTC)
    expires = now + timedelta(minutes=minutes)
    batch = contract.Batch(
        batch_id=batch_id,
        queue=queue,
        cases=[contract.LeasedCase(case_id=c, lease_expires_at=expires) for c in case_ids],
        lease_expires_at=expires,
        server_time=now,
    )
    return store.save_batch(batch)


def draft(
    case_id: str,
    action: str = "warn",
    *,
    policy_codes: tuple[str, ...] = ("HARASSMENT",),
    note: str = "",
    supersedes: str | None = None,
    handle_time_ms: int = 1500,
    escalation_reason: str = "",
) -> DecisionDraft:
    return DecisionDraft(
        case_id=case_id,
        action=action,
        policy_codes=policy_codes,
        note=note,
        escalation_reason=escalation_reason,
        supersedes=supersedes,
        policy_version="2026.11.1",
        handle_time_ms=handle_time_ms,
    )


def dump(path: Path) -> str:
    """Every row of every table (SQL text), read through a fresh connection."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def tamper(path: Path, *statements: str) -> None:
    """Edit the file behind the store's back, as someone with the sqlite3 shell could."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for trigger in ("decisions_no_update", "decisions_no_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for trigger in ("audit_no_update", "audit_no_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage in the file (store closed, so its
    write-ahead log is folded in): real damage for the recovery tests."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)
