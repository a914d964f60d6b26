"""Following a live case, the pure half: what a follow answer changes in a case.

The desk's follow thread asks ``GET /v1/cases/{id}/follow`` for what changed after the
version it holds (:meth:`reviewer.client.transport.ApiClient.follow_case`); this module
merges an answer into the detail the desk shows (:func:`merge_update`), writes it into the
local store as the case's cached content (:func:`keep_followed`), holds the messages that
arrive before the chat log they join has loaded (:class:`ChatTail`), says how long to wait
after a failed follow (:func:`backoff_s`) and whether an action still makes sense for the
stream as it stands now (:func:`refusal`). No Qt, no network: the thread and the screen
call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.chat import ChatColumns
from reviewer.contract import CaseDetail, FollowUpdate

if TYPE_CHECKING:
    from reviewer.chat import ChatLog
    from reviewer.store.cache import ContentCache
    from reviewer.store.decisions import Store

__all__ = [
    "BACKOFF_MAX_S",
    "BACKOFF_START_S",
    "END_STREAM",
    "MAX_TAIL_MESSAGES",
    "ChatTail",
    "FollowBatch",
    "backoff_s",
    "keep_followed",
    "merge_update",
    "refusal",
]

#: the first wait after a failed follow, doubled per failure up to the cap
BACKOFF_START_S = 1.0
BACKOFF_MAX_S = 30.0
#: the case action that ends the stream (what an ended stream refuses)
END_STREAM = "end_stream"
#: followed messages a desk holds for a chat log still loading, at most
MAX_TAIL_MESSAGES = 50_000


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


class ChatTail:
    """Followed chat pages that reached the desk before the log they join: the case's
    cached log is still loading (a 200,000-message log takes a while), or a page starts past
    the log's end. :meth:`join` adds them, in order and each message once (by position), to
    the log when it arrives. Holds one case's pages at a time, at most ``limit`` messages
    (past it the oldest go: the ordinary reads still have them)."""

    def __init__(self, limit: int = MAX_TAIL_MESSAGES) -> None:
        self.limit = limit
        self.case_id = ""
        self._pages: list[ChatColumns] = []

    def keep(self, page: ChatColumns) -> None:
        """Hold ``page`` until its case's log arrives (another case's pages are dropped)."""
        if page.case_id != self.case_id:
            self.case_id, self._pages = page.case_id, []
        self._pages.append(page)
        held = sum(len(p) for p in self._pages)
        while len(self._pages) > 1 and held > self.limit:
            held -= len(self._pages.pop(0))

    def held(self) -> int:
        """Messages held (some may repeat what the log will hold)."""
        return sum(len(p) for p in self._pages)

    def join(self, log: ChatLog) -> int:
        """Add the held pages to ``log`` (of the same case) in the order of their positions,
        only the rows it lacks; pages after a gap stay held. Returns the rows added. A log
        of another case drops what is held."""
        if not self._pages:
            return 0
        if log.case_id != self.case_id:
            self.clear()
            return 0
        added = 0
        waiting: list[ChatColumns] = []
        for page in sorted(self._pages, key=lambda p: p.start):
            if page.start > len(log):
                waiting.append(page)
            else:
                added += log.join_page(page)
        self._pages = waiting
        return added

    def clear(self) -> None:
        self.case_id, self._pages = "", []


def keep_followed(
    store: Store, cache: ContentCache | None, update: FollowUpdate, pages: Sequence[bytes]
) -> bool:
    """Write one follow answer into the local store, as the case's prefetched content is:
    the chat pages it brought (raw, as the service sent them) after the case's cached
    pages, then its detail merged with the answer (snapshots, live state, viewers, version;
    the snapshots' bytes are already in the cache). A desk restarted offline, or the case
    reopened from the cache, then shows them; the chat's loader joins pages by position
    (:meth:`reviewer.chat.ChatLog.join_page`), so no message shows twice when the ordinary
    reads return the same ones. Returns False when the case holds no content any more
    (evicted, signed out): nothing is written then."""
    case_id = update.case_id
    if not store.holds_content(case_id):
        return False
    if cache is not None:
        for raw in pages:
            if cache.add_chat_page(case_id, raw) is None:
                return False
    return store.update_case_detail(case_id, lambda d: merge_update(d, update)) is not None


def refusal(action: str, detail: CaseDetail) -> str:
    """Why ``action`` no longer makes sense for the stream (a code; "" when it does):
    ``stream-ended`` for ending a stream that has ended."""
    if action == END_STREAM and not detail.stream.is_live:
        return "stream-ended"
    return ""
