"""Calibration answers, offline-first, in their own small SQLite file beside the store.

A separate file (``<store>.calibration.sqlite3``) rather than new tables in the
decision store: the store's schema is versioned by ``PRAGMA user_version`` and
owned by the decision path (migrations, owner claim, crash tests); calibration
answers have a different life (per session, short-lived, no audit chain), so
they get their own file, created with ``CREATE TABLE IF NOT EXISTS`` and never
touching the store's migrations. Same durability rules as decisions: WAL,
``synchronous=FULL``, one short ``BEGIN IMMEDIATE`` per answer, so an answer is
on disk before the UI shows the next item.

Each answer's request bytes (the exact ``CalibrationAnswerIn`` JSON) are minted
once when it is recorded and resent verbatim by :func:`sync_answers` until the
service has acknowledged them (accepted or duplicate), so the service's dedupe
by answer id makes every retry safe: an answer reaches the service exactly once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from reviewer import contract
from reviewer.chat import ChatLog
from reviewer.client.calibration import CalibrationApi
from reviewer.client.errors import BadResponse
from reviewer.ids import new_id

__all__ = [
    "AlreadyAnswered",
    "AnswerRow",
    "CalibrationStore",
    "ItemContent",
    "SyncOutcome",
    "calibration_path_for",
    "fetch_item_content",
    "sync_answers",
]

BUSY_TIMEOUT_MS: Final = 5000
UPLOAD_CHUNK: Final = 250
_ACKED: Final = frozenset({"accepted", "duplicate"})

_SCHEMA: Final = (
    """CREATE TABLE IF NOT EXISTS cal_sessions (
        session_id TEXT PRIMARY KEY,
        summary_json TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS cal_items (
        item_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        item_json TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS cal_items_session ON cal_items (session_id, position)",
    """CREATE TABLE IF NOT EXISTS cal_answers (
        answer_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        action TEXT NOT NULL,
        policy_codes TEXT NOT NULL,
        note TEXT NOT NULL,
        handle_time_ms INTEGER NOT NULL,
        answered_at TEXT NOT NULL,
        body BLOB NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'synced', 'problem')),
        result TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT,
        UNIQUE (session_id, item_id)
    )""",
    # The request bytes are minted once: a retry must resend exactly these.
    """CREATE TRIGGER IF NOT EXISTS cal_answers_body_immutable
        BEFORE UPDATE OF answer_id, session_id, item_id, action, policy_codes, note, body
        ON cal_answers
        BEGIN SELECT RAISE(ABORT, 'calibration answers are immutable'); END""",
    """CREATE TABLE IF NOT EXISTS cal_reports (
        session_id TEXT PRIMARY KEY,
        report_json TEXT NOT NULL
    )""",
)


class AlreadyAnswered(Exception):
    """This item already has an answer in this session (answers are final, like decisions)."""


@dataclass(frozen=True)
class AnswerRow:
    answer_id: str
    session_id: str
    item_id: str
    action: str
    policy_codes: tuple[str, ...]
    note: str
    state: str
    result: str
    reason: str


@dataclass
class SyncOutcome:
    """What one :func:`sync_answers` run did."""

    sent: int = 0
    accepted: int = 0
    duplicate: int = 0
    problems: list[AnswerRow] = field(default_factory=list)


def calibration_path_for(store_path: Path) -> Path:
    """The calibration file beside a store: one per (server, user), like the store."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.stem + ".calibration.sqlite3")


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat()


class CalibrationStore:
    """One connection to the calibration file; use it from the thread that opened it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path) -> CalibrationStore:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # owner-only before SQLite sees it
        os.close(fd)
        os.chmod(path, 0o600)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            store = cls(conn, path)
            with store._write():
                for statement in _SCHEMA:
                    conn.execute(statement)
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CalibrationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    # --- sessions and items (a cache of what the service sent) ------------------------------

    def save_sessions(self, sessions: Sequence[contract.CalibrationSessionSummary]) -> None:
        now = _iso(datetime.now(UTC))
        with self._write() as c:
            for s in sessions:
                c.execute(
                    "INSERT INTO cal_sessions (session_id, summary_json, fetched_at) "
                    "VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
                    "summary_json = excluded.summary_json, fetched_at = excluded.fetched_at",
                    (s.session_id, s.model_dump_json(), now),
                )

    def sessions(self) -> list[contract.CalibrationSessionSummary]:
        rows = self._conn.execute(
            "SELECT summary_json FROM cal_sessions ORDER BY fetched_at DESC, session_id"
        ).fetchall()
        return [contract.CalibrationSessionSummary.model_validate_json(r[0]) for r in rows]

    def save_items(self, items: contract.CalibrationItemList) -> None:
        with self._write() as c:
            for item in items.items:
                c.execute(
                    "INSERT INTO cal_items (item_id, session_id, position, item_json) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET "
                    "position = excluded.position, item_json = excluded.item_json",
                    (item.item_id, items.session_id, item.position, item.model_dump_json()),
                )

    def items(self, session_id: str) -> list[contract.CalibrationItem]:
        rows = self._conn.execute(
            "SELECT item_json FROM cal_items WHERE session_id = ? ORDER BY position",
            (session_id,),
        ).fetchall()
        return [contract.CalibrationItem.model_validate_json(r[0]) for r in rows]

    # --- answers ----------------------------------------------------------------------------

    def record_answer(
        self,
        session_id: str,
        item_id: str,
        action: str,
        policy_codes: Sequence[str] = (),
        note: str = "",
        handle_time_ms: int = 0,
        *,
        now: datetime | None = None,
    ) -> AnswerRow:
        """Durably record one answer (its request bytes minted here, once)."""
        when = now or datetime.now(UTC)
        payload = contract.CalibrationAnswerIn(
            answer_id=new_id(),
            item_id=item_id,
            action=action,
            policy_codes=list(policy_codes),
            note=note,
            handle_time_ms=max(0, min(int(handle_time_ms), 86_400_000)),
            answered_at=when,
        )
        body = payload.model_dump_json().encode()
        try:
            with self._write() as c:
                c.execute(
                    "INSERT INTO cal_answers (answer_id, session_id, item_id, action, "
                    "policy_codes, note, handle_time_ms, answered_at, body) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        payload.answer_id,
                        session_id,
                        item_id,
                        action,
                        ",".join(payload.policy_codes),
                        note,
                        payload.handle_time_ms,
                        _iso(when),
                        body,
                    ),
                )
        except sqlite3.IntegrityError as exc:
            raise AlreadyAnswered(f"item {item_id} already has an answer") from exc
        answer = self.answer_for(session_id, item_id)
        assert answer is not None
        return answer

    def _rows(self, where: str, args: tuple[object, ...]) -> list[AnswerRow]:
        # ``where`` is one of two literals in this module, never outside input.
        sql = (
            "SELECT answer_id, session_id, item_id, action, policy_codes, note, state, "  # noqa: S608
            f"result, reason FROM cal_answers WHERE {where} ORDER BY answered_at, answer_id"
        )
        rows = self._conn.execute(sql, args).fetchall()
        return [
            AnswerRow(
                answer_id=r[0],
                session_id=r[1],
                item_id=r[2],
                action=r[3],
                policy_codes=tuple(c for c in r[4].split(",") if c),
                note=r[5],
                state=r[6],
                result=r[7],
                reason=r[8],
            )
            for r in rows
        ]

    def answer_for(self, session_id: str, item_id: str) -> AnswerRow | None:
        found = self._rows("session_id = ? AND item_id = ?", (session_id, item_id))
        return found[0] if found else None

    def answers(self, session_id: str) -> list[AnswerRow]:
        return self._rows("session_id = ?", (session_id,))

    def pending(
        self, session_id: str | None = None, limit: int = UPLOAD_CHUNK
    ) -> list[tuple[str, str, bytes]]:
        """(answer id, session id, request bytes) of unacknowledged answers, oldest first."""
        sql = "SELECT answer_id, session_id, body FROM cal_answers WHERE state = 'pending'"
        args: tuple[object, ...] = ()
        if session_id is not None:
            sql += " AND session_id = ?"
            args = (session_id,)
        sql += " ORDER BY answered_at, answer_id LIMIT ?"
        rows = self._conn.execute(sql, (*args, limit)).fetchall()
        return [(r[0], r[1], bytes(r[2])) for r in rows]

    def counts(self, session_id: str | None = None) -> dict[str, int]:
        sql = "SELECT state, count(*) FROM cal_answers"
        args: tuple[object, ...] = ()
        if session_id is not None:
            sql += " WHERE session_id = ?"
            args = (session_id,)
        return {r[0]: int(r[1]) for r in self._conn.execute(sql + " GROUP BY state", args)}

    def apply_results(self, results: Sequence[contract.CalibrationAnswerResult]) -> None:
        """Acknowledged answers leave the outbox; anything else is a problem kept for the
        reviewer to see (never dropped)."""
        now = _iso(datetime.now(UTC))
        with self._write() as c:
            for r in results:
                state = "synced" if r.status in _ACKED else "problem"
                c.execute(
                    "UPDATE cal_answers SET state = ?, result = ?, reason = ?, synced_at = ?, "
                    "attempts = attempts + 1 WHERE answer_id = ? AND state = 'pending'",
                    (state, r.status, r.reason, now if state == "synced" else None, r.answer_id),
                )

    # --- reports ----------------------------------------------------------------------------

    def save_report(self, report: contract.CalibrationReport) -> None:
        """Keep the report; the session is submitted, so its case content goes."""
        with self._write() as c:
            c.execute(
                "INSERT INTO cal_reports (session_id, report_json) VALUES (?, ?) "
                "ON CONFLICT (session_id) DO UPDATE SET report_json = excluded.report_json",
                (report.session_id, report.model_dump_json()),
            )
            c.execute("DELETE FROM cal_items WHERE session_id = ?", (report.session_id,))

    def forget_items(self) -> int:
        """Sign-out on a shared workstation: no case content (titles, reports, streamers)
        stays behind. Answers stay: the pending ones still have to reach the service."""
        with self._write() as c:
            return c.execute("DELETE FROM cal_items").rowcount

    def report(self, session_id: str) -> contract.CalibrationReport | None:
        row = self._conn.execute(
            "SELECT report_json FROM cal_reports WHERE session_id = ?", (session_id,)
        ).fetchone()
        return contract.CalibrationReport.model_validate_json(row[0]) if row else None


