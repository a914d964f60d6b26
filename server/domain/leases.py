"""Lease rules: when a case is free to lease, and who may pull which queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_

from server.domain.principal import Principal
from server.domain.queue_admin import may_pull_live
from server.domain.queues import ESCALATION_KIND, FREE_STATUSES
from server.models.core import Case, Queue


def lease_is_free(now: datetime) -> ColumnElement[bool]:
    """SQL: the case may be leased by anyone right now."""
    return and_(
        Case.status.in_(FREE_STATUSES),
        or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now),
    )


def held_in_batch(batch_id: str, user_id: str) -> ColumnElement[bool]:
    """SQL: the case is still leased to this user in this batch, and undecided."""
    return and_(
        Case.lease_batch == batch_id,
        Case.lease_holder == user_id,
        Case.status.in_(FREE_STATUSES),
    )


def may_pull(principal: Principal, queue: Queue) -> bool:
    """Live queues for everyone who reviews whom the queue's allow lists admit; the
    escalation queue for leads and admins."""
    if queue.kind == ESCALATION_KIND:
        return principal.role in ("lead", "admin")
    return may_pull_live(principal, queue)
