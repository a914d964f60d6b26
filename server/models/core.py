"""SQLAlchemy 2 models of the reference service.

Plain portable types only (no SQLite-only SQL), so the same schema runs on
PostgreSQL. Timestamps are stored as naive UTC and come back timezone-aware.
A chat is stored in chunks of consecutive messages keyed by (case_id, first_idx), each
field already JSON, so a page is one short range scan; media bytes are rows keyed by sha256.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: a 64-bit sequence number (PostgreSQL's INTEGER holds only 32 bits)
Seq = BigInteger
#: a 64-bit autoincrement key: SQLite numbers rows by itself only for "INTEGER PRIMARY KEY"
#: (its rowid, 64-bit already)
SeqKey = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


def encode_codes(codes: Sequence[str]) -> str:
    """Policy codes as stored: ",a,b," so that a filter is a portable LIKE '%,code,%'."""
    return "," + ",".join(codes) + "," if codes else ""


def decode_codes(stored: str) -> list[str]:
    return [c for c in stored.split(",") if c]


class Meta(Base):
    """Service-wide values: the token derivation secret, the policy version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    team: Mapped[str] = mapped_column(String(64), index=True)
    vendor: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    chain_seq: Mapped[int] = mapped_column(Seq, default=0)
    chain_head: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: the review languages, stored as codes (",de,en,"; encode_codes): leasing offers these first
    languages: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: set by an admin's password reset: sign-in answers password-change-required until changed
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class AdminLog(Base):
    """One admin action, with the target's fields before and after (JSON objects)."""

    __tablename__ = "admin_log"
    seq: Mapped[int] = mapped_column(SeqKey, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    admin_id: Mapped[str] = mapped_column(String(64))
    admin_username: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200))
    before_json: Mapped[str] = mapped_column(Text)
    after_json: Mapped[str] = mapped_column(Text)


