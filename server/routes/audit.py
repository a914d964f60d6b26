"""Team-lead audit: history with the lead's filters, a case's decision chain, audit-chain
checks, and publishing urgent guidelines with their acknowledgement table.

Scope everywhere: a moderator (or QA reviewer) sees their own decisions, a lead their
team's, an admin everything; asking for something outside that scope is a 403 (by name)
or a 404 (by id), so ids do not reveal what exists.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain import announcements as audience_of
from server.domain import audit_chain, policies
from server.domain.clock import now_utc
from server.domain.history import (
    common_filters,
    decision_record,
    decision_scope,
    may_see_user,
    newest_first,
    user_by_name,
)
from server.domain.principal import Principal
from server.domain.qa_results import render_qa_results
from server.domain.queues import ESCALATION_QUEUE
from server.domain.scope import one_or_404
from server.errors import ApiError
from server.models.audit import AnnouncementTargetRow, DeskChainNote
from server.models.calibration import QaResultRow
from server.models.core import (
    Ack,
    AnnouncementRow,
    Case,
    Decision,
    Queue,
    Upload,
    User,
    decode_codes,
)
from server.security import CurrentUser, DbSession, State, require_role
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["audit"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: {"model": contract.Problem},
    403: {"model": contract.Problem},
    404: {"model": contract.Problem},
}
_CURSOR_KIND = "aud"


# --- enrichment --------------------------------------------------------------------------------


def _final(r: QaResultRow) -> str:
    return "upheld" if r.dispute_status == "accepted" else r.verdict


def _overturned_sql() -> Any:
    return exists().where(
        QaResultRow.decision_id == Decision.decision_id,
        QaResultRow.verdict == "overturned",
        QaResultRow.dispute_status != "accepted",
    )


def _disputed_sql() -> Any:
    return exists().where(
        QaResultRow.decision_id == Decision.decision_id, QaResultRow.dispute_status != "none"
    )


def _handles(session: Session, case_ids: set[str]) -> dict[str, tuple[str, str]]:
    """case_id -> (streamer handle, stream title)."""
    out: dict[str, tuple[str, str]] = {}
    ids = sorted(case_ids)
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        for cid, streamer_json, stream_json in session.execute(
            select(Case.case_id, Case.streamer_json, Case.stream_json).where(
                Case.case_id.in_(chunk)
            )
        ):
            try:
                handle = str(json.loads(streamer_json).get("handle", ""))
                title = str(json.loads(stream_json).get("title", ""))
            except (ValueError, AttributeError):
                handle, title = "", ""
            out[cid] = (handle, title)
    return out


def escalation_outcomes(
    session: Session, escalations: Sequence[Decision]
) -> dict[str, contract.EscalationOutcome]:
    """escalate decision id -> the final decision later taken in the escalation queue."""
    live = [d for d in escalations if d.action == "escalate" and d.superseded_by is None]
    if not live:
        return {}
    by_case: dict[str, list[tuple[Decision, User]]] = defaultdict(list)
    case_ids = sorted({d.case_id for d in live})
    for start in range(0, len(case_ids), 400):
        for d, u in session.execute(
            select(Decision, User)
            .join(User, User.user_id == Decision.user_id)
            .where(
                Decision.case_id.in_(case_ids[start : start + 400]),
                Decision.queue == ESCALATION_QUEUE,
                Decision.action.not_in(("retract", "escalate")),
                Decision.superseded_by.is_(None),
            )
            .order_by(Decision.server_seq)
        ):
            by_case[d.case_id].append((d, u))
    out: dict[str, contract.EscalationOutcome] = {}
    for e in live:
        later = [(d, u) for d, u in by_case.get(e.case_id, []) if d.server_seq > e.server_seq]
        if later:
            d, u = later[-1]
            out[e.decision_id] = contract.EscalationOutcome(
                decision_id=d.decision_id,
                decided_by=u.username,
                action=d.action,
                policy_codes=decode_codes(d.policy_codes),
                note=d.note,
                decided_at=d.decided_at,
            )
    return out


def enrich(session: Session, rows: Sequence[tuple[Decision, User]]) -> list[contract.AuditDecision]:
    """DecisionRecords with streamer handle, final QA verdict, dispute and escalation outcome."""
    ids = [d.decision_id for d, _u in rows]
    results: dict[str, list[QaResultRow]] = defaultdict(list)
    for start in range(0, len(ids), 400):
        for r in session.scalars(
            select(QaResultRow).where(QaResultRow.decision_id.in_(ids[start : start + 400]))
        ):
            results[r.decision_id].append(r)
    handles = _handles(session, {d.case_id for d, _u in rows})
    outcomes = escalation_outcomes(session, [d for d, _u in rows])
    out = []
    for d, u in rows:
        mine = results.get(d.decision_id, [])
        finals = [_final(r) for r in mine]
        verdict = "overturned" if "overturned" in finals else ("upheld" if finals else "")
        statuses = [r.dispute_status for r in mine if r.dispute_status != "none"]
        dispute = "open" if "open" in statuses else (statuses[-1] if statuses else "none")
        out.append(
            decision_record(
                contract.AuditDecision,
                d,
                u,
                streamer_handle=handles.get(d.case_id, ("", ""))[0],
                qa_verdict=verdict,
                overturned=verdict == "overturned",
                dispute_status=dispute,
                escalation_outcome=outcomes.get(d.decision_id),
            )
        )
    return out


# --- history -----------------------------------------------------------------------------------


@router.get("/audit/decisions", response_model=contract.AuditDecisionPage, responses=_PROBLEMS)
def audit_decisions(
    principal: CurrentUser,
    session: DbSession,
    moderator: Annotated[str | None, Query(max_length=100)] = None,
    vendor: Annotated[str | None, Query(max_length=64)] = None,
    team: Annotated[str | None, Query(max_length=64)] = None,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    policy_code: Annotated[str | None, Query(max_length=64)] = None,
    case_id: Annotated[str | None, Query(max_length=64)] = None,
    streamer: Annotated[str | None, Query(max_length=200)] = None,
    since: contract.QueryInstant | None = None,
    until: contract.QueryInstant | None = None,
    overturned: bool | None = None,
    disputed: bool | None = None,
    escalated: bool | None = None,
    kind: contract.DecisionKind | None = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_HISTORY_PAGE)] = 100,
) -> contract.AuditDecisionPage:
    """Newest first, every filter combined with AND, inside the caller's scope. Each row
    also says its final QA verdict, dispute state and, for an escalation, its outcome."""
    query = select(Decision, User).join(User, User.user_id == Decision.user_id)
    scope = decision_scope(principal)
    if scope is not None:
        query = query.where(scope)
    if moderator is not None:
        query = query.where(Decision.user_id == user_by_name(session, principal, moderator).user_id)
    if vendor is not None:
        query = query.where(User.vendor == vendor)
    if team is not None:
        query = query.where(User.team == team)
    if policy_code is not None:
        query = query.where(Decision.policy_codes.contains(f",{policy_code},", autoescape=True))
    if streamer is not None:
        needle = '"handle":' + json.dumps(streamer.lstrip("@"), ensure_ascii=False)
        cases = select(Case.case_id).where(Case.streamer_json.contains(needle, autoescape=True))
        query = query.where(Decision.case_id.in_(cases))
    if overturned is not None:
        query = query.where(_overturned_sql() if overturned else ~_overturned_sql())
    if disputed is not None:
        query = query.where(_disputed_sql() if disputed else ~_disputed_sql())
    if escalated is not None:
        query = query.where(
            Decision.action == "escalate" if escalated else Decision.action != "escalate"
        )
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
    return contract.AuditDecisionPage(items=enrich(session, page), next_cursor=next_cursor)


# --- the decision chain of one case ----------------------------------------------------------


def _event_kind(d: Decision) -> str:
    if d.action == "retract":
        return "retract"
    if d.kind == "chat_action":  # an older lead desk knows no other kind: the summary says
        return "decision"
    if d.supersedes:
        return "supersession"
    if d.action == "escalate":
        return "escalation"
    if d.queue == ESCALATION_QUEUE:
        return "escalation_outcome"
    return "decision"


def _chat_fields(d: Decision) -> dict[str, Any]:
    """The chat fields of a chat action's request (a case decision's request had none)."""
    if d.kind != "chat_action":
        return {}
    target = {"kind": d.target_kind, "id": d.target_id} if d.target_kind and d.target_id else None
    return {"kind": d.kind, "target": target, "duration_s": d.duration_s}


@router.get(
    "/audit/cases/{case_id}/chain", response_model=contract.DecisionChain, responses=_PROBLEMS
)
def case_chain(
    principal: CurrentUser, session: DbSession, case_id: str = Path(max_length=64)
) -> contract.DecisionChain:
    """Every decision on the case, its QA verdicts and disputes, and one timeline. Visible
    when at least one decision on the case is in the caller's scope (admin: any case)."""
    case = one_or_404(session.get(Case, case_id), "No such case for you.")
    rows = list(
        session.execute(
            select(Decision, User)
            .join(User, User.user_id == Decision.user_id)
            .where(Decision.case_id == case_id)
            .order_by(Decision.server_seq)
        )
    )
    if principal.role != "admin" and not any(may_see_user(principal, u) for _d, u in rows):
        raise ApiError(404, "not_found", "No such case for you.")
    decisions = enrich(session, rows)
    qa_rows = list(
        session.execute(
            select(QaResultRow, Decision)
            .join(Decision, Decision.decision_id == QaResultRow.decision_id)
            .where(Decision.case_id == case_id)
            .order_by(QaResultRow.reviewed_at)
        )
    )
    qa = render_qa_results(session, qa_rows)
    events: list[tuple[datetime, int, contract.ChainEvent]] = []
    for (d, _u), rec in zip(rows, decisions, strict=True):
        summary = rec.note[:200]
        if d.supersedes:
            summary = f"supersedes {d.supersedes}" + (f": {summary}" if summary else "")
        if d.kind == "chat_action" and d.target_kind is not None:
            target = f"chat action on {d.target_kind} {d.target_id}"
            if d.duration_s is not None:
                target += f" for {d.duration_s} s"
            summary = target + (f": {summary}" if summary else "")
        events.append(
            (
                d.decided_at,
                d.server_seq,
                contract.ChainEvent(
                    kind=_event_kind(d),
                    at=d.decided_at,
                    actor=rec.moderator,
                    decision_id=d.decision_id,
                    action=d.action,
                    policy_codes=rec.policy_codes,
                    summary=summary,
                ),
            )
        )
    for r in qa:
        events.append(
            (
                r.reviewed_at,
                0,
                contract.ChainEvent(
                    kind="qa_verdict",
                    at=r.reviewed_at,
                    actor=r.qa_reviewer,
                    decision_id=r.decision_id,
                    action=r.qa_action,
                    policy_codes=r.qa_policy_codes,
                    summary=f"{r.verdict}" + (f": {r.qa_note[:200]}" if r.qa_note else ""),
                ),
            )
        )
        if r.disputed_at is not None:
            events.append(
                (
                    r.disputed_at,
                    0,
                    contract.ChainEvent(
                        kind="dispute",
                        at=r.disputed_at,
                        actor=r.moderator,
                        decision_id=r.decision_id,
                        summary=r.dispute_note[:200],
                    ),
                )
            )
        if r.resolved_at is not None:
            events.append(
                (
                    r.resolved_at,
                    0,
                    contract.ChainEvent(
                        kind="dispute_resolution",
                        at=r.resolved_at,
                        actor=r.resolved_by or "",
                        decision_id=r.decision_id,
                        summary=r.dispute_status
                        + (f": {r.resolution_note[:200]}" if r.resolution_note else ""),
                    ),
                )
            )
    events.sort(key=lambda e: (e[0], e[1]))
    handle, title = _handles(session, {case_id}).get(case_id, ("", ""))
    return contract.DecisionChain(
        case_id=case.case_id,
        queue=case.queue,
        status=case.status,
        streamer_handle=handle,
        stream_title=title,
        escalation_reason=case.escalation_reason,
        escalation_note=case.escalation_note,
        current_decision=case.current_decision,
        decisions=decisions,
        qa_results=qa,
        events=[e for _at, _seq, e in events],
    )