def sync_answers(
    store: CalibrationStore, api: CalibrationApi, session_id: str | None = None
) -> SyncOutcome:
    """Upload pending answers (the stored bytes, verbatim) until none is left.

    Network errors propagate (``Offline`` and friends) with the outbox unchanged, so
    the next call resends the same bytes; the service answers ``duplicate`` for any
    that had arrived, which counts as acknowledged.
    """
    outcome = SyncOutcome()
    while True:
        batch = store.pending(session_id)
        if not batch:
            return outcome
        by_session: dict[str, list[tuple[str, bytes]]] = {}
        for answer_id, sid, body in batch:
            by_session.setdefault(sid, []).append((answer_id, body))
        for sid, entries in by_session.items():
            response = api.upload_answers(sid, [body for _id, body in entries])
            sent = {answer_id for answer_id, _ in entries}
            results = [r for r in response.results if r.answer_id in sent]
            if len(results) != len(entries):
                raise BadResponse("The case service answered for other answers than were sent.")
            store.apply_results(results)
            outcome.sent += len(entries)
            outcome.accepted += sum(1 for r in results if r.status == "accepted")
            outcome.duplicate += sum(1 for r in results if r.status == "duplicate")
            problem_ids = {r.answer_id for r in results if r.status not in _ACKED}
            if problem_ids:
                outcome.problems += [a for a in store.answers(sid) if a.answer_id in problem_ids]


@dataclass
class ItemContent:
    """What the case view needs for one blind item: its chat log and snapshot files."""

    item: contract.CalibrationItem
    chat: ChatLog
    media: dict[str, Path]


def fetch_item_content(
    api: CalibrationApi, item: contract.CalibrationItem, media_dir: Path
) -> ItemContent:
    """Fetch an item's chat pages and snapshots (content-addressed files under ``media_dir``;
    a file already there is not fetched again). Blocking: a worker thread only."""
    media_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    log = ChatLog(item.item_id)
    cursor: str | None = None
    while True:
        _raw, page = api.item_chat_raw(item.item_id, cursor)
        log.append_page(page)
        cursor = page.next_cursor
        if not cursor or not len(page):
            break
    paths: dict[str, Path] = {}
    for snap in item.case.snapshots:
        path = media_dir / snap.sha256
        if not path.exists():
            data = api.media(snap.sha256)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        paths[snap.sha256] = path
    return ItemContent(item=item, chat=log, media=paths)


def forget_calibration_items(store_path: Path) -> None:
    """Calibration items hold case content too: they go at sign-out like the cache."""
    path = calibration_path_for(store_path)
    if path.exists():
        with CalibrationStore.open(path) as cal:
            cal.forget_items()
