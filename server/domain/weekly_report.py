"""The weekly business report: one ISO week of a vendor and/or team, figures in SQL.

The counting rules are those of ``server.domain.metrics`` (see ``contract.WeeklyFigures``),
but each figure is an aggregate query rather than a pass over rows, so a week of a large
vendor costs the database, not the worker. The week's bounds are midnight Monday to
midnight Monday in the vendor's time zone (``vendor_zone``), sent back as UTC instants.
Only the root-cause examples are rows: the overturned decisions, grouped by policy area here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from reviewer import contract
from server.domain import announcements
from server.domain.metrics import SCOPES
from server.domain.principal import Principal
from server.errors import ApiError
from server.models.calibration import QaResultRow
from server.models.core import Ack, AnnouncementRow, Case, Decision, User, VendorSetting

#: examples per policy area in the root-cause table
EXAMPLES_PER_AREA = 3
#: policy areas in the root-cause table, the most overturned first
TOP_AREAS = 5


def vendor_zone(session: Session, vendor: str | None) -> str:
    """The IANA zone a vendor's weeks are counted in (UTC until an admin sets one; a report
    of no one vendor counts in UTC)."""
    if vendor is None:
        return "UTC"
    zone = session.scalar(select(VendorSetting.time_zone).where(VendorSetting.vendor == vendor))
    return zone or "UTC"


def _monday(week: str) -> date:
    year, number = week.split("-W")
    try:
        return date.fromisocalendar(int(year), int(number), 1)
    except ValueError as exc:  # W53 of a year with 52 weeks
        raise ApiError(422, "validation", f"{week} is not an ISO week.") from exc


def week_bounds(week: str, zone: str) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of an ISO week in ``zone``, as UTC instants."""
    monday = _monday(week)
    tz = ZoneInfo(zone)
    start = datetime.combine(monday, time(), tzinfo=tz)
    end = datetime.combine(monday + timedelta(days=7), time(), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def previous_week(week: str) -> str:
    monday = _monday(week) - timedelta(days=7)
    y, w, _ = monday.isocalendar()
    return f"{y}-W{w:02d}"


def _hour(session: Session, column: Any) -> ColumnElement[Any]:
    """The UTC clock hour of a timestamp column, in the database's own dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date_trunc("hour", column)
    return func.substr(column, 1, 13)  # SQLite keeps '2026-11-16 08:03:12.000000'


def _check_scope(principal: Principal, vendor: str | None, team: str | None) -> None:
    """A lead reports on their own team, a moderator on themself (as ``/v1/metrics``)."""
    me = principal.user
    scope = SCOPES.get(principal.role)
    if scope is None:
        raise ApiError(403, "forbidden", "Reports are for moderators, leads and admins.")
    if scope == "team" and team not in (None, me.team):
        raise ApiError(403, "forbidden", "A lead reports on their own team.")
    if scope == "self" and (team not in (None, me.team) or vendor not in (None, me.vendor)):
        raise ApiError(403, "forbidden", "A moderator's report is their own.")


def _who(principal: Principal, vendor: str | None, team: str | None) -> list[Any]:
    """Conditions on ``User`` for the caller's scope and the report's vendor and team."""
    me = principal.user
    scope = SCOPES[principal.role]
    out: list[Any] = []
    if scope == "team":
        out.append(User.team == me.team)
    elif scope == "self":
        out.append(User.user_id == me.user_id)
    if vendor is not None:
        out.append(User.vendor == vendor)
    if team is not None:
        out.append(User.team == team)
    return out


def _figures(
    session: Session, who: list[Any], since: datetime, until: datetime
) -> contract.WeeklyFigures:
    window = [Decision.decided_at >= since, Decision.decided_at < until, *who]
    counted = and_(*window, Decision.action != "retract", Decision.superseded_by.is_(None))
    decisions = select(Decision).join(User, User.user_id == Decision.user_id)
    case_rows = decisions.where(counted, Decision.kind != "chat_action").subquery()

    n, mean = session.execute(
        select(func.count(), func.avg(case_rows.c.handle_time_ms)).select_from(case_rows)
    ).one()
    staffed = (
        select(case_rows.c.user_id, _hour(session, case_rows.c.decided_at).label("hour"))
        .distinct()
        .subquery()
    )
    hours = session.execute(select(func.count()).select_from(staffed)).scalar_one()
    n = int(n)
    hours = int(hours)
    p90_ms: float | None = None
    if n:
        rank = (9 * n + 9) // 10
        p90_ms = float(
            session.execute(
                select(case_rows.c.handle_time_ms)
                .order_by(case_rows.c.handle_time_ms)
                .offset(rank - 1)
                .limit(1)
            ).scalar_one()
        )
    sla_decided, within = session.execute(
        select(
            func.count(Case.case_id),
            func.coalesce(func.sum(case((case_rows.c.decided_at <= Case.deadline, 1), else_=0)), 0),
        )
        .select_from(case_rows)
        .join(Case, Case.case_id == case_rows.c.case_id)
        .where(Case.deadline.is_not(None))
    ).one()
    mix = {
        a: int(c)
        for a, c in session.execute(
            select(case_rows.c.action, func.count()).group_by(case_rows.c.action)
        )
    }
    escalations = {
        r or "unspecified": int(c)
        for r, c in session.execute(
            select(case_rows.c.escalation_reason, func.count())
            .where(case_rows.c.action == "escalate")
            .group_by(case_rows.c.escalation_reason)
        )
    }
    chat = {
        a: int(c)
        for a, c in session.execute(
            select(Decision.action, func.count())
            .join(User, User.user_id == Decision.user_id)
            .where(counted, Decision.kind == "chat_action")
            .group_by(Decision.action)
        )
    }
    overturned_verdict = and_(
        QaResultRow.verdict == "overturned", QaResultRow.dispute_status != "accepted"
    )
    verdicts, upheld, reviewed, overturned = session.execute(
        select(
            func.count(QaResultRow.result_id),
            func.coalesce(func.sum(case((overturned_verdict, 0), else_=1)), 0),
            func.count(distinct(QaResultRow.decision_id)),
            func.count(distinct(case((overturned_verdict, QaResultRow.decision_id)))),
        )
        .join(Decision, Decision.decision_id == QaResultRow.decision_id)
        .join(User, User.user_id == Decision.user_id)
        .where(*window)
    ).one()
    verdicts, upheld = int(verdicts), int(upheld)
    reviewed, overturned = int(reviewed), int(overturned)
    sla_decided, within = int(sla_decided), int(within)
    return contract.WeeklyFigures(
        cases=n,
        staffed_hours=hours,
        cases_per_hour=n / hours if hours else None,
        handle_time_mean_ms=float(mean) if mean is not None else None,
        handle_time_p90_ms=p90_ms,
        sla_decided=sla_decided,
        within_sla=within,
        sla_attainment=within / sla_decided if sla_decided else None,
        action_mix=dict(sorted(mix.items())),
        chat_actions=dict(sorted(chat.items())),
        qa_verdicts=verdicts,
        qa_upheld=upheld,
        qa_agreement=upheld / verdicts if verdicts else None,
        qa_reviewed=reviewed,
        qa_overturned=overturned,
        overturn_rate=overturned / reviewed if reviewed else None,
        escalations_by_reason=dict(sorted(escalations.items())),
    )


def _causes(
    session: Session, who: list[Any], since: datetime, until: datetime
) -> list[contract.OverturnCause]:
    """The policy areas of overturned decisions, the most overturned first, with examples."""
    rows = session.execute(
        select(Decision.decision_id, Decision.case_id, Decision.policy_codes, Decision.note)
        .add_columns(QaResultRow.qa_note)
        .join(QaResultRow, QaResultRow.decision_id == Decision.decision_id)
        .join(User, User.user_id == Decision.user_id)
        .where(
            Decision.decided_at >= since,
            Decision.decided_at < until,
            *who,
            QaResultRow.verdict == "overturned",
            QaResultRow.dispute_status != "accepted",
        )
        .order_by(Decision.decided_at, Decision.decision_id, QaResultRow.result_id)
    )
    by_area: dict[str, dict[str, contract.OverturnExample]] = defaultdict(dict)
    for decision_id, case_id, codes, note, qa_note in rows:
        areas = [c for c in codes.split(",") if c]
        example = contract.OverturnExample(
            case_id=case_id,
            decision_id=decision_id,
            policy_areas=areas,
            note=note,
            qa_reason=qa_note,
        )
        for area in areas or ["none"]:
            by_area[area].setdefault(decision_id, example)
    ranked = sorted(by_area.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TOP_AREAS]
    return [
        contract.OverturnCause(
            policy_area=area,
            overturned=len(examples),
            examples=list(examples.values())[:EXAMPLES_PER_AREA],
        )
        for area, examples in ranked
    ]


#: late and missing acknowledgements named per guideline
NAMED_LATE = 20


def _guideline_acks(
    session: Session, who: list[Any], since: datetime, until: datetime
) -> list[contract.GuidelineAcks]:
    """The week's guidelines that ask for an acknowledgement, each with its audience in
    scope (``announcements.audience`` within the report's people) and their acks: on time
    within ``ACK_DUE_HOURS`` of publication, late after that, or missing. A week holds a
    handful of guidelines: one small query per guideline."""
    published = list(
        session.scalars(
            select(AnnouncementRow)
            .where(
                AnnouncementRow.published_at >= since,
                AnnouncementRow.published_at < until,
                AnnouncementRow.requires_ack.is_(True),
            )
            .order_by(AnnouncementRow.published_at, AnnouncementRow.announcement_id)
        )
    )
    if not published:
        return []
    in_scope = set(session.scalars(select(User.user_id).where(User.active.is_(True), *who)))
    known = announcements.targets(session, [a.announcement_id for a in published])
    due = timedelta(hours=contract.ACK_DUE_HOURS)
    out = []
    for a in published:
        people = [
            u
            for u in announcements.audience(
                session, known.get(a.announcement_id, announcements.ALL)
            )
            if u.user_id in in_scope
        ]
        acked = dict(
            session.execute(
                select(Ack.user_id, Ack.acknowledged_at).where(
                    Ack.announcement_id == a.announcement_id
                )
            ).all()
        )
        on_time = late = 0
        not_on_time: list[contract.LateAck] = []
        for u in people:
            at = acked.get(u.user_id)
            if at is not None and at <= a.published_at + due:
                on_time += 1
                continue
            late += at is not None
            not_on_time.append(contract.LateAck(username=u.username, acknowledged_at=at))
        out.append(
            contract.GuidelineAcks(
                announcement_id=a.announcement_id,
                title=a.title,
                published_at=a.published_at,
                expected=len(people),
                on_time=on_time,
                late=late,
                missing=len(people) - on_time - late,
                not_on_time=not_on_time[:NAMED_LATE],
            )
        )
    return out


def _with_acks(
    figures: contract.WeeklyFigures, acks: list[contract.GuidelineAcks]
) -> contract.WeeklyFigures:
    expected = sum(g.expected for g in acks)
    on_time = sum(g.on_time for g in acks)
    late = sum(g.late for g in acks)
    return figures.model_copy(
        update={
            "guidelines": len(acks),
            "acks_expected": expected,
            "acks_on_time": on_time,
            "acks_late": late,
            "ack_rate": (on_time + late) / expected if expected else None,
            "on_time_rate": on_time / expected if expected else None,
        }
    )


def compute(
    session: Session,
    principal: Principal,
    *,
    week: str,
    vendor: str | None,
    team: str | None,
    now: datetime,
) -> contract.WeeklyReport:
    _check_scope(principal, vendor, team)
    zone = vendor_zone(session, vendor)
    since, until = week_bounds(week, zone)
    before, _ = week_bounds(previous_week(week), zone)
    who = _who(principal, vendor, team)
    acks = _guideline_acks(session, who, since, until)
    acks_before = _guideline_acks(session, who, before, since)
    return contract.WeeklyReport(
        week=week,
        vendor=vendor,
        team=team,
        scope=SCOPES[principal.role],
        time_zone=zone,
        since=since,
        until=until,
        generated_at=now,
        current=_with_acks(_figures(session, who, since, until), acks),
        previous=_with_acks(_figures(session, who, before, since), acks_before),
        overturn_causes=_causes(session, who, since, until),
        guideline_acks=acks,
    )
