"""Lease rules: when a case is free to lease, and who may pull which queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select

from server.domain.principal import Principal
from server.domain.queue_admin import may_pull_live
from server.domain.queues import ESCALATION_KIND, FREE_STATUSES
from server.models.core import Case, Queue


def lease_is_free(now: datetime) -> ColumnElement[bool]:
    """SQL: the case may be leased by anyone right now. The statuses are written out as
    literals: only then can SQLite (and a prepared plan on PostgreSQL) use the partial index
    of leasable cases (``ix_cases_leasable``)."""
    return and_(
        Case.status.in_(bindparam("free", FREE_STATUSES, unique=True, literal_execute=True)),
        or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now),
    )


def free_depths(now: datetime) -> Select[str, int, datetime, datetime | None]:
    """SQL: (queue, free cases, oldest created_at, earliest deadline) per queue with a free
    case: read from the leasable index alone (``ix_cases_leasable`` holds every column)."""
    return (
        select(Case.queue, func.count(), func.min(Case.created_at), func.min(Case.deadline))
        .where(lease_is_free(now))
        .group_by(Case.queue)
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
