"""``GET /v1/metrics``: the dashboard's figures, scoped by role (QA reviewers: 403)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from reviewer import contract
from server.domain import metrics
from server.domain.clock import now_utc
from server.domain.history import aware
from server.errors import ApiError
from server.security import CurrentUser, DbSession, require_role

router = APIRouter(prefix=contract.API_PREFIX, tags=["metrics"])

_PROBLEMS: dict[int | str, dict[str, Any]] = {403: {"model": contract.Problem}}


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
