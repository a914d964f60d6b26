"""Dashboard metrics for leads: throughput, handle time, action mix, skips, QA, queues.

Computed in Python over the rows of the caller's scope and window (a week of a team is a
few thousand rows), so every definition reads as the docstring of contract.MetricsRow says:

* counted decisions: not a ``retract`` and not superseded later (one per decided case);
* chat actions (kind ``chat_action``) count only in ``chat_actions``, by action, on the same
  rule (an undone chat action does not count); they are in no other figure;
* ``cases_per_hour``: counted decisions / staffed hours, a staffed hour being one distinct
  (moderator, UTC clock hour) with a counted decision;
* handle time: mean and nearest-rank p90 of counted decisions' ``handle_time_ms``;
* skips: leases released by the moderator (``released`` or ``released:<reason>``) that
  ended in the window; ``skip_rate`` = skips / (skips + counted decisions);
* QA: verdicts on the group's decisions decided in the window, final verdict (an accepted
  dispute upholds); a decision is overturned when any final verdict on it is;
  ``qa_by_week`` counts verdicts by ISO week of ``reviewed_at``; ``sla`` counts counted
  decisions on cases with a deadline, and those at or before it, per queue, vendor and week;
* queues: depth and oldest age of free cases now, for the queues the caller may pull.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain.leases import lease_is_free, may_pull
from server.domain.principal import Principal
from server.models.calibration import QaResultRow
from server.models.core import Case, CaseLease, Decision, LeaseBatch, Queue, User

SCOPES: dict[str, contract.MetricsScope] = {"moderator": "self", "lead": "team", "admin": "all"}


def p90(values: Sequence[int]) -> float | None:
    """Nearest-rank 90th percentile: the smallest value with at least 90% at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (9 * len(ordered) + 9) // 10  # ceil(0.9 n) in integers: 0.9 * 70 is 63.000…01
    return float(ordered[rank - 1])


def iso_week(at: datetime) -> str:
    year, week, _day = at.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class _Acc:
    label: str = ""
    handle_times: list[int] = field(default_factory=list)
    hours: set[tuple[str, str]] = field(default_factory=set)
    actions: Counter[str] = field(default_factory=Counter)
    skip_reasons: Counter[str] = field(default_factory=Counter)
    qa: dict[str, bool] = field(default_factory=dict)  # decision id -> overturned
    chat_actions: Counter[str] = field(default_factory=Counter)

    def row(self, key: str) -> contract.MetricsRow:
        n = len(self.handle_times)
        skips = sum(self.skip_reasons.values())
        reviewed = len(self.qa)
        overturned = sum(self.qa.values())
        return contract.MetricsRow(
            key=key,
            label=self.label or key,
            decisions=n,
            staffed_hours=len(self.hours),
            cases_per_hour=n / len(self.hours) if self.hours else None,
            handle_time_mean_ms=sum(self.handle_times) / n if n else None,
            handle_time_p90_ms=p90(self.handle_times),
            action_mix=dict(sorted(self.actions.items())),
            escalations=self.actions.get("escalate", 0),
            skips=skips,
            skip_rate=skips / (skips + n) if skips + n else None,
            skip_reasons=dict(sorted(self.skip_reasons.items())),
            qa_reviewed=reviewed,
            qa_overturned=overturned,
            overturn_rate=overturned / reviewed if reviewed else None,
            chat_actions=dict(sorted(self.chat_actions.items())),
        )


def _key_fn(group_by: str) -> Callable[[User, str, datetime], tuple[str, str]]:
    """(key, label) of a row from its user, queue and time."""
    if group_by == "moderator":
        return lambda u, _q, _t: (u.username, u.display_name)
    if group_by == "vendor":
        return lambda u, _q, _t: (u.vendor, u.vendor)
    if group_by == "queue":
        return lambda _u, q, _t: (q, q)
    return lambda _u, _q, t: (t.date().isoformat(), t.date().isoformat())


