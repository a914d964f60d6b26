"""Following the case on screen: long-polls on threads of their own, never in the sync step.

:class:`FollowThread` follows one case at a time (:meth:`FollowThread.follow`). Each target
gets a plain worker thread with its own :class:`~reviewer.client.transport.ApiClient` (so
a 25 s hold never waits behind, or holds up, the sync engine's requests); retargeting
tells the old worker to stop and starts a new one at once, so the new case is followed
without waiting out the old hold. A worker asks ``follow_case`` (its own deadline and byte
cap), then fetches what the answer names: the chat page from its cursor (parsed here) and
the new snapshots' bytes into the content cache, writes the news into the local store
(:func:`reviewer.follow.keep_followed`: the pages into the cache, the merged detail into
the store file, on a connection of its own), and only then hands a
:class:`reviewer.follow.FollowBatch` to the GUI thread. A failure (offline, the service
down) reports "not following" and the worker tries again after a backoff
(:func:`reviewer.follow.backoff_s`) until it succeeds or is stopped.

Results cross to the GUI thread only through signals, carried by one long-lived hub (a
worker may outlive the window for the rest of its hold; it then emits to the hub, which
drops results of followers that have stopped).
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from reviewer import contract
from reviewer.chat import ChatColumns
from reviewer.follow import FollowBatch, backoff_s, keep_followed
from reviewer.store.decisions import Store, StoreError
from ui.case.follow import apply_batch

if TYPE_CHECKING:
    from reviewer.client.transport import ApiClient
    from reviewer.store.cache import ContentCache
    from ui.case.screen import CaseView
    from ui.desk.controller import ReviewController

log = logging.getLogger(__name__)

#: pages read after one follow answer at most (a burst larger than this comes next time
#: through the ordinary reads)
MAX_FOLLOW_PAGES = 8


class _Hub(QObject):
    """Created on the GUI thread, kept for the life of the process: workers emit here."""

    batch = Signal(int, FollowBatch)
    state = Signal(int, str, bool)


_HUB: _Hub | None = None
_IDS = itertools.count(1)


def _hub() -> _Hub:
    global _HUB
    if _HUB is None:
        _HUB = _Hub()
    return _HUB


class _Worker:
    """Follows one case until stopped; runs on its own daemon thread."""

    def __init__(
        self,
        owner: int,
        case_id: str,
        version: int,
        *,
        api_factory: Callable[[], ApiClient],
        cache: ContentCache | None,
        hold_s: float,
        store_path: Path | None = None,
    ) -> None:
        self.owner = owner
        self.case_id = case_id
        self.version = version
        self._api_factory = api_factory
        self._cache = cache
        self._hold_s = hold_s
        self._store_path = store_path
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"follow {case_id}", daemon=True)

    def stop(self) -> None:
        self.stopped.set()

    def _emit_state(self, ok: bool) -> None:
        if not self.stopped.is_set():
            _hub().state.emit(self.owner, self.case_id, ok)

    def _run(self) -> None:
        api: ApiClient | None = None
        failures = 0
        reported: bool | None = None
        first = True
        try:
            while not self.stopped.is_set():
                try:
                    if api is None:
                        api = self._api_factory()
                    batch = self._once(api, first)
                    first = False
                except Exception as exc:  # offline, the service down, a broken answer
                    log.info("following %s failed: %s", self.case_id, exc)
                    failures += 1
                    if reported is not False:
                        reported = False
                        self._emit_state(False)
                    self.stopped.wait(backoff_s(failures))
                    continue
                failures = 0
                if reported is not True:
                    reported = True
                    self._emit_state(True)
                if batch is not None and not self.stopped.is_set():
                    _hub().batch.emit(self.owner, batch)
        finally:
            if api is not None:
                api.close()

    def _once(self, api: ApiClient, first: bool) -> FollowBatch | None:
        # The first ask does not hold: a case prepared ahead is brought up to date at once
        # when it comes on screen (what changed since its detail was fetched), then it holds.
        update = api.follow_case(self.case_id, self.version, 0.0 if first else self._hold_s)
        if not update.changed or self.stopped.is_set():
            return None
        raws, chat = self._chat(api, update)
        if self._cache is not None:
            for shot in update.new_snapshots:
                if self._cache.media_path(shot.sha256) is None:
                    self._cache.put_media(shot.sha256, api.media(shot.sha256))
        self._keep(update, raws)
        self.version = update.version
        return FollowBatch(self.case_id, update, chat)

    def _keep(self, update: contract.FollowUpdate, raws: list[bytes]) -> None:
        """Write the answer into the local store before the desk shows it (a connection of
        this thread's own, a background writer: a decision never waits behind it). A
        failure here is logged; the desk still shows the news."""
        if self._store_path is None or self.stopped.is_set():
            return  # stopped: signed out, the content may be gone
        try:
            with Store.open(self._store_path, background=True) as store:
                keep_followed(store, self._cache, update, raws)
        except (StoreError, OSError, ValueError, sqlite3.Error) as exc:
            log.warning("following %s: the news was not stored (%s)", self.case_id, exc)

    def _chat(
        self, api: ApiClient, update: contract.FollowUpdate
    ) -> tuple[list[bytes], ChatColumns | None]:
        """The new messages: the raw pages and one page (pages joined), from the answer's
        cursor."""
        cursor, want = update.chat_cursor, update.new_chat_count
        pages: list[ChatColumns] = []
        raws: list[bytes] = []
        got = 0
        while cursor and got < want and len(pages) < MAX_FOLLOW_PAGES:
            limit = max(1, min(contract.MAX_CHAT_PAGE, want - got))
            raw, page = api.chat_page_raw(self.case_id, cursor, limit)
            if not len(page):
                break
            pages.append(page)
            raws.append(raw)
            got += len(page)
            cursor = page.next_cursor
        if not pages:
            return raws, None
        return raws, _joined(pages)


def _joined(pages: list[ChatColumns]) -> ChatColumns:
    if len(pages) == 1:
        return pages[0]
    first = pages[0]
    created: list[int] | None = []
    for p in pages:
        if p.account_created_ms is None or created is None:
            created = None
        else:
            created.extend(p.account_created_ms)
    return ChatColumns(
        case_id=first.case_id,
        total=max(p.total for p in pages),
        start=first.start,
        ids=[v for p in pages for v in p.ids],
        offset_ms=[v for p in pages for v in p.offset_ms],
        user_ids=[v for p in pages for v in p.user_ids],
        usernames=[v for p in pages for v in p.usernames],
        texts=[v for p in pages for v in p.texts],
        flagged=[v for p in pages for v in p.flagged],
        next_cursor=pages[-1].next_cursor,
        account_created_ms=created,
    )


class FollowThread(QObject):
    """Follows the case on screen; see the module docstring.

    Signals (on the GUI thread): ``batch(FollowBatch)`` when the followed case changed (the
    new snapshots already in the cache); ``following(str, bool)``: the case id and whether
    following it works (False once a follow failed, True again when one answered).
    """

    batch = Signal(FollowBatch)
    following = Signal(str, bool)

    def __init__(
        self,
        *,
        api_factory: Callable[[], ApiClient],
        cache: ContentCache | None,
        hold_s: float = contract.FOLLOW_HOLD_SECONDS,
        store_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._id = next(_IDS)
        self._api_factory = api_factory
        self._cache = cache
        self._store_path = store_path
        self.hold_s = hold_s
        self._worker: _Worker | None = None
        self._old: list[_Worker] = []
        hub = _hub()
        hub.batch.connect(self._on_batch)
        hub.state.connect(self._on_state)
        self._connected = True

    def target(self) -> str | None:
        """The case followed now (None: none)."""
        return self._worker.case_id if self._worker is not None else None

    def follow(self, case_id: str | None, version: int = 0) -> None:
        """Follow ``case_id`` from its live ``version`` (None: stop following). The same
        case again keeps its worker (and the version it reached)."""
        worker = self._worker
        if worker is not None and worker.case_id == case_id:
            return
        if worker is not None:
            worker.stop()
            self._old.append(worker)
        self._old = [w for w in self._old if w.thread.is_alive()]
        self._worker = None
        if case_id is None:
            return
        self._worker = _Worker(
            self._id,
            case_id,
            version,
            api_factory=self._api_factory,
            cache=self._cache,
            hold_s=self.hold_s,
            store_path=self._store_path,
        )
        self._worker.thread.start()

    def stop(self) -> None:
        """Stop following (sign-out, close): no batch is delivered after this. A worker in
        the middle of a hold ends when it returns; nothing waits for it."""
        self.follow(None)
        if not self._connected:
            return  # stopped before (sign-out, then close)
        self._connected = False
        hub = _hub()
        hub.batch.disconnect(self._on_batch)
        hub.state.disconnect(self._on_state)

    def running_workers(self) -> int:
        """Worker threads still alive (tests wait for zero after :meth:`stop`)."""
        workers = [*self._old, *([self._worker] if self._worker else [])]
        return sum(1 for w in workers if w.thread.is_alive())

    @Slot(int, FollowBatch)
    def _on_batch(self, owner: int, batch: FollowBatch) -> None:
        worker = self._worker
        if owner == self._id and worker is not None and worker.case_id == batch.case_id:
            self.batch.emit(batch)

    @Slot(int, str, bool)
    def _on_state(self, owner: int, case_id: str, ok: bool) -> None:
        worker = self._worker
        if owner == self._id and worker is not None and worker.case_id == case_id:
            self.following.emit(case_id, ok)


class Following(QObject):
    """The desk's following: the case the controller shows is followed, its batches are
    applied to the case view on screen (``view_on_screen``, the one function the screen
    gives) and the controller holds the merged detail (so a decision is judged by the
    stream as it stands). An ended stream is no longer followed."""

    def __init__(
        self,
        controller: ReviewController,
        view_on_screen: Callable[[], CaseView],
        *,
        api_factory: Callable[[], ApiClient],
        cache: ContentCache | None,
        hold_s: float = contract.FOLLOW_HOLD_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view = view_on_screen
        # what following brings is written into the store file the controller reads
        self.follower = FollowThread(
            api_factory=api_factory,
            cache=cache,
            hold_s=hold_s,
            store_path=controller.store.path,
            parent=self,
        )
        self.follower.batch.connect(self._on_batch)
        self.follower.following.connect(self._on_following)
        controller.caseShown.connect(self._on_case_shown)

    def stop(self) -> None:
        """Sign-out or close: follow nothing more."""
        self.follower.stop()

    def _on_case_shown(self, case_id: str) -> None:
        current = self._controller.current
        if not case_id or current is None or current.case_id != case_id:
            self.follower.follow(None)
            return
        if not current.detail.stream.is_live:
            self.follower.follow(None)
            return
        self.follower.follow(case_id, current.detail.live_version)

    def _on_batch(self, batch: FollowBatch) -> None:
        current = self._controller.current
        view = self._view()
        if current is None or current.case_id != batch.case_id or view.case_id() != batch.case_id:
            return
        merged = apply_batch(view, current.detail, batch)
        self._controller.live_changed(merged)
        if not merged.stream.is_live:
            self.follower.follow(None)  # ended: nothing more will come

    def _on_following(self, case_id: str, ok: bool) -> None:
        view = self._view()
        if view.case_id() == case_id:
            view.header.set_following(ok)
