"""QA calibration sessions, blind items, idempotent answers, the report, and the QA pool.

* A lead or admin creates a session from golden cases and from the QA pool and
  assigns it to one or several reviewers (qa, lead or admin).
* Items are served blind: each is a CaseDetail whose ``case_id`` is an opaque
  item id, ``queue`` is ``calibration`` and ``status`` is ``open``, with no
  escalation fields and no reference decision; golden and live items look
  alike. Chat pages and media of an item come from the calibration endpoints.
* Answers are uploaded idempotently by answer id, like decisions: accepted,
  duplicate (same id, same content), id_reused (same id, other content) or
  rejected (with the reason).
* Submitting the session (every item answered) computes the reviewer's report
  and turns each answer on a live item into a QA verdict on the moderator's
  decision: upheld when action and policy area agree, overturned otherwise.
* The QA pool: decided cases enter it at a per-queue rate (a setting);
  escalations always do. Sampling is a hash of the decision id below the rate,
  evaluated once per decision by a sweep over the decision log.
* A moderator reads their own QA results and may dispute an overturn with a
  note; a lead of their team (or an admin) resolves the dispute.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewer import agreement, contract
from server.cursors import decode_cursor
from server.db import rowcount
from server.domain import policies
from server.domain.principal import Principal
from server.errors import ApiError
from server.models.calibration import (
    CalibrationAnswerRow,
    CalibrationAssignment,
    CalibrationItemRow,
    CalibrationSessionRow,
    QaPoolRow,
    QaResultRow,
    QaSamplingRateRow,
    QaSweep,
)
from server.models.core import Case, CaseSnapshot, Decision, Queue, User, decode_codes, encode_codes
from server.routes.cases import case_detail
from server.routes.chat_pages import chat_page_response
from server.routes.history import user_by_name
from server.routes.media import media_response
from server.security import CurrentUser, DbSession, State, now_utc, require_role
from server.state import ServiceState

router = APIRouter(prefix=contract.API_PREFIX, tags=["calibration"])

ESCALATION_QUEUE = "escalations"
#: the pool rate of a queue without its own setting
DEFAULT_QA_RATE = 0.1
REVIEWER_ROLES = frozenset({"qa", "lead", "admin"})
CALIBRATION_QUEUE = "calibration"
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
    409: {"model": contract.Problem},
}


# --- small helpers ----------------------------------------------------------------------------


def area_label(codes: Sequence[str]) -> str:
    """The secondary label of a decision: its first policy area, or ``none``."""
    return codes[0] if codes else contract.NO_POLICY_AREA


def verdict_of(ref_action: str, ref_codes: Sequence[str], action: str, codes: Sequence[str]) -> str:
    """Upheld when QA chose the same action and the same (first) policy area."""
    same = ref_action == action and area_label(ref_codes) == area_label(codes)
    return "upheld" if same else "overturned"


def sampled(decision_id: str, rate: float) -> bool:
    """Deterministic sampling: the decision id's hash, read as a fraction, is below ``rate``."""
    if rate <= 0.0:
        return False
    digest = hashlib.sha256(decision_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < rate


def _answer_hash(item: contract.CalibrationAnswerIn) -> str:
    canonical = json.dumps(item.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _answer_problem(item: contract.CalibrationAnswerIn) -> str:
    """Why an answer breaks the taxonomy's rules ('' when it does not): the decision rules."""
    spec = policies.ACTION_BY_CODE.get(item.action)
    if spec is None or item.action == "retract":
        return f"unknown action {item.action!r}"
    unknown = [c for c in item.policy_codes if c not in policies.AREA_CODES]
    if unknown:
        return f"unknown policy code {unknown[0]!r}"
    if spec.requires_policy and not item.policy_codes:
        return f"action {item.action} requires a policy area"
    if spec.requires_note and not item.note.strip():
        return f"action {item.action} requires a note"
    return ""


def action_categories() -> list[str]:
    return [a.code for a in policies.ACTIONS if a.code != "retract"]


def area_categories() -> list[str]:
    return [contract.NO_POLICY_AREA, *(code for code, _l, _d, _k in policies.AREAS)]


def _users(session: Session, ids: set[str]) -> dict[str, User]:
    if not ids:
        return {}
    return {u.user_id: u for u in session.scalars(select(User).where(User.user_id.in_(ids)))}


# --- the QA pool ------------------------------------------------------------------------------


def rates(session: Session) -> dict[str, float]:
    """Every queue's pool rate (the default where none is set)."""
    stored = {r.queue_id: r.rate for r in session.scalars(select(QaSamplingRateRow))}
    queues = session.scalars(select(Queue.queue_id).order_by(Queue.position)).all()
    return {q: stored.get(q, DEFAULT_QA_RATE) for q in queues}


def sweep_pool(session: Session) -> int:
    """Read decisions not yet swept and pool the sampled ones; returns how many entered.

    The sweep position is advanced by a guarded update first: of two processes
    sweeping at once, one wins and the other leaves the work to it.
    """
    state = session.get(QaSweep, 1)
    if state is None:
        session.add(QaSweep(id=1, last_seq=0))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
        state = session.get(QaSweep, 1)
        assert state is not None
    last = state.last_seq
    top = session.scalar(select(func.max(Decision.server_seq))) or 0
    if top <= last:
        return 0
    moved = rowcount(
        session,
        update(QaSweep)
        .where(QaSweep.id == 1, QaSweep.last_seq == last)
        .values(last_seq=top)
        .execution_options(synchronize_session=False),
    )
    if moved != 1:
        session.rollback()
        return 0
    by_queue = rates(session)
    now = now_utc()
    added = 0
    for d in session.scalars(
        select(Decision)
        .where(Decision.server_seq > last, Decision.server_seq <= top)
        .order_by(Decision.server_seq)
    ):
        if d.action == "retract":
            continue
        if d.action == "escalate" or d.queue == ESCALATION_QUEUE:
            reason = "escalation"
        elif sampled(d.decision_id, by_queue.get(d.queue, DEFAULT_QA_RATE)):
            reason = "sampled"
        else:
            continue
        session.add(
            QaPoolRow(
                decision_id=d.decision_id,
                server_seq=d.server_seq,
                case_id=d.case_id,
                queue=d.queue,
                user_id=d.user_id,
                reason=reason,
                pooled_at=now,
                session_id=None,
            )
        )
        added += 1
    session.commit()
    return added


@router.get("/qa/sampling", response_model=contract.QaSamplingList, responses=_PROBLEMS)
def get_sampling(principal: CurrentUser, session: DbSession) -> contract.QaSamplingList:
    require_role(principal, "qa", "lead", "admin")
    return contract.QaSamplingList(
        rates=[contract.QaSamplingRate(queue=q, rate=r) for q, r in rates(session).items()]
    )


@router.put("/qa/sampling/{queue}", response_model=contract.QaSamplingRate, responses=_PROBLEMS)
def set_sampling(
    principal: CurrentUser,
    session: DbSession,
    body: contract.QaSamplingUpdate,
    queue: str = Path(max_length=64),
) -> contract.QaSamplingRate:
    """The share of a queue's decisions that enters the pool from now on."""
    require_role(principal, "lead", "admin")
    if session.get(Queue, queue) is None:
        raise ApiError(404, "not_found", f"No queue {queue!r}.")
    sweep_pool(session)  # decisions so far are judged at the old rate
    row = session.get(QaSamplingRateRow, queue)
    if row is None:
        session.add(QaSamplingRateRow(queue_id=queue, rate=body.rate))
    else:
        row.rate = body.rate
    session.commit()
    return contract.QaSamplingRate(queue=queue, rate=body.rate)


def _pool_scope(principal: Principal) -> Any:
    if principal.role == "admin":
        return None
    return User.team == principal.user.team


@router.get("/qa/pool", response_model=contract.QaPoolPage, responses=_PROBLEMS)
def get_pool(
    principal: CurrentUser,
    session: DbSession,
    available: bool = False,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 100,
) -> contract.QaPoolPage:
    """Pooled decisions, oldest first (a lead sees their team's); ``available``: not yet
    in a session."""
    require_role(principal, "lead", "admin")
    sweep_pool(session)
    query = (
        select(QaPoolRow, Decision, User)
        .join(Decision, Decision.decision_id == QaPoolRow.decision_id)
        .join(User, User.user_id == QaPoolRow.user_id)
    )
    scope = _pool_scope(principal)
    if scope is not None:
        query = query.where(scope)
    if available:
        query = query.where(QaPoolRow.session_id.is_(None), Decision.superseded_by.is_(None))
    rows = session.execute(query.order_by(QaPoolRow.server_seq).limit(limit)).all()
    return contract.QaPoolPage(
        items=[
            contract.QaPoolEntry(
                decision_id=p.decision_id,
                case_id=p.case_id,
                queue=p.queue,
                moderator=u.username,
                action=d.action,
                policy_codes=decode_codes(d.policy_codes),
                decided_at=d.decided_at,
                reason=p.reason,
                session_id=p.session_id,
            )
            for p, d, u in rows
        ]
    )


# --- sessions ---------------------------------------------------------------------------------


def create_session(
    session: Session,
    creator: User,
    title: str,
    reviewers: Sequence[User],
    golden: Sequence[Case],
    live: Sequence[tuple[QaPoolRow, Decision]],
    *,
    rng: random.Random | None = None,
) -> CalibrationSessionRow:
    """Write a session with its items in a shuffled order (golden and live interleaved);
    the caller commits. Used by the endpoint and by the demo seed."""
    now = now_utc()
    row = CalibrationSessionRow(
        session_id=uuid.uuid4().hex, title=title, created_by=creator.user_id, created_at=now
    )
    session.add(row)
    items: list[CalibrationItemRow] = []
    for case in golden:
        gold = json.loads(case.golden_json or "{}")
        items.append(
            CalibrationItemRow(
                item_id=uuid.uuid4().hex,
                session_id=row.session_id,
                position=0,
                case_id=case.case_id,
                source="golden",
                ref_action=str(gold.get("action", "")),
                ref_policy_codes=encode_codes([str(c) for c in gold.get("policy_codes", [])]),
                ref_note=str(gold.get("note", "")),
                ref_decision_id=None,
                ref_user_id=None,
            )
        )
    for pool, decision in live:
        pool.session_id = row.session_id
        items.append(
            CalibrationItemRow(
                item_id=uuid.uuid4().hex,
                session_id=row.session_id,
                position=0,
                case_id=decision.case_id,
                source="live",
                ref_action=decision.action,
                ref_policy_codes=decision.policy_codes,
                ref_note=decision.note,
                ref_decision_id=decision.decision_id,
                ref_user_id=decision.user_id,
            )
        )
    (rng or random.SystemRandom()).shuffle(items)
    for pos, item in enumerate(items):
        item.position = pos
        session.add(item)
    for user in dict.fromkeys(reviewers):
        session.add(
            CalibrationAssignment(
                session_id=row.session_id, user_id=user.user_id, submitted_at=None
            )
        )
    return row


@router.post(
    "/calibration/sessions",
    response_model=contract.CalibrationSessionSummary,
    status_code=201,
    responses={**_PROBLEMS, 422: {"model": contract.Problem}},
)
def post_session(
    principal: CurrentUser, session: DbSession, body: contract.CalibrationSessionCreate
) -> contract.CalibrationSessionSummary:
    require_role(principal, "lead", "admin")
    reviewers: list[User] = []
    for name in dict.fromkeys(body.reviewers):
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise ApiError(404, "not_found", f"No user {name!r}.")
        if user.role not in REVIEWER_ROLES:
            raise ApiError(400, "bad_request", f"{name} is not a QA reviewer, lead or admin.")
        reviewers.append(user)
    if body.golden_case_ids is not None:
        ids = list(dict.fromkeys(body.golden_case_ids))
        golden = list(
            session.scalars(
                select(Case).where(Case.case_id.in_(ids), Case.golden_json.is_not(None))
            )
        )
        if len(golden) != len(ids):
            raise ApiError(400, "bad_request", "Some of those cases are not golden cases.")
    else:
        candidates = list(session.scalars(select(Case).where(Case.golden_json.is_not(None))))
        if len(candidates) < body.golden_count:
            raise ApiError(
                409, "conflict", f"Only {len(candidates)} golden cases exist; asked for more."
            )
        golden = random.SystemRandom().sample(candidates, body.golden_count)
    sweep_pool(session)
    query = (
        select(QaPoolRow, Decision)
        .join(Decision, Decision.decision_id == QaPoolRow.decision_id)
        .join(User, User.user_id == QaPoolRow.user_id)
        .where(QaPoolRow.session_id.is_(None), Decision.superseded_by.is_(None))
    )
    scope = _pool_scope(principal)
    if scope is not None:
        query = query.where(scope)
    if body.live_decision_ids is not None:
        wanted = list(dict.fromkeys(body.live_decision_ids))
        live = [(p, d) for p, d in session.execute(query.where(QaPoolRow.decision_id.in_(wanted)))]
        if len(live) != len(wanted):
            raise ApiError(
                400, "bad_request", "Some of those decisions are not available in your QA pool."
            )
    else:
        live = [
            (p, d)
            for p, d in session.execute(query.order_by(QaPoolRow.server_seq).limit(body.live_count))
        ]
        if len(live) < body.live_count:
            raise ApiError(
                409, "conflict", f"Only {len(live)} pooled decisions are available; asked for more."
            )
    if not golden and not live:
        raise ApiError(400, "bad_request", "A session needs at least one item.")
    row = create_session(session, principal.user, body.title, reviewers, golden, live)
    session.commit()
    return _summary(session, row, principal)


def _assignment(session: Session, session_id: str, user_id: str) -> CalibrationAssignment | None:
    return session.get(CalibrationAssignment, (session_id, user_id))


def _summary(
    session: Session, row: CalibrationSessionRow, principal: Principal
) -> contract.CalibrationSessionSummary:
    assigned = list(
        session.scalars(
            select(CalibrationAssignment).where(CalibrationAssignment.session_id == row.session_id)
        )
    )
    users = _users(session, {a.user_id for a in assigned} | {row.created_by})
    mine = next((a for a in assigned if a.user_id == principal.user.user_id), None)
    count = session.scalar(
        select(func.count())
        .select_from(CalibrationItemRow)
        .where(CalibrationItemRow.session_id == row.session_id)
    )
    answered = 0
    if mine is not None:
        answered = (
            session.scalar(
                select(func.count())
                .select_from(CalibrationAnswerRow)
                .where(
                    CalibrationAnswerRow.session_id == row.session_id,
                    CalibrationAnswerRow.user_id == principal.user.user_id,
                )
            )
            or 0
        )
    creator = users.get(row.created_by)
    return contract.CalibrationSessionSummary(
        session_id=row.session_id,
        title=row.title,
        created_at=row.created_at,
        created_by=creator.username if creator else "",
        item_count=count or 0,
        reviewers=[users[a.user_id].username for a in assigned if a.user_id in users],
        answered=answered,
        submitted=mine is not None and mine.submitted_at is not None,
        submitted_at=mine.submitted_at if mine is not None else None,
    )


@router.get(
    "/calibration/sessions", response_model=contract.CalibrationSessionList, responses=_PROBLEMS
)
def list_sessions(principal: CurrentUser, session: DbSession) -> contract.CalibrationSessionList:
    """QA reviewers see the sessions assigned to them; a lead also those they created; an
    admin every session. Moderators have no calibration sessions (403)."""
    require_role(principal, "qa", "lead", "admin")
    me = principal.user.user_id
    query = select(CalibrationSessionRow)
    if principal.role != "admin":
        mine = exists().where(
            CalibrationAssignment.session_id == CalibrationSessionRow.session_id,
            CalibrationAssignment.user_id == me,
        )
        query = query.where(
            mine if principal.role == "qa" else (mine | (CalibrationSessionRow.created_by == me))
        )
    rows = session.scalars(query.order_by(CalibrationSessionRow.created_at.desc()))
    return contract.CalibrationSessionList(sessions=[_summary(session, r, principal) for r in rows])


def _my_session(
    session: Session, principal: Principal, session_id: str
) -> tuple[CalibrationSessionRow, CalibrationAssignment]:
    """The session, if the caller is one of its reviewers; 404 otherwise (ids do not leak)."""
    require_role(principal, "qa", "lead", "admin")
    row = session.get(CalibrationSessionRow, session_id)
    assignment = _assignment(session, session_id, principal.user.user_id)
    if row is None or assignment is None:
        raise ApiError(404, "not_found", "No such calibration session for you.")
    return row, assignment


def _blind_case(
    session: Session, state: ServiceState, item: CalibrationItemRow
) -> contract.CaseDetail:
    """The case as a reviewer sees it: no id, queue, status or escalation to tell its origin."""
    case = session.get(Case, item.case_id)
    if case is None:  # pragma: no cover - cases are never deleted
        raise ApiError(404, "not_found", "The case behind this item is gone.")
    return case_detail(session, case, state.cases).model_copy(
        update={
            "case_id": item.item_id,
            "queue": CALIBRATION_QUEUE,
            "status": "open",
            "escalation_reason": "",
            "escalation_note": "",
        }
    )


@router.get(
    "/calibration/sessions/{session_id}/items",
    response_model=contract.CalibrationItemList,
    responses=_PROBLEMS,
)
def get_items(
    principal: CurrentUser,
    session: DbSession,
    state: State,
    session_id: str = Path(max_length=64),
) -> contract.CalibrationItemList:
    """Every item of the session, blind, in the session's order."""
    _my_session(session, principal, session_id)
    items = session.scalars(
        select(CalibrationItemRow)
        .where(CalibrationItemRow.session_id == session_id)
        .order_by(CalibrationItemRow.position)
    )
    return contract.CalibrationItemList(
        session_id=session_id,
        items=[
            contract.CalibrationItem(
                item_id=i.item_id, position=i.position, case=_blind_case(session, state, i)
            )
            for i in items
        ],
    )


def _my_item(session: Session, principal: Principal, item_id: str) -> CalibrationItemRow:
    require_role(principal, "qa", "lead", "admin")
    item = session.get(CalibrationItemRow, item_id)
    if item is None or _assignment(session, item.session_id, principal.user.user_id) is None:
        raise ApiError(404, "not_found", "No such calibration item for you.")
    return item


@router.get(
    "/calibration/items/{item_id}/chat", response_model=contract.ChatPage, responses=_PROBLEMS
)
def get_item_chat(
    principal: CurrentUser,
    session: DbSession,
    item_id: str = Path(max_length=64),
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_CHAT_PAGE)] = contract.MAX_CHAT_PAGE,
) -> Response:
    """One chat page of an item's case, message ids under the item id."""
    item = _my_item(session, principal, item_id)
    case = session.get(Case, item.case_id)
    total = case.chat_count if case is not None else 0
    start = decode_cursor("chat", cursor) if cursor else 0
    return chat_page_response(
        session, item.case_id, shown_as=item_id, total=total, start=start, limit=limit
    )


