"""Decision upload (idempotent by decision id) and role-scoped decision history.

Each uploaded item gets one of five answers:

* ``accepted``: stored, with a service sequence number (``late`` when the lease
  had expired but nobody else took the case);
* ``duplicate``: the same id with the same content was stored before (a retry);
* ``id_reused``: the same id with other content (a client bug, never stored);
* ``case_conflict``: someone else decided the case, or holds its lease now;
* ``rejected``: the decision breaks a rule (unknown action or policy, missing
  policy area or note, a bad ``supersedes``), with the reason.

A chat action (``kind="chat_action"``) needs the moderator's lease on the case, like a
decision (an expired lease nobody else took is still accepted, late), but it never changes
the case: not its status, not its current decision, not its lease. Its undo is a chat-action
retract naming it; a case decision never supersedes a chat action, nor the other way round.

Case state changes are conditional updates guarded by the state that was read,
so two service processes cannot both apply a decision to one case. A batch keeps
its cases' state in memory while it judges the items and writes each touched case
once at the end; if any case changed under it meanwhile, the whole batch is judged
again from fresh reads.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, cast

from fastapi import APIRouter, Path, Query
from sqlalchemy import Table, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, load_only
from sqlalchemy.orm.attributes import set_committed_value

from reviewer import contract
from server.domain import policies, taxonomy
from server.domain.clock import now_utc
from server.domain.history import (
    common_filters,
    decision_record,
    decision_scope,
    newest_first,
    user_by_name,
)
from server.domain.live import LiveClock
from server.domain.principal import Principal
from server.domain.queues import ESCALATION_QUEUE
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import (
    Case,
    CaseLease,
    Decision,
    Queue,
    Upload,
    User,
    decode_codes,
    encode_codes,
)
from server.observability import note_decision
from server.security import CurrentUser, DbSession, State
from server.state import ServiceState, SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["decisions"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}


def content_hash(item: contract.DecisionIn) -> str:
    """A canonical hash of the decision's content: key order and spacing do not matter.

    A case decision hashes without the chat fields, as it did before they existed, so a
    retry of a decision stored by an older service is still a duplicate."""
    fields = item.body_fields()
    fields.update(audit_seq=item.audit_seq, audit_hash=item.audit_hash)
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class _Retry(Exception):
    """A concurrent writer changed a case between read and write: judge the batch again."""


#: whole-batch attempts when other writers keep changing its cases
_BATCH_ATTEMPTS = 5


def _result(
    item: contract.DecisionIn,
    status: str,
    reason: str = "",
    *,
    seq: int | None = None,
    conflicting: str | None = None,
    problem: str | None = None,
) -> contract.DecisionResult:
    return contract.DecisionResult(
        decision_id=item.decision_id,
        status=status,
        reason=reason,
        server_seq=seq,
        conflicting_decision_id=conflicting,
        type=contract.PROBLEM_TYPES[problem] if problem else None,
    )


def _rule_problem(item: contract.DecisionIn, taxonomy: contract.PolicyTaxonomy) -> str:
    """Why the decision breaks the rules of the taxonomy version it names, or '' when it
    does not."""
    areas = {a.code for a in taxonomy.areas}
    problem = contract.chat_action_problem(item)
    if problem:
        return problem
    if item.kind == "chat_action":
        unknown = [c for c in item.policy_codes if c not in areas]
        return f"unknown policy code {unknown[0]!r}" if unknown else ""
    spec = next((a for a in taxonomy.actions if a.code == item.action), None)
    if spec is None:
        return f"unknown action {item.action!r}"
    unknown = [c for c in item.policy_codes if c not in areas]
    if unknown:
        return f"unknown policy code {unknown[0]!r}"
    if spec.requires_policy and not item.policy_codes:
        return f"action {item.action} requires a policy area"
    if spec.requires_note and not item.note.strip():
        return f"action {item.action} requires a note"
    escalation = {r.code for r in taxonomy.escalation_reasons}
    if item.escalation_reason and item.escalation_reason not in escalation:
        return f"unknown escalation reason {item.escalation_reason!r}"
    if item.action == "retract" and item.supersedes is None:
        return "a retract must name the decision it supersedes"
    if item.supersedes is not None and item.supersedes == item.decision_id:
        return "a decision cannot supersede itself"
    return ""


_CASES = cast(Table, Case.__table__)
_STATE_COLUMNS = (
    "status",
    "queue",
    "current_decision",
    "lease_holder",
    "lease_batch",
    "lease_expires_at",
    "escalation_reason",
    "escalation_note",
    "deadline",
)
#: read beside the state (never written here): the late-upload rule judges by them
_STREAM_COLUMNS = ("stream_live", "stream_ends_at")
#: an accepted end-stream decided while live on a stream that has ended since
STREAM_ENDED_SINCE = "stream_ended_since"
# One statement, compiled once: set the whole case state, but only if the case still looks
# exactly as it did when read (IS NOT DISTINCT FROM, which SQLite spells IS). Public: the
# portability test compiles it for PostgreSQL.
GUARDED_UPDATE = (
    update(_CASES)
    .where(
        _CASES.c.case_id == bindparam("k_case_id"),
        _CASES.c.status == bindparam("k_status"),
        _CASES.c.current_decision.is_not_distinct_from(bindparam("k_current_decision")),
        _CASES.c.lease_holder.is_not_distinct_from(bindparam("k_lease_holder")),
    )
    .values({name: bindparam("v_" + name, type_=_CASES.c[name].type) for name in _STATE_COLUMNS})
)


@dataclass(frozen=True)
class _Pending:
    """An answer that waits for the bulk insert to learn the row's server_seq."""

    status: str
    row: Decision


