"""The moderator's escalations (``GET /v1/escalations/mine``): what the caller escalated,
with the lead's outcome once the case was decided in the escalation queue."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import select

from reviewer import contract
from server.domain import labels
from server.models.core import Case, Decision
from server.routes.audit import escalation_outcomes
from server.security import CurrentUser, DbSession
from server.state import SessionRoute

router = APIRouter(
    prefix=contract.API_PREFIX + "/escalations", tags=["escalations"], route_class=SessionRoute
)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
}


@router.get("/mine", response_model=contract.MyEscalationList, responses={**_PROBLEMS})
def my_escalations(
    principal: CurrentUser,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> contract.MyEscalationList:
    """The caller's standing escalations, newest first, each with the lead's outcome."""
    rows = list(
        session.scalars(
            select(Decision)
            .where(
                Decision.user_id == principal.user.user_id,
                Decision.action == "escalate",
                Decision.kind == "case",
                Decision.superseded_by.is_(None),
            )
            .order_by(Decision.server_seq.desc())
            .limit(limit)
        )
    )
    outcomes = escalation_outcomes(session, rows)
    cases = {
        c.case_id: c
        for c in session.scalars(select(Case).where(Case.case_id.in_({d.case_id for d in rows})))
    }
    items = []
    for d in rows:
        case = cases.get(d.case_id)
        items.append(
            contract.MyEscalation(
                decision_id=d.decision_id,
                case_id=d.case_id,
                streamer_handle=labels.streamer_of(case)[1] if case is not None else "",
                escalation_reason=d.escalation_reason,
                note=d.note,
                decided_at=d.decided_at,
                outcome=outcomes.get(d.decision_id),
            )
        )
    return contract.MyEscalationList(items=items)
