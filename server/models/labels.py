"""Account labels (same metadata as ``server.models.core``): asked for by a moderator or a
lead with a reason, approved with an expiry or declined by a lead or admin."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.models.core import Base, UTCDateTime


class AccountLabelRow(Base):
    """One label request on a streamer's account and what a lead decided on it."""

    __tablename__ = "account_labels"
    label_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(64))
    account_handle: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending | approved | declined
    requested_by: Mapped[str] = mapped_column(String(64))  # user_id
    #: the requester's team and vendor when asked: a lead decides their own team's requests
    requester_team: Mapped[str] = mapped_column(String(64), default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(64), default="")  # user_id
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_account_labels_account_status", "account_id", "status"),
        Index("ix_account_labels_status_at", "status", "requested_at"),
    )