_Outcome = contract.DecisionResult | _Pending
_DECISION_COLUMNS = tuple(
    c.key for c in cast(Table, Decision.__table__).columns if c.key != "server_seq"
)


def _chunks(values: Iterable[str], size: int = 400) -> Iterator[list[str]]:
    """IN-lists of bounded length: every backend has a limit on bound parameters."""
    items = sorted(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Applier:
    """Applies one upload's items in order inside one transaction.

    Everything the items refer to (cases, decisions, leases) is read up front in a
    few IN queries and then kept current in memory; at the end each touched case gets
    one guarded UPDATE (its final state, if it still looks as first read) and the new
    decision rows go in one bulk INSERT. A chain of 25 corrections on one case costs
    one UPDATE, not 25.
    """

    def __init__(
        self,
        session: Session,
        principal: Principal,
        upload_id: int,
        now: datetime,
        body: contract.DecisionBatchRequest,
        clock: LiveClock,
        grace: timedelta,
    ) -> None:
        self.s = session
        self.clock = clock
        self.grace = grace
        #: policy version -> (the taxonomy it is judged by, or None and why not)
        self.versions: dict[str, tuple[contract.PolicyTaxonomy | None, str]] = {}
        #: decision id -> notes on its acceptance (``STREAM_ENDED_SINCE``)
        self.notes: dict[str, list[str]] = {}
        self._escalation_minutes: int | None = None
        #: queue id -> the actions hidden there (read once per batch, on first need)
        self._hidden: dict[str, frozenset[str]] | None = None
        self.user = principal.user
        self.upload_id = upload_id
        self.now = now
        self.sent_at = body.sent_at
        self.device_id = body.device_id
        self.cases: dict[str, Case] = {}
        self.decisions: dict[str, Decision] = {}
        self.own_lease: dict[str, CaseLease] = {}
        self.open_leases: dict[str, list[CaseLease]] = {}
        self.new_rows: list[Decision] = []
        #: case id -> (status, current_decision, lease_holder) as read: the guard
        self.read_state: dict[str, tuple[str, str | None, str | None]] = {}
        self._prefetch(body.decisions)

    def _prefetch(self, items: list[contract.DecisionIn]) -> None:
        s = self.s
        case_ids = {i.case_id for i in items}
        for chunk in _chunks(case_ids):
            state_only = load_only(
                *(getattr(Case, name) for name in ("case_id", *_STATE_COLUMNS, *_STREAM_COLUMNS)),
                raiseload=True,
            )
            for case in s.scalars(select(Case).where(Case.case_id.in_(chunk)).options(state_only)):
                self.cases[case.case_id] = case
        wanted = {i.decision_id for i in items}
        wanted |= {i.supersedes for i in items if i.supersedes}
        wanted |= {c.current_decision for c in self.cases.values() if c.current_decision}
        for chunk in _chunks(wanted):
            for d in s.scalars(select(Decision).where(Decision.decision_id.in_(chunk))):
                self.decisions[d.decision_id] = d
        me = self.user.user_id
        for chunk in _chunks(set(self.cases)):
            for lease in s.scalars(
                select(CaseLease)
                .where(
                    CaseLease.case_id.in_(chunk),
                    or_(CaseLease.user_id == me, CaseLease.ended_at.is_(None)),
                )
                .order_by(CaseLease.id)
            ):
                if lease.user_id == me:
                    self.own_lease[lease.case_id] = lease  # ascending ids: the latest wins
                if lease.ended_at is None:
                    self.open_leases.setdefault(lease.case_id, []).append(lease)

    def _decision(self, decision_id: str | None) -> Decision | None:
        if decision_id is None:
            return None
        if decision_id not in self.decisions:
            found = self.s.scalar(select(Decision).where(Decision.decision_id == decision_id))
            if found is None:
                return None
            self.decisions[decision_id] = found
        return self.decisions[decision_id]

    def _guarded_update(self, case: Case, values: dict[str, Any]) -> None:
        """Change the case in memory; the first change remembers the state that was read."""
        self.read_state.setdefault(
            case.case_id, (case.status, case.current_decision, case.lease_holder)
        )
        for key, value in values.items():
            set_committed_value(case, key, value)

    def write_cases(self) -> None:
        """The writes that decide who wins: each touched case once, only if it is as read.

        Raises :class:`_Retry` when another writer got there first (the caller rolls
        back and judges the batch again).
        """
        conn = self.s.connection()
        for case_id, (status, current, holder) in self.read_state.items():
            case = self.cases[case_id]
            params: dict[str, Any] = {
                "k_case_id": case_id,
                "k_status": status,
                "k_current_decision": current,
                "k_lease_holder": holder,
            }
            for name in _STATE_COLUMNS:
                params["v_" + name] = getattr(case, name)
            if conn.execute(GUARDED_UPDATE, params).rowcount != 1:
                raise _Retry()

    def _taxonomy(self, version: str) -> tuple[contract.PolicyTaxonomy | None, str]:
        if version not in self.versions:
            self.versions[version] = taxonomy.decision_taxonomy(
                self.s, version, self.now, self.grace
            )
        return self.versions[version]

    def _hidden_in(self, queue: str) -> frozenset[str]:
        """The actions an admin hid in ``queue`` (server.routes.admin)."""
        if self._hidden is None:
            self._hidden = {
                q: frozenset(decode_codes(hidden))
                for q, hidden in self.s.execute(select(Queue.queue_id, Queue.hidden_actions))
            }
        return self._hidden.get(queue, frozenset())

    def _end_open_leases(self, case_id: str, reason: str) -> None:
        for lease in self.open_leases.pop(case_id, []):
            lease.ended_at = self.now
            lease.end_reason = reason

    def apply(self, item: contract.DecisionIn) -> _Outcome:
        """The item's answer, or the pending row when its sequence number is not known yet."""
        digest = content_hash(item)
        existing = self.decisions.get(item.decision_id)
        if existing is not None:
            if existing.user_id == self.user.user_id and existing.content_hash == digest:
                if existing.server_seq is None:  # stored earlier in this very batch
                    return _Pending("duplicate", existing)
                return _result(item, "duplicate", seq=existing.server_seq)
            return _result(item, "id_reused", "this decision id was already used for other content")
        judged_by, refusal = self._taxonomy(item.policy_version)
        if judged_by is None:
            return _result(item, "rejected", refusal)
        problem = _rule_problem(item, judged_by)
        if problem:
            return _result(item, "rejected", problem)
        case = self.cases.get(item.case_id)
        if case is None:
            return _result(item, "rejected", f"unknown case {item.case_id!r}")
        if item.kind == "chat_action":
            return self._chat_action(item, case, digest)
        if item.action in self._hidden_in(case.queue):
            return _result(
                item,
                "rejected",
                f"action {item.action} is hidden in queue {case.queue}",
                problem="action_hidden",
            )
        ended = self._ended_stream(item, case)
        if ended is not None:
            return ended
        if item.supersedes is not None:
            return self._supersede(item, case, digest)
        return self._fresh(item, case, digest)

    def _ended_stream(self, item: contract.DecisionIn, case: Case) -> _Outcome | None:
        """The late-upload rule: an end-stream is judged by the stream's state at the
        decision's ``decided_at``, never at its upload. Decided after the stream ended on its
        own: refused (``stream_ended``). Decided while live and uploaded after the end:
        accepted below, with the note ``stream_ended_since``."""
        if (
            item.action != policies.END_STREAM
            or not case.stream_live
            or case.stream_ends_at is None
        ):
            return None
        ends = case.stream_ends_at
        if self.clock.at(item.decided_at) >= ends:
            return _result(
                item,
                "rejected",
                "the stream had already ended when this end-stream was decided",
                problem="stream_ended",
            )
        if self.clock.at(self.now) >= ends:
            self.notes[item.decision_id] = [STREAM_ENDED_SINCE]
        return None

    # --- a decision that names an earlier one ------------------------------------------------

    def _supersede(self, item: contract.DecisionIn, case: Case, digest: str) -> _Outcome:
        target = self._decision(item.supersedes)
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
        if target.kind != "case":
            return _result(item, "rejected", "a chat action is undone by a chat-action retract")
        if case.current_decision != target.decision_id:
            return _result(
                item,
                "case_conflict",
                "the case was decided again after the decision this one supersedes",
                conflicting=case.current_decision,
            )
        if (
            case.lease_holder not in (None, self.user.user_id)
            and case.lease_expires_at is not None
            and case.lease_expires_at > self.now
        ):
            # e.g. a lead already works the case this reviewer escalated
            return _result(
                item, "case_conflict", "another reviewer holds the lease on this case now"
            )
        queue = case.queue
        if item.action == "retract":
            values, restore = self._reopen_values(case, target)
            self._guarded_update(case, values)
            if restore is not None:
                restore.ended_at = None
                restore.end_reason = ""
                self.open_leases.setdefault(case.case_id, []).append(restore)
        else:
            self._guarded_update(case, self._decided_values(item))
            self._end_open_leases(case.case_id, _end_reason(item))
        target.superseded_by = item.decision_id
        return _Pending("accepted", self._store(item, queue, digest, late=False))

    def _reopen_values(
        self, case: Case, target: Decision
    ) -> tuple[dict[str, Any], CaseLease | None]:
        """Undo: the case goes back to the user's lease if it is still valid, else the queue."""
        queue = target.queue
        values: dict[str, Any] = {
            "status": "escalated" if queue == ESCALATION_QUEUE else "open",
            "queue": queue,
            "current_decision": None,
            "lease_holder": None,
            "lease_batch": None,
            "lease_expires_at": None,
        }
        if target.action == "escalate":
            values.update(escalation_reason="", escalation_note="")
        lease = self.own_lease.get(case.case_id)
        if lease is not None and lease.expires_at > self.now:
            values.update(
                lease_holder=self.user.user_id,
                lease_batch=lease.batch_id,
                lease_expires_at=lease.expires_at,
            )
            return values, lease
        return values, None

    def _decided_values(self, item: contract.DecisionIn) -> dict[str, Any]:
        values: dict[str, Any] = {
            "status": "decided",
            "current_decision": item.decision_id,
            "lease_holder": None,
            "lease_batch": None,
            "lease_expires_at": None,
        }
        if item.action == "escalate":
            # the escalation queue's own SLA starts now
            values.update(
                status="escalated",
                queue=ESCALATION_QUEUE,
                escalation_reason=item.escalation_reason,
                escalation_note=item.note,
                deadline=self.now + timedelta(minutes=self._escalation_sla()),
            )
        return values

    def _escalation_sla(self) -> int:
        if self._escalation_minutes is None:
            found = self.s.scalar(
                select(Queue.sla_minutes).where(Queue.queue_id == ESCALATION_QUEUE)
            )
            self._escalation_minutes = int(found) if found is not None else 240
        return self._escalation_minutes

    # --- a first decision on the case ---------------------------------------------------------

    def _fresh(self, item: contract.DecisionIn, case: Case, digest: str) -> _Outcome:
        me = self.user.user_id
        current = self._decision(case.current_decision)
        holder_valid = (
            case.lease_holder is not None
            and case.lease_expires_at is not None
            and case.lease_expires_at > self.now
        )
        already = (
            "you already decided this case; send a correction that supersedes "
            f"{case.current_decision}"
        )
        if case.status == "decided":
            if current is not None and current.user_id != me:
                return _result(
                    item,
                    "case_conflict",
                    "someone else has decided this case",
                    conflicting=current.decision_id,
                )
            return _result(item, "rejected", already)
        if holder_valid and case.lease_holder != me:
            return _result(
                item, "case_conflict", "another reviewer holds the lease on this case now"
            )
        if current is not None and current.user_id == me and case.lease_holder != me:
            return _result(item, "rejected", already)
        lease = self.own_lease.get(case.case_id)
        if lease is None:
            return _result(item, "rejected", "this case was never leased to you")
        if current is not None and current.user_id != me and lease.leased_at < current.received_at:
            # Someone else escalated the case after your lease: only a lease taken on the
            # escalated case (a lead working the escalation queue) may decide it now.
            return _result(
                item,
                "case_conflict",
                "someone else escalated this case after your lease",
                conflicting=current.decision_id,
            )
        if lease.end_reason.startswith("released"):
            # Given back (released or skipped) and not leased to this moderator since. An
            # expired lease is not a release: that decision is still taken, late.
            return _result(
                item,
                "rejected",
                "you gave this case back (released or skipped); it is not leased to you now",
                problem="case_released",
            )
        late = not (holder_valid and case.lease_holder == me)
        queue = case.queue
        self._guarded_update(case, self._decided_values(item))
        self._end_open_leases(case.case_id, _end_reason(item))
        return _Pending("accepted", self._store(item, queue, digest, late=late))

    # --- a chat action ------------------------------------------------------------------------

    def _chat_action(self, item: contract.DecisionIn, case: Case, digest: str) -> _Outcome:
        """Take a chat action (or its retract) without touching the case's state."""
        me = self.user.user_id
        if item.action == "retract":
            target = self._decision(item.supersedes)
            if target is None:
                return _result(item, "rejected", "supersedes an unknown decision")
            if target.kind != "chat_action":
                return _result(item, "rejected", "a chat-action retract undoes only a chat action")
            if target.user_id != me or target.case_id != item.case_id:
                return _result(item, "rejected", "supersedes a chat action of someone else's")
            if target.superseded_by is not None:
                return _result(
                    item,
                    "rejected",
                    f"that chat action was already undone by {target.superseded_by}",
                )
            target.superseded_by = item.decision_id
            return _Pending("accepted", self._store(item, target.queue, digest, late=False))
        holder_valid = (
            case.lease_holder is not None
            and case.lease_expires_at is not None
            and case.lease_expires_at > self.now
        )
        if holder_valid and case.lease_holder != me:
            return _result(
                item, "case_conflict", "another reviewer holds the lease on this case now"
            )
        lease = self.own_lease.get(case.case_id)
        if lease is None:
            return _result(item, "rejected", "this case was never leased to you")
        if lease.end_reason.startswith("released"):
            return _result(
                item,
                "rejected",
                "you gave this case back (released or skipped); it is not leased to you now",
                problem="case_released",
            )
        late = not (holder_valid and case.lease_holder == me)
        return _Pending("accepted", self._store(item, case.queue, digest, late=late))

    def _store(self, item: contract.DecisionIn, queue: str, digest: str, *, late: bool) -> Decision:
        row = Decision(
            decision_id=item.decision_id,
            content_hash=digest,
            case_id=item.case_id,
            queue=queue,
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
            kind=item.kind,
            target_kind=item.target.kind if item.target is not None else None,
            target_id=item.target.id if item.target is not None else None,
            duration_s=item.duration_s,
            confirmed_high_profile=item.confirmed_high_profile,
        )
        # Not added to the session: all new rows go in one bulk INSERT at the end.
        self.new_rows.append(row)
        self.decisions[item.decision_id] = row
        return row


def _end_reason(item: contract.DecisionIn) -> str:
    return "escalated" if item.action == "escalate" else "decided"


def _apply_batch(
    session: Session,
    principal: Principal,
    body: contract.DecisionBatchRequest,
    clock: LiveClock,
    grace: timedelta,
    before_commit: Callable[[list[contract.DecisionResult]], None] | None,
) -> list[contract.DecisionResult]:
    now = now_utc()
    # The upload row is the transaction's first write: on SQLite that takes the write lock
    # before anything is read, so the reads below are the latest state.
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
    with session.no_autoflush:
        applier = _Applier(session, principal, upload.id, now, body, clock, grace)
        outcomes = [applier.apply(item) for item in body.decisions]
        applier.write_cases()
    seqs: dict[str, int] = {}
    if applier.new_rows:
        session.execute(
            insert(Decision),
            [{k: getattr(r, k) for k in _DECISION_COLUMNS} for r in applier.new_rows],
        )
        for chunk in _chunks({r.decision_id for r in applier.new_rows}):
            query = select(Decision.decision_id, Decision.server_seq).where(
                Decision.decision_id.in_(chunk)
            )
            for decision_id, server_seq in session.execute(query):
                seqs[decision_id] = server_seq
    session.flush()  # lease rows and superseded decisions changed in memory
    results = [
        o
        if isinstance(o, contract.DecisionResult)
        else contract.DecisionResult(
            decision_id=o.row.decision_id,
            status=o.status,
            reason="late" if o.row.late and o.status == "accepted" else "",
            server_seq=seqs[o.row.decision_id],
            notes=applier.notes.get(o.row.decision_id, []) if o.status == "accepted" else [],
        )
        for o in outcomes
    ]
    session.execute(
        update(User)
        .where(User.user_id == principal.user.user_id, User.chain_seq <= body.chain_seq)
        .values(chain_seq=body.chain_seq, chain_head=body.chain_head)
        .execution_options(synchronize_session=False)
    )
    if before_commit is not None:
        before_commit(results)
    session.commit()
    return results


def apply_upload(
    session: Session,
    author: Principal,
    body: contract.DecisionBatchRequest,
    state: ServiceState,
    before_commit: Callable[[list[contract.DecisionResult]], None] | None = None,
) -> list[contract.DecisionResult]:
    """Apply ``body`` as ``author``'s upload, retrying when other writers race it; the one
    path every decision takes into the service (the batch upload and a lead's import).
    ``before_commit`` adds rows to the same transaction once the answers are known."""
    for attempt in range(_BATCH_ATTEMPTS):
        try:
            return _apply_batch(
                session,
                author,
                body,
                state.live_clock,
                timedelta(seconds=state.settings.policy_grace_seconds),
                before_commit,
            )
        except IntegrityError:
            # Another process stored one of these ids at the same moment: start over, and
            # the retry sees it as duplicate or id_reused.
            session.rollback()
            if attempt == _BATCH_ATTEMPTS - 1:
                raise
        except _Retry:
            # Another process changed one of the batch's cases: nothing was kept; judge
            # every item again against what it left.
            session.rollback()
            if attempt == _BATCH_ATTEMPTS - 1:
                raise ApiError(
                    503,
                    "server_error",
                    "The cases kept changing under this upload; retry shortly.",
                    headers={"Retry-After": "1"},
                    retry_after=1.0,
                ) from None
    raise AssertionError("unreachable")  # pragma: no cover


@router.post(
    "/decisions:batch",
    response_model=contract.DecisionBatchResponse,
    responses={413: {"model": contract.Problem}},
)
def upload_decisions(
    principal: CurrentUser, session: DbSession, state: State, body: contract.DecisionBatchRequest
) -> contract.DecisionBatchResponse:
    """Apply each decision in order; every item gets its own answer, the batch never fails
    as a whole for one bad item. Safe to retry with the same bytes."""
    results = apply_upload(session, principal, body, state)
    for result in results:
        note_decision(result.status)
    return contract.DecisionBatchResponse(results=results, server_time=now_utc())


# --- history -------------------------------------------------------------------------------------

_CURSOR_KIND = "dec"


@router.get("/decisions", response_model=contract.DecisionPage, responses=_PROBLEMS)
def list_decisions(
    principal: CurrentUser,
    session: DbSession,
    moderator: Annotated[str | None, Query(max_length=100)] = None,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    policy_code: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")] = None,
    case_id: Annotated[str | None, Query(max_length=64)] = None,
    since: contract.QueryInstant | None = None,
    until: contract.QueryInstant | None = None,
    kind: contract.DecisionKind | None = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 100,
) -> contract.DecisionPage:
    """Newest first. Moderators and QA see their own, a lead the team, an admin everything;
    asking for someone outside that scope by name is a 403."""
    query = select(Decision, User).join(User, User.user_id == Decision.user_id)
    scope = decision_scope(principal)
    if scope is not None:
        query = query.where(scope)
    if moderator is not None:
        query = query.where(Decision.user_id == user_by_name(session, principal, moderator).user_id)
    if policy_code is not None:
        query = query.where(Decision.policy_codes.like(f"%,{policy_code},%"))
    query = common_filters(
        query,
        queue=queue,
        action=action,
        case_id=case_id,
        since=since,
        until=until,
        cursor=cursor,
        cursor_kind=_CURSOR_KIND,
        kind=kind,
    )
    page, next_cursor = newest_first(session, query, limit=limit, cursor_kind=_CURSOR_KIND)
    return contract.DecisionPage(
        items=[decision_record(contract.DecisionRecord, d, u) for d, u in page],
        next_cursor=next_cursor,
    )


@router.get("/decisions/{decision_id}", response_model=contract.DecisionRecord, responses=_PROBLEMS)
def get_decision(
    principal: CurrentUser, session: DbSession, decision_id: str = Path(max_length=64)
) -> contract.DecisionRecord:
    query = select(Decision, User).join(User, User.user_id == Decision.user_id)
    query = query.where(Decision.decision_id == decision_id)
    scope = decision_scope(principal)
    if scope is not None:
        query = query.where(scope)
    row = one_or_404(session.execute(query).first(), "No such decision for you.")
    return decision_record(contract.DecisionRecord, row[0], row[1])
