"""Passwords, opaque tokens and the ``current_user`` dependency.

Tokens are random strings that the service stores only as sha256 hashes. A
refreshed pair is derived from the old refresh token with an HMAC under a
service secret, so a second refresh with the same old token inside the grace
period can return the very same pair without the service keeping any token in
plain text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Request
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain.clock import now_utc
from server.domain.principal import Principal
from server.errors import ApiError
from server.models.core import Token, User
from server.state import ServiceState, get_session, state_dependency

# OWASP's argon2id baseline (19 MiB, t=2, p=1): strong enough for a reference service and
# about three times cheaper than argon2-cffi's default, which matters on a 2-core CI box.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified against when the user does not exist, so timing does not reveal user names.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def password_hasher() -> PasswordHasher:
    return _hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def derive_token(secret: str, parent: str, kind: str) -> str:
    mac = hmac.new(secret.encode(), f"{kind}:{parent}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def me_of(user: User) -> contract.Me:
    return contract.Me(
        user_id=user.user_id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        team=user.team,
        vendor=user.vendor,
    )


def issue_pair(
    session: Session,
    state: ServiceState,
    user: User,
    session_id: str,
    access: str,
    refresh: str,
    now: datetime,
) -> contract.TokenPair:
    """Store the hashes of a new access/refresh pair; the caller commits."""
    settings = state.settings
    access_exp = now + timedelta(seconds=settings.access_ttl_seconds)
    refresh_exp = now + timedelta(seconds=settings.refresh_ttl_seconds)
    for token, kind, exp in ((access, "access", access_exp), (refresh, "refresh", refresh_exp)):
        session.add(
            Token(
                token_hash=token_hash(token),
                kind=kind,
                user_id=user.user_id,
                session_id=session_id,
                issued_at=now,
                expires_at=exp,
                revoked_at=None,
                rotated_at=None,
                grace_uses=0,
            )
        )
    return contract.TokenPair(
        access_token=access,
        refresh_token=refresh,
        access_expires_at=access_exp,
        refresh_expires_at=refresh_exp,
        user=me_of(user),
    )


def new_session_id() -> str:
    return uuid.uuid4().hex


def read_bearer(request: Request) -> str:
    """The token of an ``Authorization: Bearer`` header; a 401 when there is none."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise ApiError(
            401,
            "unauthenticated",
            "Sign in: this endpoint needs a bearer access token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return value.strip()


# Built once: every authenticated request runs it, and building a statement costs more than
# SQLite takes to answer it (the compiled form is cached by SQLAlchemy either way).
_TOKEN_AND_USER = (
    select(Token, User)
    .join(User, User.user_id == Token.user_id)
    .where(Token.token_hash == bindparam("token_hash"))
)


async def bearer_token(request: Request) -> str:
    """The bearer token as sent, or a 401 when there is none (no I/O: runs on the loop)."""
    return read_bearer(request)


def current_principal(
    session: Annotated[Session, Depends(get_session, scope="function")],
    token: Annotated[str, Depends(bearer_token)],
) -> Principal:
    """The caller of an ordinary route, resolved before its parameters are validated.

    The read transaction ends here (nothing expires: the factory keeps objects on commit),
    so the connection goes back to the pool while the handler waits for a thread; held
    across that wait, a burst of requests held every connection while the threads that
    would free them waited for one (503s with the database idle)."""
    principal = authenticate(session, token)
    session.commit()
    return principal


#: a report token's kind in ``tokens``: read-only, accepted by the reports route alone
REPORT_TOKEN_KIND = "report"  # noqa: S105 - a kind, not a secret


def authenticate(
    session: Session, token: str, *, kinds: tuple[str, ...] = ("access",)
) -> Principal:
    """Resolve the bearer token to a user: 401 unauthenticated or token_expired otherwise.
    Only the reports route passes ``kinds`` with a report token: every other refuses it."""
    h = token_hash(token)
    row = session.execute(_TOKEN_AND_USER, {"token_hash": h}).first()
    if row is not None and row[0].kind in kinds and not row[1].active:
        raise account_disabled()  # its tokens were revoked with the disable: say why
    if row is None or row[0].kind not in kinds or row[0].revoked_at is not None:
        raise ApiError(
            401,
            "unauthenticated",
            "The access token is unknown or was revoked.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    tok, user = row[0], row[1]
    if tok.expires_at <= now_utc():
        raise ApiError(
            401,
            "token_expired",
            "The access token has expired; refresh it.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return Principal(user=user, session_id=tok.session_id, token_hash=h)


def report_principal(
    session: Annotated[Session, Depends(get_session, scope="function")],
    token: Annotated[str, Depends(bearer_token)],
) -> Principal:
    """The caller of the reports route: a signed-in user, or a report token's issuer."""
    principal = authenticate(session, token, kinds=("access", REPORT_TOKEN_KIND))
    session.commit()
    return principal


def account_disabled() -> ApiError:
    """The refusal a disabled account gets on every request (the desk keeps its work)."""
    return ApiError(403, "account_disabled", "This account is disabled.", title="Account disabled")


CurrentUser = Annotated[Principal, Depends(current_principal)]
ReportReader = Annotated[Principal, Depends(report_principal)]
DbSession = Annotated[Session, Depends(get_session, scope="function")]
State = Annotated[ServiceState, Depends(state_dependency)]


def require_role(principal: Principal, *roles: str) -> None:
    if principal.role not in roles:
        raise ApiError(403, "forbidden", f"This needs the role {' or '.join(roles)}.")
