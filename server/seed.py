"""Build a service database from deterministic synthetic data (``reviewer-server seed``).

The data itself comes from ``server.synth``; this module only writes it, in
bulk (executemany in chunks) so that seeding stays a matter of seconds.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import secrets
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from argon2 import PasswordHasher
from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session

from server import policies
from server.db import create_schema, make_engine
from server.models import (
    AnnouncementRow,
    Base,
    Case,
    CaseSnapshot,
    ChatMessage,
    Media,
    Meta,
    Queue,
    User,
)

CHAT_CHUNK = 5000


# --- a tiny stand-in until server.synth lands --------------------------------------------------


@dataclass(frozen=True)
class _User:
    username: str
    password: str
    role: str
    team: str
    vendor: str
    display_name: str


@dataclass(frozen=True)
class _Queue:
    id: str
    name: str
    kind: str
    sla_minutes: int


@dataclass
class _Snapshot:
    sha256: str
    jpeg: bytes
    offset_seconds: float
    captured_at: datetime
    width: int
    height: int
    labels: list[dict[str, Any]]


@dataclass
class _Chat:
    offset_ms: list[int] = field(default_factory=list)
    user_ids: list[str] = field(default_factory=list)
    usernames: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    flagged: list[bool] = field(default_factory=list)


@dataclass
class _SynthCase:
    case_id: str
    queue: str
    created_at: datetime
    stream: dict[str, Any]
    streamer: dict[str, Any]
    reports: list[dict[str, Any]]
    prior_enforcement: list[dict[str, Any]]
    snapshots: list[_Snapshot]
    chat: _Chat
    golden: dict[str, Any] | None


class _StandIn:
    """Minimal deterministic data with the same shape as server.synth."""

    DEMO_USERS: ClassVar[list[_User]] = [
        _User(n, f"demo-{n}", r, t, v, d)
        for n, r, t, v, d in (
            ("moderator1", "moderator", "team-a", "vendor-north", "Moderator One"),
            ("moderator2", "moderator", "team-a", "vendor-north", "Moderator Two"),
            ("moderator3", "moderator", "team-a", "vendor-south", "Moderator Three"),
            ("qa1", "qa", "team-qa", "vendor-north", "QA One"),
            ("lead1", "lead", "team-a", "vendor-north", "Lead One"),
            ("admin1", "admin", "team-admin", "internal", "Admin One"),
        )
    ]
    QUEUES: ClassVar[list[_Queue]] = [
        _Queue("live-en", "Live (English)", "live", 30),
        _Queue("live-intl", "Live (International)", "live", 60),
        _Queue("escalations", "Escalations", "escalation", 120),
    ]
    FLAGGED_TERMS: ClassVar[list[str]] = ["idiot", "loser", "kys", "scam"]

    @staticmethod
    def generate_cases(
        n_cases: int, seed: int, *, huge_chats: int = 0, huge_size: int = 200_000
    ) -> Iterator[_SynthCase]:
        from PIL import Image, ImageDraw

        rng = random.Random(seed)
        base = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
        for i in range(n_cases):
            cid = f"case-{seed}-{i:05d}"
            created = base + timedelta(minutes=i)
            started = created - timedelta(minutes=30)
            snaps = []
            for k in range(4):
                img = Image.new("RGB", (160, 90), (rng.randrange(256), 40, 90))
                ImageDraw.Draw(img).text((4, 4), f"{cid} t+{k * 60}s", fill=(255, 255, 255))
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=60)
                data = buf.getvalue()
                labels = [{"label": "graphic_violence", "score": 0.91, "policy_code": "violence"}]
                snaps.append(
                    _Snapshot(
                        hashlib.sha256(data).hexdigest(),
                        data,
                        k * 60.0,
                        started + timedelta(seconds=k * 60),
                        160,
                        90,
                        labels if k == 1 else [],
                    )
                )
            size = huge_size if i < huge_chats else rng.randint(20, 60)
            chat = _Chat()
            for m in range(size):
                chat.offset_ms.append(m * 500)
                chat.user_ids.append(f"u{m % 7}")
                chat.usernames.append(f"viewer{m % 7}")
                text = f"message {m}" if m % 9 else "you loser <b>x</b>"
                chat.texts.append(text)
                chat.flagged.append(m % 9 == 0)
            yield _SynthCase(
                case_id=cid,
                queue="live-en" if i % 3 else "live-intl",
                created_at=created,
                stream={
                    "stream_id": f"s-{i}",
                    "title": f"Stream {i}",
                    "category": "Just Chatting",
                    "language": "en",
                    "region": "US",
                    "viewer_count": rng.randint(1, 5000),
                    "is_live": True,
                    "started_at": started.isoformat(),
                    "ended_at": None,
                },
                streamer={
                    "account_id": f"acct-{i}",
                    "handle": f"streamer{i}",
                    "display_name": f"Streamer {i}",
                    "account_created_at": (base - timedelta(days=400)).isoformat(),
                    "followers": rng.randint(0, 100000),
                    "verified": False,
                },
                reports=[
                    {
                        "report_id": f"r-{i}",
                        "reason": "harassment",
                        "count": 3,
                        "first_reported_at": started.isoformat(),
                        "last_reported_at": created.isoformat(),
                        "offset_seconds": 60.0,
                        "description": "viewers report abuse",
                    }
                ],
                prior_enforcement=[],
                snapshots=snaps,
                chat=chat,
                golden={"action": "no_violation", "policy_codes": []} if i % 10 == 0 else None,
            )

    @staticmethod
    def generate_announcements() -> list[dict[str, Any]]:
        return [
            {
                "id": "ann-2026-11-1",
                "title": "New guidance on raids",
                "body": "Coordinated raids count as harassment even when each message is mild.",
                "severity": "urgent",
                "published_at": datetime(2026, 11, 18, 9, 0, tzinfo=UTC).isoformat(),
                "policy_version": policies.POLICY_VERSION,
                "requires_ack": True,
            }
        ]


def synth_source() -> Any:
    """The synthetic data module (server.synth) or the stand-in until it exists."""
    return _StandIn


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


def seed_database(
    url: str, *, cases: int, seed: int, huge_chats: int = 0, huge_size: int = 200_000
) -> SeedReport:
    """Drop and rebuild every table, then write users, queues, announcements and cases."""
    engine = make_engine(url)
    try:
        return _seed(engine, cases=cases, seed=seed, huge_chats=huge_chats, huge_size=huge_size)
    finally:
        engine.dispose()


def _seed(engine: Engine, *, cases: int, seed: int, huge_chats: int, huge_size: int) -> SeedReport:
    synth = synth_source()
    Base.metadata.drop_all(engine)
    create_schema(engine)
    report = SeedReport()
    now = datetime.now(UTC)
    hasher = PasswordHasher()
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
                    password_hash=hasher.hash(u.password),
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
    gen = synth.generate_cases(cases, seed, huge_chats=huge_chats, huge_size=huge_size)
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
                        "status": "open",
                        "created_at": _as_dt(c.created_at),
                        "stream_json": _json(c.stream),
                        "streamer_json": _json(c.streamer),
                        "reports_json": _json(c.reports),
                        "prior_json": _json(c.prior_enforcement),
                        "golden_json": None if c.golden is None else _json(c.golden),
                        "chat_count": len(chat.texts),
                        "escalation_reason": "",
                        "escalation_note": "",
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
            rows = (
                {
                    "case_id": c.case_id,
                    "idx": i,
                    "offset_ms": int(chat.offset_ms[i]),
                    "user_id": chat.user_ids[i],
                    "username": chat.usernames[i],
                    "text": chat.texts[i],
                    "flagged": bool(chat.flagged[i]),
                }
                for i in range(len(chat.texts))
            )
            for chunk in _chunks(rows, CHAT_CHUNK):
                conn.execute(insert(ChatMessage), chunk)
            report.cases += 1
            report.snapshots += len(snap_rows)
            report.media += len(media_rows)
            report.chat_messages += len(chat.texts)
    return report
