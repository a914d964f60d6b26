"""Sign-in, token refresh with rotation and grace, sign-out, and ``GET /v1/me``."""

from __future__ import annotations

import math
import time
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request, Response
from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from reviewer import contract
from server.addresses import within
from server.config import Settings
from server.db import rowcount
from server.domain.clock import now_utc
from server.errors import ApiError
from server.models.core import LoginFailure, Token, User
from server.observability import note_signin_failure
from server.routes.operations import request_address
from server.security import (
    CurrentUser,
    DbSession,
    State,
    account_disabled,
    derive_token,
    hash_password,
    issue_pair,
    me_of,
    new_session_id,
    new_token,
    token_hash,
    verify_password,
)
from server.state import ServiceState, SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["auth"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
}


@router.post(
    "/auth/login",
    response_model=contract.TokenPair,
    responses={
        403: {"model": contract.Problem, "description": "Disabled, or must change its password"},
        429: {"model": contract.Problem, "description": "Too many failed sign-ins"},
    },
)
async def login(body: contract.LoginRequest, request: Request, state: State) -> contract.TokenPair:
    """Password sign-in; failed sign-ins are limited per (user name, client address) and per
    client address, with 429 and Retry-After."""
    # Both limits count failures in the database, so they hold across workers, and a flood
    # from one address never locks the user out from another. Hashing runs in one of the
    # host's shared slots (server.hash_slots), reached through this worker's small gate:
    # waiting at the gate holds no request thread and no pooled connection, so signed-in
    # requests stay fast while a flood waits; a sign-in that gets no slot before its
    # deadline answers 503 with Retry-After.
    # No request-scoped session here: each step opens and closes its own inside its thread.
    # A shared one would be closed on the event loop if the request were cancelled (a
    # client gone, a shutdown) while a thread still used it: IllegalStateChangeError, and a
    # connection that never went back to the pool.
    return await _sign_in(state, request, body.username, body.password, None)


@router.post(
    "/auth/password",
    response_model=contract.TokenPair,
    responses={
        401: {"model": contract.Problem, "description": "Wrong user name or password"},
        403: {"model": contract.Problem, "description": "The account is disabled"},
        429: {"model": contract.Problem, "description": "Too many failed sign-ins"},
    },
)
async def change_password(
    body: contract.PasswordChange, request: Request, state: State
) -> contract.TokenPair:
    """Choose a new password with the old or temporary one, and sign in with it: the way out
    of ``password-change-required``. Throttled like a sign-in (it is one)."""
    return await _sign_in(state, request, body.username, body.old_password, body.new_password)


async def _sign_in(
    state: ServiceState, request: Request, username: str, password: str, new_password: str | None
) -> contract.TokenPair:
    settings = state.settings
    deadline = time.monotonic() + settings.hash_wait_seconds
    address = request_address(request, settings.trusted_proxies)
    now = now_utc()
    account = await run_in_threadpool(_admit, state, username, address, now)
    gate = state.hash_gate
    if gate.statistics().tasks_waiting >= settings.hash_queue_limit:
        raise _busy()
    stored = account.password_hash if account is not None else None
    hashed, ok = await anyio.to_thread.run_sync(
        state.hash_slots.run,
        partial(verify_password, stored, password),
        deadline,
        limiter=gate,
    )
    if not hashed:
        raise _busy()
    assert ok is not None
    return await run_in_threadpool(
        _finish, state, username, address, account, ok, now, new_password
    )


def _busy() -> ApiError:
    """Too many sign-ins waiting, or no hashing slot before the deadline."""
    note_signin_failure("busy")
    return ApiError(
        503,
        "server_error",
        "Too many sign-ins at once; retry shortly.",
        title="Service unavailable",
        headers={"Retry-After": "1"},
        retry_after=1.0,
    )


def _throttled(oldest: datetime, now: datetime, window: int, detail: str) -> ApiError:
    oldest_aware = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
    wait = max(1, math.ceil((oldest_aware + timedelta(seconds=window) - now).total_seconds()))
    return ApiError(
        429, "rate_limited", detail, headers={"Retry-After": str(wait)}, retry_after=float(wait)
    )


def _admit(
    state: ServiceState, username: str, address: str, now: datetime
) -> Row[str, str, bool] | None:
    """The account to check the password against, or 429 when a throttle is full. Its own
    short session: the connection goes back to the pool before the (slow) hashing."""
    with state.sessions() as session:
        return _admit_in(session, state.settings, username, address, now)


