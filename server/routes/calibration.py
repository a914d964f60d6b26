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
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewer import contract
from server.cursors import decode_cursor
from server.db import rowcount
from server.domain import policies
from server.domain.admin import write_log
from server.domain.calibration_report import (
    build_report,
    verdict_of,
)
from server.domain.clock import now_utc
from server.domain.history import user_by_name
from server.domain.principal import Principal
from server.domain.qa_pool import (
    CALIBRATION_QUEUE,
    DEFAULT_QA_RATE,
    create_session,
    pool_scope,
    rates,
    sweep_pool,
    users_by_id,
)
from server.domain.qa_results import (
    one_result,
    render_qa_results,
    results_scope,
    visible_result,
)
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.calibration import (
    CalibrationAnswerRow,
    CalibrationAssignment,
    CalibrationItemRow,
    CalibrationSessionRow,
    QaPoolRow,
    QaResultRow,
    QaSamplingRateRow,
)
from server.models.core import Case, CaseSnapshot, Decision, Queue, User, decode_codes, encode_codes
from server.routes.cases import case_detail
from server.routes.chat_pages import chat_page_response
from server.routes.media import media_response
from server.security import CurrentUser, DbSession, State, require_role
from server.state import ServiceState, SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["calibration"], route_class=SessionRoute)

REVIEWER_ROLES = frozenset({"qa", "lead", "admin"})
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
    409: {"model": contract.Problem},
}


# --- small helpers ----------------------------------------------------------------------------


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


# --- the QA pool ------------------------------------------------------------------------------


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
    """The share of a queue's decisions that enters the pool from now on; the change is in
    the admin log (before and after) with the change."""
    require_role(principal, "lead", "admin")
    one_or_404(session.get(Queue, queue), f"No queue {queue!r}.")
    sweep_pool(session)  # decisions so far are judged at the old rate
    row = session.get(QaSamplingRateRow, queue)
    before = rates(session).get(queue, DEFAULT_QA_RATE)
    if row is None:
        session.add(QaSamplingRateRow(queue_id=queue, rate=body.rate))
    else:
        row.rate = body.rate
    if before != body.rate:
        write_log(
            session,
            principal,
            "qa.sampling",
            queue,
            {"rate": before},
            {"rate": body.rate},
            now_utc(),
        )
    session.commit()
    return contract.QaSamplingRate(queue=queue, rate=body.rate)


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
    scope = pool_scope(principal)
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
        user = one_or_404(
            session.scalar(select(User).where(User.username == name)), f"No user {name!r}."
        )
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
    scope = pool_scope(principal)
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
    users = users_by_id(session, {a.user_id for a in assigned} | {row.created_by})
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


@router.get(
    "/calibration/sessions/{session_id}/report",
    response_model=contract.CalibrationReport,
    responses=_PROBLEMS,
)
def get_report(
    principal: CurrentUser, session: DbSession, session_id: str = Path(max_length=64)
) -> contract.CalibrationReport:
    require_role(principal, "qa", "lead", "admin")
    row = one_or_404(
        session.get(CalibrationSessionRow, session_id), "No such calibration session for you."
    )
    return build_report(session, row, principal)


# --- QA results and disputes ------------------------------------------------------------------


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
    scope = results_scope(principal)
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
    r = visible_result(session, principal, result_id)
    if r.moderator_id != principal.user.user_id:
        raise ApiError(403, "forbidden", "Only the moderator who decided may dispute.")
    if r.verdict != "overturned":
        raise ApiError(409, "conflict", "Only an overturned decision can be disputed.")
    if r.dispute_status != "none":
        if r.dispute_status == "open" and r.dispute_note == body.note:
            return one_result(session, r)
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
    return one_result(session, r)


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
    r = visible_result(session, principal, result_id)
    if r.dispute_status == body.outcome and r.resolution_note == body.note:
        return one_result(session, r)
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
    return one_result(session, r)
