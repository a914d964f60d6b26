"""``/v1/admin/report-tokens``: an admin issues, lists and revokes report tokens.

A report token is a row of ``tokens`` of kind ``report`` (only its hash is kept): it acts
as its issuer, with the issuer's scope, on ``GET /v1/reports/weekly`` alone (every other
route authenticates kind ``access`` only), until it expires or is revoked. Its id is its
``session_id``, so signing out of a desk never ends it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Path, Response
from sqlalchemy import select

from reviewer import contract
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.models.core import Token
from server.security import (
    REPORT_TOKEN_KIND,
    CurrentUser,
    DbSession,
    new_session_id,
    new_token,
    require_role,
    token_hash,
)
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["admin"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}


def _info(row: Token) -> contract.ReportTokenInfo:
    return contract.ReportTokenInfo(
        token_id=row.session_id,
        issued_at=row.issued_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


@router.post(
    "/admin/report-tokens",
    response_model=contract.ReportTokenIssued,
    status_code=201,
    responses={**_PROBLEMS, 422: {"model": contract.Problem}},
)
def post_report_token(
    principal: CurrentUser, session: DbSession, body: contract.ReportTokenIn
) -> contract.ReportTokenIssued:
    """A new report token, shown once. Admins only."""
    require_role(principal, "admin")
    now = now_utc()
    token = new_token()
    row = Token(
        token_hash=token_hash(token),
        kind=REPORT_TOKEN_KIND,
        user_id=principal.user.user_id,
        session_id="rt-" + new_session_id(),
        issued_at=now,
        expires_at=now + timedelta(days=body.expires_in_days),
        revoked_at=None,
        rotated_at=None,
        grace_uses=0,
    )
    session.add(row)
    session.commit()
    return contract.ReportTokenIssued(**_info(row).model_dump(), token=token)


@router.get("/admin/report-tokens", response_model=contract.ReportTokenList, responses=_PROBLEMS)
def get_report_tokens(principal: CurrentUser, session: DbSession) -> contract.ReportTokenList:
    """Every report token, the newest first (never the token itself). Admins only."""
    require_role(principal, "admin")
    rows = session.scalars(
        select(Token).where(Token.kind == REPORT_TOKEN_KIND).order_by(Token.issued_at.desc())
    )
    return contract.ReportTokenList(items=[_info(r) for r in rows])


@router.delete("/admin/report-tokens/{token_id}", status_code=204, responses=_PROBLEMS)
def delete_report_token(
    principal: CurrentUser,
    session: DbSession,
    token_id: str = Path(max_length=80),
) -> Response:
    """Revoke a report token at once. Admins only."""
    require_role(principal, "admin")
    row = one_or_404(
        session.scalar(
            select(Token).where(Token.kind == REPORT_TOKEN_KIND, Token.session_id == token_id)
        ),
        f"No report token {token_id!r}.",
    )
    if row.revoked_at is None:
        row.revoked_at = now_utc()
    session.commit()
    return Response(status_code=204)
