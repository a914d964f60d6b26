"""``GET /v1/metrics``: the dashboard's figures, scoped by role (QA reviewers: 403); and
``GET /v1/breaches``: SLA breaches as they happen (leads and admins)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query

from reviewer import contract
from server.domain import metrics, sla
from server.domain.clock import now_utc
from server.domain.history import aware
from server.errors import ApiError
from server.security import CurrentUser, DbSession, require_role
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["metrics"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {403: {"model": contract.Problem}}
#: what ``GET /v1/breaches`` covers when no ``from`` is given
BREACH_WINDOW = timedelta(hours=24)


@router.get("/metrics", response_model=contract.Metrics, responses=_PROBLEMS)
def get_metrics(
    principal: CurrentUser,
    session: DbSession,
    from_: Annotated[contract.QueryInstant | None, Query(alias="from")] = None,
    to: contract.QueryInstant | None = None,
    group_by: contract.MetricsGroupBy = "moderator",
) -> contract.Metrics:
    """Throughput, handle time, action mix, skips, QA overturns per group over [from, to);
    QA agreement by week; queue depth and age now. Moderator: self, lead: team, admin: all."""
    require_role(principal, "moderator", "lead", "admin")
    since, until = aware(from_), aware(to)
    if since is not None and until is not None and until <= since:
        raise ApiError(422, "validation", "'to' must be after 'from'.")
    return metrics.compute(
        session, principal, since=since, until=until, group_by=group_by, now=now_utc()
    )


@router.get("/breaches", response_model=contract.BreachList, responses=_PROBLEMS)
def get_breaches(
    principal: CurrentUser,
    session: DbSession,
    from_: Annotated[contract.QueryInstant | None, Query(alias="from")] = None,
) -> contract.BreachList:
    """SLA breaches since ``from`` (default: the last 24 hours), the latest first: cases past
    their deadline and undecided, or decided after it. Leads and admins; poll it to see
    breaches as they happen."""
    require_role(principal, "lead", "admin")
    now = now_utc()
    since = aware(from_) or now - BREACH_WINDOW
    return sla.breaches(session, now, since)
