"""Who an urgent guideline is for: everyone, one vendor's people, or one queue's people.

A queue's audience is everyone who has pulled a batch from it (the people working it),
plus, for the escalation queue, the leads and admins who may pull it. Announcements
without a target row (the seeded ones) go to everyone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.domain.queues import ESCALATION_KIND
from server.models.audit import AnnouncementTargetRow
from server.models.core import LeaseBatch, Queue, User

Target = tuple[str, str]  # (target, target_value)
ALL: Target = ("all", "")


def targets(session: Session, ids: Iterable[str] | None = None) -> dict[str, Target]:
    """The target of each announcement that has one."""
    query = select(AnnouncementTargetRow)
    if ids is not None:
        query = query.where(AnnouncementTargetRow.announcement_id.in_(list(ids)))
    return {r.announcement_id: (r.target, r.target_value) for r in session.scalars(query)}


def _queue_workers(session: Session, queue_id: str) -> set[str]:
    return set(session.scalars(select(LeaseBatch.user_id).where(LeaseBatch.queue == queue_id)))


def audience(session: Session, target: Target) -> list[User]:
    """Every active user the announcement is for, by username."""
    kind, value = target
    query = select(User).where(User.active.is_(True)).order_by(User.username)
    if kind == "vendor":
        query = query.where(User.vendor == value)
    users = list(session.scalars(query))
    if kind == "queue":
        workers = _queue_workers(session, value)
        queue = session.get(Queue, value)
        escalation = queue is not None and queue.kind == ESCALATION_KIND
        users = [
            u for u in users if u.user_id in workers or (escalation and u.role in ("lead", "admin"))
        ]
    return users


def delivery_filter(session: Session, user: User) -> Callable[[str], bool]:
    """A predicate: is announcement ``id`` for this user? (used by GET /v1/policies)."""
    known = targets(session)
    if all(kind == "all" for kind, _value in known.values()):
        return lambda _id: True
    my_queues = set(
        session.scalars(select(LeaseBatch.queue).where(LeaseBatch.user_id == user.user_id))
    )
    escalation_queues = set(
        session.scalars(select(Queue.queue_id).where(Queue.kind == ESCALATION_KIND))
    )

    def delivered(announcement_id: str) -> bool:
        kind, value = known.get(announcement_id, ALL)
        if kind == "vendor":
            return user.vendor == value
        if kind == "queue":
            return value in my_queues or (
                value in escalation_queues and user.role in ("lead", "admin")
            )
        return True

    return delivered