@router.get(
    "/calibration/media/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {}}, "description": "The snapshot bytes"},
        304: {"description": "Not modified"},
        404: {"model": contract.Problem},
    },
)
def get_item_media(
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    sha256: str = Path(pattern=r"^[0-9a-f]{64}$"),
) -> Response:
    """Snapshot bytes of a case behind one of the caller's calibration items."""
    require_role(principal, "qa", "lead", "admin")
    allowed = session.scalar(
        select(
            exists().where(
                CaseSnapshot.sha256 == sha256,
                CalibrationItemRow.case_id == CaseSnapshot.case_id,
                CalibrationAssignment.session_id == CalibrationItemRow.session_id,
                CalibrationAssignment.user_id == principal.user.user_id,
            )
        )
    )
    if not allowed:
        raise ApiError(404, "not_found", "No such media for you.")
    return media_response(request, session, sha256)


# --- answers ----------------------------------------------------------------------------------


def _apply_answers(
    session: Session,
    principal: Principal,
    session_id: str,
    assignment: CalibrationAssignment,
    body: contract.CalibrationAnswerBatch,
) -> list[contract.CalibrationAnswerResult]:
    me = principal.user.user_id
    now = now_utc()
    items = {
        i.item_id: i
        for i in session.scalars(
            select(CalibrationItemRow).where(CalibrationItemRow.session_id == session_id)
        )
    }
    ids = {a.answer_id for a in body.answers}
    existing = {
        a.answer_id: a
        for a in session.scalars(
            select(CalibrationAnswerRow).where(CalibrationAnswerRow.answer_id.in_(ids))
        )
    }
    mine_by_item = {
        a.item_id: a
        for a in session.scalars(
            select(CalibrationAnswerRow).where(
                CalibrationAnswerRow.session_id == session_id, CalibrationAnswerRow.user_id == me
            )
        )
    }
    results: list[contract.CalibrationAnswerResult] = []

    def result(a: contract.CalibrationAnswerIn, status: str, reason: str = "") -> None:
        results.append(
            contract.CalibrationAnswerResult(answer_id=a.answer_id, status=status, reason=reason)
        )

    for a in body.answers:
        digest = _answer_hash(a)
        found = existing.get(a.answer_id)
        if found is not None:
            if found.user_id == me and found.content_hash == digest:
                result(a, "duplicate")
            else:
                result(a, "id_reused", "this answer id was already used for other content")
            continue
        if a.item_id not in items:
            result(a, "rejected", f"unknown item {a.item_id!r} in this session")
            continue
        if assignment.submitted_at is not None:
            result(a, "rejected", "this session was already submitted")
            continue
        problem = _answer_problem(a)
        if problem:
            result(a, "rejected", problem)
            continue
        other = mine_by_item.get(a.item_id)
        if other is not None:
            result(a, "rejected", f"this item already has your answer {other.answer_id}")
            continue
        row = CalibrationAnswerRow(
            answer_id=a.answer_id,
            content_hash=digest,
            session_id=session_id,
            item_id=a.item_id,
            user_id=me,
            action=a.action,
            policy_codes=encode_codes(list(dict.fromkeys(a.policy_codes))),
            note=a.note,
            handle_time_ms=a.handle_time_ms,
            answered_at=a.answered_at,
            received_at=now,
        )
        session.add(row)
        existing[a.answer_id] = row
        mine_by_item[a.item_id] = row
        result(a, "accepted")
    session.commit()
    return results


