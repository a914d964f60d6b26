"""A lead's import of a disabled moderator's undelivered decisions: who may import whose,
and from when the author's decisions are refused (the disable, read from the admin log)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.domain.principal import Principal
from server.errors import ApiError
from server.models.core import AdminLog, User


def importable_author(session: Session, principal: Principal, username: str) -> User:
    """The author an import names, when the caller may import for them: an admin for anyone,
    a lead for their own team (another team's author answers 404, like a missing one)."""
    if principal.role not in ("lead", "admin"):
        raise ApiError(403, "forbidden", "This needs the role lead or admin.")
    author = session.scalar(select(User).where(User.username == username))
    if author is None or (principal.role == "lead" and author.team != principal.user.team):
        raise ApiError(404, "not_found", "No such user in your scope.")
    if author.active:
        raise ApiError(
            409, "conflict", "This account is active: its own desk uploads its decisions."
        )
    return author


def disabled_at(session: Session, author: User) -> datetime:
    """When ``author`` was last disabled: the latest admin log change of the account from
    active to inactive. 409 when the log has none (the account never went through a disable
    this service logged), since then no decision can be placed before it."""
    rows = session.scalars(
        select(AdminLog)
        .where(AdminLog.target == author.username, AdminLog.action == "user.change")
        .order_by(AdminLog.seq.desc())
    )
    for row in rows:
        before, after = json.loads(row.before_json), json.loads(row.after_json)
        if before.get("active") is True and after.get("active") is False:
            return row.at
    raise ApiError(409, "conflict", "The admin log has no disable of this account.")