# --- audit chains ------------------------------------------------------------------------------


@router.get(
    "/audit/chains/{username}", response_model=contract.AuditChainReport, responses=_PROBLEMS
)
def chain_report(
    principal: CurrentUser,
    session: DbSession,
    username: str = Path(max_length=100),
    seq: Annotated[int | None, Query(ge=0, le=contract.MAX_SEQ)] = None,
    head: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$")] = None,
) -> contract.AuditChainReport:
    """The chain heads this user's client sent (per upload and per decision) against the
    stored decisions: gaps, edits, a missing tail, a regressed head."""
    if (seq is None) != (head is None):
        raise ApiError(400, "bad_request", "Give both seq and head, or neither.")
    user = user_by_name(session, principal, username)
    stored = []
    for d in session.scalars(
        select(Decision).where(Decision.user_id == user.user_id).order_by(Decision.server_seq)
    ):
        stored.append(
            audit_chain.StoredDecision(
                decision_id=d.decision_id,
                server_seq=d.server_seq,
                device_id=d.device_id,
                audit_seq=d.audit_seq,
                audit_hash=d.audit_hash,
                content_hash=d.content_hash,
                wire={
                    "decision_id": d.decision_id,
                    "case_id": d.case_id,
                    "action": d.action,
                    "policy_codes": decode_codes(d.policy_codes),
                    "note": d.note,
                    "escalation_reason": d.escalation_reason,
                    "supersedes": d.supersedes,
                    "policy_version": d.policy_version,
                    "handle_time_ms": d.handle_time_ms,
                    "decided_at": d.decided_at,
                    "audit_seq": d.audit_seq,
                    "audit_hash": d.audit_hash,
                    **_chat_fields(d),
                },
            )
        )
    uploads = [
        audit_chain.StoredUpload(
            upload_id=u.id,
            device_id=u.device_id,
            sent_at=u.sent_at,
            received_at=u.received_at,
            chain_seq=u.chain_seq,
            chain_head=u.chain_head,
            item_count=u.item_count,
        )
        for u in session.scalars(
            select(Upload).where(Upload.user_id == user.user_id).order_by(Upload.id)
        )
    ]
    acks = session.scalar(select(func.count()).select_from(Ack).where(Ack.user_id == user.user_id))
    notes = [
        audit_chain.DeskNote(
            device_id=n.device_id,
            audit_seq=n.audit_seq,
            kind=n.kind,
            decision_id=n.decision_id,
            audit_hash=n.audit_hash,
        )
        for n in session.scalars(
            select(DeskChainNote)
            .where(DeskChainNote.user_id == user.user_id)
            .order_by(DeskChainNote.device_id, DeskChainNote.audit_seq)
        )
    ]
    return audit_chain.build_report(
        user.username,
        user.chain_seq,
        user.chain_head,
        stored,
        uploads,
        int(acks or 0),
        now_utc(),
        claim=(seq, head) if seq is not None and head is not None else None,
        notes=notes,
    )


