"""Following a case's stream: a long-poll that answers what changed after a version.

The request reads the case (scope, seeded content, live columns) in a thread and ends its
transaction before it waits, so a waiting follower holds neither a connection nor a thread:
it waits on the worker's one ``FollowPoller`` (server.domain.follow), which looks at each
followed case once per interval. Everything it answers is in the case detail and the chat
pages as well (a desk that reconnects catches up with one GET).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from reviewer import contract
from server.cursors import encode_cursor
from server.domain import live
from server.domain.clock import now_utc
from server.domain.principal import Principal
from server.routes.cases import (
    cached_content,
    live_stream,
    seeded_frames,
    visible_state,
    wire_snapshot,
)
from server.security import CurrentUser, DbSession, State
from server.state import ServiceState, SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["cases"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {404: {"model": contract.Problem}}


def _read(
    session: Session, principal: Principal, state: ServiceState, case_id: str
) -> tuple[live.Stream, list[live.SeededFrame], live.LiveClock]:
    """What following needs, read once; the session's connection goes back before the wait."""
    try:
        row = visible_state(session, principal, case_id)
        content = cached_content(session, state.cases, case_id, row.content_version)
        return live_stream(content, row), seeded_frames(content), state.live_clock
    finally:
        session.close()


@router.get("/cases/{case_id}/follow", response_model=contract.FollowUpdate, responses=_PROBLEMS)
async def follow_case(
    principal: CurrentUser,
    session: DbSession,
    state: State,
    case_id: str = Path(max_length=64),
    after: Annotated[int, Query(ge=0, le=contract.MAX_SEQ)] = 0,
    hold: Annotated[
        float, Query(ge=0, le=contract.FOLLOW_HOLD_SECONDS)
    ] = contract.FOLLOW_HOLD_SECONDS,
) -> contract.FollowUpdate:
    """Wait up to ``hold`` seconds (at most 25, or the service's `--follow-max-hold`) for
    the stream's live version to pass
    ``after`` (the ``live_version`` of the case detail, or the ``version`` of the last
    answer), then answer what changed since: new snapshots, how many new chat messages and
    the chat page that starts with them, viewers, live or ended. ``changed`` is false when
    the hold ended first."""
    stream, frames, clock = await run_in_threadpool(_read, session, principal, state, case_id)
    seeded = clock.seeded_at

    def version() -> int:
        return live.state_at(stream, seeded, clock.at(now_utc())).version

    hold = min(hold, state.settings.follow_max_hold_seconds)  # the site's ceiling
    await state.follow.wait(case_id, after, version, hold)
    real_now = now_utc()
    now = live.state_at(stream, seeded, clock.at(real_now))
    then = live.state_at(stream, seeded, live.moment_of(stream, seeded, min(after, now.version)))
    added = live.new_snapshots(stream, seeded, frames, then.snapshot_count, now.snapshot_count)
    new_chat = max(0, now.chat_count - then.chat_count)
    return contract.FollowUpdate(
        case_id=case_id,
        version=now.version,
        changed=now.version > after,
        live=now.live,
        ended_at=now.ended_at,
        viewer_count=now.viewers,
        new_snapshots=[wire_snapshot(s) for s in added],
        chat_count=now.chat_count,
        new_chat_count=new_chat,
        chat_cursor=encode_cursor("chat", then.chat_count) if new_chat else None,
        server_time=real_now,
    )
