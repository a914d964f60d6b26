"""Queues and leases: pull a batch, renew it, release (skip) cases.

A case is taken with a conditional UPDATE that only matches while the case is
free (no holder, or the lease has expired), and the affected row count says
whether this caller won it. That stays correct with many threads and many
service processes writing the same database, on SQLite and on PostgreSQL.
Expired leases need no sweeper: an expired lease simply counts as free.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Path
from sqlalchemy import and_, case, false, select, true, update

from reviewer import contract
from server.db import rowcount
from server.domain import languages, policies, priority
from server.domain.clock import now_utc
from server.domain.leases import free_depths, held_in_batch, lease_is_free, may_pull
from server.domain.principal import Principal
from server.domain.queues import ESCALATION_KIND
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import Case, CaseLease, LeaseBatch, Queue, decode_codes
from server.observability import note_leases
from server.security import CurrentUser, DbSession, State
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["queues"], route_class=SessionRoute)

#: candidates a pull reads beyond twice what it wants, for those other pulls lock meanwhile
CANDIDATE_SLACK = 16

_LEASE_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}


@router.get("/queues", response_model=contract.QueueList)
def list_queues(principal: CurrentUser, session: DbSession) -> contract.QueueList:
    now = now_utc()
    stats = {q: (depth, oldest, due) for q, depth, oldest, due in session.execute(free_depths(now))}
    out = []
    for queue in session.scalars(select(Queue).order_by(Queue.position)):
        if not may_pull(principal, queue):
            continue
        depth, oldest, due = stats.get(queue.queue_id, (0, None, None))
        age = None
        if oldest is not None:
            oldest_utc = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
            age = max(0.0, (now - oldest_utc).total_seconds())
        out.append(
            contract.QueueInfo(
                id=queue.queue_id,
                name=queue.name,
                kind=queue.kind,
                depth=int(depth),
                oldest_age_seconds=age,
                sla_minutes=queue.sla_minutes,
                earliest_deadline=_aware(due),
                hidden_actions=decode_codes(queue.hidden_actions),
            )
        )
    return contract.QueueList(queues=out)


def _aware(value: datetime | None) -> datetime | None:
    """An aggregate comes back without the column's type on some engines: naive UTC text."""
    if value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return value
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=UTC)


