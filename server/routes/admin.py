"""The admin console's API (``/v1/admin/...``): users, queues, golden items and the admin log.
Every route refuses every role but admin (403), and every change is written to the admin log
in the transaction of the change."""

from __future__ import annotations

import json
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from reviewer import contract
from server.domain import admin, priority, queue_admin
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import AdminLog, Case, Queue, QueueWeights, User, encode_codes
from server.security import CurrentUser, DbSession, hash_password
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX + "/admin", tags=["admin"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
    403: {"model": contract.Problem, "description": "Not an admin"},
}
UserId = Annotated[str, Path(max_length=64)]
QueueId = Annotated[str, Path(max_length=64)]
CaseId = Annotated[str, Path(max_length=64)]
_INVALID: dict[int | str, dict[str, Any]] = {
    422: {"model": contract.Problem, "description": "Unknown team, vendor or action"}
}


@router.get("/users", response_model=contract.AdminUserList, responses={**_PROBLEMS})
def list_users(principal: CurrentUser, session: DbSession) -> contract.AdminUserList:
    """Every account, by user name."""
    admin.require_admin(principal)
    users = session.scalars(select(User).order_by(User.username))
    return contract.AdminUserList(items=[admin.user_view(u) for u in users])


@router.post(
    "/users",
    status_code=201,
    response_model=contract.AdminUser,
    responses={**_PROBLEMS, 409: {"model": contract.Problem, "description": "Name taken"}},
)
def create_user(
    body: contract.AdminUserCreate, principal: CurrentUser, session: DbSession
) -> contract.AdminUser:
    """A new account with a temporary password it must replace at its first sign-in."""
    admin.require_admin(principal)
    now = now_utc()
    user = User(
        user_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"live-review:user:{body.username}")),
        username=body.username,
        display_name=body.display_name,
        password_hash=hash_password(body.temporary_password),
        role=body.role,
        team=body.team,
        vendor=body.vendor,
        languages=encode_codes(sorted(set(body.languages))),
        active=True,
        must_change_password=True,
        chain_seq=0,
        chain_head="",
        created_at=now,
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise ApiError(409, "conflict", "That user name is taken.") from None
    view = admin.user_view(user)
    admin.write_log(
        session, principal, "user.create", user.username, {}, admin.user_fields(user), now
    )
    session.commit()
    return view


@router.patch("/users/{user_id}", response_model=contract.AdminUser, responses={**_PROBLEMS})
def change_user(
    user_id: UserId, body: contract.AdminUserChange, principal: CurrentUser, session: DbSession
) -> contract.AdminUser:
    """Change role, team, vendor, languages, name, or enable/disable. Disabling ends the
    account's sessions at once; the last active admin can be neither disabled nor demoted."""
    admin.require_admin(principal)
    now = now_utc()
    user = one_or_404(session.get(User, user_id), "No such user.")
    before = admin.user_fields(user)
    role = body.role if body.role is not None else user.role
    active = body.active if body.active is not None else user.active
    admin.keep_an_admin(session, user, role, active)
    if body.display_name is not None:
        user.display_name = body.display_name
    if body.team is not None:
        user.team = body.team
    if body.vendor is not None:
        user.vendor = body.vendor
    if body.languages is not None:
        user.languages = encode_codes(sorted(set(body.languages)))
    user.role = role
    if user.active and not active:
        admin.end_sessions(session, user.user_id, now)
    user.active = active
    after = admin.user_fields(user)
    if after != before:
        admin.write_log(session, principal, "user.change", user.username, before, after, now)
    session.commit()
    return admin.user_view(user)


