"""Sign-in, token refresh with rotation and grace, sign-out, and ``GET /v1/me``."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import delete, func, select, update

from reviewer import contract
from server.db import rowcount
from server.domain.clock import now_utc
from server.errors import ApiError
from server.models.core import LoginFailure, Token, User
from server.security import (
    CurrentUser,
    DbSession,
    State,
    derive_token,
    issue_pair,
    me_of,
    new_session_id,
    new_token,
    token_hash,
    verify_password,
)

router = APIRouter(prefix=contract.API_PREFIX, tags=["auth"])

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
}


@router.post(
    "/auth/login",
    response_model=contract.TokenPair,
    responses={429: {"model": contract.Problem, "description": "Too many failed sign-ins"}},
)
def login(body: contract.LoginRequest, session: DbSession, state: State) -> contract.TokenPair:
    """Password sign-in; after a few failures in a window the user name is slowed with 429."""
    settings = state.settings
    now = now_utc()
    window_start = now - timedelta(seconds=settings.login_failure_window_seconds)
    failures, oldest = session.execute(
        select(func.count(LoginFailure.id), func.min(LoginFailure.at)).where(
            LoginFailure.username == body.username, LoginFailure.at > window_start
        )
    ).one()
    if failures >= settings.login_failure_limit and oldest is not None:
        oldest_aware = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
        wait = max(
            1,
            math.ceil(
                (
                    oldest_aware + timedelta(seconds=settings.login_failure_window_seconds) - now
                ).total_seconds()
            ),
        )
        raise ApiError(
            429,
            "rate_limited",
            "Too many failed sign-ins for this user; wait before trying again.",
            headers={"Retry-After": str(wait)},
            retry_after=float(wait),
        )
    user = session.scalar(select(User).where(User.username == body.username))
    ok = verify_password(user.password_hash if user else None, body.password)
    if not ok or user is None or not user.active:
        session.add(LoginFailure(username=body.username, at=now))
        session.commit()
        raise ApiError(401, "invalid_credentials", "Wrong user name or password.")
    session.execute(delete(LoginFailure).where(LoginFailure.username == body.username))
    pair = issue_pair(session, state, user, new_session_id(), new_token(), new_token(), now)
    session.commit()
    return pair


@router.post("/auth/refresh", response_model=contract.TokenPair, responses={**_PROBLEMS})
def refresh(body: contract.RefreshRequest, session: DbSession, state: State) -> contract.TokenPair:
    """Rotate the refresh token. The old one works once more within the grace period and
    then returns the same new pair, so two threads refreshing together both stay signed in."""
    now = now_utc()
    h = token_hash(body.refresh_token)
    row = session.get(Token, h)
    if row is None or row.kind != "refresh" or row.revoked_at is not None:
        raise ApiError(401, "unauthenticated", "The refresh token is unknown or was revoked.")
    if row.expires_at <= now:
        raise ApiError(401, "token_expired", "The refresh token has expired; sign in again.")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise ApiError(401, "unauthenticated", "This account is disabled.")
    secret = state.meta("token_secret")
    if len(secret) < 32:  # never derive tokens from an empty or weak key
        raise RuntimeError("the database has no token secret: create it with `seed`")
    new_access = derive_token(secret, body.refresh_token, "access")
    new_refresh = derive_token(secret, body.refresh_token, "refresh")
    if row.rotated_at is None:
        # Conditional update: exactly one concurrent caller wins the rotation.
        won = rowcount(
            session,
            update(Token)
            .where(Token.token_hash == h, Token.rotated_at.is_(None))
            .values(rotated_at=now),
        )
        if won == 1:
            pair = issue_pair(session, state, user, row.session_id, new_access, new_refresh, now)
            session.commit()
            return pair
        session.rollback()
        session.expire_all()
        row = session.get(Token, h)
        assert row is not None
    rotated_at = row.rotated_at
    assert rotated_at is not None
    grace = timedelta(seconds=state.settings.refresh_grace_seconds)
    if now - rotated_at <= grace:
        once = rowcount(
            session,
            update(Token)
            .where(Token.token_hash == h, Token.grace_uses == 0)
            .values(grace_uses=Token.grace_uses + 1),
        )
        new_rows = {
            t.kind: t
            for t in session.scalars(
                select(Token).where(
                    Token.token_hash.in_([token_hash(new_access), token_hash(new_refresh)])
                )
            )
        }
        if once == 1 and len(new_rows) == 2:
            session.commit()
            return contract.TokenPair(
                access_token=new_access,
                refresh_token=new_refresh,
                access_expires_at=new_rows["access"].expires_at,
                refresh_expires_at=new_rows["refresh"].expires_at,
                user=me_of(user),
            )
        session.rollback()
    # A rotated token used again outside the grace: treat the whole session as stolen.
    session.execute(
        update(Token)
        .where(Token.session_id == row.session_id, Token.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.commit()
    raise ApiError(401, "unauthenticated", "The refresh token was already used; sign in again.")


@router.post("/auth/logout", status_code=204, responses={**_PROBLEMS})
def logout(
    principal: CurrentUser, session: DbSession, body: contract.LogoutRequest | None = None
) -> Response:
    """Revoke every token of this sign-in (and of the given refresh token's, if it is ours)."""
    now = now_utc()
    sessions = {principal.session_id}
    if body is not None and body.refresh_token:
        row = session.get(Token, token_hash(body.refresh_token))
        if row is not None and row.user_id == principal.user.user_id:
            sessions.add(row.session_id)
    session.execute(
        update(Token)
        .where(Token.session_id.in_(sessions), Token.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.commit()
    return Response(status_code=204)


@router.get("/me", response_model=contract.Me, responses={**_PROBLEMS})
def me(principal: CurrentUser) -> contract.Me:
    return me_of(principal.user)
