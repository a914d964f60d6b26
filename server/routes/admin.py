"""The admin console's API (``/v1/admin/...``): users and the admin log. Every route refuses
every role but admin (403), and every change is written to the admin log with the change."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from reviewer import contract
from server.domain import admin
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import AdminLog, User, encode_codes
from server.security import CurrentUser, DbSession, hash_password

router = APIRouter(prefix=contract.API_PREFIX + "/admin", tags=["admin"])

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
    403: {"model": contract.Problem, "description": "Not an admin"},
}
UserId = Annotated[str, Path(max_length=64)]


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
