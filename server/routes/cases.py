"""Case detail, columnar chat pages and content-addressed media.

A reviewer sees a case only while or after holding its lease, a lead the cases their team
held and the escalation queue, an admin every case. Anything else is a 404, so case ids do
not leak.

These are the routes a desk calls most (a case's detail, its 4-12 snapshots and its chat,
for every case it prefetches): :mod:`server.fastpath` calls these functions directly for
well-formed requests. They use prebuilt statements, and what can never change under its key
is served from the app's memory: snapshot bytes by sha256, and the fixed part of a case's
detail by (case id, content version), a version that every change to that part bumps
(``server.domain.case_content``). Who may see it, and the parts of a case that change as it
is worked, are read from the database on every request and laid over the cached part.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.chat_chunks import StoredChunk
from server.content import ContentCache
from server.cursors import decode_cursor
from server.db import read
from server.domain import labels, live
from server.domain.clock import now_utc
from server.domain.principal import Principal
from server.domain.queues import ESCALATION_QUEUE
from server.errors import ApiError
from server.models.core import Case, CaseLease, CaseSnapshot, User
from server.routes.chat_pages import chat_page_response
from server.routes.media import media_response
from server.security import CurrentUser, DbSession, State
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["cases"], route_class=SessionRoute)

_CASE_PROBLEMS: dict[int | str, dict[str, Any]] = {404: {"model": contract.Problem}}

# --- prebuilt statements (building one costs more than SQLite takes to answer it) ----------

_QUEUE_OF = select(Case.queue).where(Case.case_id == bindparam("case_id"))
_HELD_BY_USER = select(
    exists().where(CaseLease.case_id == bindparam("case_id"), CaseLease.user_id == bindparam("me"))
)
_HELD_BY_TEAM = select(
    exists().where(
        CaseLease.case_id == bindparam("case_id"),
        CaseLease.user_id.in_(select(User.user_id).where(User.team == bindparam("team"))),
    )
)
# what changes on a case (its lease, status, queue, escalation, chat count) and the version
# of its fixed part (the cache key): read on every request
_CASE_STATE = select(
    Case.queue,
    Case.status,
    Case.lease_holder,
    Case.lease_expires_at,
    Case.escalation_reason,
    Case.escalation_note,
    Case.chat_count,
    Case.content_version,
    Case.deadline,
    Case.reopened_from,
    Case.stream_live,
    Case.stream_ends_at,
    Case.viewers,
).where(Case.case_id == bindparam("case_id"))
_CONTENT_VERSION = select(Case.content_version).where(Case.case_id == bindparam("case_id"))
#: builds of a detail that met a concurrent change before one is served uncached
_CONTENT_TRIES = 3

#: the key of a case's fixed part in a worker's memory
CaseKey = tuple[str, int]
_SNAPSHOTS = (
    select(CaseSnapshot)
    .where(CaseSnapshot.case_id == bindparam("case_id"))
    .order_by(CaseSnapshot.position)
)
_CASES_SHOWING = (
    select(CaseSnapshot.case_id).where(CaseSnapshot.sha256 == bindparam("sha256")).distinct()
)
_MEDIA_LEASED_TO = select(
    exists().where(
        CaseSnapshot.sha256 == bindparam("sha256"),
        CaseLease.case_id == CaseSnapshot.case_id,
        CaseLease.user_id == bindparam("me"),
    )
)


def can_see_case(
    session: Session, principal: Principal, case_id: str, *, queue: str | None = None
) -> bool:
    """Admin: every case. Lead: cases someone in their team held, and the escalation queue
    they work. Everyone else: only cases leased to them at some point.

    ``queue``: the case's queue when the caller has just read it (saves a lookup)."""
    if principal.role == "admin":
        return True
    me = principal.user
    if principal.role == "lead":
        if queue is None:
            queue = read(session, _QUEUE_OF, {"case_id": case_id}).scalar()
        if queue == ESCALATION_QUEUE:
            return True
        held = read(session, _HELD_BY_TEAM, {"case_id": case_id, "team": me.team})
    else:
        held = read(session, _HELD_BY_USER, {"case_id": case_id, "me": me.user_id})
    return bool(held.scalar())


