"""The sync thread: a QThread hosting reviewer.sync.SyncEngine.

It has its own SQLite connection and its own ApiClient (docs/design.md, "Threads"),
loops ``engine.step()``, sleeps until the engine's ``next_step_at`` and wakes
early when the GUI records a decision. The engine's rounds include the cache
housekeeping (finished cases, retention), so no file is unlinked on the GUI
thread. It talks to the GUI only through signals; the GUI talks to it only
through the lock-guarded methods below, and never waits for it at sign-out:
:meth:`SyncThread.request_sign_out` returns at once and ``finished`` follows.
A thread that misses its deadline is :meth:`SyncThread.abandon`-ed: it keeps
running unowned until its network call returns, and may touch nothing shared.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from reviewer.gil import keep_off_foreground_cpu
from reviewer.store.cache import CacheError, ContentCache, Housekeeping
from reviewer.store.decisions import Store
from reviewer.supervision import RestartPolicy, record_crash
from reviewer.sync import SyncReport

if TYPE_CHECKING:
    from reviewer.client.transport import ApiClient
    from reviewer.sync import SyncConfig

log = logging.getLogger(__name__)

#: never sleep longer than this between rounds (status bar freshness, lease countdown)
MAX_SLEEP_S = 5.0
#: store state key: releases (skips) asked for and not yet done on the service
PENDING_RELEASES_KEY = "pending_releases"
_OPEN_STATES = frozenset({"leased", "expired"})

Release = tuple[tuple[str, ...], str]


class CacheAbandoned(CacheError):
    """The cache was given up (its sync thread missed the sign-out deadline): the thread
    that still holds it may neither write nor remove files, so it ends at its next use."""


def pending_releases(store: Store) -> list[Release]:
    """Releases recorded in ``store`` whose cases are still leased here (a skip made offline
    survives a restart: the next sync thread sends it). Malformed state reads as none."""
    raw = store.get_state(PENDING_RELEASES_KEY)
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    out: list[Release] = []
    for item in data if isinstance(data, list) else []:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], str)):
            continue
        ids, reason = item
        if isinstance(ids, list) and all(isinstance(c, str) for c in ids):
            still = tuple(c for c in ids if store.case_state(c) in _OPEN_STATES)
            if still:
                out.append((still, reason))
    return out


def _save_releases(store: Store, releases: Sequence[Release]) -> None:
    store.set_state(PENDING_RELEASES_KEY, json.dumps([[list(ids), r] for ids, r in releases]))


class HoldingCache(ContentCache):
    """The content cache, except that a held case's files are not evicted yet.

    Sync evicts a decided case's content as soon as its decision has synced;
    during the undo grace window the case may come back on screen, so its files
    stay until :meth:`unhold` (then they go as sync asked). Unlinking files is slow I/O
    that the GUI thread must not do between a keystroke and the next case: ``unhold``
    only queues the eviction and the sync thread runs it (:meth:`flush_evictions`).
    """

    def __init__(self, root: Path) -> None:
        self._hold_lock = threading.Lock()
        self._held: set[str] = set()
        self._deferred: dict[str, list[str]] = {}
        self._ready: list[tuple[str, list[str]]] = []
        self._abandoned = False
        super().__init__(root)

    def abandon(self) -> None:
        """Refuse every later write, eviction and purge, and keep the crash marker: the content
        folder is shared with the next sign-in, whose start-up purge removes what is left."""
        with self._hold_lock:
            self._abandoned = True

    @property
    def abandoned(self) -> bool:
        with self._hold_lock:
            return self._abandoned

    def _check_live(self) -> None:
        if self.abandoned:
            raise CacheAbandoned("the content cache was given up at sign-out")

    def put_media(self, sha256: str, data: bytes) -> Path:
        self._check_live()
        return super().put_media(sha256, data)

    def put_chat_page(self, case_id: str, index: int, raw: bytes) -> Path:
        self._check_live()
        return super().put_chat_page(case_id, index, raw)

    def add_chat_page(self, case_id: str, raw: bytes) -> Path | None:
        self._check_live()
        return super().add_chat_page(case_id, raw)

    def purge_older_than(self, seconds: float, *, now: float | None = None) -> int:
        self._check_live()
        return super().purge_older_than(seconds, now=now)

    def close(self) -> None:
        if not self.abandoned:  # an abandoned cache keeps its marker: the next start purges
            super().close()

    def hold(self, case_id: str) -> None:
        with self._hold_lock:
            self._held.add(case_id)

    def unhold(self, case_id: str, *, evict: bool = True) -> None:
        """End the hold; ``evict`` queues the eviction sync asked for meanwhile (GUI thread:
        no file is touched here)."""
        with self._hold_lock:
            self._held.discard(case_id)
            media = self._deferred.pop(case_id, None)
            if media is not None and evict:
                self._ready.append((case_id, media))

    def flush_evictions(self) -> int:
        """Run the evictions :meth:`unhold` queued (sync thread); returns how many ran.
        A case held again meanwhile keeps its files until its next unhold."""
        with self._hold_lock:
            if self._abandoned:
                return 0
            ready, self._ready = self._ready, []
        done = 0
        for case_id, media in ready:
            with self._hold_lock:
                if case_id in self._held:
                    self._deferred[case_id] = media
                    continue
            try:
                super().evict_case(case_id, media)
            except OSError:  # a file that cannot go now goes with the next purge
                log.warning("could not evict the content of %s", case_id, exc_info=True)
                continue
            done += 1
        return done

    def held(self) -> set[str]:
        with self._hold_lock:
            return set(self._held)

    def end_holds(self) -> None:
        """The window is closing: no held case comes back on screen, so every eviction that
        waited for a hold is queued (the store already counts that content as gone; left
        here, its files would stay until the retention sweep)."""
        with self._hold_lock:
            self._held.clear()
            self._ready.extend(self._deferred.items())
            self._deferred.clear()

    def evict_case(self, case_id: str, media: Iterable[str]) -> None:
        self._check_live()
        with self._hold_lock:
            if case_id in self._held:
                self._deferred[case_id] = list(media)
                return
        super().evict_case(case_id, media)

    def purge_all(self) -> None:
        self._check_live()
        with self._hold_lock:
            self._held.clear()
            self._deferred.clear()
            self._ready.clear()
        super().purge_all()


#: threads given up at sign-out, kept alive (not owned by any window) until they end
_ABANDONED: set[SyncThread] = set()


#: at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts
#: the process; its store writes are transactions either way)
QUIT_WAIT_MS = 15_000


def abandoned_threads() -> int:
    """Sync threads given up at sign-out that are still running (tests wait for zero)."""
    return len(_ABANDONED)


def wait_for_abandoned() -> None:
    """Before the application quits: give the given-up threads a bounded time to end."""
    for thread in list(_ABANDONED):
        if not thread.wait(QUIT_WAIT_MS):
            log.warning("a sync thread given up at sign-out was still running at quit")


class SyncThread(QThread):
    """Runs the engine; see the module docstring.

    Signals (queued to the GUI thread): ``report(SyncReport)`` after every
    round, ``progress(phase, done, total)``, ``housekept(Housekeeping)`` after each
    cache housekeeping job (emitted on this thread, after the job), ``signedOut(SyncReport)``
    when :meth:`request_sign_out` has finished (the thread then ends: ``finished``),
    ``restarting(seconds)`` when the engine failed and is restarted after that backoff,
    ``crashed(str)`` when it failed too often (:class:`reviewer.supervision.RestartPolicy`)
    and the thread ended. Each failure is written to the crash log in ``log_dir``.
    """

    report = Signal(SyncReport)
    progress = Signal(str, int, int)
    housekept = Signal(Housekeeping)
    signedOut = Signal(SyncReport)
    crashed = Signal(str)
    #: the engine failed and restarts in this many seconds (the status bar counts down)
    restarting = Signal(float)

    def __init__(
        self,
        *,
        store_path: Path,
        cache: HoldingCache,
        owner: tuple[str, str] | None = None,
        api_factory: Callable[[], ApiClient],
        config: SyncConfig,
        log_dir: Path | None = None,
        restart_policy: RestartPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self._restart_policy = restart_policy or RestartPolicy()
        self.setObjectName("sync")
        self._store_path = store_path
        self._owner = owner
        self._cache = cache
        self._api_factory = api_factory
        self._config = config
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._stop = False
        self._sign_out = False
        self._queue: str | None = None
        self._releases: list[Release] = []
        self._durable: list[Release] = []  # written to the store: see pending_releases
        self._activity: datetime | None = None
        # what the controls gave the engine so far: a restarted engine gets it again
        self._given_queue: str | None = None
        self._given_activity: datetime | None = None
        self._reset_backoff = False
        self.steps = 0

    # -- thread-safe controls (called from the GUI thread) ------------------------------------

    def wake(self) -> None:
        """Run a round now (a decision was recorded, a case skipped, the user is back)."""
        self._wake.set()

    def note_activity(self) -> None:
        with self._lock:
            self._activity = datetime.now(UTC)

    def set_queue(self, queue: str) -> None:
        """Pull from ``queue``; an empty name stops pulling (pause)."""
        with self._lock:
            self._queue = queue
        self.wake()

    def release(self, case_ids: Sequence[str], reason: str = "") -> None:
        with self._lock:
            self._releases.append((tuple(case_ids), reason))
        self.wake()

    def retry_now(self) -> None:
        with self._lock:
            self._reset_backoff = True
        self.wake()

    def request_sign_out(self) -> None:
        """Last upload, release open cases, purge content; then ``signedOut`` and the end."""
        with self._lock:
            self._sign_out = True
        self.wake()

    def stop(self, timeout_ms: int = 15_000) -> bool:
        """Ask the loop to end and wait for it; returns True when it ended. Blocks: only for
        closing the application (sign-out waits for ``finished`` instead)."""
        with self._lock:
            self._stop = True
        self.wake()
        if not self.isRunning():
            return True
        return self.wait(timeout_ms)

    def abandon(self) -> None:
        """Give up on a thread that missed its deadline (stuck in a network call).

        Its cache refuses every later write and purge (the crash marker stays, so the next
        start purges), it stops at its next look at the controls, and it no longer belongs
        to the window: deleting the window must not destroy a running QThread. It is kept
        referenced until it ends (:func:`abandoned_threads`).
        """
        with self._lock:
            self._stop = True
        self._cache.abandon()
        self.wake()
        self.setParent(None)
        app = QCoreApplication.instance()
        if app is not None and not app.property("reviewerWaitsForAbandoned"):
            app.setProperty("reviewerWaitsForAbandoned", True)
            app.aboutToQuit.connect(wait_for_abandoned)
        _ABANDONED.add(self)
        self.finished.connect(self._forget)
        if self.isFinished():
            self._forget()

    def _forget(self) -> None:
        # Only dropped from the registry: the window may still hold this object, and a
        # finished QThread may be freed whenever its last reference goes.
        _ABANDONED.discard(self)

    # -- the loop (sync thread) ---------------------------------------------------------------

    def run(self) -> None:
        # decisions commit on the CPU this thread leaves free (reviewer.gil.foreground_write)
        keep_off_foreground_cpu()
        try:
            while not self._run_engine():
                pass
        finally:
            with self._lock:
                closing = self._stop or self._sign_out
            if closing:
                self._cache.end_holds()
            self._cache.flush_evictions()

    def _run_engine(self) -> bool:
        """One life of the engine; True when the thread should end (asked to, or it failed
        too often), False to restart it after the backoff."""
        from reviewer.sync import SyncEngine

        store: Store | None = None
        api: ApiClient | None = None
        try:
            store = Store.open(self._store_path, background=True)
            if self._owner is not None:
                store.claim(*self._owner)  # never upload a store's work with another's token
            api = self._api_factory()
            engine = SyncEngine(
                store,
                api,
                self._cache,
                self._config,
                on_progress=lambda phase, done, total: self.progress.emit(phase, done, total),
                on_housekeeping=self.housekept.emit,
            )
            # a restart after a crash: the queue the moderator chose and their last activity
            if self._given_queue is not None:
                engine.set_queue(self._given_queue)
            if self._given_activity is not None:
                engine.note_activity(self._given_activity)
            self._durable = pending_releases(store)  # skips a closed app had not sent yet
            for case_ids, reason in self._durable:
                engine.release(case_ids, reason)
            self._loop(engine)
            return True
        except CacheAbandoned:
            log.info("sync thread abandoned at sign-out: ended at its next cache use")
            return True
        except Exception as exc:  # the GUI must learn that sync stopped, and why
            log.exception("sync engine failed")
            delay = self._restart_policy.failed(time.monotonic())
            self._log_crash(exc, gave_up=delay is None)
            if delay is None:
                errors = self._restart_policy.restarts + 1
                self.crashed.emit(
                    QCoreApplication.translate(
                        "SyncThread",
                        "Sync stopped after %n error(s) in 10 minutes"
                        " (run “reviewer doctor” for details).",
                        "",
                        errors,
                    )
                )
                return True
            self.restarting.emit(delay)
            return not self._sleep_unless_asked(delay)
        finally:
            if api is not None:
                api.close()
            if store is not None:
                store.close()

    def _log_crash(self, exc: BaseException, *, gave_up: bool) -> None:
        if self._log_dir is None:
            return
        try:
            record_crash(self._log_dir, exc, gave_up=gave_up)
        except OSError:
            log.warning("could not write the sync crash log", exc_info=True)

    def _sleep_unless_asked(self, seconds: float) -> bool:
        """Wait out a restart's backoff; False when asked to stop meanwhile. A sign-out ends
        the wait early (True): the restarted engine does the sign-out round at once."""
        deadline = time.monotonic() + seconds
        while True:
            with self._lock:
                if self._stop:
                    return False
                if self._sign_out:
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                return True
            self._wake.wait(min(left, 0.5))
            self._wake.clear()

    def _apply_controls(self, engine: object) -> tuple[bool, bool]:
        from reviewer.sync import SyncEngine

        assert isinstance(engine, SyncEngine)
        with self._lock:
            stop, sign_out = self._stop, self._sign_out
            queue, self._queue = self._queue, None
            releases, self._releases = self._releases, []
            activity, self._activity = self._activity, None
            reset, self._reset_backoff = self._reset_backoff, False
        if queue is not None:
            self._given_queue = queue
            engine.set_queue(queue)
        if activity is not None:
            self._given_activity = activity
            engine.note_activity(activity)
        if releases:
            # durable before it is sent: a skip made offline outlives the app
            self._durable.extend(releases)
            _save_releases(engine.store, self._durable)
        for case_ids, reason in releases:
            engine.release(case_ids, reason)
        if reset or queue or releases:
            engine.reset_backoff()
        return stop, sign_out

    def _loop(self, engine: object) -> None:
        from reviewer.sync import SyncEngine

        assert isinstance(engine, SyncEngine)
        while True:
            self._wake.clear()
            self._cache.flush_evictions()  # file deletion queued by the GUI thread
            stop, sign_out = self._apply_controls(engine)
            if sign_out:
                self.signedOut.emit(engine.sign_out())
                return
            if stop:
                return
            report: SyncReport = engine.step()
            if self._durable:
                still = pending_releases(engine.store)
                if still != self._durable:
                    self._durable = still
                    _save_releases(engine.store, still)
            self.steps += 1
            self.report.emit(report)
            self._wake.wait(self._sleep_for(report))

    @staticmethod
    def _sleep_for(report: SyncReport) -> float:
        if report.next_step_at is None:
            return MAX_SLEEP_S
        delay = (report.next_step_at - datetime.now(UTC)).total_seconds()
        return max(0.0, min(MAX_SLEEP_S, delay))