@router.post(
    "/desk/held",
    response_model=contract.DeskHeldResponse,
    responses={413: {"model": contract.Problem}, 422: {"model": contract.Problem}},
)
def report_held(
    principal: CurrentUser, session: DbSession, body: contract.DeskHeldReport
) -> contract.DeskHeldResponse:
    """The caller's desk says which seqs it keeps out of its uploaded chain: decisions it
    holds after repeated refusals, and the recovery link of a rebuilt store. The report
    replaces that device's last one, so the chain check shows "held on the desk" (or
    "recovery") instead of a gap; once a held decision arrives, the stored one wins."""
    user_id = principal.user.user_id
    now = now_utc()
    rows: dict[int, DeskChainNote] = {}
    for r in body.recoveries:
        rows[r.audit_seq] = DeskChainNote(
            user_id=user_id,
            device_id=body.device_id,
            audit_seq=r.audit_seq,
            kind="recovery",
            decision_id="",
            audit_hash=r.audit_hash,
            reported_at=now,
        )
    for h in body.held:
        rows[h.audit_seq] = DeskChainNote(
            user_id=user_id,
            device_id=body.device_id,
            audit_seq=h.audit_seq,
            kind="held",
            decision_id=h.decision_id,
            audit_hash=h.audit_hash,
            reported_at=now,
        )
    session.execute(
        delete(DeskChainNote).where(
            DeskChainNote.user_id == user_id, DeskChainNote.device_id == body.device_id
        )
    )
    session.add_all(rows.values())
    session.commit()
    return contract.DeskHeldResponse(
        held=len(body.held), recoveries=len(body.recoveries), server_time=now
    )