def _admit_in(
    session: Session, settings: Settings, username: str, address: str, now: datetime
) -> Row[str, str, bool] | None:
    window = settings.login_failure_window_seconds
    recent = LoginFailure.at > now - timedelta(seconds=window)
    if not within(address, settings.signin_exempt):
        failures, oldest = session.execute(
            select(func.count(LoginFailure.id), func.min(LoginFailure.at)).where(
                LoginFailure.address == address, recent
            )
        ).one()
        if failures >= settings.address_failure_limit and oldest is not None:
            note_signin_failure("address_throttled")
            raise _throttled(
                oldest, now, window, "Too many failed sign-ins from this address; wait."
            )
    failures, oldest = session.execute(
        select(func.count(LoginFailure.id), func.min(LoginFailure.at)).where(
            LoginFailure.username == username, LoginFailure.address == address, recent
        )
    ).one()
    if failures >= settings.login_failure_limit and oldest is not None:
        note_signin_failure("user_throttled")
        raise _throttled(
            oldest,
            now,
            window,
            "Too many failed sign-ins for this user; wait before trying again.",
        )
    return session.execute(
        select(User.user_id, User.password_hash, User.active).where(User.username == username)
    ).first()


#: a worker prunes old sign-in failures at most this often, on a failure's own write
PRUNE_EVERY_SECONDS = 60.0
#: and at most this many rows at once, oldest first, so that no failed sign-in pays for a
#: long backlog (a flood of 100,000 failures goes in a few hundred turns)
PRUNE_BATCH = 500


def prune_failures(session: Session, cutoff: datetime, batch: int = PRUNE_BATCH) -> int:
    """Delete up to ``batch`` failed sign-ins from before ``cutoff`` (the throttle's window:
    nothing counts them any more); returns how many. ``DELETE ... WHERE id IN (SELECT ...
    LIMIT n)``: a bounded delete that SQLite and PostgreSQL both take. The caller commits."""
    ids = (
        select(LoginFailure.id)
        .where(LoginFailure.at < cutoff)
        .order_by(LoginFailure.at)
        .limit(batch)
        .scalar_subquery()
    )
    return rowcount(session, delete(LoginFailure).where(LoginFailure.id.in_(ids)))


def _finish(
    state: ServiceState,
    username: str,
    address: str,
    account: Row[str, str, bool] | None,
    ok: bool,
    now: datetime,
    new_password: str | None = None,
) -> contract.TokenPair:
    """Write the outcome in a fresh short session, opened only once the hashing is done."""
    with state.sessions() as session:
        return _finish_in(session, state, username, address, account, ok, now, new_password)


def _finish_in(
    session: Session,
    state: ServiceState,
    username: str,
    address: str,
    account: Row[str, str, bool] | None,
    ok: bool,
    now: datetime,
    new_password: str | None = None,
) -> contract.TokenPair:
    """Record a failure, or refuse a disabled account or one that must change its password,
    or (given ``new_password``, already checked by the caller) store it; then a new pair."""
    user = session.get(User, account.user_id) if ok and account is not None else None
    if user is None:
        session.add(LoginFailure(username=username, address=address, at=now))
        if state.prune_due(PRUNE_EVERY_SECONDS):
            prune_failures(
                session, now - timedelta(seconds=state.settings.login_failure_window_seconds)
            )
        session.commit()
        note_signin_failure("credentials")
        raise ApiError(401, "invalid_credentials", "Wrong user name or password.")
    if not user.active:  # the right password: say why it cannot work (nothing is issued)
        raise account_disabled()
    if new_password is None and user.must_change_password:
        raise ApiError(
            403,
            "password_change_required",
            "Choose a new password: send the temporary one with it to /v1/auth/password.",
            title="Password change required",
        )
    if new_password is not None:
        if verify_password(user.password_hash, new_password):
            raise ApiError(422, "validation", "The new password must differ from the old one.")
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
    # Only this address's failures: a correct password elsewhere must not reset a flood's.
    session.execute(
        delete(LoginFailure).where(
            LoginFailure.username == username, LoginFailure.address == address
        )
    )
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
    owner = session.get(User, row.user_id) if row is not None else None
    if row is not None and row.kind == "refresh" and owner is not None and not owner.active:
        raise account_disabled()  # its tokens were revoked with the disable: say why
    if row is None or row.kind != "refresh" or row.revoked_at is not None:
        raise ApiError(401, "unauthenticated", "The refresh token is unknown or was revoked.")
    if row.expires_at <= now:
        raise ApiError(401, "token_expired", "The refresh token has expired; sign in again.")
    user = owner
    if user is None:
        raise ApiError(401, "unauthenticated", "The account is gone.")
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