@router.post(
    "/calibration/sessions/{session_id}/answers:batch",
    response_model=contract.CalibrationAnswerBatchResponse,
    responses={**_PROBLEMS, 413: {"model": contract.Problem}},
)
def upload_answers(
    principal: CurrentUser,
    session: DbSession,
    body: contract.CalibrationAnswerBatch,
    session_id: str = Path(max_length=64),
) -> contract.CalibrationAnswerBatchResponse:
    """Idempotent by answer id: a retry with the same bytes answers ``duplicate``."""
    _row, assignment = _my_session(session, principal, session_id)
    for attempt in range(3):
        try:
            results = _apply_answers(session, principal, session_id, assignment, body)
            break
        except IntegrityError:
            session.rollback()  # another process stored one of these ids: judge again
            if attempt == 2:
                raise
    return contract.CalibrationAnswerBatchResponse(results=results, server_time=now_utc())


# --- submit and report ------------------------------------------------------------------------


@router.post(
    "/calibration/sessions/{session_id}/submit",
    response_model=contract.CalibrationReport,
    responses=_PROBLEMS,
)
def submit_session(
    principal: CurrentUser, session: DbSession, session_id: str = Path(max_length=64)
) -> contract.CalibrationReport:
    """Close the caller's part of the session (every item answered) and return the report.

    Answers on live items become QA verdicts on the moderators' decisions. Submitting
    again returns the same report.
    """
    row, assignment = _my_session(session, principal, session_id)
    me = principal.user.user_id
    items = list(
        session.scalars(
            select(CalibrationItemRow).where(CalibrationItemRow.session_id == session_id)
        )
    )
    answers = {
        a.item_id: a
        for a in session.scalars(
            select(CalibrationAnswerRow).where(
                CalibrationAnswerRow.session_id == session_id, CalibrationAnswerRow.user_id == me
            )
        )
    }
    missing = [i for i in items if i.item_id not in answers]
    if missing:
        raise ApiError(
            409,
            "conflict",
            f"{len(missing)} of {len(items)} items still need your answer before you submit.",
        )
    if assignment.submitted_at is None:
        now = now_utc()
        moved = rowcount(
            session,
            update(CalibrationAssignment)
            .where(
                CalibrationAssignment.session_id == session_id,
                CalibrationAssignment.user_id == me,
                CalibrationAssignment.submitted_at.is_(None),
            )
            .values(submitted_at=now)
            .execution_options(synchronize_session=False),
        )
        if moved == 1:
            for item in items:
                if item.source != "live" or item.ref_decision_id is None:
                    continue
                ans = answers[item.item_id]
                session.add(
                    QaResultRow(
                        result_id=uuid.uuid4().hex,
                        decision_id=item.ref_decision_id,
                        item_id=item.item_id,
                        session_id=session_id,
                        moderator_id=item.ref_user_id or "",
                        qa_user_id=me,
                        verdict=verdict_of(
                            item.ref_action,
                            decode_codes(item.ref_policy_codes),
                            ans.action,
                            decode_codes(ans.policy_codes),
                        ),
                        qa_action=ans.action,
                        qa_policy_codes=ans.policy_codes,
                        qa_note=ans.note,
                        reviewed_at=now,
                    )
                )
        session.commit()
        session.expire_all()  # the guarded update bypassed the identity map
    return build_report(session, row, principal)


