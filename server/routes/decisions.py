"""Decision upload (idempotent by decision id) and role-scoped decision history.

Each uploaded item gets one of five answers:

* ``accepted``: stored, with a service sequence number (``late`` when the lease
  had expired but nobody else took the case);
* ``duplicate``: the same id with the same content was stored before (a retry);
* ``id_reused``: the same id with other content (a client bug, never stored);
* ``case_conflict``: someone else decided the case, or holds its lease now;
* ``rejected``: the decision breaks a rule (unknown action or policy, missing
  policy area or note, a bad ``supersedes``), with the reason.

Case state changes are conditional updates guarded by the state that was read,
so two service processes cannot both apply a decision to one case.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import Select, and_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewer import contract
from server import policies
from server.db import rowcount
from server.models import Case, CaseLease, Decision, Upload, User
from server.problems import ApiError
from server.security import CurrentUser, DbSession, Principal, now_utc

router = APIRouter(prefix=contract.API_PREFIX, tags=["decisions"])

ESCALATION_QUEUE = "escalations"
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}


def content_hash(item: contract.DecisionIn) -> str:
    """A canonical hash of the decision's content: key order and spacing do not matter."""
    canonical = json.dumps(item.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def encode_codes(codes: list[str]) -> str:
    return "," + ",".join(codes) + "," if codes else ""


def decode_codes(stored: str) -> list[str]:
    return [c for c in stored.split(",") if c]


class _Retry(Exception):
    """A concurrent writer changed the case between read and write: evaluate again."""


def _result(
    item: contract.DecisionIn,
    status: str,
    reason: str = "",
    *,
    seq: int | None = None,
    conflicting: str | None = None,
) -> contract.DecisionResult:
    return contract.DecisionResult(
        decision_id=item.decision_id,
        status=status,
        reason=reason,
        server_seq=seq,
        conflicting_decision_id=conflicting,
    )


def _rule_problem(item: contract.DecisionIn) -> str:
    """Why the decision breaks the taxonomy's rules, or '' when it does not."""
    spec = policies.ACTION_BY_CODE.get(item.action)
    if spec is None:
        return f"unknown action {item.action!r}"
    unknown = [c for c in item.policy_codes if c not in policies.AREA_CODES]
    if unknown:
        return f"unknown policy code {unknown[0]!r}"
    if spec.requires_policy and not item.policy_codes:
        return f"action {item.action} requires a policy area"
    if spec.requires_note and not item.note.strip():
        return f"action {item.action} requires a note"
    if item.escalation_reason and item.escalation_reason not in policies.ESCALATION_REASON_CODES:
        return f"unknown escalation reason {item.escalation_reason!r}"
    if item.action == "retract" and item.supersedes is None:
        return "a retract must name the decision it supersedes"
    if item.supersedes is not None and item.supersedes == item.decision_id:
        return "a decision cannot supersede itself"
    return ""


def _same_state(case: Case) -> Any:
    """SQL guard: the case still looks exactly as it did when we read it."""
    current = (
        Case.current_decision.is_(None)
        if case.current_decision is None
        else Case.current_decision == case.current_decision
    )
    holder = (
        Case.lease_holder.is_(None)
        if case.lease_holder is None
        else Case.lease_holder == case.lease_holder
    )
    return and_(Case.case_id == case.case_id, Case.status == case.status, current, holder)


def _latest_own_lease(session: Session, case_id: str, user_id: str) -> CaseLease | None:
    return session.scalar(
        select(CaseLease)
        .where(CaseLease.case_id == case_id, CaseLease.user_id == user_id)
        .order_by(CaseLease.id.desc())
        .limit(1)
    )


class _Applier:
    """Applies one upload's items in order inside one transaction."""

    def __init__(
        self,
        session: Session,
        principal: Principal,
        upload_id: int,
        now: datetime,
        sent_at: datetime,
        device_id: str,
    ) -> None:
        self.s = session
        self.user = principal.user
        self.upload_id = upload_id
        self.now = now
        self.sent_at = sent_at
        self.device_id = device_id

    def apply(self, item: contract.DecisionIn) -> contract.DecisionResult:
        s = self.s
        digest = content_hash(item)
        existing = s.scalar(select(Decision).where(Decision.decision_id == item.decision_id))
        if existing is not None:
            if existing.user_id == self.user.user_id and existing.content_hash == digest:
                return _result(item, "duplicate", seq=existing.server_seq)
            return _result(item, "id_reused", "this decision id was already used for other content")
        problem = _rule_problem(item)
        if problem:
            return _result(item, "rejected", problem)
        case = s.get(Case, item.case_id, populate_existing=True)
        if case is None:
            return _result(item, "rejected", f"unknown case {item.case_id!r}")
        if item.supersedes is not None:
            return self._supersede(item, case, digest)
        return self._fresh(item, case, digest)

    # --- a decision that names an earlier one ------------------------------------------------

    def _supersede(
        self, item: contract.DecisionIn, case: Case, digest: str
    ) -> contract.DecisionResult:
        s = self.s
        target = s.scalar(select(Decision).where(Decision.decision_id == item.supersedes))
        if target is None:
            return _result(item, "rejected", "supersedes an unknown decision")
        if target.user_id != self.user.user_id:
            return _result(item, "rejected", "supersedes a decision made by someone else")
        if target.case_id != item.case_id:
            return _result(item, "rejected", "supersedes a decision on another case")
        if target.superseded_by is not None:
            return _result(
                item,
                "rejected",
                f"that decision was already superseded by {target.superseded_by}",
            )
        if case.current_decision != target.decision_id:
            return _result(
                item,
                "case_conflict",
                "the case was decided again after the decision this one supersedes",
                conflicting=case.current_decision,
            )
        values: dict[str, Any]
        restore: CaseLease | None = None
        if item.action == "retract":
            values, restore = self._reopen_values(case, target)
        else:
            values = self._decided_values(item, case)
        if rowcount(s, update(Case).where(_same_state(case)).values(**values)) != 1:
            raise _Retry()
        if restore is not None:
            s.execute(
                update(CaseLease)
                .where(CaseLease.id == restore.id)
                .values(ended_at=None, end_reason="")
            )
        s.execute(
            update(Decision)
            .where(Decision.decision_id == target.decision_id)
            .values(superseded_by=item.decision_id)
        )
        return self._store(item, case, digest, late=False)

    def _reopen_values(
        self, case: Case, target: Decision
    ) -> tuple[dict[str, Any], CaseLease | None]:
        """Undo: the case goes back to the user's lease if it is still valid, else the queue."""
        queue = target.queue
        status = "escalated" if queue == ESCALATION_QUEUE else "open"
        values: dict[str, Any] = {
            "status": status,
            "queue": queue,
            "current_decision": None,
            "lease_holder": None,
            "lease_batch": None,
            "lease_expires_at": None,
        }
        if target.action == "escalate":
            values.update(escalation_reason="", escalation_note="")
        lease = _latest_own_lease(self.s, case.case_id, self.user.user_id)
        if lease is not None and lease.expires_at > self.now:
            values.update(
                lease_holder=self.user.user_id,
                lease_batch=lease.batch_id,
                lease_expires_at=lease.expires_at,
            )
            return values, lease
        return values, None

    def _decided_values(self, item: contract.DecisionIn, case: Case) -> dict[str, Any]:
        if item.action == "escalate":
            return {
                "status": "escalated",
                "queue": ESCALATION_QUEUE,
                "current_decision": item.decision_id,
                "lease_holder": None,
                "lease_batch": None,
                "lease_expires_at": None,
                "escalation_reason": item.escalation_reason,
                "escalation_note": item.note,
            }
        return {
            "status": "decided",
            "current_decision": item.decision_id,
            "lease_holder": None,
            "lease_batch": None,
            "lease_expires_at": None,
        }

    # --- a first decision on the case ---------------------------------------------------------

    def _fresh(self, item: contract.DecisionIn, case: Case, digest: str) -> contract.DecisionResult:
        s = self.s
        me = self.user.user_id
        current = (
            s.scalar(select(Decision).where(Decision.decision_id == case.current_decision))
            if case.current_decision
            else None
        )
        holder_valid = (
            case.lease_holder is not None
            and case.lease_expires_at is not None
            and case.lease_expires_at > self.now
        )
        if case.status == "decided":
            if current is not None and current.user_id != me:
                return _result(
                    item,
                    "case_conflict",
                    "someone else has decided this case",
                    conflicting=current.decision_id,
                )
            return _result(
                item,
                "rejected",
                "you already decided this case; send a correction that supersedes "
                f"{case.current_decision}",
            )
        if holder_valid and case.lease_holder != me:
            return _result(
                item,
                "case_conflict",
                "another reviewer holds the lease on this case now",
                conflicting=None,
            )
        if current is not None and current.user_id == me and case.lease_holder != me:
            return _result(
                item,
                "rejected",
                "you already decided this case; send a correction that supersedes "
                f"{case.current_decision}",
            )
        lease = _latest_own_lease(s, case.case_id, me)
        if lease is None:
            return _result(item, "rejected", "this case was never leased to you")
        late = not (holder_valid and case.lease_holder == me)
        values = self._decided_values(item, case)
        if rowcount(s, update(Case).where(_same_state(case)).values(**values)) != 1:
            raise _Retry()
        s.execute(
            update(CaseLease)
            .where(CaseLease.case_id == case.case_id, CaseLease.ended_at.is_(None))
            .values(
                ended_at=self.now,
                end_reason="escalated" if item.action == "escalate" else "decided",
            )
        )
        return self._store(item, case, digest, late=late)

    def _store(
        self, item: contract.DecisionIn, case: Case, digest: str, *, late: bool
    ) -> contract.DecisionResult:
        row = Decision(
            decision_id=item.decision_id,
            content_hash=digest,
            case_id=item.case_id,
            queue=case.queue,
            user_id=self.user.user_id,
            action=item.action,
            policy_codes=encode_codes(list(dict.fromkeys(item.policy_codes))),
            note=item.note,
            escalation_reason=item.escalation_reason,
            supersedes=item.supersedes,
            superseded_by=None,
            policy_version=item.policy_version,
            handle_time_ms=item.handle_time_ms,
            decided_at=item.decided_at,
            received_at=self.now,
            sent_at=self.sent_at,
            late=late,
            audit_seq=item.audit_seq,
            audit_hash=item.audit_hash,
            device_id=self.device_id,
            upload_id=self.upload_id,
        )
        self.s.add(row)
        self.s.flush()
        return _result(item, "accepted", "late" if late else "", seq=row.server_seq)


def _apply_batch(
    session: Session, principal: Principal, body: contract.DecisionBatchRequest
) -> list[contract.DecisionResult]:
    now = now_utc()
    upload = Upload(
        user_id=principal.user.user_id,
        device_id=body.device_id,
        sent_at=body.sent_at,
        received_at=now,
        chain_seq=body.chain_seq,
        chain_head=body.chain_head,
        item_count=len(body.decisions),
    )
    session.add(upload)
    session.flush()
    applier = _Applier(session, principal, upload.id, now, body.sent_at, body.device_id)
    results = []
    for item in body.decisions:
        for _attempt in range(5):
            try:
                # The first write of an item is its guarded case update, so a retry
                # needs no savepoint: nothing of this item was written yet.
                results.append(applier.apply(item))
                break
            except _Retry:
                session.expire_all()
        else:
            results.append(_result(item, "case_conflict", "the case kept changing; try again"))
    session.execute(
        update(User)
        .where(User.user_id == principal.user.user_id, User.chain_seq <= body.chain_seq)
        .values(chain_seq=body.chain_seq, chain_head=body.chain_head)
    )
    session.commit()
    return results


@router.post(
    "/decisions:batch",
    response_model=contract.DecisionBatchResponse,
    responses={413: {"model": contract.Problem}},
)
def upload_decisions(
    principal: CurrentUser, session: DbSession, body: contract.DecisionBatchRequest
) -> contract.DecisionBatchResponse:
    """Apply each decision in order; every item gets its own answer, the batch never fails
    as a whole for one bad item. Safe to retry with the same bytes."""
    for attempt in range(3):
        try:
            results = _apply_batch(session, principal, body)
            break
        except IntegrityError:
            # Another process stored one of these ids at the same moment: start over, and
            # the retry sees it as duplicate or id_reused.
            session.rollback()
            if attempt == 2:
                raise
    return contract.DecisionBatchResponse(results=results, server_time=now_utc())


# --- history -------------------------------------------------------------------------------------


def _visible(principal: Principal) -> Any:
    """SQL: the decisions this caller may see (the join with User is in the query)."""
    user = principal.user
    if principal.role == "admin":
        return None
    if principal.role == "lead":
        return User.team == user.team
    return Decision.user_id == user.user_id


def _record(decision: Decision, user: User) -> contract.DecisionRecord:
    return contract.DecisionRecord(
        decision_id=decision.decision_id,
        server_seq=decision.server_seq,
        case_id=decision.case_id,
        queue=decision.queue,
        moderator=user.username,
        team=user.team,
        vendor=user.vendor,
        action=decision.action,
        policy_codes=decode_codes(decision.policy_codes),
        note=decision.note,
        escalation_reason=decision.escalation_reason,
        supersedes=decision.supersedes,
        superseded_by=decision.superseded_by,
        policy_version=decision.policy_version,
        handle_time_ms=decision.handle_time_ms,
        decided_at=decision.decided_at,
        received_at=decision.received_at,
        late=decision.late,
    )


def _cursor_seq(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, pos = raw.partition(":")
        value = int(pos)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "The cursor is not valid here.") from None
    if kind != "dec" or value < 0:
        raise ApiError(400, "bad_request", "The cursor is not valid here.")
    return value


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@router.get("/decisions", response_model=contract.DecisionPage, responses=_PROBLEMS)
def list_decisions(
    principal: CurrentUser,
    session: DbSession,
    moderator: Annotated[str | None, Query(max_length=100)] = None,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    policy_code: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")] = None,
    case_id: Annotated[str | None, Query(max_length=64)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 100,
) -> contract.DecisionPage:
    """Newest first. Moderators and QA see their own, a lead the team, an admin everything;
    asking for someone outside that scope by name is a 403."""
    query: Select[Decision, User] = select(Decision, User).join(
        User, User.user_id == Decision.user_id
    )
    scope = _visible(principal)
    if scope is not None:
        query = query.where(scope)
    if moderator is not None:
        target = session.scalar(select(User).where(User.username == moderator))
        if target is None:
            raise ApiError(404, "not_found", f"No user {moderator!r}.")
        allowed = (
            principal.role == "admin"
            or target.user_id == principal.user.user_id
            or (principal.role == "lead" and target.team == principal.user.team)
        )
        if not allowed:
            raise ApiError(403, "forbidden", "You may not see that user's decisions.")
        query = query.where(Decision.user_id == target.user_id)
    if queue is not None:
        query = query.where(Decision.queue == queue)
    if action is not None:
        query = query.where(Decision.action == action)
    if policy_code is not None:
        query = query.where(Decision.policy_codes.like(f"%,{policy_code},%"))
    if case_id is not None:
        query = query.where(Decision.case_id == case_id)
    since_utc, until_utc = _aware(since), _aware(until)
    if since_utc is not None:
        query = query.where(Decision.decided_at >= since_utc)
    if until_utc is not None:
        query = query.where(Decision.decided_at < until_utc)
    if cursor:
        query = query.where(Decision.server_seq < _cursor_seq(cursor))
    rows = session.execute(query.order_by(Decision.server_seq.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit and page:
        last = page[-1][0].server_seq
        next_cursor = base64.urlsafe_b64encode(f"dec:{last}".encode()).rstrip(b"=").decode()
    return contract.DecisionPage(items=[_record(d, u) for d, u in page], next_cursor=next_cursor)


@router.get("/decisions/{decision_id}", response_model=contract.DecisionRecord, responses=_PROBLEMS)
def get_decision(
    principal: CurrentUser, session: DbSession, decision_id: str = Path(max_length=64)
) -> contract.DecisionRecord:
    query = select(Decision, User).join(User, User.user_id == Decision.user_id)
    query = query.where(Decision.decision_id == decision_id)
    scope = _visible(principal)
    if scope is not None:
        query = query.where(scope)
    row = session.execute(query).first()
    if row is None:
        raise ApiError(404, "not_found", "No such decision for you.")
    return _record(row[0], row[1])
