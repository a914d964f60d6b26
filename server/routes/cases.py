"""Case detail, columnar chat pages and content-addressed media.

A reviewer sees a case only while or after holding its lease; leads and admins
see every case. Anything else is a 404, so case ids do not leak.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.models import Case, CaseLease, CaseSnapshot, ChatMessage, Media, User
from server.problems import ApiError
from server.security import CurrentUser, DbSession, Principal, now_utc

router = APIRouter(prefix=contract.API_PREFIX, tags=["cases"])

_CASE_PROBLEMS: dict[int | str, dict[str, Any]] = {404: {"model": contract.Problem}}
# private: the bytes are served only to users allowed to see the case, so a shared proxy must
# not keep them for anyone else; immutable: the name is the sha256 of the bytes.
IMMUTABLE = "private, max-age=31536000, immutable"
ESCALATION_QUEUE = "escalations"


def encode_cursor(kind: str, position: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{position}".encode()).rstrip(b"=").decode()


def decode_cursor(kind: str, cursor: str) -> int:
    """Opaque cursors are base64 of 'kind:position'; anything else is a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        got_kind, _, pos = raw.partition(":")
        value = int(pos)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "The cursor is not valid here.") from None
    if got_kind != kind or value < 0:
        raise ApiError(400, "bad_request", "The cursor is not valid here.")
    return value


def can_see_case(session: DbSession, principal: Principal, case_id: str) -> bool:
    """Admin: every case. Lead: cases someone in their team held, and the escalation queue
    they work. Everyone else: only cases leased to them at some point."""
    if principal.role == "admin":
        return True
    me = principal.user
    holder: ColumnElement[bool]
    if principal.role == "lead":
        if session.scalar(select(Case.queue).where(Case.case_id == case_id)) == ESCALATION_QUEUE:
            return True
        held_by = select(User.user_id).where(User.team == me.team)
        holder = CaseLease.user_id.in_(held_by)
    else:
        holder = CaseLease.user_id == me.user_id
    return bool(session.scalar(select(exists().where(CaseLease.case_id == case_id, holder))))


def _visible_case(session: DbSession, principal: Principal, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None or not can_see_case(session, principal, case_id):
        raise ApiError(404, "not_found", "No such case for you.")
    return case


def case_status(case: Case) -> str:
    if case.status in ("open", "escalated") and case.lease_holder is not None:
        expires = case.lease_expires_at
        if expires is not None and expires > now_utc():
            return "leased"
    return case.status


def case_detail(session: Session, case: Case) -> contract.CaseDetail:
    """The wire form of a stored case (the calibration items reuse it, blinded)."""
    snaps = session.scalars(
        select(CaseSnapshot)
        .where(CaseSnapshot.case_id == case.case_id)
        .order_by(CaseSnapshot.position)
    )
    return contract.CaseDetail(
        case_id=case.case_id,
        queue=case.queue,
        status=case_status(case),
        created_at=case.created_at,
        stream=contract.StreamInfo.model_validate(json.loads(case.stream_json)),
        streamer=contract.StreamerInfo.model_validate(json.loads(case.streamer_json)),
        reports=[contract.ReportInfo.model_validate(r) for r in json.loads(case.reports_json)],
        prior_enforcement=[
            contract.PriorEnforcement.model_validate(p) for p in json.loads(case.prior_json)
        ],
        snapshots=[
            contract.Snapshot(
                sha256=s.sha256,
                offset_seconds=s.offset_seconds,
                captured_at=s.captured_at,
                width=s.width,
                height=s.height,
                content_type=s.content_type,
                size_bytes=s.size_bytes,
                labels=[
                    contract.SensitivityLabel.model_validate(x) for x in json.loads(s.labels_json)
                ],
            )
            for s in snaps
        ],
        chat_count=case.chat_count,
        escalation_reason=case.escalation_reason,
        escalation_note=case.escalation_note,
    )


@router.get("/cases/{case_id}", response_model=contract.CaseDetail, responses=_CASE_PROBLEMS)
def get_case(
    principal: CurrentUser, session: DbSession, case_id: str = Path(max_length=64)
) -> contract.CaseDetail:
    return case_detail(session, _visible_case(session, principal, case_id))


@router.get("/cases/{case_id}/chat", response_model=contract.ChatPage, responses=_CASE_PROBLEMS)
def get_chat(
    principal: CurrentUser,
    session: DbSession,
    case_id: str = Path(max_length=64),
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_CHAT_PAGE)] = contract.MAX_CHAT_PAGE,
) -> Response:
    """One page of the chat log, one array per field; ``next_cursor`` until the end."""
    # Serialised straight from the rows: validating 5,000 x 6 values twice through
    # pydantic (return value, then response model) would cost more than the query.
    case = _visible_case(session, principal, case_id)
    start = decode_cursor("chat", cursor) if cursor else 0
    rows = session.execute(
        select(
            ChatMessage.idx,
            ChatMessage.offset_ms,
            ChatMessage.user_id,
            ChatMessage.username,
            ChatMessage.text,
            ChatMessage.flagged,
        )
        .where(ChatMessage.case_id == case_id, ChatMessage.idx >= start)
        .order_by(ChatMessage.idx)
        .limit(limit)
    ).all()
    idx, offsets, user_ids, usernames, texts, flagged = (
        (list(col) for col in zip(*rows, strict=True)) if rows else ([] for _ in range(6))
    )
    end = start + len(rows)
    page = {
        "case_id": case_id,
        "total": case.chat_count,
        "start": start,
        "ids": [f"{case_id}:{i}" for i in idx],
        "offset_ms": offsets,
        "user_ids": user_ids,
        "usernames": usernames,
        "texts": texts,
        "flagged": [bool(f) for f in flagged],
        "next_cursor": encode_cursor("chat", end) if rows and end < case.chat_count else None,
    }
    body = json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(content=body, media_type="application/json")


@router.get(
    "/media/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {}}, "description": "The snapshot bytes"},
        304: {"description": "Not modified"},
        404: {"model": contract.Problem},
    },
)
def get_media(
    request: Request,
    principal: CurrentUser,
    session: DbSession,
    sha256: str = Path(pattern=r"^[0-9a-f]{64}$"),
) -> Response:
    """Snapshot bytes by content hash: immutable, so the client caches them for good.

    Visible to whoever may see a case that shows them (see :func:`can_see_case`)."""
    if principal.role == "lead":
        cases = session.scalars(
            select(CaseSnapshot.case_id).where(CaseSnapshot.sha256 == sha256).distinct()
        )
        if not any(can_see_case(session, principal, case_id) for case_id in cases):
            raise ApiError(404, "not_found", "No such media for you.")
    elif principal.role != "admin":
        allowed = session.scalar(
            select(
                exists().where(
                    CaseSnapshot.sha256 == sha256,
                    CaseLease.case_id == CaseSnapshot.case_id,
                    CaseLease.user_id == principal.user.user_id,
                )
            )
        )
        if not allowed:
            raise ApiError(404, "not_found", "No such media for you.")
    etag = f'"{sha256}"'
    headers = {"Cache-Control": IMMUTABLE, "ETag": etag}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    media = session.get(Media, sha256)
    if media is None:
        raise ApiError(404, "not_found", "No such media.")
    return Response(content=media.data, media_type=media.content_type, headers=headers)
