"""Tables of QA calibration sessions and the QA pool (same metadata as ``server.models.core``).

A calibration item keeps its reference decision (golden answer or the moderator's
live decision) in its own columns; the blind item served to a reviewer is built
from the case only, so the reference never reaches the wire before submission.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.core import Base, Seq, UTCDateTime


class CalibrationSessionRow(Base):
    __tablename__ = "calibration_sessions"
    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(String(64))  # user_id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CalibrationItemRow(Base):
    __tablename__ = "calibration_items"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    position: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(8))  # golden | live
    ref_action: Mapped[str] = mapped_column(String(64))
    ref_policy_codes: Mapped[str] = mapped_column(String(800))  # ",a,b,"
    ref_note: Mapped[str] = mapped_column(Text, default="")
    ref_decision_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    ref_user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class CalibrationAssignment(Base):
    __tablename__ = "calibration_assignments"
    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CalibrationAnswerRow(Base):
    __tablename__ = "calibration_answers"
    answer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    policy_codes: Mapped[str] = mapped_column(String(800))
    note: Mapped[str] = mapped_column(Text, default="")
    handle_time_ms: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("item_id", "user_id", name="uq_answer_item_user"),)


class QaSamplingRateRow(Base):
    __tablename__ = "qa_sampling_rates"
    queue_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    rate: Mapped[float] = mapped_column(Float)


class QaPoolRow(Base):
    """A decided case that entered the QA pool (sampled at the queue's rate, or escalated)."""

    __tablename__ = "qa_pool"
    decision_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(Seq, index=True)
    case_id: Mapped[str] = mapped_column(String(64))
    queue: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(16))  # sampled | escalation
    pooled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    session_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class QaSweep(Base):
    """How far the pool sweep has read the decision log (one row)."""

    __tablename__ = "qa_sweep"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Seq, default=0)


class QaResultRow(Base):
    __tablename__ = "qa_results"
    result_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    decision_id: Mapped[str] = mapped_column(String(36), index=True)
    item_id: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[str] = mapped_column(String(64))
    moderator_id: Mapped[str] = mapped_column(String(64), index=True)
    qa_user_id: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))
    qa_action: Mapped[str] = mapped_column(String(64))
    qa_policy_codes: Mapped[str] = mapped_column(String(800))
    qa_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    dispute_status: Mapped[str] = mapped_column(String(16), default="none")
    dispute_note: Mapped[str] = mapped_column(Text, default="")
    disputed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("item_id", "qa_user_id", name="uq_qa_result_item_user"),
        Index("ix_qa_results_session", "session_id"),
    )
