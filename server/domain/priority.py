"""Which free case a pull takes first, computed in SQL at lease time from indexed columns.

A case's score is a weighted sum of integers (``score`` below says which), so a test can
compute it by hand and every engine agrees. A case within ``deadline_near_seconds`` of its
SLA deadline outranks every case that is not, earliest deadline first: a low score delays a
case, it never lets it wait past its deadline. Weights are stored per queue
(``queue_weights``); a queue without a row uses ``DEFAULT_WEIGHTS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from server.models.core import Case, CaseReport, QueueWeights

VELOCITY_WINDOW = timedelta(minutes=5)
"""Report velocity counts the reports of the last five minutes."""


@dataclass(frozen=True)
class Weights:
    live: int
    viewer_tier: int
    report_5min: int
    severity: int
    deadline_near_seconds: int


DEFAULT_WEIGHTS = Weights(
    live=400, viewer_tier=60, report_5min=25, severity=50, deadline_near_seconds=300
)
"""Seeded for every queue: live outweighs a tenfold audience (4 tiers is 240), a report a
minute for five minutes (125) about a tier more of severity."""


def viewer_tier(viewers: int) -> int:
    """The audience's order of magnitude: 0 below 10 viewers, 1 below 100, ... (kept in a
    column beside the count, so the score needs no logarithm in SQL)."""
    return max(0, len(str(max(0, viewers))) - 1) if viewers >= 10 else 0


def weights_for(session: Session, queue_id: str) -> Weights:
    row = session.get(QueueWeights, queue_id)
    if row is None:
        return DEFAULT_WEIGHTS
    return Weights(
        live=row.live,
        viewer_tier=row.viewer_tier,
        report_5min=row.report_5min,
        severity=row.severity,
        deadline_near_seconds=row.deadline_near_seconds,
    )


def is_live(live_now: datetime) -> ColumnElement[bool]:
    """SQL: the stream is live at ``live_now`` (the simulation's clock, server.domain.live)."""
    return and_(
        Case.stream_live.is_(True),
        or_(Case.stream_ends_at.is_(None), Case.stream_ends_at > live_now),
    )


def recent_reports(now: datetime) -> Subquery:
    """SQL: (case_id, n) for the cases reported in the velocity window: one range scan of
    the report time index, however many cases the queue holds."""
    return (
        select(CaseReport.case_id, func.count(CaseReport.id).label("n"))
        .where(CaseReport.reported_at > now - VELOCITY_WINDOW)
        .group_by(CaseReport.case_id)
        .subquery("recent_reports")
    )


@dataclass(frozen=True)
class Ranking:
    """The columns a lease selects beside the case id, and the order it takes them in."""

    live: ColumnElement[bool]
    #: outer-join this to the cases (``recent.c.case_id == Case.case_id``)
    recent: Subquery
    velocity: ColumnElement[int]
    score: ColumnElement[int]
    near: ColumnElement[bool]
    order: tuple[ColumnElement[Any], ...]


def ranking(weights: Weights, now: datetime, live_now: datetime) -> Ranking:
    """score = live x w.live + viewer_tier x w.viewer_tier + reports in 5 min x w.report_5min
    + severity x w.severity; near-deadline cases first (earliest deadline first), then score,
    then the oldest case."""
    live = case((is_live(live_now), 1), else_=0)
    recent = recent_reports(now)
    velocity = func.coalesce(recent.c.n, 0)
    score = (
        live * literal(weights.live)
        + Case.viewer_tier * literal(weights.viewer_tier)
        + velocity * literal(weights.report_5min)
        + Case.severity * literal(weights.severity)
    )
    near_by = now + timedelta(seconds=weights.deadline_near_seconds)
    near = and_(Case.deadline.is_not(None), Case.deadline <= near_by)
    near_rank = case((near, 0), else_=1)
    near_deadline = case((near, Case.deadline), else_=None)
    return Ranking(
        live=is_live(live_now),
        recent=recent,
        velocity=velocity,
        score=score,
        near=near,
        order=(
            near_rank.asc(),
            near_deadline.asc().nulls_last(),
            score.desc(),
            Case.created_at.asc(),
            Case.case_id.asc(),
        ),
    )
