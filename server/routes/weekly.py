"""``GET /v1/reports/weekly``: the weekly business report's figures, scoped like
``/v1/metrics`` (moderator: self, lead: own team, admin: all; QA reviewers: 403), so the
lead window and ``reviewer report weekly`` print the same numbers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from reviewer import contract
from server.domain import weekly_report
from server.domain.clock import now_utc
from server.security import DbSession, ReportReader
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["reports"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {403: {"model": contract.Problem}}


@router.get("/reports/weekly", response_model=contract.WeeklyReport, responses=_PROBLEMS)
def get_weekly_report(
    principal: ReportReader,
    session: DbSession,
    week: Annotated[str, Query(pattern=contract.ISO_WEEK_PATTERN)],
    vendor: Annotated[str | None, Query(max_length=64)] = None,
    team: Annotated[str | None, Query(max_length=64)] = None,
) -> contract.WeeklyReport:
    """One ISO week (in the vendor's time zone) of a vendor and/or team, and the week before.
    The one route that accepts a report token (``POST /v1/admin/report-tokens``)."""
    return weekly_report.compute(
        session, principal, week=week, vendor=vendor, team=team, now=now_utc()
    )