def _stats(
    ref: list[str | None], ans: list[str | None], categories: list[str]
) -> contract.AgreementStats:
    s = agreement.pair_stats(ref, ans, categories)
    used = [
        i
        for i, _ in enumerate(s.matrix.labels)
        if any(s.matrix.counts[i]) or any(row[i] for row in s.matrix.counts)
    ]
    return contract.AgreementStats(
        n=s.n,
        agreed=s.agreed,
        accuracy=s.accuracy,
        kappa=s.kappa,
        ac1=s.ac1,
        labels=[s.matrix.labels[i] for i in used],
        matrix=[[s.matrix.counts[r][c] for c in used] for r in used],
    )


def build_report(
    session: Session, row: CalibrationSessionRow, principal: Principal
) -> contract.CalibrationReport:
    """The report as the caller may see it: a reviewer sees their own part once submitted;
    the session's creator and admins see every reviewer who submitted."""
    me = principal.user.user_id
    overseer = principal.role == "admin" or row.created_by == me
    assigned = list(
        session.scalars(
            select(CalibrationAssignment).where(CalibrationAssignment.session_id == row.session_id)
        )
    )
    mine = next((a for a in assigned if a.user_id == me), None)
    if not overseer:
        if mine is None:
            raise ApiError(404, "not_found", "No such calibration session for you.")
        if mine.submitted_at is None:
            raise ApiError(409, "conflict", "Submit the session first; then the report opens.")
    submitted = [a for a in assigned if a.submitted_at is not None]
    items = list(
        session.scalars(
            select(CalibrationItemRow)
            .where(CalibrationItemRow.session_id == row.session_id)
            .order_by(CalibrationItemRow.position)
        )
    )
    answers: dict[tuple[str, str], CalibrationAnswerRow] = {
        (a.user_id, a.item_id): a
        for a in session.scalars(
            select(CalibrationAnswerRow).where(CalibrationAnswerRow.session_id == row.session_id)
        )
    }
    users = _users(session, {a.user_id for a in assigned})
    ref_actions: list[str | None] = [i.ref_action for i in items]
    ref_areas: list[str | None] = [area_label(decode_codes(i.ref_policy_codes)) for i in items]
    reports: list[contract.ReviewerReport] = []
    alpha_actions: list[list[str | None]] = [[] for _ in items]
    alpha_areas: list[list[str | None]] = [[] for _ in items]
    for a in submitted:
        got = [answers.get((a.user_id, i.item_id)) for i in items]
        acts: list[str | None] = [g.action if g else None for g in got]
        areas: list[str | None] = [
            area_label(decode_codes(g.policy_codes)) if g else None for g in got
        ]
        for k in range(len(items)):
            alpha_actions[k].append(acts[k])
            alpha_areas[k].append(areas[k])
        if not overseer and a.user_id != me:
            continue
        disagreements = []
        for i, g in zip(items, got, strict=True):
            if g is None:
                continue
            ref_codes = decode_codes(i.ref_policy_codes)
            codes = decode_codes(g.policy_codes)
            action_differs = g.action != i.ref_action
            area_differs = area_label(codes) != area_label(ref_codes)
            if action_differs or area_differs:
                disagreements.append(
                    contract.CalibrationDisagreement(
                        item_id=i.item_id,
                        position=i.position,
                        case_id=i.case_id,
                        source=i.source,
                        reference_action=i.ref_action,
                        reference_policy_codes=ref_codes,
                        reference_note=i.ref_note,
                        answer_action=g.action,
                        answer_policy_codes=codes,
                        answer_note=g.note,
                        action_differs=action_differs,
                        area_differs=area_differs,
                    )
                )
        user = users.get(a.user_id)
        reports.append(
            contract.ReviewerReport(
                reviewer=user.username if user else "",
                display_name=user.display_name if user else "",
                submitted_at=a.submitted_at,
                answered=sum(1 for g in got if g is not None),
                action=_stats(ref_actions, acts, action_categories()),
                area=_stats(ref_areas, areas, area_categories()),
                disagreements=disagreements,
            )
        )
    several = len(submitted) >= 2
    return contract.CalibrationReport(
        session_id=row.session_id,
        title=row.title,
        item_count=len(items),
        golden_count=sum(1 for i in items if i.source == "golden"),
        live_count=sum(1 for i in items if i.source == "live"),
        reviewers=reports,
        alpha_action=agreement.krippendorff_alpha_nominal(alpha_actions) if several else None,
        alpha_area=agreement.krippendorff_alpha_nominal(alpha_areas) if several else None,
        alpha_raters=len(submitted),
    )


