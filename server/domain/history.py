"""The decision-history query shared by ``/decisions``, ``/audit/decisions`` and ``/qa/results``:
who the caller may see, a moderator named in a filter, the common filters, the newest-first
page with its cursor, and a stored decision as a history row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.cursors import decode_cursor, encode_cursor
from server.domain.principal import Principal
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import Decision, User, decode_codes

_Ts = TypeVarTuple("_Ts")
_Record = TypeVar("_Record", bound=contract.DecisionRecord)


def aware(value: datetime | None) -> datetime | None:
    """A query-string time without an offset is UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def decision_scope(principal: Principal) -> Any:
    """SQL over Decision joined with its User: what this caller may see (None: all).
    Admin: everything; lead: their team; everyone else: their own."""
    if principal.role == "admin":
        return None
    if principal.role == "lead":
        return User.team == principal.user.team
    return Decision.user_id == principal.user.user_id


def may_see_user(
    principal: Principal, target: User, *, sees_all: Sequence[str] = ("admin",)
) -> bool:
    """The caller may see the target's history: ``sees_all`` roles everyone's, a lead their
    team's, anyone their own."""
    return (
        principal.role in sees_all
        or target.user_id == principal.user.user_id
        or (principal.role == "lead" and target.team == principal.user.team)
    )


def user_by_name(
    session: Session,
    principal: Principal,
    username: str,
    *,
    sees_all: Sequence[str] = ("admin",),
    what: str = "decisions",
) -> User:
    """The user named in a ``moderator`` filter: 404 when there is none, 403 when the caller
    may not see their ``what``."""
    target = one_or_404(
        session.scalar(select(User).where(User.username == username)), f"No user {username!r}."
    )
    if not may_see_user(principal, target, sees_all=sees_all):
        raise ApiError(403, "forbidden", f"You may not see that user's {what}.")
    return target


def common_filters(
    query: Select[*_Ts],
    *,
    queue: str | None,
    action: str | None,
    case_id: str | None,
    since: datetime | None,
    until: datetime | None,
    cursor: str | None,
    cursor_kind: str,
    kind: str | None = None,
) -> Select[*_Ts]:
    """The filters every decision history takes: queue, action, case, [since, until),
    the decision's kind (case or chat_action) and the position of the page (a cursor of
    this history's own kind)."""
    if kind is not None:
        query = query.where(Decision.kind == kind)
    if queue is not None:
        query = query.where(Decision.queue == queue)
    if action is not None:
        query = query.where(Decision.action == action)
    if case_id is not None:
        query = query.where(Decision.case_id == case_id)
    since_utc, until_utc = aware(since), aware(until)
    if since_utc is not None:
        query = query.where(Decision.decided_at >= since_utc)
    if until_utc is not None:
        query = query.where(Decision.decided_at < until_utc)
    if cursor:
        query = query.where(Decision.server_seq < decode_cursor(cursor_kind, cursor))
    return query


def newest_first(
    session: Session, query: Select[Decision, *_Ts], *, limit: int, cursor_kind: str
) -> tuple[list[Row[Decision, *_Ts]], str | None]:
    """One page of (Decision, ...) rows, newest first, and the cursor of the next page
    (None on the last one)."""
    rows = list(session.execute(query.order_by(Decision.server_seq.desc()).limit(limit + 1)))
    page = rows[:limit]
    if len(rows) > limit and page:
        return page, encode_cursor(cursor_kind, page[-1][0].server_seq)
    return page, None


def decision_record(model: type[_Record], d: Decision, u: User, **more: Any) -> _Record:
    """A stored decision as a history row: a DecisionRecord, or a subclass of it with
    ``more`` fields."""
    return model(
        decision_id=d.decision_id,
        server_seq=d.server_seq,
        case_id=d.case_id,
        queue=d.queue,
        moderator=u.username,
        team=u.team,
        vendor=u.vendor,
        action=d.action,
        policy_codes=decode_codes(d.policy_codes),
        note=d.note,
        escalation_reason=d.escalation_reason,
        supersedes=d.supersedes,
        superseded_by=d.superseded_by,
        policy_version=d.policy_version,
        handle_time_ms=d.handle_time_ms,
        decided_at=d.decided_at,
        received_at=d.received_at,
        late=d.late,
        kind=d.kind,
        target=_target(d),
        duration_s=d.duration_s,
        **more,
    )


def _target(d: Decision) -> contract.ChatTargetOut | None:
    if d.target_kind is None or d.target_id is None:
        return None
    return contract.ChatTargetOut(kind=d.target_kind, id=d.target_id)
