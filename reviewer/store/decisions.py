"""The local store: every decision is durable here before the UI moves on.

SQLite through the standard library, one :class:`Store` (one connection) per
thread. The file is in WAL mode so that the GUI thread's decision commits never
wait on the sync thread's reads; every write is a short ``BEGIN IMMEDIATE``
transaction (the connection runs with ``isolation_level=None`` and issues
BEGIN/COMMIT itself, so Python never opens a transaction behind our back).
``synchronous=FULL`` on every connection: a commit returns only after the WAL is
fsynced, so an acknowledged decision survives power loss, not only a crash. The
cost is ~0.5 ms per commit (docs/field-notes.md), well inside the 5 ms budget. Only
what the service or the next sync round gives again (an upload's answers, the last
contact) is committed without the fsync (``replayable``, :meth:`Store._write`): it holds
the write lock a decision may wait on for less, and a power cut costs a repeated upload.
The desk grows the write-ahead log to :data:`LOG_RESERVE_BYTES` once a session
(:meth:`Store.reserve_log`), so decision commits overwrite the log, never extend it.

Decisions are immutable rows (triggers refuse UPDATE and DELETE); an undo is a
new ``retract`` decision naming the one it supersedes. Each decision's request
bytes (the exact ``DecisionIn`` JSON) are minted once in :meth:`Store.record_decision`
and resent verbatim on every retry, so the service's dedupe by id is safe.

The audit trail is a hash chain (see :mod:`reviewer.audit`): each decision's
event is written in the same transaction as the decision, and the event's seq
and hash ride in the decision's request bytes.

A chat action (``kind="chat_action"``) takes the same path (same transaction, outbox,
chain) but leaves the case's state alone: it never decides the case. Its kind, target and
duration live only in its request bytes, which the store already keeps immutable, so the
schema did not change for it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol

import pydantic

from reviewer import contract
from reviewer.audit import (
    GENESIS_HASH,
    RECOVERY_EVENT,
    AuditEvent,
    ChainReport,
    DecisionLink,
    canonical_json,
    compare_heads,
    event_hash,
    sha256_hex,
    verify_events,
)
from reviewer.ids import new_id
from reviewer.store import schema
from reviewer.store.rows import (
    CaseRow,
    ChatActionRow,
    DecisionDraft,
    DecisionRow,
    HeldDecision,
    OutboxChange,
    OutboxItem,
    ProblemRow,
    RecordedDecision,
    Salvage,
)
from reviewer.store.schema import CASE_STATES, OUTBOX_STATES, pragma_check
from reviewer.store.wal import check_wal

log = logging.getLogger(__name__)

#: SQLite's write-ahead log header; a shorter log has never been written
_WAL_HEADER_BYTES: Final = 32

__all__ = [
    "DraftError",
    "SchemaTooNewError",
    "Store",
    "StoreDamagedError",
    "StoreError",
    "StoreOwnerError",
    "UnknownCaseError",
]
RETRACT_ACTION: Final = "retract"
BUSY_TIMEOUT_MS: Final = 5000
#: the size the desk grows the write-ahead log to once a session (Store.reserve_log)
LOG_RESERVE_BYTES: Final = 8 * 2**20
#: reserve the log only while the disk keeps this many times its size free
LOG_RESERVE_FREE_FACTOR: Final = 32

_SYNCED_RESULTS: Final = frozenset({"accepted", "duplicate"})
_PROBLEM_RESULTS: Final = frozenset({"id_reused", "case_conflict", "rejected"})
#: the result status of a decision the sync engine isolated and keeps on this desk
HELD_STATUS: Final = "held"


# --- errors -----------------------------------------------------------------------------------


class StoreError(Exception):
    """The store cannot do what was asked; the message says why."""


class DraftError(StoreError, ValueError):
    """A decision draft is invalid; nothing was written."""


class UnknownCaseError(StoreError, ValueError):
    """The case is not in the store (never leased here)."""


class StoreWriteError(StoreError, sqlite3.OperationalError):
    """SQLite refused a write (disk full, locked for too long, I/O error); nothing changed.

    A StoreError, so the UI shows the reason instead of a keystroke silently doing nothing;
    still a sqlite3 error for callers that deal in those.
    """


def _write_failure(exc: sqlite3.Error) -> str:
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return (
            "The disk is full: the local store could not save this change and nothing was "
            "written. Free some space on this computer, then try again."
        )
    return f"The local store could not save this change ({exc}); nothing was written."


class StoreDamagedError(StoreError):
    """The file is not a readable SQLite database; it was left exactly as it was."""


class StoreOwnerError(StoreError):
    """The store holds another moderator's work; it must not be used (or synced) by this one."""


class SchemaTooNewError(StoreError):
    """The store file was written by a newer client; opening it could damage it."""


# --- helpers ----------------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DraftError("a decision time must carry a time zone")
    return moment.astimezone(UTC)


def _iso(moment: datetime) -> str:
    return _utc(moment).isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _now() -> datetime:
    return datetime.now(UTC)


