"""Tables of the team-lead audit (same metadata as ``server.models.core``).

An announcement without a target row goes to everyone: the announcements shipped with
the seed predate targeting and keep working unchanged.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.core import Base, UTCDateTime


class AnnouncementTargetRow(Base):
    """Who an announcement is for (all, one vendor, one queue) and who published it."""

    __tablename__ = "announcement_targets"
    announcement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    target: Mapped[str] = mapped_column(String(16))  # all | vendor | queue
    target_value: Mapped[str] = mapped_column(String(64), default="")
    published_by: Mapped[str] = mapped_column(String(64))  # user_id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeskChainNote(Base):
    """A seq a desk reported it keeps out of its uploaded chain (``POST /v1/desk/held``):
    a held decision or a recovery link; the chain check shows these instead of a gap."""

    __tablename__ = "desk_chain_notes"
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    audit_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # held | recovery
    decision_id: Mapped[str] = mapped_column(String(64), default="")
    audit_hash: Mapped[str] = mapped_column(String(64))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
