"""The admin console's rules: only admins act, every action is logged with the target before
and after, and the service never loses its last active admin."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain.principal import Principal
from server.errors import ApiError
from server.models.core import AdminLog, Token, User, decode_codes


def require_admin(principal: Principal) -> None:
    """403 for every role but admin: the whole console is the admin's."""
    if principal.role != "admin":
        raise ApiError(403, "forbidden", "This needs the role admin.")


def user_view(user: User) -> contract.AdminUser:
    return contract.AdminUser(
        user_id=user.user_id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        team=user.team,
        vendor=user.vendor,
        languages=decode_codes(user.languages),
        active=user.active,
        must_change_password=user.must_change_password,
    )


def user_fields(user: User) -> dict[str, Any]:
    """What the log keeps of an account: every field an admin edits, never a password hash."""
    return user_view(user).model_dump(exclude={"user_id"})


def write_log(
    session: Session,
    principal: Principal,
    action: str,
    target: str,
    before: dict[str, Any],
    after: dict[str, Any],
    at: datetime,
) -> None:
    """Add one admin log row; the caller commits it with the change itself."""
    session.add(
        AdminLog(
            at=at,
            admin_id=principal.user.user_id,
            admin_username=principal.user.username,
            action=action,
            target=target,
            before_json=json.dumps(before, sort_keys=True, default=str),
            after_json=json.dumps(after, sort_keys=True, default=str),
        )
    )


def log_entry(row: AdminLog) -> contract.AdminLogEntry:
    return contract.AdminLogEntry(
        seq=row.seq,
        at=row.at,
        admin=row.admin_username,
        action=row.action,
        target=row.target,
        before=json.loads(row.before_json),
        after=json.loads(row.after_json),
    )


def keep_an_admin(session: Session, user: User, role: str, active: bool) -> None:
    """409 when the change would leave no active admin. The active admins' rows are locked
    (FOR UPDATE on PostgreSQL), so two admins demoting each other at once cannot both pass."""
    if user.role != "admin" or not user.active or (role == "admin" and active):
        return
    admins = session.scalars(
        select(User.user_id).where(User.role == "admin", User.active.is_(True)).with_for_update()
    ).all()
    if not [a for a in admins if a != user.user_id]:
        raise ApiError(409, "conflict", "This is the last active admin: it stays an active admin.")


def end_sessions(session: Session, user_id: str, now: datetime) -> None:
    """Revoke every token of the account: its next request is refused."""
    session.execute(
        update(Token)
        .where(Token.user_id == user_id, Token.revoked_at.is_(None))
        .values(revoked_at=now)
    )