def visible_state(session: Session, principal: Principal, case_id: str) -> Any:
    """The case's changing columns, if the caller may see it; 404 otherwise."""
    row = read(session, _CASE_STATE, {"case_id": case_id}).first()
    if row is None or not can_see_case(session, principal, case_id, queue=row.queue):
        raise ApiError(404, "not_found", "No such case for you.")
    return row


def case_status(status: str, lease_holder: str | None, lease_expires_at: datetime | None) -> str:
    """'leased' while someone holds an unexpired lease on an open or escalated case."""
    if status not in ("open", "escalated") or lease_holder is None or lease_expires_at is None:
        return status
    return "leased" if lease_expires_at > now_utc() else status


def _content(session: Session, case: Case) -> contract.CaseDetail:
    """The fixed part of a stored case's wire form, as of ``case.content_version``: what only
    ``server.domain.case_content`` changes (bumping the version). The fields that change as
    the case is worked are filled here but overwritten per request (:func:`_with_state`)."""
    snaps = session.scalars(_SNAPSHOTS, {"case_id": case.case_id})
    return contract.CaseDetail(
        case_id=case.case_id,
        queue=case.queue,
        status=case_status(case.status, case.lease_holder, case.lease_expires_at),
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


def cached_content(
    session: Session, cache: ContentCache[CaseKey, contract.CaseDetail], case_id: str, version: int
) -> contract.CaseDetail:
    """The fixed part of a case at ``version`` (a version the caller has just read): from
    this worker's memory, else built from the database and kept under (case id, version).

    An entry can never go stale: a change to the fixed part bumps the version, so the next
    request asks for another key. A build is kept only when the version read after it is
    the one it was keyed by (on PostgreSQL each statement sees the latest commit, so a
    change between the case row and its snapshots would otherwise mix two versions);
    after a few such races the build is served without being kept."""
    kept = cache.get((case_id, version))
    if kept is not None:
        return kept
    built: contract.CaseDetail | None = None
    for _ in range(_CONTENT_TRIES):
        case = session.get(Case, case_id, populate_existing=True)
        assert case is not None  # cases are never deleted
        version = case.content_version
        built = _content(session, case)
        if read(session, _CONTENT_VERSION, {"case_id": case_id}).scalar() == version:
            size = len(case.stream_json) + len(case.streamer_json) + len(case.reports_json)
            cost = size + len(case.prior_json) + 300 * len(built.snapshots)
            cache.put((case_id, version), built, cost)
            return built
    assert built is not None
    return built


def _with_state(content: contract.CaseDetail, state: Any) -> contract.CaseDetail:
    """The cached fixed part with what changes as the case is worked, read on this request:
    its queue, status, escalation and chat count. Anything that moves without a content
    change (live state, viewer count, anything time-dependent) belongs here too, never in
    the cached part (:func:`_content`)."""
    return content.model_copy(
        update={
            "queue": state.queue,
            "status": case_status(state.status, state.lease_holder, state.lease_expires_at),
            "escalation_reason": state.escalation_reason,
            "escalation_note": state.escalation_note,
            "chat_count": state.chat_count,
        }
    )


def live_stream(content: contract.CaseDetail, state: Any) -> live.Stream:
    """The simulation's view of a case: its seeded content and its live columns."""
    return live.Stream(
        case_id=content.case_id,
        live_at_seed=bool(state.stream_live),
        started_at=content.stream.started_at,
        ends_at=state.stream_ends_at,
        viewers=int(state.viewers),
        seeded_snapshots=len(content.snapshots),
        seeded_chat=int(state.chat_count),
    )


def seeded_frames(content: contract.CaseDetail) -> list[live.SeededFrame]:
    return [live.SeededFrame(s.sha256, s.width, s.height, s.size_bytes) for s in content.snapshots]


def wire_snapshot(snap: live.NewSnapshot) -> contract.Snapshot:
    return contract.Snapshot(
        sha256=snap.sha256,
        offset_seconds=snap.offset_seconds,
        captured_at=snap.captured_at,
        width=snap.width,
        height=snap.height,
        size_bytes=snap.size_bytes,
    )


def with_live(
    content: contract.CaseDetail, state: Any, clock: live.LiveClock
) -> contract.CaseDetail:
    """The detail as of now: the stream's live state, viewers, snapshots and chat length
    from the simulation (never cached: only the seeded content is), deadline and reopen
    link from the case's row."""
    detail = _with_state(content, state)
    stream = live_stream(content, state)
    now = live.state_at(stream, clock.seeded_at, clock.at(now_utc()))
    added = live.new_snapshots(
        stream, clock.seeded_at, seeded_frames(content), stream.seeded_snapshots, now.snapshot_count
    )
    shown_stream = detail.stream
    if stream.live_at_seed:
        shown_stream = shown_stream.model_copy(
            update={"is_live": now.live, "viewer_count": now.viewers, "ended_at": now.ended_at}
        )
    return detail.model_copy(
        update={
            "stream": shown_stream,
            "snapshots": [*detail.snapshots, *(wire_snapshot(s) for s in added)],
            "chat_count": now.chat_count,
            "deadline": state.deadline,
            "reopened_from": state.reopened_from,
            "live_version": now.version,
        }
    )


def case_detail(
    session: Session, case: Case, cache: ContentCache[CaseKey, contract.CaseDetail]
) -> contract.CaseDetail:
    """The wire form of a stored case (the calibration items reuse it, blinded): the cached
    fixed part at the case's version, with its current state laid over it."""
    return _with_state(cached_content(session, cache, case.case_id, case.content_version), case)


@router.get("/cases/{case_id}", response_model=contract.CaseDetail, responses=_CASE_PROBLEMS)
def get_case(
    principal: CurrentUser, session: DbSession, state: State, case_id: str = Path(max_length=64)
) -> Response:
    # Serialised here: the response model would validate the whole detail again first.
    # The row that says who may see the case also carries the version of its fixed part:
    # a cache hit costs no query beyond it.
    row = visible_state(session, principal, case_id)
    content = cached_content(session, state.cases, case_id, row.content_version)
    detail = with_live(content, row, state.live_clock)
    # labels change without a content change: read on every request, never cached
    shown = labels.shown_labels(session, content.streamer.account_id, now_utc())
    if shown:
        detail = detail.model_copy(update={"account_labels": shown})
    body = detail.model_dump_json(by_alias=True)
    return Response(content=body, media_type="application/json")


@router.get("/cases/{case_id}/chat", response_model=contract.ChatPage, responses=_CASE_PROBLEMS)
def get_chat(
    principal: CurrentUser,
    session: DbSession,
    state: State,
    case_id: str = Path(max_length=64),
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=contract.MAX_CHAT_PAGE)] = contract.MAX_CHAT_PAGE,
) -> Response:
    """One page of the chat log, one array per field; ``next_cursor`` until the end. A live
    stream's chat grows: ``total`` is its length now, messages past the seeded ones come
    from the live simulation."""
    row = visible_state(session, principal, case_id)
    start = decode_cursor("chat", cursor) if cursor else 0
    if not row.stream_live:
        return chat_page_response(
            session, case_id, shown_as=case_id, total=row.chat_count, start=start, limit=limit
        )
    content = cached_content(session, state.cases, case_id, row.content_version)
    clock = state.live_clock
    stream = live_stream(content, row)
    total = live.state_at(stream, clock.seeded_at, clock.at(now_utc())).chat_count
    end = min(total, start + limit)
    extra = None
    if end > stream.seeded_chat:
        first = max(start, stream.seeded_chat)
        extra = StoredChunk(
            first_idx=first,
            count=end - first,
            fields=live.chat_fields(stream, clock.seeded_at, first, end),
            created=live.chat_account_created(stream, first, end),
        )
    return chat_page_response(
        session, case_id, shown_as=case_id, total=total, start=start, limit=limit, extra=extra
    )


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
        cases = read(session, _CASES_SHOWING, {"sha256": sha256}).scalars().all()
        if not any(can_see_case(session, principal, case_id) for case_id in cases):
            raise ApiError(404, "not_found", "No such media for you.")
    elif principal.role != "admin":
        me = principal.user.user_id
        if not read(session, _MEDIA_LEASED_TO, {"sha256": sha256, "me": me}).scalar():
            raise ApiError(404, "not_found", "No such media for you.")
    return media_response(request, session, sha256)
