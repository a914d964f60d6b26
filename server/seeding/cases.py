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
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, inspect, select
from sqlalchemy.orm import Session

from server import migrations, synth
from server.chat_chunks import chunk_rows
from server.db import create_schema, make_engine
from server.domain import languages, live, policies, priority, taxonomy
from server.domain.queues import ESCALATION_QUEUE
from server.models.core import (
    AnnouncementRow,
    Base,
    Case,
    CaseReport,
    CaseSnapshot,
    ChatChunk,
    Media,
    Meta,
    Queue,
    QueueWeights,
    User,
)
from server.security import hash_password

CHAT_INSERT_ROWS = 50  # chunk rows per INSERT
#: report rows written per report group at most (a group's count may be larger; velocity
#: needs the recent ones, not thousands of old ones)
REPORT_ROWS_PER_GROUP = 60


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


def _seeded_deadline(case_id: str, now: datetime, sla_minutes: int) -> datetime:
    """A seeded case joined its queue at a fixed moment within the last SLA before seeding
    (so the demo's deadlines spread over the SLA instead of all having passed)."""
    share = 0.1 + 0.9 * live.fixed_unit("deadline", case_id)
    return now + timedelta(seconds=int(sla_minutes * 60 * share))


def _report_rows(case_id: str, reports: list[dict[str, object]]) -> Iterator[dict[str, Any]]:
    """One row per viewer report (up to REPORT_ROWS_PER_GROUP per group, the latest ones),
    spread evenly from a group's first report to its last."""
    for r in reports:
        count = int(str(r["count"]))
        first, last = _as_dt(r["first_reported_at"]), _as_dt(r["last_reported_at"])
        span = (last - first).total_seconds()
        for k in range(max(0, count - REPORT_ROWS_PER_GROUP), count):
            at = first + timedelta(seconds=span * k / (count - 1)) if count > 1 else first
            yield {"case_id": case_id, "reason": str(r["reason"]), "reported_at": at}


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
        taxonomy.seed_version_one(s, policies.POLICY_VERSION, synth.FLAGGED_TERMS)
        s.add(Meta(key=live.META_KEY, value=now.isoformat()))
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
            w = priority.DEFAULT_WEIGHTS
            s.add(
                QueueWeights(
                    queue_id=q.id,
                    live=w.live,
                    viewer_tier=w.viewer_tier,
                    report_5min=w.report_5min,
                    severity=w.severity,
                    deadline_near_seconds=w.deadline_near_seconds,
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
    sla = {q.id: q.sla_minutes for q in synth.QUEUES}
    # The streams are live now: every case's times count back from the seeding time.
    gen = synth.generate_cases(
        cases,
        seed,
        huge_chats=huge_chats,
        huge_size=huge_size,
        base_time=now,
        live_sized=live_sized,
    )
    with engine.begin() as conn:
        for c in gen:
            chat = c.chat
            stream_live = bool(c.stream["is_live"])
            viewers = int(str(c.stream["viewer_count"]))
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
                        # the first version of its content; later changes go through
                        # server.domain.case_content, which bumps it
                        "content_version": 1,
                        "escalation_reason": c.escalation_reason,
                        "escalation_note": c.escalation_note,
                        "deadline": _seeded_deadline(c.case_id, now, sla[c.queue]),
                        "severity": policies.report_severity([str(r["reason"]) for r in c.reports]),
                        "viewers": viewers,
                        "viewer_tier": priority.viewer_tier(viewers),
                        "stream_live": stream_live,
                        "stream_ends_at": live.stream_end(c.case_id, now, stream_live),
                        "language": languages.case_language(c.stream, chat.texts),
                    }
                ],
            )
            report_rows = list(_report_rows(c.case_id, c.reports))
            if report_rows:
                conn.execute(insert(CaseReport), report_rows)
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
            # account creation in ms since 1970: the stream's start minus each author's age
            start_ms = int(_as_dt(c.stream["started_at"]).timestamp() * 1000)
            created = [start_ms - age for age in chat.account_age_ms] or None
            rows = chunk_rows(c.case_id, columns, created)
            for chunk in _chunks(rows, CHAT_INSERT_ROWS):
                conn.execute(insert(ChatChunk), chunk)
            report.cases += 1
            report.snapshots += len(snap_rows)
            report.media += len(media_rows)
            report.chat_messages += len(chat.texts)
    from server.seeding.calibration import seed_calibration_demo

    seed_calibration_demo(engine)  # QA pool rates and a golden calibration session for qa1
    return report