class Token(Base):
    """An access or refresh token, stored as the sha256 of the opaque value."""

    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # access | refresh
    user_id: Mapped[str] = mapped_column(ForeignKey("users.user_id"), index=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rotated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    grace_uses: Mapped[int] = mapped_column(Integer, default=0)


class LoginFailure(Base):
    """A failed sign-in: the throttles count these, so they hold across workers."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    #: indexed for the pruning of rows older than the throttle's window (server.routes.auth)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    #: the client address it came from (server.addresses); '' for rows older than it
    address: Mapped[str] = mapped_column(String(45), index=True, default="", server_default="")


class Queue(Base):
    __tablename__ = "queues"
    queue_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # live | escalation
    sla_minutes: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: who may pull it (encode_codes; empty: everyone): a user's team and vendor must both pass
    teams: Mapped[str] = mapped_column(String(800), default="", server_default="")
    vendors: Mapped[str] = mapped_column(String(800), default="", server_default="")
    #: action codes hidden here (encode_codes): the service refuses them for the queue's cases
    hidden_actions: Mapped[str] = mapped_column(String(800), default="", server_default="")


#: the columns a lease ranks by, in the order of the index that holds them: the deadline
#: right after the queue, so the cases near their deadline come first in one range scan
RANK_COLUMNS = (
    "queue",
    "deadline",
    "lease_holder",
    "lease_expires_at",
    "stream_live",
    "stream_ends_at",
    "viewer_tier",
    "severity",
    "created_at",
    "case_id",
    "language",
)
#: the rows of the leasable index: the statuses of server.domain.queues.FREE_STATUSES (a test
#: holds the two equal), as literals, which SQLite needs to match a query to a partial index
LEASABLE_ROWS = text("status IN ('open', 'escalated')")


class Case(Base):
    """A Live case and its lease. The lease is free when no holder or expired."""

    __tablename__ = "cases"
    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    queue: Mapped[str] = mapped_column(ForeignKey("queues.queue_id"))
    home_queue: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # open | decided | escalated
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stream_json: Mapped[str] = mapped_column(Text)
    streamer_json: Mapped[str] = mapped_column(Text)
    reports_json: Mapped[str] = mapped_column(Text)
    prior_json: Mapped[str] = mapped_column(Text)
    golden_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    chat_count: Mapped[int] = mapped_column(Integer, default=0)
    #: bumped by every change to what the case shows (the columns above, its snapshots, its
    #: chat): server.domain.case_content; the key of a worker's cached detail
    content_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    lease_holder: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_batch: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    current_decision: Mapped[str | None] = mapped_column(String(64), nullable=True)
    escalation_reason: Mapped[str] = mapped_column(String(64), default="")
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    #: when the case breaches its queue's SLA (None: rows from before deadlines)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: the highest severity of the reported policy areas (server.domain.policies)
    severity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: the stream's audience as last known, and its order of magnitude (the score's term)
    viewers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    viewer_tier: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: when the stream ends (None: live beyond the simulation, or never live): the live flag
    #: at lease time is ``stream_ends_at > now`` in SQL (server.domain.live)
    stream_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: whether the stream was live when the case was made (an ended stream is never live)
    stream_live: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: the "no violation" decision this case reopens (new reports on a cleared stream)
    reopened_from: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: the stream's language (ISO 639-1; "" unknown): a lease offers a moderator the cases in
    #: their review languages first (server.domain.languages)
    language: Mapped[str] = mapped_column(String(16), default="", server_default="")

    __table_args__ = (
        Index("ix_cases_queue_status_created", "queue", "status", "created_at"),
        # Covers the lease's ranked queries and the queue list (server.domain.priority): only
        # the cases that can be leased, so a pull and a depth count read this narrow index,
        # never the wide rows, and decided cases cost them nothing.
        Index(
            "ix_cases_leasable",
            *RANK_COLUMNS,
            postgresql_where=LEASABLE_ROWS,
            sqlite_where=LEASABLE_ROWS,
        ),
    )


class QueueWeights(Base):
    """How one queue ranks its cases (server.domain.priority); seeded defaults, edited by
    admins. Integers, so a score computed by hand matches the SQL on every engine."""

    __tablename__ = "queue_weights"
    queue_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    live: Mapped[int] = mapped_column(Integer)
    viewer_tier: Mapped[int] = mapped_column(Integer)
    report_5min: Mapped[int] = mapped_column(Integer)
    severity: Mapped[int] = mapped_column(Integer)
    #: a case this close to its deadline outranks every case that is not
    deadline_near_seconds: Mapped[int] = mapped_column(Integer)


class CaseReport(Base):
    """One viewer report on a case as it arrived: velocity is a count over an index range."""

    __tablename__ = "case_reports"
    id: Mapped[int] = mapped_column(SeqKey, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(64))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_case_reports_case_at", "case_id", "reported_at"),
        Index("ix_case_reports_at", "reported_at"),
    )


class CaseSnapshot(Base):
    __tablename__ = "snapshots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.case_id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    offset_seconds: Mapped[float] = mapped_column(Float)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    labels_json: Mapped[str] = mapped_column(Text)


class Media(Base):
    __tablename__ = "media"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ChatChunk(Base):
    """Up to ``chat_chunks.CHUNK`` consecutive messages of a case's chat, each field the inside
    of a JSON array (see :mod:`server.chat_chunks`). On SQLite the table is clustered on its
    key (WITHOUT ROWID): a page is one short range scan; other backends ignore the option."""

    __tablename__ = "chat_chunks"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own shape
    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_count: Mapped[int] = mapped_column(Integer)
    offset_ms: Mapped[str] = mapped_column(Text)
    user_ids: Mapped[str] = mapped_column(Text)
    usernames: Mapped[str] = mapped_column(Text)
    texts: Mapped[str] = mapped_column(Text)
    flagged: Mapped[str] = mapped_column(Text)
    # each author's account creation (ms since 1970); NULL in chats seeded before it existed
    account_created_ms: Mapped[str | None] = mapped_column(Text, nullable=True)


class LeaseBatch(Base):
    __tablename__ = "batches"
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    queue: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.user_id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseLease(Base):
    """History of who held which case: a late decision needs proof of an earlier lease."""

    __tablename__ = "case_leases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    batch_id: Mapped[str] = mapped_column(String(64), index=True)
    leased_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(80), default="")


class Upload(Base):
    """One decisions:batch call with the client's audit-chain position."""

    __tablename__ = "uploads"
    id: Mapped[int] = mapped_column(SeqKey, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(100))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    chain_seq: Mapped[int] = mapped_column(Seq)
    chain_head: Mapped[str] = mapped_column(String(64))
    item_count: Mapped[int] = mapped_column(Integer)


class Decision(Base):
    __tablename__ = "decisions"
    server_seq: Mapped[int] = mapped_column(SeqKey, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    queue: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    # ",a,b," so that a policy filter is a portable LIKE '%,code,%'.
    policy_codes: Mapped[str] = mapped_column(String(800))
    note: Mapped[str] = mapped_column(Text, default="")
    escalation_reason: Mapped[str] = mapped_column(String(64), default="")
    supersedes: Mapped[str | None] = mapped_column(String(36), nullable=True)
    superseded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    policy_version: Mapped[str] = mapped_column(String(64))
    handle_time_ms: Mapped[int] = mapped_column(Integer)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    audit_seq: Mapped[int] = mapped_column(Seq)
    audit_hash: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(100), default="")
    upload_id: Mapped[int] = mapped_column(Seq)
    # A chat action (kind "chat_action") acts on one message or chatter of the case's
    # stream; it never becomes the case's current decision.
    kind: Mapped[str] = mapped_column(String(16), default="case", server_default="case", index=True)
    target_kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    target_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    duration_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: a severe action the moderator confirmed on an account labelled high profile
    confirmed_high_profile: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class AnnouncementRow(Base):
    __tablename__ = "announcements"
    announcement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    policy_version: Mapped[str] = mapped_column(String(64))
    requires_ack: Mapped[bool] = mapped_column(Boolean, default=True)


class Ack(Base):
    __tablename__ = "acks"
    announcement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VendorSetting(Base):
    """A vendor's settings set by an admin: the time zone its weekly report counts in."""

    __tablename__ = "vendor_settings"
    vendor: Mapped[str] = mapped_column(String(64), primary_key=True)
    time_zone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class PolicyVersionRow(Base):
    """One version of the policy taxonomy: a draft the admin edits, or a published one that
    never changes again (the service refuses to write it). ``document`` is the taxonomy's
    JSON without announcements; the current version is the one ``meta.policy_version`` names.
    """

    __tablename__ = "policy_versions"
    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(16))  # "draft" or "published"
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class TaxonomyLog(Base):
    """One admin change to the taxonomy, in the shape of the admin console's ``admin_log``
    (id, at, actor, action, target, before_json, after_json) so the two can be joined."""

    __tablename__ = "taxonomy_log"
    id: Mapped[int] = mapped_column(SeqKey, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(64))
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")