@router.post(
    "/users/{user_id}/password-reset", response_model=contract.AdminUser, responses={**_PROBLEMS}
)
def reset_password(
    user_id: UserId, body: contract.PasswordReset, principal: CurrentUser, session: DbSession
) -> contract.AdminUser:
    """Set a temporary password: the account's sessions end and its next sign-in must choose
    a new one (``password-change-required``)."""
    admin.require_admin(principal)
    now = now_utc()
    user = one_or_404(session.get(User, user_id), "No such user.")
    before = admin.user_fields(user)
    user.password_hash = hash_password(body.temporary_password)
    user.must_change_password = True
    admin.end_sessions(session, user.user_id, now)
    after = admin.user_fields(user)
    admin.write_log(session, principal, "user.password_reset", user.username, before, after, now)
    session.commit()
    return admin.user_view(user)


@router.get("/log", response_model=contract.AdminLogPage, responses={**_PROBLEMS})
def read_log(
    principal: CurrentUser,
    session: DbSession,
    before_seq: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> contract.AdminLogPage:
    """The admin log, newest first; ``before_seq`` pages back."""
    admin.require_admin(principal)
    query = select(AdminLog).order_by(AdminLog.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AdminLog.seq < before_seq)
    return contract.AdminLogPage(items=[admin.log_entry(r) for r in session.scalars(query)])


# --- queues -----------------------------------------------------------------------------------


@router.get("/queues", response_model=contract.AdminQueueList, responses={**_PROBLEMS})
def list_admin_queues(principal: CurrentUser, session: DbSession) -> contract.AdminQueueList:
    """Every queue in the desk's order, with its SLA, weights, allow lists and hidden actions."""
    admin.require_admin(principal)
    queues = session.scalars(select(Queue).order_by(Queue.position, Queue.queue_id))
    return contract.AdminQueueList(items=[queue_admin.queue_view(session, q) for q in queues])


def _set_weights(session: DbSession, queue_id: str, weights: contract.QueueWeightsSet) -> None:
    row = session.get(QueueWeights, queue_id)
    if row is None:
        row = QueueWeights(queue_id=queue_id)
        session.add(row)
    row.live = weights.live
    row.viewer_tier = weights.viewer_tier
    row.report_5min = weights.report_5min
    row.severity = weights.severity
    row.deadline_near_seconds = weights.deadline_near_seconds


@router.post(
    "/queues",
    status_code=201,
    response_model=contract.AdminQueue,
    responses={
        **_PROBLEMS,
        **_INVALID,
        409: {"model": contract.Problem, "description": "Queue id taken"},
    },
)
def create_queue(
    body: contract.AdminQueueCreate, principal: CurrentUser, session: DbSession
) -> contract.AdminQueue:
    """A new Live queue; without weights it ranks by the defaults."""
    admin.require_admin(principal)
    queue_admin.validate_access(session, body.teams, body.vendors, body.hidden_actions)
    if session.get(Queue, body.queue_id) is not None:
        raise ApiError(409, "conflict", "That queue id is taken.")
    now = now_utc()
    queue = Queue(
        queue_id=body.queue_id,
        name=body.name,
        kind="live",
        sla_minutes=body.sla_minutes,
        position=queue_admin.next_position(session),
        teams=encode_codes(sorted(set(body.teams))),
        vendors=encode_codes(sorted(set(body.vendors))),
        hidden_actions=encode_codes(sorted(set(body.hidden_actions))),
    )
    session.add(queue)
    w = priority.DEFAULT_WEIGHTS
    _set_weights(
        session,
        body.queue_id,
        body.weights
        or contract.QueueWeightsSet(
            live=w.live,
            viewer_tier=w.viewer_tier,
            report_5min=w.report_5min,
            severity=w.severity,
            deadline_near_seconds=w.deadline_near_seconds,
        ),
    )
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise ApiError(409, "conflict", "That queue id is taken.") from None
    after = queue_admin.queue_fields(session, queue)
    admin.write_log(session, principal, "queue.create", queue.queue_id, {}, after, now)
    view = queue_admin.queue_view(session, queue)
    session.commit()
    return view


@router.patch(
    "/queues/{queue_id}",
    response_model=contract.AdminQueue,
    responses={**_PROBLEMS, **_INVALID, 404: {"model": contract.Problem}},
)
def change_queue(
    queue_id: QueueId, body: contract.AdminQueueChange, principal: CurrentUser, session: DbSession
) -> contract.AdminQueue:
    """Change a queue's name, SLA, weights, allow lists or hidden actions. A new SLA applies
    to cases that arrive from now on; leases already taken keep their cases."""
    admin.require_admin(principal)
    queue = one_or_404(session.get(Queue, queue_id), f"No queue {queue_id!r}.")
    queue_admin.validate_access(session, body.teams, body.vendors, body.hidden_actions)
    now = now_utc()
    before = queue_admin.queue_fields(session, queue)
    if body.name is not None:
        queue.name = body.name
    if body.sla_minutes is not None:
        queue.sla_minutes = body.sla_minutes
    if body.teams is not None:
        queue.teams = encode_codes(sorted(set(body.teams)))
    if body.vendors is not None:
        queue.vendors = encode_codes(sorted(set(body.vendors)))
    if body.hidden_actions is not None:
        queue.hidden_actions = encode_codes(sorted(set(body.hidden_actions)))
    if body.weights is not None:
        _set_weights(session, queue_id, body.weights)
    session.flush()
    after = queue_admin.queue_fields(session, queue)
    if after != before:
        admin.write_log(session, principal, "queue.change", queue_id, before, after, now)
    view = queue_admin.queue_view(session, queue)
    session.commit()
    return view


# --- golden items -------------------------------------------------------------------------------


@router.get("/golden", response_model=contract.GoldenItemList, responses={**_PROBLEMS})
def list_golden(
    principal: CurrentUser,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 500,
) -> contract.GoldenItemList:
    """The golden items calibration sessions draw from, by case id."""
    admin.require_admin(principal)
    cases = session.scalars(
        select(Case).where(Case.golden_json.is_not(None)).order_by(Case.case_id).limit(limit)
    )
    return contract.GoldenItemList(items=[queue_admin.golden_view(c) for c in cases])


@router.post(
    "/golden",
    status_code=201,
    response_model=contract.GoldenItem,
    responses={
        **_PROBLEMS,
        404: {"model": contract.Problem},
        409: {"model": contract.Problem, "description": "Not decided, or golden already"},
    },
)
def promote_golden(
    body: contract.GoldenPromote, principal: CurrentUser, session: DbSession
) -> contract.GoldenItem:
    """Promote a decided case: its current decision's action, policy areas and note become
    the reference answer that calibration scores against."""
    admin.require_admin(principal)
    case = one_or_404(session.get(Case, body.case_id), f"No case {body.case_id!r}.")
    if case.golden_json is not None:
        raise ApiError(409, "conflict", "That case is a golden item already.")
    answer = queue_admin.reference_answer(session, case)
    case.golden_json = json.dumps(answer, sort_keys=True)
    view = queue_admin.golden_view(case)
    admin.write_log(
        session, principal, "golden.promote", case.case_id, {}, view.model_dump(), now_utc()
    )
    session.commit()
    return view


@router.delete(
    "/golden/{case_id}",
    response_model=contract.GoldenItem,
    responses={**_PROBLEMS, 404: {"model": contract.Problem}},
)
def retire_golden(
    case_id: CaseId, principal: CurrentUser, session: DbSession
) -> contract.GoldenItem:
    """Retire a golden item: later calibration sessions no longer draw it (sessions made
    already keep their copy of the reference answer)."""
    admin.require_admin(principal)
    case = session.get(Case, case_id)
    case = one_or_404(
        case if case is not None and case.golden_json is not None else None,
        f"No golden item {case_id!r}.",
    )
    view = queue_admin.golden_view(case)
    case.golden_json = None
    admin.write_log(session, principal, "golden.retire", case_id, view.model_dump(), {}, now_utc())
    session.commit()
    return view
