"""Account labels (``/v1/labels``): a moderator or lead asks for one with a reason, a lead
(their team's requests) or an admin approves it with an expiry or declines it. Every request
and decision is written to the admin log."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import select

from reviewer import contract
from server.domain import admin, labels
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import Case
from server.models.labels import AccountLabelRow
from server.routes.cases import can_see_case
from server.security import CurrentUser, DbSession
from server.state import SessionRoute

router = APIRouter(
    prefix=contract.API_PREFIX + "/labels", tags=["labels"], route_class=SessionRoute
)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
    403: {"model": contract.Problem, "description": "The role may not"},
}
LabelId = Annotated[str, Path(max_length=64)]
_PAGE = 200


@router.post(
    "",
    status_code=201,
    response_model=contract.AccountLabel,
    responses={
        **_PROBLEMS,
        400: {"model": contract.Problem, "description": "A moderator names no case"},
        404: {"model": contract.Problem, "description": "No such case for you"},
        409: {"model": contract.Problem, "description": "Already asked for, not decided"},
    },
)
def request_label(
    body: contract.AccountLabelRequest, principal: CurrentUser, session: DbSession
) -> contract.AccountLabel:
    """Ask for a label on a streamer's account. A moderator asks from a case they reviewed
    (its streamer must be the account); a lead or admin may also ask without a case."""
    labels.require_requester(principal)
    handle = ""
    if body.case_id is not None:
        case = session.get(Case, body.case_id)
        if case is None or not can_see_case(session, principal, body.case_id):
            raise ApiError(404, "not_found", "No such case for you.")
        account_id, handle = labels.streamer_of(case)
        if account_id != body.account_id:
            raise ApiError(400, "bad_request", "The case's streamer is another account.")
    elif principal.role == "moderator":
        raise ApiError(400, "bad_request", "Ask for a label from a case you reviewed.")
    pending = session.scalar(
        select(AccountLabelRow.label_id).where(
            AccountLabelRow.account_id == body.account_id,
            AccountLabelRow.kind == body.kind,
            AccountLabelRow.status == "pending",
        )
    )
    if pending is not None:
        raise ApiError(409, "conflict", "This label was asked for already and awaits a lead.")
    now = now_utc()
    row = AccountLabelRow(
        label_id=str(uuid.uuid4()),
        account_id=body.account_id,
        account_handle=handle,
        kind=body.kind,
        reason=body.reason,
        status="pending",
        requested_by=principal.user.user_id,
        requester_team=principal.user.team,
        requested_at=now,
        case_id=body.case_id,
        decided_by="",
        decision_note="",
    )
    session.add(row)
    session.flush()
    admin.write_log(
        session, principal, "label.request", body.account_id, {}, labels.log_fields(row), now
    )
    session.commit()
    return labels.view(row, {principal.user.user_id: principal.user.username})


@router.get("", response_model=contract.AccountLabelList, responses={**_PROBLEMS})
def list_labels(
    principal: CurrentUser,
    session: DbSession,
    status: contract.LabelStatus | None = None,
    account_id: Annotated[str | None, Query(max_length=64)] = None,
) -> contract.AccountLabelList:
    """Label requests the caller may see, newest first (at most 200): a moderator their own,
    a lead their team's, an admin every one."""
    labels.require_requester(principal)
    query = select(AccountLabelRow).order_by(AccountLabelRow.requested_at.desc()).limit(_PAGE)
    if status is not None:
        query = query.where(AccountLabelRow.status == status)
    if account_id is not None:
        query = query.where(AccountLabelRow.account_id == account_id)
    if principal.role == "lead":
        query = query.where(AccountLabelRow.requester_team == principal.user.team)
    elif principal.role != "admin":
        query = query.where(AccountLabelRow.requested_by == principal.user.user_id)
    rows = list(session.scalars(query))
    names = labels.user_names(session, rows)
    return contract.AccountLabelList(items=[labels.view(r, names) for r in rows])


@router.post(
    "/{label_id}/decision",
    response_model=contract.AccountLabel,
    responses={
        **_PROBLEMS,
        404: {"model": contract.Problem, "description": "No such request for you"},
        409: {"model": contract.Problem, "description": "Decided already"},
    },
)
def decide_label(
    label_id: LabelId,
    body: contract.AccountLabelDecision,
    principal: CurrentUser,
    session: DbSession,
) -> contract.AccountLabel:
    """Approve (the label lasts ``expires_in_days``) or decline a pending request."""
    labels.require_decider(principal)
    row = session.get(AccountLabelRow, label_id)
    row = one_or_404(
        row if row is not None and labels.in_scope(principal, row) else None,
        "No such label request for you.",
    )
    if row.status != "pending":
        raise ApiError(409, "conflict", "This label request was decided already.")
    now = now_utc()
    before = labels.log_fields(row)
    row.status = "approved" if body.approve else "declined"
    row.decided_by = principal.user.user_id
    row.decided_at = now
    row.decision_note = body.note
    if body.approve:
        row.expires_at = now + timedelta(days=body.expires_in_days)
    action = "label.approve" if body.approve else "label.decline"
    admin.write_log(session, principal, action, row.account_id, before, labels.log_fields(row), now)
    session.commit()
    names = labels.user_names(session, [row])
    return labels.view(row, names)