# --- urgent guidelines -------------------------------------------------------------------------


def _in_scope(principal: Principal, users: Sequence[User]) -> list[User]:
    if principal.role == "admin":
        return list(users)
    return [u for u in users if u.team == principal.user.team]


def _published(
    session: Session,
    principal: Principal,
    row: AnnouncementRow,
    target: tuple[str, str],
    acked: set[str] | None = None,
) -> contract.PublishedAnnouncement:
    people = _in_scope(principal, audience_of.audience(session, target))
    if acked is None:
        acked = set(
            session.scalars(select(Ack.user_id).where(Ack.announcement_id == row.announcement_id))
        )
    publisher = session.scalar(
        select(User.username)
        .join(AnnouncementTargetRow, AnnouncementTargetRow.published_by == User.user_id)
        .where(AnnouncementTargetRow.announcement_id == row.announcement_id)
    )
    return contract.PublishedAnnouncement(
        announcement=contract.Announcement(
            id=row.announcement_id,
            title=row.title,
            body=row.body,
            severity=row.severity,
            published_at=row.published_at,
            policy_version=row.policy_version,
            requires_ack=row.requires_ack,
            acknowledged=principal.user.user_id in acked,
        ),
        target=target[0],
        target_value=target[1],
        published_by=publisher or "",
        targeted=len(people),
        acknowledged=sum(1 for u in people if u.user_id in acked),
    )