@router.post("/queues/{queue_id}/batches", response_model=contract.Batch, responses=_LEASE_PROBLEMS)
def lease_batch(
    principal: CurrentUser,
    session: DbSession,
    state: State,
    queue_id: str = Path(max_length=64),
    body: contract.LeaseRequest | None = None,
) -> contract.Batch:
    """Lease up to ``size`` free cases, highest priority first (server.domain.priority: a
    case near its deadline before any other); an empty batch when the queue is dry. Each
    leased case carries its deadline and the terms of its score. A moderator with review
    languages is offered cases in those languages; another case only once its deadline is
    near (server.domain.languages), all in the one ranked query."""
    # (This docstring is the route's description in docs/openapi.json.) The ranked order is
    # read in bounded parts (priority.pull_order); only the cases taken are locked.
    size = (body or contract.LeaseRequest()).size
    queue = one_or_404(session.get(Queue, queue_id), f"No queue {queue_id!r}.")
    if not may_pull(principal, queue):
        if queue.kind == ESCALATION_KIND:
            raise ApiError(403, "forbidden", "Only leads and admins work the escalation queue.")
        raise ApiError(403, "forbidden", "This queue is open to other teams or vendors.")
    user_id = principal.user.user_id
    now = now_utc()
    expires = now + timedelta(seconds=state.settings.lease_seconds)
    batch_id = str(uuid.uuid4())
    # Cases this user skipped stay out of their own next pulls.
    skipped = select(CaseLease.case_id).where(
        CaseLease.user_id == user_id, CaseLease.end_reason.like("released:%")
    )
    weights = priority.weights_for(session, queue_id)
    live_now = state.live_clock.at(now)
    far_offered = languages.offered(decode_codes(principal.user.languages), false())
    why: dict[str, contract.LeasedCase] = {}
    taken: list[str] = []
    tried: list[str] = []
    # PostgreSQL: every puller races for the same first cases, so lock the ones to take and
    # skip those locked by another pull. SQLite has one writer at a time and no row locks.
    skip_locked = session.get_bind().dialect.name == "postgresql"
    for _round in range(4):
        want = size - len(taken)
        if want <= 0:
            break
        leasable = and_(
            Case.queue == queue_id,
            lease_is_free(now),
            Case.case_id.not_in(skipped),
            Case.case_id.not_in(tried) if tried else true(),
        )
        # A few more than wanted: some may be locked or taken by other pulls meanwhile.
        order = priority.pull_order(
            session, weights, now, live_now, leasable, far_offered, want * 2 + CANDIDATE_SLACK
        )
        if not order:
            break
        terms = {c.case_id: c for c in order}
        ids = list(terms)
        tried += ids
        details = select(
            Case.case_id, Case.deadline, Case.viewers, Case.severity, Case.reopened_from
        ).where(Case.case_id.in_(ids), Case.queue == queue_id, lease_is_free(now))
        if skip_locked:
            # Lock the first ``want`` still free in pull order; rows another pull has locked
            # are passed over, not waited for. Those returned stay locked by this transaction
            # until it commits, so the update below cannot lose them and no case goes to two
            # moderators.
            position = case({cid: k for k, cid in enumerate(ids)}, value=Case.case_id)
            details = details.order_by(position).limit(want)
            details = details.with_for_update(skip_locked=True, of=Case)
        rows = {row.case_id: row for row in session.execute(details)}
        if not taken and not skip_locked:
            # Nothing written yet: end the read so the first write starts a fresh transaction.
            # (Later rounds must keep the transaction: it holds the cases already taken.)
            session.rollback()
        take = update(Case).values(
            lease_holder=user_id, lease_batch=batch_id, lease_expires_at=expires
        )
        if skip_locked:
            # Every row returned is locked by this pull and still free: one UPDATE takes them
            # all (a round trip per case costs more than the query under a busy machine).
            locked = [cid for cid in ids if cid in rows]
            won = set(
                session.scalars(
                    take.where(Case.case_id.in_(locked), lease_is_free(now)).returning(
                        Case.case_id
                    ),
                    execution_options={"synchronize_session": False},
                )
            )
            new = [cid for cid in locked if cid in won]
        else:
            # One writer at a time, each case taken only while still free: another
            # process may have taken it since the read.
            new = []
            for cid in ids:
                if len(taken) + len(new) >= size:
                    break
                if cid in rows and rowcount(
                    session,
                    take.where(Case.case_id == cid, Case.queue == queue_id, lease_is_free(now)),
                ):
                    new.append(cid)
        for cid in new:
            taken.append(cid)
            why[cid] = _leased(rows[cid], terms[cid], now, expires)
    if taken:
        session.execute(
            update(CaseLease)
            .where(CaseLease.case_id.in_(taken), CaseLease.ended_at.is_(None))
            .values(ended_at=now, end_reason="expired")
        )
        session.add(
            LeaseBatch(
                batch_id=batch_id,
                queue=queue_id,
                user_id=user_id,
                created_at=now,
                lease_expires_at=expires,
            )
        )
        session.add_all(
            CaseLease(
                case_id=cid,
                user_id=user_id,
                batch_id=batch_id,
                leased_at=now,
                expires_at=expires,
                ended_at=None,
                end_reason="",
            )
            for cid in taken
        )
    session.commit()
    note_leases(len(taken))
    return contract.Batch(
        batch_id=batch_id,
        queue=queue_id,
        cases=[why[cid] for cid in taken],
        lease_expires_at=expires,
        server_time=now,
    )


