"""Build a service database from deterministic synthetic data (``reviewer-server seed``).

The data itself comes from ``server.synth``; this module only writes it, in
bulk (executemany in chunks) so that seeding stays a matter of seconds.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, inspect, select
from sqlalchemy.orm import Session

from server import migrations, synth
from server.chat_chunks import chunk_rows
from server.db import create_schema, make_engine
from server.domain import policies
from server.domain.queues import ESCALATION_QUEUE
from server.models.core import (
    AnnouncementRow,
    Base,
    Case,
    CaseSnapshot,
    ChatChunk,
    Media,
    Meta,
    Queue,
    User,
)
from server.security import hash_password

CHAT_INSERT_ROWS = 50  # chunk rows per INSERT


# --- writing ---------------------------------------------------------------------------------


@dataclass
class SeedReport:
    users: int = 0
    cases: int = 0
    snapshots: int = 0
    media: int = 0
    chat_messages: int = 0


def _as_dt(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_default, separators=(",", ":"))


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class DatabaseHoldsData(Exception):
    """Seeding would drop tables that hold rows, and nobody said to replace them."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(f"the database already holds data ({', '.join(tables[:5])})")
        self.tables = tables


def tables_with_rows(engine: Engine) -> list[str]:
    """Tables of the service's schema that hold at least one row."""
    present = set(inspect(engine).get_table_names())
    found: list[str] = []
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if (
                table.name in present
                and conn.execute(select(1).select_from(table).limit(1)).first()
            ):
                found.append(table.name)
    return found


def seed_database(
    url: str,
    *,
    cases: int,
    seed: int,
    huge_chats: int = 0,
    huge_size: int = 200_000,
    history: bool = True,
    replace: bool = False,
    live_sized: bool = False,
) -> SeedReport:
    """Build every table (recorded as the head schema revision), then write users, queues,
    announcements and cases (and, with ``history``, a decided demo week for the team-lead
    audit). A database that holds any row is dropped and rebuilt only with ``replace``;
    otherwise it is left as it was (``DatabaseHoldsData``). An empty one, freshly migrated
    say, needs nothing. ``live_sized`` cases weigh what real Live cases do (the
    benchmark's; ``server.synth.generate_cases``)."""
    engine = make_engine(url)
    try:
        if not replace:
            holding = tables_with_rows(engine)
            if holding:
                raise DatabaseHoldsData(holding)
        report = _seed(
            engine,
            cases=cases,
            seed=seed,
            huge_chats=huge_chats,
            huge_size=huge_size,
            live_sized=live_sized,
        )
        if history:
            from server.seeding.audit import seed_audit_history

            seed_audit_history(engine)  # a decided week: lead1's weekly business review
        return report
    finally:
        engine.dispose()


def _seed(
    engine: Engine, *, cases: int, seed: int, huge_chats: int, huge_size: int, live_sized: bool
) -> SeedReport:
    Base.metadata.drop_all(engine)
    create_schema(engine)
    with engine.begin() as conn:
        migrations.stamp(conn)  # the whole schema of today's models: the head revision
    report = SeedReport()
    now = datetime.now(UTC)
    with Session(engine) as s, s.begin():
        s.add(Meta(key="token_secret", value=secrets.token_hex(32)))
        s.add(Meta(key="policy_version", value=policies.POLICY_VERSION))
        s.add(Meta(key="flagged_terms", value=_json(list(synth.FLAGGED_TERMS))))
        for u in synth.DEMO_USERS:
            s.add(
                User(
                    user_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"live-review:user:{u.username}")),
                    username=u.username,
                    display_name=u.display_name,
                    password_hash=hash_password(u.password),
                    role=u.role,
                    team=u.team,
                    vendor=u.vendor,
                    active=True,
                    chain_seq=0,
                    chain_head="",
                    created_at=now,
                )
            )
            report.users += 1
        for pos, q in enumerate(synth.QUEUES):
            s.add(
                Queue(
                    queue_id=q.id, name=q.name, kind=q.kind, sla_minutes=q.sla_minutes, position=pos
                )
            )
        for a in synth.generate_announcements():
            s.add(
                AnnouncementRow(
                    announcement_id=a["id"],
                    title=a["title"],
                    body=a["body"],
                    severity=a.get("severity", "urgent"),
                    published_at=_as_dt(a["published_at"]),
                    policy_version=a.get("policy_version", policies.POLICY_VERSION),
                    requires_ack=bool(a.get("requires_ack", True)),
                )
            )
    seen_media: set[str] = set()
    gen = synth.generate_cases(
        cases, seed, huge_chats=huge_chats, huge_size=huge_size, live_sized=live_sized
    )
    with engine.begin() as conn:
        for c in gen:
            chat = c.chat
            conn.execute(
                insert(Case),
                [
                    {
                        "case_id": c.case_id,
                        "queue": c.queue,
                        "home_queue": c.queue,
                        "status": "escalated" if c.queue == ESCALATION_QUEUE else "open",
                        "created_at": _as_dt(c.created_at),
                        "stream_json": _json(c.stream),
                        "streamer_json": _json(c.streamer),
                        "reports_json": _json(c.reports),
                        "prior_json": _json(c.prior_enforcement),
                        "golden_json": None if c.golden is None else _json(c.golden),
                        "chat_count": len(chat.texts),
                        "escalation_reason": c.escalation_reason,
                        "escalation_note": c.escalation_note,
                    }
                ],
            )
            snap_rows = []
            media_rows = []
            for pos, snap in enumerate(c.snapshots):
                snap_rows.append(
                    {
                        "case_id": c.case_id,
                        "position": pos,
                        "sha256": snap.sha256,
                        "offset_seconds": float(snap.offset_seconds),
                        "captured_at": _as_dt(snap.captured_at),
                        "width": snap.width,
                        "height": snap.height,
                        "content_type": "image/jpeg",
                        "size_bytes": len(snap.jpeg),
                        "labels_json": _json(snap.labels),
                    }
                )
                if snap.sha256 not in seen_media:
                    seen_media.add(snap.sha256)
                    media_rows.append(
                        {"sha256": snap.sha256, "content_type": "image/jpeg", "data": snap.jpeg}
                    )
            if snap_rows:
                conn.execute(insert(CaseSnapshot), snap_rows)
            if media_rows:
                conn.execute(insert(Media), media_rows)
            columns = (chat.offset_ms, chat.user_ids, chat.usernames, chat.texts, chat.flagged)
            for chunk in _chunks(chunk_rows(c.case_id, columns), CHAT_INSERT_ROWS):
                conn.execute(insert(ChatChunk), chunk)
            report.cases += 1
            report.snapshots += len(snap_rows)
            report.media += len(media_rows)
            report.chat_messages += len(chat.texts)
    from server.seeding.calibration import seed_calibration_demo

    seed_calibration_demo(engine)  # QA pool rates and a golden calibration session for qa1
    return report