@router.get(
    "/calibration/sessions/{session_id}/report",
    response_model=contract.CalibrationReport,
    responses=_PROBLEMS,
)
def get_report(
    principal: CurrentUser, session: DbSession, session_id: str = Path(max_length=64)
) -> contract.CalibrationReport:
    require_role(principal, "qa", "lead", "admin")
    row = session.get(CalibrationSessionRow, session_id)
    if row is None:
        raise ApiError(404, "not_found", "No such calibration session for you.")
    return build_report(session, row, principal)


# --- QA results and disputes ------------------------------------------------------------------


def _result_model(r: QaResultRow, d: Decision, users: dict[str, User]) -> contract.QaResult:
    final = "upheld" if r.dispute_status == "accepted" else r.verdict
    mod = users.get(r.moderator_id)
    qa = users.get(r.qa_user_id)
    resolver = users.get(r.resolved_by) if r.resolved_by else None
    return contract.QaResult(
        result_id=r.result_id,
        decision_id=r.decision_id,
        case_id=d.case_id,
        queue=d.queue,
        moderator=mod.username if mod else "",
        qa_reviewer=qa.username if qa else "",
        session_id=r.session_id,
        verdict=r.verdict,
        final_verdict=final,
        decision_action=d.action,
        decision_policy_codes=decode_codes(d.policy_codes),
        decision_note=d.note,
        qa_action=r.qa_action,
        qa_policy_codes=decode_codes(r.qa_policy_codes),
        qa_note=r.qa_note,
        decided_at=d.decided_at,
        reviewed_at=r.reviewed_at,
        dispute_status=r.dispute_status,
        dispute_note=r.dispute_note,
        disputed_at=r.disputed_at,
        resolution_note=r.resolution_note,
        resolved_by=resolver.username if resolver else None,
        resolved_at=r.resolved_at,
    )