@router.post("/announcements", response_model=contract.PublishedAnnouncement, responses=_PROBLEMS)
def publish_announcement(
    principal: CurrentUser, session: DbSession, state: State, body: contract.AnnouncementCreate
) -> contract.PublishedAnnouncement:
    """A lead or admin publishes a guideline; it reaches its audience with the next
    ``GET /v1/policies``."""
    require_role(principal, "lead", "admin")
    value = body.target_value.strip()
    if body.target == "vendor" and session.scalar(
        select(func.count()).select_from(User).where(User.vendor == value)
    ) in (None, 0):
        raise ApiError(422, "validation", f"No vendor {value!r}.")
    if body.target == "queue" and session.get(Queue, value) is None:
        raise ApiError(422, "validation", f"No queue {value!r}.")
    now = now_utc()
    row = AnnouncementRow(
        announcement_id="ann-" + uuid.uuid4().hex[:20],
        title=body.title,
        body=body.body,
        severity=body.severity,
        published_at=now,
        policy_version=state.meta("policy_version", policies.POLICY_VERSION),
        requires_ack=body.requires_ack,
    )
    session.add(row)
    session.add(
        AnnouncementTargetRow(
            announcement_id=row.announcement_id,
            target=body.target,
            target_value=value,
            published_by=principal.user.user_id,
            created_at=now,
        )
    )
    session.commit()
    return _published(session, principal, row, (body.target, value), acked=set())


@router.get(
    "/announcements", response_model=contract.PublishedAnnouncementList, responses=_PROBLEMS
)
def list_announcements(
    principal: CurrentUser, session: DbSession
) -> contract.PublishedAnnouncementList:
    """Every announcement, newest first, with target and ack counts (lead: over the team)."""
    require_role(principal, "lead", "admin")
    known = audience_of.targets(session)
    acks: dict[str, set[str]] = defaultdict(set)
    for ann_id, user_id in session.execute(select(Ack.announcement_id, Ack.user_id)):
        acks[ann_id].add(user_id)
    rows = session.scalars(select(AnnouncementRow).order_by(AnnouncementRow.published_at.desc()))
    return contract.PublishedAnnouncementList(
        items=[
            _published(
                session,
                principal,
                r,
                known.get(r.announcement_id, audience_of.ALL),
                acked=acks.get(r.announcement_id, set()),
            )
            for r in rows
        ]
    )


@router.get(
    "/announcements/{announcement_id}/acks", response_model=contract.AckTable, responses=_PROBLEMS
)
def ack_table(
    principal: CurrentUser, session: DbSession, announcement_id: str = Path(max_length=64)
) -> contract.AckTable:
    """Each targeted user in the caller's scope, acknowledged or not (not yet first)."""
    require_role(principal, "lead", "admin")
    row = one_or_404(session.get(AnnouncementRow, announcement_id), "No such announcement.")
    target = audience_of.targets(session, [announcement_id]).get(announcement_id, audience_of.ALL)
    people = _in_scope(principal, audience_of.audience(session, target))
    when = {
        user_id: at
        for user_id, at in session.execute(
            select(Ack.user_id, Ack.acknowledged_at).where(Ack.announcement_id == announcement_id)
        )
    }
    table = [
        contract.AckRow(
            username=u.username,
            display_name=u.display_name,
            role=u.role,
            team=u.team,
            vendor=u.vendor,
            acknowledged=u.user_id in when,
            acknowledged_at=when.get(u.user_id),
        )
        for u in people
    ]
    table.sort(key=lambda r: (r.acknowledged, r.username))
    return contract.AckTable(
        announcement_id=row.announcement_id,
        title=row.title,
        target=target[0],
        target_value=target[1],
        published_at=row.published_at,
        targeted=len(table),
        acknowledged=sum(1 for r in table if r.acknowledged),
        rows=table,
    )
