"""Viewer reports as they arrive, and the case a cleared stream comes back as.

Reports are rows (``case_reports``), so the lease counts a case's velocity over an index
range. New reports on a stream decided "no violation" do not reopen that decision: they
make a new case of the same stream, linked to it (``reopened_from``), which the next pull
ranks like any other.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Path
from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain import policies, priority
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.core import Case, CaseReport, CaseSnapshot, ChatChunk, Decision, Queue
from server.security import CurrentUser, DbSession, require_role
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["cases"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}


def _reopened(session: Session, case: Case, decision: Decision) -> Case:
    """The open case that reopens ``decision``'s stream: the one made earlier, or a new copy
    (content, snapshots and chat) with a fresh deadline."""
    found = session.scalar(
        select(Case).where(Case.reopened_from == decision.decision_id, Case.status == "open")
    )
    if found is not None:
        return found
    n = session.scalar(
        select(func.count(Case.case_id)).where(Case.reopened_from == decision.decision_id)
    )
    new_id = f"{case.case_id[:56]}-R{int(n or 0) + 1}"
    now = now_utc()
    queue = one_or_404(session.get(Queue, case.home_queue), "The case's queue is gone.")
    copy = Case(
        case_id=new_id,
        queue=case.home_queue,
        home_queue=case.home_queue,
        status="open",
        created_at=now,
        stream_json=case.stream_json,
        streamer_json=case.streamer_json,
        reports_json=case.reports_json,
        prior_json=case.prior_json,
        golden_json=None,
        chat_count=case.chat_count,
        escalation_reason="",
        escalation_note="",
        deadline=now + timedelta(minutes=queue.sla_minutes),
        severity=case.severity,
        viewers=case.viewers,
        viewer_tier=case.viewer_tier,
        stream_ends_at=case.stream_ends_at,
        stream_live=case.stream_live,
        reopened_from=decision.decision_id,
    )
    session.add(copy)
    session.flush()
    snaps = select(
        literal(new_id),
        CaseSnapshot.position,
        CaseSnapshot.sha256,
        CaseSnapshot.offset_seconds,
        CaseSnapshot.captured_at,
        CaseSnapshot.width,
        CaseSnapshot.height,
        CaseSnapshot.content_type,
        CaseSnapshot.size_bytes,
        CaseSnapshot.labels_json,
    ).where(CaseSnapshot.case_id == case.case_id)
    session.execute(
        insert(CaseSnapshot).from_select(
            [
                "case_id",
                "position",
                "sha256",
                "offset_seconds",
                "captured_at",
                "width",
                "height",
                "content_type",
                "size_bytes",
                "labels_json",
            ],
            snaps,
        )
    )
    chunks = select(
        literal(new_id),
        ChatChunk.first_idx,
        ChatChunk.message_count,
        ChatChunk.offset_ms,
        ChatChunk.user_ids,
        ChatChunk.usernames,
        ChatChunk.texts,
        ChatChunk.flagged,
    ).where(ChatChunk.case_id == case.case_id)
    session.execute(
        insert(ChatChunk).from_select(
            [
                "case_id",
                "first_idx",
                "message_count",
                "offset_ms",
                "user_ids",
                "usernames",
                "texts",
                "flagged",
            ],
            chunks,
        )
    )
    return copy


@router.post(
    "/cases/{case_id}/reports", response_model=contract.ReportsAccepted, responses=_PROBLEMS
)
def add_reports(
    principal: CurrentUser,
    session: DbSession,
    body: contract.ReportsIn,
    case_id: str = Path(max_length=64),
) -> contract.ReportsAccepted:
    """Record viewer reports on a case's stream (admins: the intake upstream). On a stream
    decided "no violation" they go to a new case linked to that decision."""
    require_role(principal, "admin")
    if body.reason not in policies.AREA_CODES:
        raise ApiError(
            422,
            "validation",
            f"Unknown policy area {body.reason!r}.",
            errors=[{"loc": ["body", "reason"], "msg": "unknown policy area", "type": "enum"}],
        )
    case = one_or_404(session.get(Case, case_id), f"No case {case_id!r}.")
    target = case
    if case.status == "decided" and case.current_decision is not None:
        decision = session.scalar(
            select(Decision).where(Decision.decision_id == case.current_decision)
        )
        if decision is not None and decision.action == policies.NO_VIOLATION:
            target = _reopened(session, case, decision)
    now = now_utc()
    session.execute(
        insert(CaseReport),
        [{"case_id": target.case_id, "reason": body.reason, "reported_at": now}] * body.count,
    )
    target.severity = max(target.severity, policies.report_severity([body.reason]))
    velocity = session.scalar(
        select(func.count(CaseReport.id)).where(
            CaseReport.case_id == target.case_id,
            CaseReport.reported_at > now - priority.VELOCITY_WINDOW,
        )
    )
    answer = contract.ReportsAccepted(
        case_id=target.case_id, reopened_from=target.reopened_from, reports_5min=int(velocity or 0)
    )
    session.commit()
    return answer