def compute(
    session: Session,
    principal: Principal,
    *,
    since: datetime | None,
    until: datetime | None,
    group_by: contract.MetricsGroupBy,
    now: datetime,
) -> contract.Metrics:
    scope = SCOPES[principal.role]
    me = principal.user

    def scoped(query: Any) -> Any:
        """The scope and window on a query that joins Decision and its User."""
        if scope == "team":
            query = query.where(User.team == me.team)
        elif scope == "self":
            query = query.where(User.user_id == me.user_id)
        if since is not None:
            query = query.where(Decision.decided_at >= since)
        if until is not None:
            query = query.where(Decision.decided_at < until)
        return query

    key_of = _key_fn(group_by)
    groups: dict[str, _Acc] = defaultdict(_Acc)
    total = _Acc(label="all")
    decision_key: dict[str, str] = {}
    sla: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    base = (
        select(Decision, User, Case.deadline)
        .join(User, User.user_id == Decision.user_id)
        .join(Case, Case.case_id == Decision.case_id, isouter=True)
    )
    for d, u, deadline in session.execute(scoped(base)):
        key, label = key_of(u, d.queue, d.decided_at)
        decision_key[d.decision_id] = key
        if d.action == "retract" or d.superseded_by is not None:
            continue
        if d.kind == "chat_action":
            for acc in (groups[key], total):
                acc.chat_actions[d.action] += 1
            groups[key].label = label
            continue
        if deadline is not None:
            met = sla[(d.queue, u.vendor, iso_week(d.decided_at))]
            met[0] += 1
            met[1] += 1 if d.decided_at <= deadline else 0
        hour = (u.user_id, d.decided_at.strftime("%Y-%m-%dT%H"))
        for acc in (groups[key], total):
            acc.handle_times.append(d.handle_time_ms)
            acc.hours.add(hour)
            acc.actions[d.action] += 1
        groups[key].label = label

    skips = (
        select(CaseLease, User, LeaseBatch.queue)
        .join(User, User.user_id == CaseLease.user_id)
        .join(LeaseBatch, LeaseBatch.batch_id == CaseLease.batch_id)
        .where(CaseLease.end_reason.like("released%"), CaseLease.ended_at.is_not(None))
    )
    if scope == "team":
        skips = skips.where(User.team == me.team)
    elif scope == "self":
        skips = skips.where(User.user_id == me.user_id)
    if since is not None:
        skips = skips.where(CaseLease.ended_at >= since)
    if until is not None:
        skips = skips.where(CaseLease.ended_at < until)
    for lease, u, queue in session.execute(skips):
        assert lease.ended_at is not None
        key, label = key_of(u, queue, lease.ended_at)
        _, _, reason = lease.end_reason.partition(":")
        reason = reason or "unspecified"
        for acc in (groups[key], total):
            acc.skip_reasons[reason] += 1
        groups[key].label = groups[key].label or label

    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    qa = scoped(
        select(QaResultRow, Decision, User)
        .join(Decision, Decision.decision_id == QaResultRow.decision_id)
        .join(User, User.user_id == Decision.user_id)
    )
    for r, d, _u in session.execute(qa):
        final = "upheld" if r.dispute_status == "accepted" else r.verdict
        over = final == "overturned"
        group = decision_key.get(d.decision_id)
        if group is None:
            continue
        for acc in (groups[group], total):
            acc.qa[d.decision_id] = acc.qa.get(d.decision_id, False) or over
        week = weeks[iso_week(r.reviewed_at)]
        week[0] += 1
        week[1] += 0 if over else 1

    depth = {
        q: (int(n), oldest)
        for q, n, oldest in session.execute(
            select(Case.queue, func.count(Case.case_id), func.min(Case.created_at))
            .where(lease_is_free(now))
            .group_by(Case.queue)
        )
    }
    queues = []
    for q in session.scalars(select(Queue).order_by(Queue.position)):
        if not may_pull(principal, q):
            continue
        n, oldest = depth.get(q.queue_id, (0, None))
        queues.append(
            contract.QueueDepth(
                queue=q.queue_id,
                name=q.name,
                kind=q.kind,
                depth=n,
                oldest_age_seconds=None
                if oldest is None
                else max(0.0, (now - oldest).total_seconds()),
                sla_minutes=q.sla_minutes,
            )
        )
    return contract.Metrics(
        since=since,
        until=until,
        group_by=group_by,
        scope=scope,
        generated_at=now,
        totals=total.row("*"),
        rows=[groups[k].row(k) for k in sorted(groups)],
        qa_by_week=[
            contract.QaWeek(week=w, reviewed=n, upheld=up, agreement=up / n if n else None)
            for w, (n, up) in sorted(weeks.items())
        ],
        queues=queues,
        sla=[
            contract.SlaAttainment(
                queue=q, vendor=v, week=w, decided=n, within_sla=ok, attainment=ok / n
            )
            for (q, v, w), (n, ok) in sorted(sla.items())
        ],
    )