def _restrict(path: Path) -> None:
    """Owner read/write only: the store holds case ids, notes and decisions."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, 0o600)


class WriteGate:
    """The write lock of one store file in this process, shared by every connection to it,
    where background writers (the sync thread) give way to a foreground one waiting.

    The GUI thread and the sync thread each own a connection to the same file. When one
    writes while the other holds SQLite's write lock, SQLite's busy handler polls with
    sleeps of 1, 2, 5, 10 ... ms, so a 2 ms sync transaction could cost a GUI commit
    8-20 ms. Waiting on this lock first wakes the waiter the moment the other commits.
    A plain lock is not fair, though: the sync thread, applying an upload's answers in
    chunks, released and took it again at once, and a decision could wait out several of
    its transactions. Here a background writer starts only while no foreground writer
    waits, so a decision waits at most for the one short transaction already running.
    (Other processes still meet SQLite's own lock and busy timeout.)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._turns = threading.Condition()
        self._foreground_waiting = 0

    def foreground_waiting(self) -> int:
        """Foreground writers waiting for the lock now (diagnostics and tests)."""
        with self._turns:
            return self._foreground_waiting

    @contextlib.contextmanager
    def hold(self, *, background: bool) -> Iterator[None]:
        if background:
            with self._turns:
                self._turns.wait_for(lambda: self._foreground_waiting == 0)
            self._lock.acquire()
        else:
            with self._turns:
                self._foreground_waiting += 1
            try:
                self._lock.acquire()
            finally:
                with self._turns:
                    self._foreground_waiting -= 1
                    self._turns.notify_all()
        try:
            yield
        finally:
            self._lock.release()


class WriteLock(Protocol):
    """What a store's writes take first: :class:`WriteGate` within this process; a test or
    benchmark may pass one shared with another process (``Store.open(gate=...)``)."""

    def hold(self, *, background: bool) -> contextlib.AbstractContextManager[None]: ...


_WRITE_GATES: dict[str, WriteGate] = {}
_WRITE_GATES_GUARD = threading.Lock()


def _write_gate(path: Path) -> WriteGate:
    """One gate per store file in this process (see :class:`WriteGate`)."""
    key = os.path.abspath(path)
    with _WRITE_GATES_GUARD:
        gate = _WRITE_GATES.get(key)
        if gate is None:
            gate = _WRITE_GATES[key] = WriteGate()
        return gate


class WriteWaits:
    """Time this connection's writes waited for the write lock (the process's lock, then
    ``BEGIN IMMEDIATE``): zero while no other thread holds a write transaction. The
    benchmark prints it beside the commit latency while the sync thread uploads."""

    def __init__(self) -> None:
        self.count = 0
        self.total_s = 0.0
        self.max_s = 0.0

    def note(self, seconds: float) -> None:
        self.count += 1
        self.total_s += seconds
        self.max_s = max(self.max_s, seconds)


class Store:
    """One connection to the local store; use it from the thread that opened it only."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        background: bool = False,
        gate: WriteLock | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self._gate: WriteLock = gate if gate is not None else _write_gate(path)
        #: a background connection's writes give way to the others' (the sync thread's)
        self.background = background
        #: how long this connection's write transactions waited to begin
        self.write_waits = WriteWaits()

    # --- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, background: bool = False, gate: WriteLock | None = None) -> Store:
        """Open (creating if needed) the store at ``path`` and bring its schema up to date.

        ``background``: this connection's writes wait while another connection of this
        process waits to write (the sync thread's, so that a decision never queues behind
        a run of its transactions). ``gate``: the lock to take instead of this process's
        one for the file (:class:`WriteGate`), e.g. one shared with another process; this
        connection then no longer queues with the others of this process that use theirs
        (SQLite's busy handler is what stands between them), so give all of them the same."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file owner-only before SQLite sees it, so it is never briefly world-readable.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        _restrict(path)
        # SQLite would replay a damaged log up to the bad frame, drop what follows and
        # checkpoint the loss into the file: check it first and touch nothing if damaged
        wal = check_wal(path.with_name(path.name + "-wal"))
        if wal.damaged:
            raise StoreDamagedError(
                f"{wal.detail}; the store and its log were not changed (keep them for support)"
            )
        conn = sqlite3.connect(
            path,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=True,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                if type(exc) is not sqlite3.DatabaseError:  # locked, I/O: not damage
                    raise
                raise StoreDamagedError(
                    f"the local store at {path} is damaged ({exc}). It may hold decisions "
                    "that have not synced: keep the file for support; the client did not "
                    "change it."
                ) from exc
            if str(mode).lower() != "wal":
                raise StoreError(f"the store at {path} cannot use WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Deleted content is overwritten with zeros, not left in free pages: case detail
            # forgotten at sign-out must not stay readable in the file (shared workstations).
            # Most Linux builds compile this on; macOS and Windows builds do not.
            conn.execute("PRAGMA secure_delete = ON")
            if background:
                # SQLite runs its automatic checkpoint inside the COMMIT that pushes the WAL
                # past 1,000 pages, i.e. while this process's write lock is still held: a
                # decision waited out a sync-thread commit that was copying and syncing 4 MB
                # (49 ms, `make bench`). The background connection checkpoints explicitly,
                # outside the lock (:meth:`checkpoint`); the GUI's keeps SQLite's default as
                # the backstop should the sync thread stop.
                conn.execute("PRAGMA wal_autocheckpoint = 0")
            store = cls(conn, path, background=background, gate=gate)
            store._migrate()
        except BaseException:
            conn.close()
            raise
        # SQLite gives -wal and -shm the database file's mode; make sure anyway.
        for suffix in ("-wal", "-shm"):
            _restrict(path.with_name(path.name + suffix))
        return store

    def reserve_log(self, size: int = LOG_RESERVE_BYTES) -> int:
        """Grow the write-ahead log file to ``size`` bytes now; returns the bytes added.

        SQLite never shrinks the log: after a checkpoint the next writer starts again at
        its top, "since overwriting is faster than appending" (PRAGMA journal_size_limit).
        But it grows the file one commit at a time, and a decision commit that extends the
        file must also journal its new size (in plain SQLite: p99 0.96 ms appending against
        0.22 ms overwriting, on the bench machine). The desk calls this once a session,
        before its sync thread starts (``ui.shell.main_window``), so that no decision pays
        for it; nothing else does (``reviewer doctor`` changes no byte of a store it reads).

        The log gets its header with its first frames: a log without one gets a state row
        (``log_reserved``) first. The zeros go past the file's end, under the write lock,
        so no frame lands where they go; SQLite and :func:`check_wal` read them as the end
        of the log (a frame without the header's salts), and a crash leaves a log that
        opens as it would have. Skipped (0) when the log is already as large, on Windows
        (not measured there), and when the disk has less than
        :data:`LOG_RESERVE_FREE_FACTOR` times ``size`` free: speed never takes the last
        space a decision needs. Never raises: a failure is undone, logged, and the store
        works the same without the reserve.
        """
        if os.name != "posix":
            return 0
        try:
            return self._reserve_log(size)
        except Exception:
            log.warning("could not reserve the write-ahead log", exc_info=True)
            return 0

    def _reserve_log(self, size: int) -> int:
        if shutil.disk_usage(self.path.parent).free < size * LOG_RESERVE_FREE_FACTOR:
            return 0
        wal = self.path.with_name(self.path.name + "-wal")
        if not wal.exists() or wal.stat().st_size < _WAL_HEADER_BYTES:
            self.set_state("log_reserved", str(size))  # SQLite writes the header with it
        sync = getattr(os, "fdatasync", os.fsync)  # macOS has no fdatasync
        with self._write():
            fd = os.open(wal, os.O_WRONLY)
            try:
                start = os.fstat(fd).st_size
                if start < _WAL_HEADER_BYTES or start >= size:
                    return 0
                try:
                    chunk = memoryview(bytes(min(size - start, 2**20)))
                    at = start
                    while at < size:
                        at += os.pwrite(fd, chunk[: size - at], at)
                    sync(fd)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, start)
                    raise
                return size - start
            finally:
                os.close(fd)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = schema.user_version(self._conn)
        if version > schema.SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"the store at {self.path} has schema version {version}; this client knows "
                f"up to {schema.SCHEMA_VERSION}. Update the client; the store was left untouched."
            )
        while version < schema.SCHEMA_VERSION:
            with self._write():
                # Re-read inside the write lock: another thread may have migrated meanwhile.
                version = schema.user_version(self._conn)
                if version >= schema.SCHEMA_VERSION:
                    break
                version = schema.apply_migration(self._conn, version)

    def schema_version(self) -> int:
        return schema.user_version(self._conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """The store's own SQLite connection, for diagnostics and tests only.

        Per-connection state (pragmas, ``query_only`` for fault injection) can only be
        seen or set here. Writing through it skips the write lock, the audit chain and
        the outbox bookkeeping, so application code goes through the methods instead.
        """
        return self._conn

    # --- transactions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, *, replayable: bool = False) -> Iterator[sqlite3.Connection]:
        """A short write transaction that takes the write lock up front (no upgrade deadlock).

        ``replayable``: what it writes can be had again from the service if a power loss
        takes it (the service's answers to an upload: sending the same bytes again gets the
        same answers, ``duplicate`` for the accepted). Such a commit does not wait for the
        disk (``synchronous=NORMAL``): it is safe against the app's crash, and durable with
        the next full commit, since the log is written in order. It holds the write lock,
        which a decision may be waiting for, for a millisecond less. Decisions, leases and
        everything the moderator asked for stay ``FULL``.
        """
        asked = time.perf_counter()
        with self._gate.hold(background=self.background):
            try:
                if replayable:
                    self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                self._back_to_full(replayable)
                raise StoreWriteError(_write_failure(exc)) from exc
            self.write_waits.note(time.perf_counter() - asked)
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                # SQLite may already have rolled back (disk full, I/O error): keep the cause.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error) and not isinstance(exc, StoreError):
                    raise StoreWriteError(_write_failure(exc)) from exc
                raise
            finally:
                self._back_to_full(replayable)

    def _back_to_full(self, replayable: bool) -> None:
        """After a replayable transaction: FULL again for whatever this connection writes
        next. SQLite refuses the change inside a transaction; a connection still in one
        here (a failed ROLLBACK) is unusable anyway, and its error is the one raised."""
        if not replayable or self._conn.in_transaction:
            return
        try:
            self._conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error:
            log.warning("could not set synchronous = FULL again", exc_info=True)

    def checkpoint(self) -> None:
        """Copy the WAL back into the database without waiting for anyone (PASSIVE).

        SQLite runs an automatic checkpoint inside whichever commit pushes the WAL past
        1,000 pages; a background connection has that turned off, and the sync thread calls
        this after its writes instead, so the copy never runs under the write lock and the
        GUI's backstop seldom fires on a decision. PASSIVE takes no write lock, so a GUI
        commit never waits on it; a busy reader or writer only makes it copy less this time.
        """
        self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot across several queries."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    # --- decisions ----------------------------------------------------------------------------

    def record_decision(
        self, draft: DecisionDraft, *, now: datetime | None = None
    ) -> RecordedDecision:
        """Commit a decision, its outbox row, its audit event and the case's new state at once.

        Raises :class:`DraftError` (a ValueError) for a bad draft, leaving the store as it was.
        """
        decided_at = _utc(now) if now is not None else _now()
        decision_id = new_id()
        body_model = _validate_draft(draft, decision_id, decided_at)
        body = canonical_json(body_model.body_fields())
        with self._write() as conn:
            lease_expires_at = self._check_draft_against_store(conn, draft)
            seq, prev = self._head(conn)
            seq += 1
            digest = event_hash(seq, "decision", body, prev)
            wire = body_model.model_copy(update={"audit_seq": seq, "audit_hash": digest})
            payload = wire.wire_json().encode("utf-8")
            stamp = _iso(decided_at)
            conn.execute(
                "INSERT INTO decisions (decision_id, case_id, action, policy_codes, note,"
                " escalation_reason, supersedes, policy_version, handle_time_ms, decided_at,"
                " audit_seq, audit_hash, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    decision_id,
                    draft.case_id,
                    draft.action,
                    canonical_json(list(draft.policy_codes)),
                    draft.note,
                    draft.escalation_reason,
                    draft.supersedes,
                    draft.policy_version,
                    draft.handle_time_ms,
                    stamp,
                    seq,
                    digest,
                    payload,
                ),
            )
            conn.execute(
                "INSERT INTO outbox (decision_id, queued_seq, status, updated_at)"
                " VALUES (?, ?, 'pending', ?)",
                (decision_id, seq, stamp),
            )
            conn.execute(
                "INSERT INTO audit_events (seq, kind, decision_id, at, body, payload_hash,"
                " prev_hash, hash) VALUES (?, 'decision', ?, ?, ?, ?, ?, ?)",
                (seq, decision_id, stamp, body, sha256_hex(body), prev, digest),
            )
            if draft.kind == "case":
                if draft.action != RETRACT_ACTION:
                    new_state = "decided"
                else:  # an undo gives the case back, for as long as its lease lasts
                    new_state = "leased" if lease_expires_at > decided_at else "expired"
                conn.execute(
                    "UPDATE cases SET state = ?, updated_at = ? WHERE case_id = ?",
                    (new_state, stamp, draft.case_id),
                )
        return RecordedDecision(
            decision_id=decision_id,
            case_id=draft.case_id,
            action=draft.action,
            supersedes=draft.supersedes,
            audit_seq=seq,
            audit_hash=digest,
            decided_at=decided_at,
            payload=payload,
        )

    def _check_draft_against_store(
        self, conn: sqlite3.Connection, draft: DecisionDraft
    ) -> datetime:
        """Raise DraftError when the store's state forbids this draft; return the lease expiry."""
        row = conn.execute(
            "SELECT state, lease_expires_at FROM cases WHERE case_id = ?", (draft.case_id,)
        ).fetchone()
        if row is None:
            raise DraftError(f"case {draft.case_id!r} is not in this store (it was never leased)")
        state, lease_expires_at = row[0], _parse(row[1])
        if draft.kind != "case":
            self._check_chat_action(conn, draft, state)
            return lease_expires_at
        if draft.supersedes is None:
            if state == "decided":
                raise DraftError(
                    f"case {draft.case_id!r} is already decided; a correction must name the "
                    "decision it supersedes"
                )
            if state == "released":
                raise DraftError(f"case {draft.case_id!r} was released and is no longer yours")
            return lease_expires_at
        earlier = conn.execute(
            "SELECT case_id, action FROM decisions WHERE decision_id = ?", (draft.supersedes,)
        ).fetchone()
        if earlier is None:
            raise DraftError(f"decision {draft.supersedes!r} to supersede is not in this store")
        if earlier[0] != draft.case_id:
            raise DraftError(
                f"decision {draft.supersedes!r} belongs to case {earlier[0]!r}, "
                f"not {draft.case_id!r}"
            )
        if earlier[1] == RETRACT_ACTION:
            raise DraftError("a retraction cannot itself be superseded; decide the case anew")
        if _payload_kind(conn, draft.supersedes) != "case":
            raise DraftError("a chat action is undone by a chat-action retract, not a decision")
        later = conn.execute(
            "SELECT decision_id FROM decisions WHERE supersedes = ? LIMIT 1", (draft.supersedes,)
        ).fetchone()
        if later is not None:
            raise DraftError(
                f"decision {draft.supersedes!r} was already superseded by {later[0]!r}"
            )
        return lease_expires_at

    @staticmethod
    def _check_chat_action(conn: sqlite3.Connection, draft: DecisionDraft, state: str) -> None:
        """A chat action needs the case not given back; its retract names a standing chat
        action of the same case."""
        if state == "released":
            raise DraftError(f"case {draft.case_id!r} was released and is no longer yours")
        if draft.supersedes is None:
            return
        earlier = conn.execute(
            "SELECT case_id, action FROM decisions WHERE decision_id = ?", (draft.supersedes,)
        ).fetchone()
        if earlier is None or earlier[0] != draft.case_id:
            raise DraftError(f"chat action {draft.supersedes!r} is not on case {draft.case_id!r}")
        if earlier[1] == RETRACT_ACTION or _payload_kind(conn, draft.supersedes) != "chat_action":
            raise DraftError(f"decision {draft.supersedes!r} is not a chat action")
        later = conn.execute(
            "SELECT decision_id FROM decisions WHERE supersedes = ? LIMIT 1", (draft.supersedes,)
        ).fetchone()
        if later is not None:
            raise DraftError(f"chat action {draft.supersedes!r} was already undone")

    def chat_actions(self, case_id: str) -> list[ChatActionRow]:
        """The chat actions recorded on a case that were not undone, oldest first (a case
        holds a handful of decisions: their request bytes are parsed here)."""
        rows = self._conn.execute(
            "SELECT d.decision_id, d.action, d.payload, d.decided_at, d.policy_codes FROM"
            " decisions d WHERE d.case_id = ? AND NOT EXISTS (SELECT 1 FROM decisions l"
            " WHERE l.supersedes = d.decision_id) ORDER BY d.audit_seq",
            (case_id,),
        ).fetchall()
        out: list[ChatActionRow] = []
        for decision_id, action, payload, decided_at, codes in rows:
            wire = json.loads(bytes(payload))
            target = wire.get("target")
            if wire.get("kind") != "chat_action" or action == RETRACT_ACTION or not target:
                continue
            out.append(
                ChatActionRow(
                    decision_id=decision_id,
                    action=action,
                    target_kind=str(target["kind"]),
                    target_id=str(target["id"]),
                    duration_s=wire.get("duration_s"),
                    policy_codes=tuple(json.loads(codes)),
                    decided_at=_parse(decided_at),
                )
            )
        return out

    def decision(self, decision_id: str) -> RecordedDecision | None:
        row = self._conn.execute(
            "SELECT decision_id, case_id, action, supersedes, audit_seq, audit_hash, decided_at,"
            " payload FROM decisions WHERE decision_id = ?",
            (decision_id,),
        ).fetchone()
        if row is None:
            return None
        return RecordedDecision(
            decision_id=row[0],
            case_id=row[1],
            action=row[2],
            supersedes=row[3],
            audit_seq=row[4],
            audit_hash=row[5],
            decided_at=_parse(row[6]),
            payload=bytes(row[7]),
        )

    def case_decisions(self, case_id: str) -> list[DecisionRow]:
        """Every decision on a case, oldest first, with its sync status."""
        return self._decision_rows("WHERE d.case_id = ? ORDER BY d.audit_seq", (case_id,))

    def recent_decisions(self, limit: int = 100) -> list[DecisionRow]:
        """The newest decisions first (offline history)."""
        return self._decision_rows("ORDER BY d.audit_seq DESC LIMIT ?", (limit,))

    def _decision_rows(self, tail: str, args: tuple[Any, ...]) -> list[DecisionRow]:
        sql = (
            "SELECT d.decision_id, d.case_id, d.action, d.policy_codes, d.note, d.supersedes,"
            " d.decided_at, d.audit_seq, o.status, o.result_status, o.result_reason"
            " FROM decisions d JOIN outbox o USING (decision_id) "
        )
        rows = self._conn.execute(sql + tail, args).fetchall()  # tail is fixed text
        return [
            DecisionRow(
                decision_id=r[0],
                case_id=r[1],
                action=r[2],
                policy_codes=tuple(json.loads(r[3])),
                note=r[4],
                supersedes=r[5],
                decided_at=_parse(r[6]),
                audit_seq=r[7],
                outbox_status=r[8],
                result_status=r[9],
                result_reason=r[10],
            )
            for r in rows
        ]

    # --- outbox -------------------------------------------------------------------------------

    def pending_outbox(
        self, limit: int = 500, *, exclude_cases: Sequence[str] = ()
    ) -> list[OutboxItem]:
        """Decisions the service has not acknowledged yet, oldest first.

        A decision held on this desk (:meth:`hold`) holds back every later decision on its
        case (a correction or retraction supersedes it; the service refuses a decision that
        supersedes one it has not seen), so those are left out; so are the decisions of
        ``exclude_cases`` (the sync engine's cases with a decision it is isolating).
        """
        marks = ",".join("?" * len(exclude_cases))
        skip = f" AND d.case_id NOT IN ({marks})" if exclude_cases else ""
        # The held decisions' cases are found once per call, not once per pending row: a
        # correlated subquery walked every problem row for each of the 500 pending ones, and
        # problems are kept for good (120 ms a call at 1,500 problems; the drain spent 90 % of
        # its time here).
        rows = self._conn.execute(
            # only "?" placeholders are formatted in; the case ids are bound parameters
            "WITH held AS ("  # noqa: S608
            "  SELECT hd.case_id AS case_id, min(h.queued_seq) AS first_seq"
            "  FROM outbox h JOIN decisions hd USING (decision_id)"
            "  WHERE h.status = 'problem' AND h.result_status = ? GROUP BY hd.case_id)"
            " SELECT o.decision_id, d.case_id, d.payload, o.attempts FROM outbox o"
            " JOIN decisions d USING (decision_id)"
            " WHERE o.status = 'pending'" + skip + " AND NOT EXISTS ("
            "  SELECT 1 FROM held WHERE held.case_id = d.case_id"
            "  AND held.first_seq < o.queued_seq)"
            " ORDER BY o.queued_seq LIMIT ?",
            (HELD_STATUS, *exclude_cases, max(0, limit)),
        ).fetchall()
        return [OutboxItem(r[0], r[1], bytes(r[2]), r[3]) for r in rows]

    def undelivered(self) -> list[OutboxItem]:
        """Every decision the service has not accepted yet, pending or held, oldest first:
        what ``reviewer export-pending`` writes for a lead to import when the account is
        disabled."""
        rows = self._conn.execute(
            "SELECT o.decision_id, d.case_id, d.payload, o.attempts FROM outbox o"
            " JOIN decisions d USING (decision_id)"
            " WHERE o.status = 'pending' OR (o.status = 'problem' AND o.result_status = ?)"
            " ORDER BY o.queued_seq",
            (HELD_STATUS,),
        ).fetchall()
        return [OutboxItem(r[0], r[1], bytes(r[2]), r[3]) for r in rows]

    def hold(
        self,
        decision_id: str,
        reason: str,
        *,
        now: datetime | None = None,
        answer_status: int | None = None,
        problem_type: str = "",
        request_id: str = "",
    ) -> bool:
        """Keep a decision the service keeps refusing on this desk as a visible problem.

        It stays in the store with its stored request bytes (status ``held``), holds back
        the later decisions on its case, and goes up again after :meth:`retry_held`. The
        service's last answer is kept field by field for the support export.
        False when it was no longer pending.
        """
        stamp = _iso(now or _now())
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE outbox SET status = 'problem', result_status = ?, result_reason = ?,"
                " attempts = attempts + 1, last_error = ?, last_attempt_at = ?, updated_at = ?,"
                " answer_status = ?, answer_problem_type = ?, answer_request_id = ?"
                " WHERE decision_id = ? AND status = 'pending'",
                (
                    HELD_STATUS,
                    reason[:1000],
                    reason[:1000],
                    stamp,
                    stamp,
                    answer_status,
                    problem_type[:500],
                    request_id[:200],
                    decision_id,
                ),
            )
            return cur.rowcount == 1

    def held_decisions(self) -> list[HeldDecision]:
        """The decisions held on this desk, oldest first, with their exact request bytes."""
        rows = self._conn.execute(
            "SELECT o.decision_id, d.case_id, d.audit_seq, d.audit_hash, d.payload, o.attempts,"
            " o.result_reason, o.updated_at, o.answer_status, o.answer_problem_type,"
            " o.answer_request_id FROM outbox o JOIN decisions d USING (decision_id)"
            " WHERE o.status = 'problem' AND o.result_status = ? ORDER BY o.queued_seq",
            (HELD_STATUS,),
        ).fetchall()
        return [
            HeldDecision(
                r[0], r[1], r[2], r[3], bytes(r[4]), r[5], r[6], _parse(r[7]), r[8], r[9], r[10]
            )
            for r in rows
        ]

    def retry_held(self, decision_ids: Sequence[str], *, now: datetime | None = None) -> int:
        """Put held decisions back in the outbox (the problems dialog's Retry); how many."""
        stamp = _iso(now or _now())
        with self._write() as conn:
            changed = 0
            for decision_id in decision_ids:
                cur = conn.execute(
                    "UPDATE outbox SET status = 'pending', result_status = NULL,"
                    " result_reason = '', attempts = 0, updated_at = ?"
                    " WHERE decision_id = ? AND status = 'problem' AND result_status = ?",
                    (stamp, decision_id, HELD_STATUS),
                )
                changed += cur.rowcount
            return changed

    def apply_results(
        self,
        results: Sequence[contract.DecisionResult],
        *,
        sent: Sequence[str] = (),
        now: datetime | None = None,
    ) -> OutboxChange:
        """Mark pending items by the service's answers, in one transaction.

        accepted/duplicate -> synced; id_reused/case_conflict/rejected -> a durable problem
        row with its reason. Ids in ``sent`` that got no answer stay pending and come back
        in ``retry`` (their attempt is counted). Answers for rows no longer pending change
        nothing: a synced decision never turns into a problem.
        """
        stamp = _iso(now or _now())
        synced: list[str] = []
        problems: list[str] = []
        rows: list[tuple[Any, ...]] = []
        by_id: dict[str, str] = {}
        for result in results:
            if result.status in _SYNCED_RESULTS:
                new_status = "synced"
            elif result.status in _PROBLEM_RESULTS:
                new_status = "problem"
            else:  # pragma: no cover - the contract's Literal forbids anything else
                continue
            if result.decision_id in by_id:
                continue  # the first answer for an id wins, as the row is no longer pending
            by_id[result.decision_id] = new_status
            reason = result.reason or _default_reason(result)
            rows.append(
                (
                    new_status,
                    result.status,
                    reason,
                    result.conflicting_decision_id,
                    result.server_seq,
                    stamp,
                    stamp,
                    result.decision_id,
                )
            )
        answered = {r.decision_id for r in results}
        retry = [d for d in dict.fromkeys(sent) if d not in answered]
        # One short transaction (a lookup by key, two executemany): the GUI thread commits
        # decisions meanwhile and waits for this one. The answers are replayable: lost to a
        # power cut, the same upload is sent again and answered the same (see _write).
        with self._write(replayable=True) as conn:
            pending = _pending_among(conn, list(by_id))
            conn.executemany(
                "UPDATE outbox SET status = ?, result_status = ?, result_reason = ?,"
                " conflicting_decision_id = ?, server_seq = ?, updated_at = ?,"
                " attempts = attempts + 1, last_attempt_at = ?"
                " WHERE decision_id = ? AND status = 'pending'",
                [r for r in rows if r[-1] in pending],
            )
            conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?,"
                " last_error = 'no answer from the service for this item', updated_at = ?"
                " WHERE decision_id = ? AND status = 'pending'",
                [(stamp, stamp, d) for d in retry],
            )
        for decision_id, new_status in by_id.items():
            if decision_id in pending:
                (synced if new_status == "synced" else problems).append(decision_id)
        return OutboxChange(tuple(synced), tuple(problems), tuple(retry))

    def note_attempt(
        self, decision_ids: Sequence[str], error: str, *, now: datetime | None = None
    ) -> None:
        """Count a failed upload of these items; they stay pending."""
        stamp = _iso(now or _now())
        with self._write() as conn:
            conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, last_attempt_at = ?,"
                " updated_at = ? WHERE decision_id = ? AND status = 'pending'",
                [(error[:1000], stamp, stamp, d) for d in decision_ids],
            )

    def outbox_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTBOX_STATES, 0)
        for status, n in self._conn.execute("SELECT status, count(*) FROM outbox GROUP BY status"):
            counts[status] = n
        return counts

    def problems(self) -> list[ProblemRow]:
        """Decisions the service refused, newest answer last; never dropped."""
        rows = self._conn.execute(
            "SELECT o.decision_id, d.case_id, d.action, o.result_status, o.result_reason,"
            " o.updated_at, o.conflicting_decision_id FROM outbox o"
            " JOIN decisions d USING (decision_id)"
            " WHERE o.status = 'problem' ORDER BY o.updated_at, o.queued_seq"
        ).fetchall()
        return [ProblemRow(r[0], r[1], r[2], r[3] or "", r[4], _parse(r[5]), r[6]) for r in rows]

    # --- audit chain --------------------------------------------------------------------------

    @staticmethod
    def _head(conn: sqlite3.Connection) -> tuple[int, str]:
        row = conn.execute(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    def chain_head(self) -> tuple[int, str]:
        """(sequence number, head hash) of the audit chain; genesis is (0, 64 zeros)."""
        return self._head(self._conn)

    def recovery_links(self) -> list[tuple[int, str, str]]:
        """(seq, hash, old head hash) of each recovery event (``reviewer recover-store``)."""
        rows = self._conn.execute(
            "SELECT seq, hash, prev_hash FROM audit_events WHERE kind = ? ORDER BY seq",
            (RECOVERY_EVENT,),
        ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def chain_hash_at(self, seq: int) -> str | None:
        """The hash of event ``seq`` (GENESIS_HASH for 0), or None when there is no such event."""
        if seq == 0:
            return GENESIS_HASH
        row = self._conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq,)).fetchone()
        if row is not None:
            return str(row[0])
        # A recovered store knows the old head it links to, not the events before it.
        first = self._conn.execute(
            "SELECT seq, kind, prev_hash FROM audit_events ORDER BY seq LIMIT 1"
        ).fetchone()
        if first is not None and first[1] == RECOVERY_EVENT and seq == int(first[0]) - 1:
            return str(first[2])
        return None

    def verify_chain(self) -> ChainReport:
        """Recompute every link; an edited, inserted, removed or reordered event is found.

        A deleted tail leaves a valid shorter chain: :meth:`verify_against` finds that by
        comparing with the (seq, head) the service last received.
        """
        with self._read() as conn:
            return self._verify_chain(conn)

    @staticmethod
    def _verify_chain(conn: sqlite3.Connection) -> ChainReport:
        decisions = {
            r[0]: DecisionLink(r[1], r[2], bytes(r[3]))
            for r in conn.execute(
                "SELECT decision_id, audit_seq, audit_hash, payload FROM decisions"
            ).fetchall()
        }
        events = [
            AuditEvent(*r)
            for r in conn.execute(
                "SELECT seq, kind, decision_id, body, payload_hash, prev_hash, hash"
                " FROM audit_events ORDER BY seq"
            ).fetchall()
        ]
        return verify_events(events, decisions)

    def verify_against(self, service_seq: int, service_head: str) -> ChainReport:
        """Compare with the (seq, head) the service holds: finds a deleted or rewritten tail."""
        local = self.verify_chain()
        if not local.ok:
            return local
        head_seq, _ = self.chain_head()
        problem = compare_heads(
            head_seq, self.chain_hash_at(min(service_seq, head_seq)), service_seq, service_head
        )
        return problem or ChainReport(True, local.checked, None, "audit chain matches the service")

    # --- cases --------------------------------------------------------------------------------

    def save_batch(self, batch: contract.Batch) -> list[str]:
        """Store a leased batch; returns the case ids in lease order.

        A case this client already decided stays decided even if the service leases it
        again before our decision reached it.
        """
        stamp = _iso(_now())
        ids: list[str] = []
        with self._write() as conn:
            for case in batch.cases:
                conn.execute(
                    "INSERT INTO cases (case_id, queue, batch_id, lease_expires_at, state,"
                    " leased_at, updated_at, priority) VALUES (?, ?, ?, ?, 'leased', ?, ?, ?)"
                    " ON CONFLICT (case_id) DO UPDATE SET queue = excluded.queue,"
                    " batch_id = excluded.batch_id, lease_expires_at = excluded.lease_expires_at,"
                    " leased_at = excluded.leased_at, updated_at = excluded.updated_at,"
                    " content_evicted = 0, priority = excluded.priority,"
                    " state = CASE WHEN state = 'decided' THEN 'decided' ELSE 'leased' END",
                    (
                        case.case_id,
                        batch.queue,
                        batch.batch_id,
                        _iso(case.lease_expires_at),
                        stamp,
                        stamp,
                        None if case.priority is None else case.priority.model_dump_json(),
                    ),
                )
                ids.append(case.case_id)
        return ids

    def renew_leases(self, case_ids: Sequence[str], lease_expires_at: datetime) -> int:
        """Move the lease expiry of these cases; returns how many rows changed."""
        stamp = _iso(_now())
        with self._write() as conn:
            changed = 0
            for case_id in case_ids:
                changed += conn.execute(
                    "UPDATE cases SET lease_expires_at = ?, updated_at = ? WHERE case_id = ?",
                    (_iso(lease_expires_at), stamp, case_id),
                ).rowcount
        return changed

    def expire_leases(self, now: datetime | None = None) -> list[str]:
        """Mark leased cases whose lease has run out as expired; returns their ids."""
        moment = _utc(now) if now else _now()
        expired: list[str] = []
        with self._write() as conn:
            for case_id, expires in conn.execute(
                "SELECT case_id, lease_expires_at FROM cases WHERE state = 'leased'"
            ).fetchall():
                if _parse(expires) <= moment:
                    expired.append(case_id)
            conn.executemany(
                "UPDATE cases SET state = 'expired', updated_at = ? WHERE case_id = ?",
                [(_iso(moment), c) for c in expired],
            )
        return expired

    def save_case_detail(self, detail: contract.CaseDetail) -> None:
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE cases SET detail = ?, updated_at = ? WHERE case_id = ?",
                (detail.model_dump_json(), _iso(_now()), detail.case_id),
            )
            if cur.rowcount == 0:
                raise UnknownCaseError(
                    f"case {detail.case_id!r} is not leased here; its detail was not stored"
                )

    def holds_content(self, case_id: str) -> bool:
        """The case is leased here with its detail stored and its content not evicted."""
        row = self._conn.execute(
            "SELECT 1 FROM cases WHERE case_id = ? AND content_evicted = 0 AND detail IS NOT NULL",
            (case_id,),
        ).fetchone()
        return row is not None

    def update_case_detail(
        self,
        case_id: str,
        change: Callable[[contract.CaseDetail], contract.CaseDetail],
        *,
        tries: int = 3,
    ) -> contract.CaseDetail | None:
        """Store ``change(detail)`` in place of the case's stored detail (a followed live
        stream's news). Read, changed and serialised outside the write transaction, which
        only swaps the text if it is still the one read (else it reads again, up to
        ``tries`` times). None when the case holds no content (evicted, signed out, never
        fetched) or kept changing: nothing is written then."""
        for _ in range(max(1, tries)):
            row = self._conn.execute(
                "SELECT detail FROM cases WHERE case_id = ? AND content_evicted = 0",
                (case_id,),
            ).fetchone()
            if row is None or row[0] is None:
                return None
            old = contract.CaseDetail.model_validate_json(row[0])
            new = change(old)
            if new is old:
                return old
            text = new.model_dump_json()
            with self._write() as conn:
                cur = conn.execute(
                    "UPDATE cases SET detail = ?, updated_at = ? WHERE case_id = ?"
                    " AND content_evicted = 0 AND detail = ?",
                    (text, _iso(_now()), case_id, row[0]),
                )
            if cur.rowcount:
                return new
        return None

    def case_priority(self, case_id: str) -> contract.PriorityWhy | None:
        """The priority the case was leased with (None: the service did not say, or the
        stored value no longer reads)."""
        row = self._conn.execute(
            "SELECT priority FROM cases WHERE case_id = ?", (case_id,)
        ).fetchone()
        if row is None or not row[0]:
            return None
        try:
            return contract.PriorityWhy.model_validate_json(row[0])
        except ValueError:
            return None

    def case_detail(self, case_id: str) -> contract.CaseDetail | None:
        row = self._conn.execute(
            "SELECT detail FROM cases WHERE case_id = ?", (case_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return contract.CaseDetail.model_validate_json(row[0])

    def finished_cases(self) -> list[str]:
        """Cases whose cached content should go now: lease released or expired, or decided
        with every decision answered by the service. Cases already evicted are left out."""
        rows = self._conn.execute(
            "SELECT c.case_id FROM cases c WHERE c.content_evicted = 0"
            " AND (c.state IN ('released', 'expired')"
            "  OR (c.state = 'decided' AND NOT EXISTS (SELECT 1 FROM decisions d"
            "      JOIN outbox o USING (decision_id)"
            "      WHERE d.case_id = c.case_id AND o.status = 'pending')))"
            " ORDER BY c.leased_at, c.rowid"
        ).fetchall()
        return [r[0] for r in rows]

    def cases_leased_before(self, cutoff: datetime) -> list[str]:
        """Cases still holding content that were leased before ``cutoff`` (retention sweep)."""
        limit = _utc(cutoff)
        rows = self._conn.execute(
            "SELECT case_id, leased_at FROM cases WHERE content_evicted = 0 ORDER BY leased_at"
        ).fetchall()
        return [r[0] for r in rows if _parse(r[1]) < limit]

    def mark_content_evicted(self, case_ids: Sequence[str]) -> None:
        """Forget cached case detail (titles, names, reports) once its files are gone."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE cases SET detail = NULL, content_evicted = 1 WHERE case_id = ?",
                [(c,) for c in case_ids],
            )

    def drop_case_details(self, case_ids: Sequence[str]) -> None:
        """Same as :meth:`mark_content_evicted` (the name the sync engine first used)."""
        self.mark_content_evicted(case_ids)

    def forget_all_case_content(self) -> bool:
        """Sign-out: no case detail stays in the store (decisions and their outbox do).

        Besides the rows, the case text must leave the file's free pages (secure_delete,
        set at open) and the write-ahead log, which keeps old page images until a
        checkpoint copies them back and truncates it. Returns whether that truncating
        checkpoint completed; when another connection still reads, it did not, and the
        caller calls again once that connection is done (the GUI does after the sync thread).
        """
        with self._write() as conn:
            conn.execute("UPDATE cases SET detail = NULL, content_evicted = 1")
        return self.truncate_wal()

    def adopt_recovered(self, salvage: Salvage, moved_to: str) -> int:
        """Fill this fresh store with what a damaged one held (``reviewer recover-store``).

        The decisions keep their rows and stored request bytes (so the service deduplicates);
        the unsynced ones are queued again. The audit chain starts with a ``recovery`` event
        at the old head's next seq, linked to the old head, listing the carried decisions.
        Returns how many decisions were queued.
        """
        if self.chain_head()[0] != 0:
            raise StoreError("recovered decisions go into a fresh store only")
        now = _iso(_now())
        seq = salvage.head_seq + 1
        body = canonical_json(
            {
                "previous_seq": salvage.head_seq,
                "previous_head": salvage.head_hash,
                "moved_to": moved_to,
                "carried": [d.decision_id for d in salvage.decisions],
                "problems": salvage.problems,
            }
        )
        digest = event_hash(seq, RECOVERY_EVENT, body, salvage.head_hash)
        # A decision may supersede one that could not be read: no foreign key check here.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._write() as conn:
                for item in salvage.decisions:
                    conn.execute(
                        "INSERT INTO decisions (decision_id, case_id, action, policy_codes, note,"
                        " escalation_reason, supersedes, policy_version, handle_time_ms,"
                        " decided_at, audit_seq, audit_hash, payload)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        item.row,
                    )
                    conn.execute(
                        "INSERT INTO outbox (decision_id, queued_seq, status, updated_at)"
                        " VALUES (?, ?, ?, ?)",
                        (
                            item.decision_id,
                            item.row[10],
                            "pending" if item.pending else "synced",
                            now,
                        ),
                    )
                conn.execute(
                    "INSERT INTO audit_events (seq, kind, decision_id, at, body, payload_hash,"
                    " prev_hash, hash) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
                    (seq, RECOVERY_EVENT, now, body, sha256_hex(body), salvage.head_hash, digest),
                )
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")
        return len(salvage.pending)

    def truncate_wal(self) -> bool:
        """Checkpoint everything and cut the write-ahead log to zero bytes; False if a reader
        or writer on another connection kept it from completing (then nothing is lost: the
        log is simply still there)."""
        try:
            busy, _log, _done = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:  # locked for longer than the busy timeout
            return False
        return int(busy) == 0

    def open_cases(self, *, include_expired: bool = False) -> list[CaseRow]:
        """Cases leased to this client and not yet decided or released, in lease order."""
        states = ("leased", "expired") if include_expired else ("leased",)
        rows = self._conn.execute(
            "SELECT case_id, queue, batch_id, lease_expires_at, state, detail IS NOT NULL"
            " FROM cases WHERE state IN (?, ?) ORDER BY leased_at, rowid",
            (states[0], states[-1]),
        ).fetchall()
        return [CaseRow(r[0], r[1], r[2], _parse(r[3]), r[4], bool(r[5])) for r in rows]

    def case_state(self, case_id: str) -> str | None:
        row = self._conn.execute("SELECT state FROM cases WHERE case_id = ?", (case_id,)).fetchone()
        return None if row is None else str(row[0])

    def set_case_state(self, case_id: str, state: str) -> None:
        if state not in CASE_STATES:
            raise ValueError(f"unknown case state {state!r}; expected one of {CASE_STATES}")
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE cases SET state = ?, updated_at = ? WHERE case_id = ?",
                (state, _iso(_now()), case_id),
            )
            if cur.rowcount == 0:
                raise UnknownCaseError(f"case {case_id!r} is not in this store")

    # --- announcement acknowledgements ----------------------------------------------------------

    def record_ack(self, announcement_id: str, *, now: datetime | None = None) -> None:
        """Remember an acknowledgement (once) and put it in the audit chain."""
        if not announcement_id or len(announcement_id) > 200:
            raise ValueError("an announcement id must be 1-200 characters")
        stamp = _iso(now or _now())
        with self._write() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO acks (announcement_id, acked_at) VALUES (?, ?)",
                (announcement_id, stamp),
            )
            if cur.rowcount == 0:
                return
            body = canonical_json({"announcement_id": announcement_id, "acked_at": stamp})
            seq, prev = self._head(conn)
            seq += 1
            conn.execute(
                "INSERT INTO audit_events (seq, kind, decision_id, at, body, payload_hash,"
                " prev_hash, hash) VALUES (?, 'ack', NULL, ?, ?, ?, ?, ?)",
                (seq, stamp, body, sha256_hex(body), prev, event_hash(seq, "ack", body, prev)),
            )

    def pending_acks(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT announcement_id FROM acks WHERE synced_at IS NULL ORDER BY acked_at"
        ).fetchall()
        return [r[0] for r in rows]

    def mark_acks_synced(self, ids: Sequence[str]) -> None:
        stamp = _iso(_now())
        with self._write() as conn:
            conn.executemany(
                "UPDATE acks SET synced_at = ? WHERE announcement_id = ? AND synced_at IS NULL",
                [(stamp, i) for i in ids],
            )

    # --- owner --------------------------------------------------------------------------------

    def owner(self) -> tuple[str, str] | None:
        """(server URL, user name) this store belongs to, once claimed."""
        server, user = self.get_state("owner_server"), self.get_state("owner_user")
        return None if server is None or user is None else (server, user)

    def claim(self, server_url: str, username: str) -> None:
        """Bind the store to one moderator on one server (first sign-in), or refuse another.

        Decisions, the outbox and the audit chain are one person's: syncing them with
        someone else's token would put that person's name on them.
        """
        server = server_url.strip().rstrip("/")
        user = username.strip()
        if not server or not user:
            raise ValueError("a store belongs to a server URL and a user name")
        with self._write() as conn:
            rows = dict(
                conn.execute(
                    "SELECT key, value FROM state WHERE key IN ('owner_server', 'owner_user')"
                ).fetchall()
            )
            if not rows:
                conn.executemany(
                    "INSERT INTO state (key, value) VALUES (?, ?)",
                    [("owner_server", server), ("owner_user", user)],
                )
                return
            if (rows.get("owner_server", "").lower(), rows.get("owner_user")) != (
                server.lower(),
                user,
            ):
                raise StoreOwnerError(
                    f"this local store holds the work of {rows.get('owner_user')!r} on "
                    f"{rows.get('owner_server')}; it cannot be used by {user!r} on {server}"
                )

    # --- key/value sync state -----------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        self.set_states({key: value})

    def set_states(self, values: Mapping[str, str], *, replayable: bool = False) -> None:
        """Several keys in one transaction; ``replayable`` for observations the next round
        makes again (the last contact, the clock's skew): no fsync (see :meth:`_write`)."""
        with self._write(replayable=replayable) as conn:
            conn.executemany(
                "INSERT INTO state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    # --- health -------------------------------------------------------------------------------

    def quick_check(self) -> str:
        """``"ok"`` or SQLite's description of the damage (PRAGMA quick_check)."""
        return pragma_check(self._conn, "quick_check")

    def integrity_check(self) -> str:
        """The thorough check (also verifies indexes against tables); slower than quick_check."""
        return pragma_check(self._conn, "integrity_check")


def _pending_among(conn: sqlite3.Connection, decision_ids: list[str]) -> set[str]:
    """Which of these outbox rows are still pending (read inside the caller's transaction,
    which holds the write lock a decision may be waiting for: so by primary key only)."""
    pending: set[str] = set()
    for start in range(0, len(decision_ids), 500):
        chunk = decision_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        pending.update(
            row[0]
            for row in conn.execute(
                # only "?" placeholders are formatted in; the ids are bound parameters. The
                # unary + keeps SQLite off the status index, which made this scan every
                # pending row (10,000 in a drain) inside the write lock: ids by primary key.
                f"SELECT decision_id FROM outbox WHERE +status = 'pending'"  # noqa: S608
                f" AND decision_id IN ({marks})",
                chunk,
            )
        )
    return pending


def _payload_kind(conn: sqlite3.Connection, decision_id: str) -> str:
    """The kind of a stored decision, from its request bytes ("case" when they say none)."""
    row = conn.execute(
        "SELECT payload FROM decisions WHERE decision_id = ?", (decision_id,)
    ).fetchone()
    if row is None:
        return ""
    kind = json.loads(bytes(row[0])).get("kind", "case")
    return str(kind)


def _default_reason(result: contract.DecisionResult) -> str:
    if result.status == "case_conflict":
        other = result.conflicting_decision_id
        return "someone else decided this case" + (f" (decision {other})" if other else "")
    if result.status == "id_reused":
        return "the service already holds other content under this decision id"
    if result.status == "rejected":
        return "the service rejected this decision"
    return ""


def _validate_draft(
    draft: DecisionDraft, decision_id: str, decided_at: datetime
) -> contract.DecisionIn:
    """Check the draft against the wire contract before touching the store."""
    if not isinstance(draft.action, str) or not draft.action.strip():
        raise DraftError("a decision needs an action")
    if draft.action == RETRACT_ACTION and not draft.supersedes:
        raise DraftError("a retraction must name the decision it retracts (supersedes)")
    if len(draft.note) > contract.MAX_NOTE_CHARS:
        raise DraftError(
            f"the note is {len(draft.note)} characters; at most {contract.MAX_NOTE_CHARS} fit"
        )
    if len(set(draft.policy_codes)) != len(draft.policy_codes):
        raise DraftError("a policy code is listed twice")
    target = None if draft.target is None else {"kind": draft.target[0], "id": draft.target[1]}
    # validated by the model like the rest of the draft (a bad kind or duration is a DraftError)
    chat: dict[str, Any] = {"kind": draft.kind, "target": target, "duration_s": draft.duration_s}
    try:
        item = contract.DecisionIn(
            decision_id=decision_id,
            case_id=draft.case_id,
            action=draft.action,
            policy_codes=list(draft.policy_codes),
            note=draft.note,
            escalation_reason=draft.escalation_reason,
            supersedes=draft.supersedes,
            policy_version=draft.policy_version,
            handle_time_ms=draft.handle_time_ms,
            decided_at=decided_at,
            audit_seq=0,
            audit_hash=GENESIS_HASH,
            confirmed_high_profile=draft.confirmed_high_profile,
            **chat,
        )
    except pydantic.ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'draft'}: {err['msg']}"
            for err in exc.errors(include_url=False)
        )
        raise DraftError(f"the decision is not valid: {details}") from None
    problem = contract.chat_action_problem(item)
    if problem:
        raise DraftError(problem)
    return item