def _results_scope(principal: Principal) -> Any:
    """SQL over QaResultRow joined with the moderator's User row."""
    me = principal.user
    if principal.role == "admin":
        return None
    if principal.role == "lead":
        return User.team == me.team
    if principal.role == "qa":
        return QaResultRow.qa_user_id == me.user_id
    return QaResultRow.moderator_id == me.user_id


def render_qa_results(session: Session, rows: Sequence[tuple[QaResultRow, Decision]]) -> list[Any]:
    """QA results as the contract shows them (names resolved); the audit case chain reuses it."""
    ids: set[str] = set()
    for r, _d in rows:
        ids |= {r.moderator_id, r.qa_user_id}
        if r.resolved_by:
            ids.add(r.resolved_by)
    users = _users(session, ids)
    return [_result_model(r, d, users) for r, d in rows]


@router.get("/qa/results", response_model=contract.QaResultPage, responses=_PROBLEMS)
def list_results(
    principal: CurrentUser,
    session: DbSession,
    moderator: Annotated[str | None, Query(max_length=100)] = None,
    verdict: Annotated[str | None, Query(pattern=r"^(upheld|overturned)$")] = None,
    dispute: Annotated[str | None, Query(pattern=r"^(none|open|accepted|rejected)$")] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 100,
) -> contract.QaResultPage:
    """Newest first. A moderator sees their own results, QA the verdicts they gave, a lead
    the team's, an admin all; naming someone outside that scope is a 403."""
    query = (
        select(QaResultRow, Decision)
        .join(Decision, Decision.decision_id == QaResultRow.decision_id)
        .join(User, User.user_id == QaResultRow.moderator_id)
    )
    scope = _results_scope(principal)
    if scope is not None:
        query = query.where(scope)
    if moderator is not None:
        target = user_by_name(
            session, principal, moderator, sees_all=("admin", "qa"), what="QA results"
        )
        query = query.where(QaResultRow.moderator_id == target.user_id)
    if verdict is not None:
        query = query.where(QaResultRow.verdict == verdict)
    if dispute is not None:
        query = query.where(QaResultRow.dispute_status == dispute)
    rows = session.execute(
        query.order_by(QaResultRow.reviewed_at.desc(), QaResultRow.result_id).limit(limit)
    ).all()
    return contract.QaResultPage(items=render_qa_results(session, [(r, d) for r, d in rows]))


