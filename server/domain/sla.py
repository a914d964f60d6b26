"""SLA breaches as they happen: a case past its deadline and still undecided, or decided
after it. Counted in SQL on the deadline index; the list is the latest first, bounded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain.queues import FREE_STATUSES
from server.models.core import Case, Decision

MAX_BREACHES = 200
"""Breaches one answer lists at most (the count covers all of them)."""


def breaches(session: Session, now: datetime, since: datetime) -> contract.BreachList:
    """Cases whose deadline fell in [since, now] and which were not decided by then."""
    decided = Decision.decision_id == Case.current_decision
    query = (
        select(Case.case_id, Case.queue, Case.deadline, Decision.decided_at)
        .join(Decision, decided, isouter=True)
        .where(
            Case.deadline.is_not(None),
            Case.deadline >= since,
            Case.deadline <= now,
            or_(
                and_(Case.status.in_(FREE_STATUSES), Case.current_decision.is_(None)),
                Decision.decided_at > Case.deadline,
            ),
        )
    )
    count = session.scalar(select(func.count()).select_from(query.subquery()))
    items = []
    for case_id, queue, deadline, decided_at in session.execute(
        query.order_by(Case.deadline.desc(), Case.case_id).limit(MAX_BREACHES)
    ):
        assert deadline is not None  # filtered above
        until = decided_at if decided_at is not None else now
        items.append(
            contract.Breach(
                case_id=case_id,
                queue=queue,
                deadline=deadline,
                decided_at=decided_at,
                overdue_seconds=max(0.0, (until - deadline).total_seconds()),
            )
        )
    return contract.BreachList(count=int(count or 0), items=items, server_time=now)
