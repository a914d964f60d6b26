"""Following a live case, the pure half: what a follow answer changes in a case.

The desk's follow thread asks ``GET /v1/cases/{id}/follow`` for what changed after the
version it holds (:meth:`reviewer.client.transport.ApiClient.follow_case`); this module
merges an answer into the detail the desk shows (:func:`merge_update`), picks out of a
chat page the messages the log does not hold yet (:func:`new_rows`), says how long to wait
after a failed follow (:func:`backoff_s`) and whether an action still makes sense for the
stream as it stands now (:func:`refusal`). No Qt, no network: the thread and the screen
call these.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.chat import ChatColumns
from reviewer.contract import CaseDetail, FollowUpdate

__all__ = [
    "BACKOFF_MAX_S",
    "BACKOFF_START_S",
    "END_STREAM",
    "FollowBatch",
    "backoff_s",
    "merge_update",
    "new_rows",
    "page_from",
    "refusal",
]

#: the first wait after a failed follow, doubled per failure up to the cap
BACKOFF_START_S = 1.0
BACKOFF_MAX_S = 30.0
#: the case action that ends the stream (what an ended stream refuses)
END_STREAM = "end_stream"


@dataclass(frozen=True)
class FollowBatch:
    """What one follow answer brought, ready for the GUI thread: the answer, the chat page
    that starts at the first new message (parsed on the follow thread; None when no chat
    arrived) and the snapshots whose bytes are now in the content cache."""

    case_id: str
    update: FollowUpdate
    chat: ChatColumns | None = None


def backoff_s(failures: int) -> float:
    """How long to wait before following again after ``failures`` failures in a row:
    1, 2, 4, ... seconds, at most :data:`BACKOFF_MAX_S` (0 after a success)."""
    if failures <= 0:
        return 0.0
    return min(BACKOFF_MAX_S, BACKOFF_START_S * 2.0 ** min(failures - 1, 16))


def merge_update(detail: CaseDetail, update: FollowUpdate) -> CaseDetail:
    """``detail`` as of ``update``: live or ended, viewers, the new snapshots (each once, in
    order; a snapshot is its bytes at its moment), the chat's length and the live version.
    An answer about another case, or older than the detail, changes nothing."""
    if update.case_id != detail.case_id or update.version < detail.live_version:
        return detail
    # a stream may show the same picture twice (the same bytes, another moment): a
    # snapshot is its bytes at its moment
    known = {(s.sha256, s.offset_seconds) for s in detail.snapshots}
    added = []
    for shot in update.new_snapshots:
        if (shot.sha256, shot.offset_seconds) not in known:
            known.add((shot.sha256, shot.offset_seconds))
            added.append(shot)
    # model_copy: no validation and no serialisation round trip (the answer was validated)
    stream = detail.stream.model_copy(
        update={
            "is_live": update.live,
            "ended_at": None if update.live else (update.ended_at or detail.stream.ended_at),
            "viewer_count": update.viewer_count,
        }
    )
    return detail.model_copy(
        update={
            "stream": stream,
            "snapshots": [*detail.snapshots, *added],
            "chat_count": max(detail.chat_count, update.chat_count),
            "live_version": update.version,
        }
    )


def new_rows(page: ChatColumns, held: int) -> range:
    """The rows of ``page`` that come after the ``held`` messages a log holds (a page may
    start before the log's end when the first paging and following overlap). None when the
    page starts past the log's end: rows after a gap would sit at the wrong places."""
    if page.start > held:
        return range(0)
    first = held - page.start
    return range(min(first, len(page)), len(page))


def page_from(page: ChatColumns, first: int) -> ChatColumns:
    """``page`` without its first ``first`` rows."""
    created = page.account_created_ms
    return ChatColumns(
        case_id=page.case_id,
        total=page.total,
        start=page.start + first,
        ids=page.ids[first:],
        offset_ms=page.offset_ms[first:],
        user_ids=page.user_ids[first:],
        usernames=page.usernames[first:],
        texts=page.texts[first:],
        flagged=page.flagged[first:],
        next_cursor=page.next_cursor,
        account_created_ms=None if created is None else created[first:],
    )


def refusal(action: str, detail: CaseDetail) -> str:
    """Why ``action`` no longer makes sense for the stream (a code; "" when it does):
    ``stream-ended`` for ending a stream that has ended."""
    if action == END_STREAM and not detail.stream.is_live:
        return "stream-ended"
    return ""
