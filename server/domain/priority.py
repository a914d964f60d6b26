"""Which free case a pull takes first, computed in SQL at lease time from indexed columns.

A pull reads the order in bounded parts (``pull_order``): the cases near their deadline in
one range scan of the leasable index (deadline order), and only when those run short the
best-scored of the rest, each part limited to a few more cases than the pull wants. The
whole order stated as one query is ``ranking``; the parts give the same order.

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

from sqlalchemy import ColumnElement, Select, Subquery, and_, case, func, literal, or_, select
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


def _score(weights: Weights, live: ColumnElement[int], velocity: ColumnElement[int]) -> Any:
    """SQL: the weighted sum (integers, so every engine and a hand count agree)."""
    return (
        live * literal(weights.live)
        + Case.viewer_tier * literal(weights.viewer_tier)
        + velocity * literal(weights.report_5min)
        + Case.severity * literal(weights.severity)
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
    score = _score(weights, live, velocity)
    near_by = _near_by(weights, now)
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


@dataclass(frozen=True)
class Candidate:
    """A case a pull may take, in pull order, with the terms of its score."""

    case_id: str
    live: bool
    velocity: int
    score: int
    near: bool


def case_velocity(now: datetime) -> ColumnElement[int]:
    """SQL: this case's reports in the velocity window, counted in the (case, time) index:
    for the few rows a bounded scan reads, where a join would aggregate every recent case."""
    return (
        select(func.count())
        .where(CaseReport.case_id == Case.case_id, CaseReport.reported_at > now - VELOCITY_WINDOW)
        .correlate(Case)
        .scalar_subquery()
    )


def near_part(
    weights: Weights, now: datetime, live_now: datetime, leasable: ColumnElement[bool], limit: int
) -> Select[Any]:
    """SQL: the first ``limit`` cases near their deadline (earliest first, then score):
    a range scan of the leasable index in deadline order, scored only as far as it reads."""
    live = case((is_live(live_now), 1), else_=0)
    velocity = case_velocity(now)
    score = _score(weights, live, velocity).label("score")
    return (
        select(Case.case_id, live.label("live"), velocity.label("velocity"), score)
        .where(leasable, Case.deadline <= _near_by(weights, now))
        .order_by(Case.deadline.asc(), score.desc(), Case.created_at.asc(), Case.case_id.asc())
        .limit(limit)
    )


def far_part(
    weights: Weights, now: datetime, live_now: datetime, leasable: ColumnElement[bool], limit: int
) -> Select[Any]:
    """SQL: the best-scored ``limit`` cases not near their deadline (then the oldest)."""
    live = case((is_live(live_now), 1), else_=0)
    recent = recent_reports(now)
    velocity = func.coalesce(recent.c.n, 0)
    score = _score(weights, live, velocity).label("score")
    near_by = _near_by(weights, now)
    return (
        select(Case.case_id, live.label("live"), velocity.label("velocity"), score)
        .outerjoin(recent, recent.c.case_id == Case.case_id)
        .where(leasable, or_(Case.deadline.is_(None), Case.deadline > near_by))
        .order_by(score.desc(), Case.created_at.asc(), Case.case_id.asc())
        .limit(limit)
    )


def _near_by(weights: Weights, now: datetime) -> datetime:
    return now + timedelta(seconds=weights.deadline_near_seconds)


def pull_order(
    session: Session,
    weights: Weights,
    now: datetime,
    live_now: datetime,
    leasable: ColumnElement[bool],
    far_offered: ColumnElement[bool],
    limit: int,
) -> list[Candidate]:
    """The first ``limit`` cases that ``leasable`` admits, in ``ranking``'s order, without
    scoring a whole queue while enough cases are near their deadline: the near part first;
    only when it comes short, the best of the rest (``far_offered`` applies to those: the
    language rule spares near cases). Nothing is locked here: the pull locks what it takes."""
    found = [
        Candidate(str(r.case_id), bool(r.live), int(r.velocity), int(r.score), True)
        for r in session.execute(near_part(weights, now, live_now, leasable, limit))
    ]
    if len(found) < limit:
        far = far_part(weights, now, live_now, and_(leasable, far_offered), limit - len(found))
        found += [
            Candidate(str(r.case_id), bool(r.live), int(r.velocity), int(r.score), False)
            for r in session.execute(far)
        ]
    return found