def _visible_result(session: Session, principal: Principal, result_id: str) -> QaResultRow:
    query = (
        select(QaResultRow)
        .join(User, User.user_id == QaResultRow.moderator_id)
        .where(QaResultRow.result_id == result_id)
    )
    scope = _results_scope(principal)
    if scope is not None:
        query = query.where(scope)
    found = session.scalar(query)
    if found is None:
        raise ApiError(404, "not_found", "No such QA result for you.")
    return found


def _one(session: Session, r: QaResultRow) -> contract.QaResult:
    d = session.scalar(select(Decision).where(Decision.decision_id == r.decision_id))
    assert d is not None
    out: contract.QaResult = render_qa_results(session, [(r, d)])[0]
    return out


@router.post(
    "/qa/results/{result_id}/dispute", response_model=contract.QaResult, responses=_PROBLEMS
)
def dispute_result(
    principal: CurrentUser,
    session: DbSession,
    body: contract.DisputeRequest,
    result_id: str = Path(max_length=64),
) -> contract.QaResult:
    """The moderator disputes an overturn with a note; the same note again is a no-op."""
    r = _visible_result(session, principal, result_id)
    if r.moderator_id != principal.user.user_id:
        raise ApiError(403, "forbidden", "Only the moderator who decided may dispute.")
    if r.verdict != "overturned":
        raise ApiError(409, "conflict", "Only an overturned decision can be disputed.")
    if r.dispute_status != "none":
        if r.dispute_status == "open" and r.dispute_note == body.note:
            return _one(session, r)
        raise ApiError(409, "conflict", f"This result was already disputed ({r.dispute_status}).")
    moved = rowcount(
        session,
        update(QaResultRow)
        .where(QaResultRow.result_id == result_id, QaResultRow.dispute_status == "none")
        .values(dispute_status="open", dispute_note=body.note, disputed_at=now_utc())
        .execution_options(synchronize_session=False),
    )
    session.commit()
    if moved != 1:
        raise ApiError(409, "conflict", "This result was disputed at the same moment.")
    session.refresh(r)
    return _one(session, r)


@router.post(
    "/qa/results/{result_id}/resolve", response_model=contract.QaResult, responses=_PROBLEMS
)
def resolve_dispute(
    principal: CurrentUser,
    session: DbSession,
    body: contract.DisputeResolution,
    result_id: str = Path(max_length=64),
) -> contract.QaResult:
    """A lead of the moderator's team, or an admin, accepts (the decision stands) or
    rejects (the overturn stands) an open dispute."""
    require_role(principal, "lead", "admin")
    r = _visible_result(session, principal, result_id)
    if r.dispute_status == body.outcome and r.resolution_note == body.note:
        return _one(session, r)
    if r.dispute_status != "open":
        raise ApiError(409, "conflict", "There is no open dispute on this result.")
    moved = rowcount(
        session,
        update(QaResultRow)
        .where(QaResultRow.result_id == result_id, QaResultRow.dispute_status == "open")
        .values(
            dispute_status=body.outcome,
            resolution_note=body.note,
            resolved_by=principal.user.user_id,
            resolved_at=now_utc(),
        )
        .execution_options(synchronize_session=False),
    )
    session.commit()
    if moved != 1:
        raise ApiError(409, "conflict", "This dispute was resolved at the same moment.")
    session.refresh(r)
    return _one(session, r)