def _leased(
    row: Any, terms: priority.Candidate, now: datetime, expires: datetime
) -> contract.LeasedCase:
    """A leased case with its deadline and the terms of its score."""
    deadline = row.deadline
    return contract.LeasedCase(
        case_id=row.case_id,
        lease_expires_at=expires,
        deadline=deadline,
        reopened_from=row.reopened_from,
        priority=contract.PriorityWhy(
            score=terms.score,
            live=terms.live,
            viewers=int(row.viewers),
            reports_5min=terms.velocity,
            severity=int(row.severity),
            deadline_near=terms.near,
            seconds_to_deadline=None if deadline is None else (deadline - now).total_seconds(),
        ),
    )


def _own_batch(session: DbSession, principal: Principal, batch_id: str) -> LeaseBatch:
    batch = session.get(LeaseBatch, batch_id)
    if batch is None or batch.user_id != principal.user.user_id:
        raise ApiError(404, "not_found", "No such batch of yours.")
    return batch


@router.post(
    "/batches/{batch_id}/renew", response_model=contract.RenewResponse, responses=_LEASE_PROBLEMS
)
def renew_batch(
    principal: CurrentUser,
    session: DbSession,
    state: State,
    batch_id: str = Path(max_length=64),
) -> contract.RenewResponse:
    """Extend the lease of every undecided case of the batch that nobody else has taken."""
    batch = _own_batch(session, principal, batch_id)
    now = now_utc()
    expires = now + timedelta(seconds=state.settings.lease_seconds)
    user_id = principal.user.user_id
    still = list(session.scalars(select(Case.case_id).where(held_in_batch(batch_id, user_id))))
    session.rollback()
    renewed = []
    for cid in still:
        won = rowcount(
            session,
            update(Case)
            .where(Case.case_id == cid, held_in_batch(batch_id, user_id))
            .values(lease_expires_at=expires),
        )
        if won == 1:
            renewed.append(cid)
    if renewed:
        session.execute(
            update(CaseLease)
            .where(
                CaseLease.batch_id == batch_id,
                CaseLease.case_id.in_(renewed),
                CaseLease.user_id == user_id,
            )
            .values(expires_at=expires, ended_at=None, end_reason="")
        )
    session.execute(
        update(LeaseBatch)
        .where(LeaseBatch.batch_id == batch.batch_id)
        .values(lease_expires_at=expires)
    )
    session.commit()
    return contract.RenewResponse(batch_id=batch_id, lease_expires_at=expires, case_ids=renewed)


@router.post(
    "/batches/{batch_id}/release",
    response_model=contract.ReleaseResponse,
    responses=_LEASE_PROBLEMS,
)
def release_batch(
    principal: CurrentUser,
    session: DbSession,
    batch_id: str = Path(max_length=64),
    body: contract.ReleaseRequest | None = None,
) -> contract.ReleaseResponse:
    """Give cases back to the queue (all of the batch's when no ids); a skip reason is kept."""
    body = body or contract.ReleaseRequest()
    _own_batch(session, principal, batch_id)
    valid = {code for code, _label in policies.SKIP_REASONS}
    if body.reason and body.reason not in valid:
        raise ApiError(
            422,
            "validation",
            f"Unknown skip reason {body.reason!r}.",
            errors=[{"loc": ["body", "reason"], "msg": "unknown skip reason", "type": "enum"}],
        )
    user_id = principal.user.user_id
    now = now_utc()
    query = select(Case.case_id).where(Case.lease_batch == batch_id, Case.lease_holder == user_id)
    if body.case_ids is not None:
        query = query.where(Case.case_id.in_(body.case_ids))
    ids = list(session.scalars(query))
    session.rollback()
    released = []
    for cid in ids:
        won = rowcount(
            session,
            update(Case)
            .where(Case.case_id == cid, held_in_batch(batch_id, user_id))
            .values(lease_holder=None, lease_batch=None, lease_expires_at=None),
        )
        if won == 1:
            released.append(cid)
    if released:
        reason = "released:" + body.reason if body.reason else "released"
        session.execute(
            update(CaseLease)
            .where(
                CaseLease.batch_id == batch_id,
                CaseLease.case_id.in_(released),
                CaseLease.user_id == user_id,
            )
            .values(ended_at=now, end_reason=reason[:80])
        )
    session.commit()
    return contract.ReleaseResponse(batch_id=batch_id, released=released)
