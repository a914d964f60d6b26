"""The sync engine: outbox, leases, prefetch and eviction, one round per ``step()``.

Pure Python with no threads of its own: the UI's sync ``QThread`` owns one
engine (with its own :class:`~reviewer.store.decisions.Store` connection and its own
:class:`~reviewer.client.transport.ApiClient`) and calls :meth:`SyncEngine.step` in a loop,
sleeping until ``report.next_step_at`` or until it is woken (a new decision, a
skip). Everything the UI needs to show comes back as a :class:`SyncReport` and
through the optional callbacks.

Rules kept here (docs/design.md, "The flow of one decision"):

* a decision leaves the outbox only on the service's answer; uploads resend
  each item's stored bytes verbatim, so a retry after a lost answer yields
  ``duplicate``, never a second decision;
* ``case_conflict``/``id_reused``/``rejected`` become durable problem rows;
* failures back off exponentially with jitter, and never sooner than a
  ``Retry-After``;
* leases are renewed only while the moderator was active recently, so an idle
  workstation lets its cases go back to the queue.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import shutil
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import ParamSpec, TypeVar

from reviewer import contract
from reviewer.client.errors import (
    AccountDisabled,
    ApiError,
    AuthExpired,
    BadResponse,
    ClientTooOld,
    Conflict,
    NotFound,
    Offline,
    RateLimited,
    ServerError,
    TlsError,
    ValidationRejected,
)
from reviewer.client.transport import ApiClient, encode_body
from reviewer.store.cache import (
    ContentCache,
    Housekeeping,
    evict_finished,
    housekeeping,
    sign_out_purge,
)
from reviewer.store.decisions import Store, StoreWriteError
from reviewer.store.rows import OutboxItem

log = logging.getLogger(__name__)

T = TypeVar("T")
P = ParamSpec("P")

#: results applied per store transaction (a lookup by primary key and two executemany
#: statements, no fsync): a decision waits for one of them at most, about half a
#: millisecond (the lookup walked every pending row until 7 Dec: 1-3 ms in a drain)
APPLY_CHUNK = 50

#: a clock difference beyond this is shown to the moderator (decision times would mislead)
CLOCK_SKEW_LIMIT_S = 60.0

#: the longest chat log a case can hold (docs/design.md: up to 200k messages); pages beyond it are a
#: bad answer, not more chat
MAX_CHAT_MESSAGES = 200_000
#: a whole chat log's bytes, all pages together
CHAT_LOG_MAX_BYTES = 256 * 1024 * 1024

#: decisions being isolated at once without proof that other uploads get through; one more
#: failing alone means the upload path itself fails, not one decision
MAX_UNPROVEN_SUSPECTS = 3
#: store state key: the fingerprint of the last held report the service took
HELD_REPORTED_KEY = "held_reported"


def is_outage(exc: ApiError) -> bool:
    """Whether a failure says nothing answers (or asks everyone to wait): back off everything.

    Anything else that fails an upload may be one decision's fault; the engine checks that
    the service otherwise answers before it starts isolating.
    """
    outages = (Offline, TlsError, AuthExpired, ClientTooOld, RateLimited, AccountDisabled)
    if isinstance(exc, outages):  # a disabled account: nothing is isolated, all is kept
        return True
    return isinstance(exc, ServerError) and exc.retry_after is not None


@dataclass(frozen=True)
class SyncConfig:
    """Tunables; the defaults follow docs/design.md."""

    queue: str = ""
    #: cases asked for per lease
    lease_size: int = contract.DEFAULT_LEASE_SIZE
    #: pull another batch when fewer than this many cases are open
    min_open: int = 2
    #: cases whose detail, media and chat are fetched ahead
    prefetch_depth: int = 3
    #: cases fetched in one step when the cache is behind
    prefetch_per_step: int = 16
    #: requests in flight while prefetching (one case per worker; the step waits for all)
    fetch_workers: int = 8
    #: decisions per upload (the service takes at most 500)
    upload_batch: int = contract.MAX_BATCH_DECISIONS
    #: uploads per step before yielding (the thread calls step again at once)
    uploads_per_step: int = 2
    #: renew a lease this long before it runs out
    renew_margin_s: float = 120.0
    #: the moderator counts as active this long after the last keystroke
    activity_window_s: float = 180.0
    backoff_base_s: float = 1.0
    backoff_max_s: float = 300.0
    #: how long to wait between rounds when there is nothing to do
    idle_poll_s: float = 5.0
    #: after a lease brought nothing new, ask the queue again no sooner than this
    empty_queue_poll_s: float = 30.0
    #: with nothing to send or fetch, check the service is there this often (status bar)
    heartbeat_s: float = 30.0
    #: chat page size asked of the service
    chat_page_size: int = contract.MAX_CHAT_PAGE
    device_id: str = ""
    #: cached content goes this long after its case was leased, even if still open; None:
    #: no retention sweep (finished cases are still evicted every round)
    retention_s: float | None = None
    #: run the cache housekeeping (finished cases, retention) this often, first at the end
    #: of the first round; the other rounds evict finished cases only
    housekeeping_s: float = 300.0
    #: below this much free space where the store lives, the report says the disk is low
    #: (before a decision fails to save for want of space)
    low_disk_bytes: int = 200 * 1024 * 1024
    #: a decision that fails alone this many times (while other uploads get through) is held
    #: on the desk as a visible problem
    hold_after_attempts: int = 5


@dataclass
class _Fetched:
    """One case as a prefetch worker brought it back, before anything is written."""

    detail: contract.CaseDetail
    media: dict[str, bytes] = field(default_factory=dict)
    chat: list[bytes] = field(default_factory=list)
    chat_progress: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class SyncReport:
    """What one step did and where things stand; the UI's status bar reads this."""

    at: datetime
    online: bool | None
    pending: int
    synced_total: int
    problem_count: int
    synced_now: tuple[str, ...] = ()
    problems_now: tuple[str, ...] = ()
    leased_now: tuple[str, ...] = ()
    prefetched_now: tuple[str, ...] = ()
    released_now: tuple[str, ...] = ()
    evicted_now: tuple[str, ...] = ()
    last_sync_at: datetime | None = None
    next_step_at: datetime | None = None
    #: when the network may be tried again (after a failure); None when not backing off
    next_attempt_at: datetime | None = None
    lease_expires_at: datetime | None = None
    open_cases: int = 0
    clock_skew_s: float | None = None
    clock_skew_flagged: bool = False
    error: str = ""
    auth_expired: bool = False
    client_too_old: bool = False
    #: the version the service requires (from its 426 answer; "" when it did not say)
    min_client_version: str = ""
    #: decisions being isolated (sent alone, the others go ahead of them)
    isolating: tuple[str, ...] = ()
    #: what the last confined upload failure said (status, problem type, request id)
    upload_error: str = ""
    #: free bytes where the store lives (None when it could not be measured)
    free_bytes: int | None = None
    #: free_bytes is below the configured low-disk mark
    low_disk: bool = False
    #: case content could not be written to this computer (disk full); sync goes on
    cache_error: str = ""


def _names_a_decision(exc: ValidationRejected) -> bool:
    """Whether the service's validation errors point into the decisions array."""
    for err in exc.errors:
        loc = err.get("loc") if isinstance(err, dict) else None
        if isinstance(loc, list) and "decisions" in loc:
            after = loc[loc.index("decisions") + 1 :]
            if after and isinstance(after[0], int):
                return True
    return False


CACHE_FULL_TEXT = (
    "The disk is full: the next cases could not be saved on this computer. "
    "Decisions still sync; free some space."
)


class _Stop(Exception):
    """A network failure ended this step early (already recorded)."""


@dataclass
class _Suspect:
    """A decision that failed when sent alone, while the service otherwise answered."""

    case_id: str
    failures: int
    next_at: datetime
    #: the count of successful uploads when it became a suspect (proof: a later one)
    uploads_ok_then: int
    last: ApiError


@dataclass
class _UploadFailure:
    """An upload that failed in this step, judged once the step knows whether the service
    otherwise answers."""

    items: list[OutboxItem]
    error: ApiError


@dataclass
class _Round:
    synced: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    leased: list[str] = field(default_factory=list)
    prefetched: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    evicted: list[str] = field(default_factory=list)
    more: bool = False


class SyncEngine:
    """Moves decisions up and cases down; call :meth:`step` from one thread only.

    :meth:`note_activity`, :meth:`release` and :meth:`wake_needed` may be
    called from any thread (they only touch lock-guarded fields).
    """

    def __init__(
        self,
        store: Store,
        api: ApiClient,
        cache: ContentCache | None = None,
        config: SyncConfig | None = None,
        *,
        on_report: Callable[[SyncReport], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        on_housekeeping: Callable[[Housekeeping], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.api = api
        self.cache = cache
        self.config = config or SyncConfig()
        self.on_report = on_report
        self.on_progress = on_progress
        self.on_housekeeping = on_housekeeping
        self._next_housekeeping_at: datetime | None = None  # None: due in the first round
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._last_activity: datetime | None = None
        self._release_requests: list[tuple[tuple[str, ...], str]] = []
        self._batch_of: dict[str, str] = {}
        self._failures = 0
        self._upload_limit = self.config.upload_batch
        # isolation of a decision the service keeps refusing (see _judge_upload_failures)
        self._window: int | None = None  # size of the smallest failing prefix known
        self._suspects: dict[str, _Suspect] = {}
        self._uploads_ok = 0
        self._upload_failures = 0
        self._upload_next_at: datetime | None = None
        #: uploads fail whatever is sent, while the service otherwise answers
        self._upload_path_down = False
        self._step_failures: list[_UploadFailure] = []
        self.upload_error = ""
        #: why case content could not be cached in the last prefetch (a full disk), or ""
        self.cache_error = ""
        self._next_pull_at: datetime | None = None
        self._last_contact: datetime | None = None
        self.next_attempt_at: datetime | None = None
        self.online: bool | None = None
        self.last_error = ""
        self.auth_expired = False
        self.client_too_old = False
        self.min_client_version = ""
        self.synced_total = 0

    # --- called from any thread --------------------------------------------------------------

    def note_activity(self, now: datetime | None = None) -> None:
        """The moderator did something: keep renewing leases and pulling cases."""
        with self._lock:
            self._last_activity = now or datetime.now(UTC)

    def release(self, case_ids: Sequence[str], reason: str = "") -> None:
        """Queue a release (skip, sign-out); done on the service in the next step.

        ``reason`` is a skip reason code from the taxonomy (or empty).
        """
        with self._lock:
            self._release_requests.append((tuple(case_ids), reason[:64]))

    def set_queue(self, queue: str) -> None:
        """Pull future batches from another queue."""
        with self._lock:
            self.config = replace(self.config, queue=queue)
            self._next_pull_at = None

    def reset_backoff(self) -> None:
        """Try the network at the next step (e.g. after the user signed in again)."""
        with self._lock:
            self.next_attempt_at = None
            self._failures = 0
            self.auth_expired = False

    # --- the round -----------------------------------------------------------------------------

    def _active(self, now: datetime) -> bool:
        with self._lock:
            last = self._last_activity
        return last is not None and (now - last).total_seconds() <= self.config.activity_window_s

    def _server_now(self, now: datetime) -> datetime:
        skew = self.api.clock_skew_s()
        return now + timedelta(seconds=skew or 0.0)

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(phase, done, total)

    def step(self, now: datetime | None = None) -> SyncReport:
        """One round: upload, acknowledgements, releases, leases, prefetch, eviction."""
        now = now or datetime.now(UTC)
        work = _Round()
        if self.auth_expired or self.client_too_old:
            self._housekeeping_if_due(now, work)  # local rules: they apply offline too
            return self._report(now, work)
        if self.next_attempt_at is not None and now < self.next_attempt_at:
            self._expire_local(now)
            self._housekeeping_if_due(now, work)
            return self._report(now, work)
        before = self.api.responses
        self._step_failures = []
        try:
            self._upload(now, work)
            self._sync_acks(now)
            self._report_held(now)
            self._releases(now, work)
            self._expire_local(now)
            self._renew(now)
            self._pull(now, work)
            self._prefetch(now, work)
            if self._step_failures:
                # an upload failed: does the service otherwise answer? (else: an outage)
                self._probe(now)
            elif self.api.responses == before and self._heartbeat_due(now):
                self._call(now, self.api.info)
        except _Stop:
            pass
        else:
            if self.api.responses != before:
                self._succeeded(now)
            if self._step_failures:
                self._judge_upload_failures(now, work)
        # the full sweep when due (after this round's uploads: what just synced goes too),
        # else the finished cases only
        if not self._housekeeping_if_due(now, work):
            self._evict(work)
        # this round's other writes (leases, prefetched cases, eviction) are copied back
        # here, never by SQLite inside a commit under the write lock (Store.checkpoint)
        self.store.checkpoint()
        return self._report(now, work)

    def _fail(self, now: datetime, exc: ApiError) -> None:
        """Record a failed network call and schedule the next attempt."""
        self.last_error = exc.message
        if isinstance(exc, Offline):
            self.online = False
        elif isinstance(exc, (ServerError, RateLimited, BadResponse)):
            self.online = True
        if isinstance(exc, AuthExpired):
            self.auth_expired = True
        if isinstance(exc, ClientTooOld):
            self.client_too_old = True
            self.min_client_version = exc.min_version
        self._failures += 1
        delay = min(
            self.config.backoff_max_s, self.config.backoff_base_s * 2 ** (self._failures - 1)
        )
        delay *= 0.5 + self._rng.random()  # jitter: a fleet of clients does not retry in step
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            delay = max(delay, float(retry_after))
        self.next_attempt_at = now + timedelta(seconds=delay)
        log.info("sync: %s; next attempt in %.1f s", exc.__class__.__name__, delay)

    def _heartbeat_due(self, now: datetime) -> bool:
        if self.online is not True or self.next_attempt_at is not None:
            return True  # find out whether the service is back
        last = self._last_contact
        return last is None or (now - last).total_seconds() >= self.config.heartbeat_s

    def _succeeded(self, now: datetime) -> None:
        """The service answered every call of this step."""
        self._last_contact = now
        self.online = True
        self.last_error = ""
        self._failures = 0
        self.next_attempt_at = None
        # one transaction, not waiting for the disk: the next round observes both again
        seen = {"last_sync_at": now.astimezone(UTC).isoformat()}
        skew = self.api.clock_skew_s()
        if skew is not None:
            seen["clock_skew_s"] = f"{skew:.1f}"
        self.store.set_states(seen, replayable=True)

    def _call(self, now: datetime, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Call the API; on a failure record it, back off and end this step."""
        try:
            return fn(*args, **kwargs)
        except ApiError as exc:
            self._fail(now, exc)
            raise _Stop from None

    # --- outbox -------------------------------------------------------------------------------

    def _upload(self, now: datetime, work: _Round) -> None:
        """Send the outbox oldest first; a failure confined to uploads is judged later.

        While a decision is being isolated, the later decisions on its case wait with it
        (they are never sent ahead of it) and the others go on.
        """
        if self._upload_next_at is not None and now < self._upload_next_at:
            return
        self._upload_next_at = None
        self._retry_suspect(now, work)
        total_pending = self.store.outbox_counts().get("pending", 0)
        done = 0
        failed = False
        for _ in range(self.config.uploads_per_step):
            items = self.store.pending_outbox(
                self._upload_limit, exclude_cases=self._suspect_cases()
            )
            if not items:
                return
            if not self._send_batch(now, items, work):
                failed = True  # judged at the end of the step; it says when to try again
                break
            done += len(items)
            self._progress("upload", done, total_pending)
        if not failed and self.store.pending_outbox(1, exclude_cases=self._suspect_cases()):
            work.more = True

    def _suspect_cases(self) -> list[str]:
        return sorted({s.case_id for s in self._suspects.values()})

    def _send_batch(self, now: datetime, items: list[OutboxItem], work: _Round) -> bool:
        """Upload one batch and apply the answers; False when it failed (recorded)."""
        ids = [i.decision_id for i in items]
        seq, head = self.store.chain_head()
        try:
            answer = self.api.upload_decisions(
                [i.payload for i in items],
                chain_seq=seq,
                chain_head=head,
                device_id=self.config.device_id,
            )
        except ValidationRejected as exc:
            if not _names_a_decision(exc):
                self.store.note_attempt(ids, exc.message)
                self._step_failures.append(_UploadFailure(items, exc))
                return False
            self._rejected_batch(now, items, exc)
            return True
        except ApiError as exc:
            self.store.note_attempt(ids, exc.message)
            if is_outage(exc):
                self._fail(now, exc)
                raise _Stop from None
            self._step_failures.append(_UploadFailure(items, exc))
            return False
        by_id = {r.decision_id: r for r in answer.results}
        # short write transactions: the GUI thread commits decisions meanwhile
        for start in range(0, len(ids), APPLY_CHUNK):
            chunk = ids[start : start + APPLY_CHUNK]
            results = [by_id[d] for d in chunk if d in by_id]
            change = self.store.apply_results(results, sent=chunk)
            work.synced.extend(change.synced)
            work.problems.extend(change.problems)
            self.synced_total += len(change.synced)
        # keep the WAL short from this thread, outside the write lock (Store.checkpoint)
        self.store.checkpoint()
        if not any(d in by_id for d in ids):
            # the service answered nothing about what we sent: treat as a bad answer
            self._fail(now, BadResponse("The case service did not answer for the decisions."))
            raise _Stop
        self._uploads_ok += 1
        self._upload_failures = 0
        self._upload_path_down = False
        if self._window is not None and len(items) < self._window:
            # the failing prefix shrank by what just went up: try the first half of the rest
            self._window -= len(items)
            self._upload_limit = max(1, self._window // 2) if self._window > 1 else 1
        else:
            self._window = None
            self._upload_limit = self.config.upload_batch
        if not self._suspects:
            self.upload_error = ""
        return True

    def _retry_suspect(self, now: datetime, work: _Round) -> None:
        """Send the oldest suspect whose turn has come, alone."""
        due = [d for d, s in self._suspects.items() if s.next_at <= now]
        if not due:
            return
        decision_id = due[0]
        item = next(
            (i for i in self.store.pending_outbox(1_000_000) if i.decision_id == decision_id),
            None,
        )
        if item is None:  # gone meanwhile (synced from another path, or held)
            del self._suspects[decision_id]
            return
        suspect = self._suspects.pop(decision_id)
        if not self._send_batch(now, [item], work):
            self._suspects[decision_id] = suspect  # judged at the end of the step
        elif not self._suspects:
            self.upload_error = ""

    def _probe(self, now: datetime) -> None:
        """After an upload failed: ask the service something small (outage if it fails)."""
        try:
            self.api.info()
        except ApiError:
            failure = self._step_failures[0]
            self._step_failures = []
            self._fail(now, failure.error)
            raise _Stop from None

    def _judge_upload_failures(self, now: datetime, work: _Round) -> None:
        """The service answers, yet these uploads failed: narrow down the decision at fault.

        A failing batch is halved (its oldest half next, so nothing is sent ahead of an
        earlier decision); a decision failing alone becomes a suspect: the others go on
        without it (and the later decisions on its case wait with it), it is retried alone
        with backoff, and after ``hold_after_attempts`` failures, once another upload has
        got through since, it is held on the desk as a visible problem.
        """
        failures, self._step_failures = self._step_failures, []
        for failure in failures:
            exc = failure.error
            self.upload_error = exc.describe()
            if self._upload_path_down:
                self._schedule_upload(now, narrowing=False)
                continue
            if len(failure.items) > 1:
                self._window = len(failure.items)
                self._upload_limit = max(1, len(failure.items) // 2)
                self._schedule_upload(now, narrowing=True)
                continue
            item = failure.items[0]
            known = self._suspects.get(item.decision_id)
            if known is None:
                unproven = [
                    s for s in self._suspects.values() if s.uploads_ok_then == self._uploads_ok
                ]
                self._window = None
                self._upload_limit = self.config.upload_batch
                if len(unproven) >= MAX_UNPROVEN_SUSPECTS:
                    # several decisions fail alone and nothing else got through: the upload
                    # path fails, not one decision. Nobody is a suspect any more; uploads
                    # back off as a whole (oldest first again) while the rest goes on.
                    self._suspects.clear()
                    self._upload_path_down = True
                    self._schedule_upload(now, narrowing=False)
                    continue
                known = _Suspect(item.case_id, 0, now, self._uploads_ok, exc)
            known.failures += 1
            known.last = exc
            proven = self._uploads_ok > known.uploads_ok_then
            if known.failures >= self.config.hold_after_attempts and proven:
                reason = (
                    f"Held on this desk after {known.failures} attempts alone, while other "
                    f"decisions synced: {exc.describe()}"
                )
                self._suspects.pop(item.decision_id, None)
                if self.store.hold(
                    item.decision_id,
                    reason,
                    now=now,
                    answer_status=exc.status,
                    problem_type=exc.problem_type,
                    request_id=exc.request_id,
                ):
                    work.problems.append(item.decision_id)
                if not self._suspects and self._window is None:
                    self.upload_error = ""  # it is a visible problem now, with that answer
                    log.warning(
                        "sync: decision %s held after %d attempts", item.decision_id, known.failures
                    )
                continue
            delay = min(
                self.config.backoff_max_s,
                self.config.backoff_base_s * 2 ** (known.failures - 1),
            ) * (0.5 + self._rng.random())
            known.next_at = now + timedelta(seconds=delay)
            self._suspects[item.decision_id] = known
            log.info(
                "sync: decision %s failed alone (%d); the others go on",
                item.decision_id,
                known.failures,
            )
        if self._upload_next_at is None and self.store.pending_outbox(
            1, exclude_cases=self._suspect_cases()
        ):
            work.more = True  # the others go at once, without the suspects

    def _schedule_upload(self, now: datetime, *, narrowing: bool) -> None:
        """Uploads (only) wait: a short step while narrowing, else exponential backoff."""
        if narrowing:
            delay = self.config.backoff_base_s
        else:
            self._upload_failures += 1
            delay = min(
                self.config.backoff_max_s,
                self.config.backoff_base_s * 2 ** (self._upload_failures - 1),
            )
        self._upload_next_at = now + timedelta(seconds=delay * (0.5 + self._rng.random()))

    def _rejected_batch(
        self, now: datetime, items: Sequence[object], exc: ValidationRejected
    ) -> None:
        """A whole batch refused as invalid: narrow it down to the item at fault.

        One bad item must not block every decision behind it, and it must not
        be dropped: it becomes a durable ``rejected`` problem with the reason.
        A refusal that names no decision (a limit, a proxy's 413, a bad chain
        head) does not come here: it is judged like any other upload failure
        (an outage when nothing else answers, else narrowed down by halving).
        """
        ids = [getattr(i, "decision_id", "") for i in items]
        if len(ids) > 1:
            self._upload_limit = max(1, len(ids) // 2)
            self.store.note_attempt(ids, exc.message)
            return
        result = contract.DecisionResult(
            decision_id=ids[0], status="rejected", reason=exc.message[:500]
        )
        self.store.apply_results([result], sent=ids)

    # --- acknowledgements and releases --------------------------------------------------------

    def _sync_acks(self, now: datetime) -> None:
        pending = self.store.pending_acks()
        done: list[str] = []
        try:
            for announcement_id in pending:
                # a withdrawn announcement: the acknowledgement stays in the local audit chain
                with contextlib.suppress(NotFound):
                    self.api.ack_announcement(announcement_id)
                done.append(announcement_id)
        except ApiError as exc:
            if done:
                self.store.mark_acks_synced(done)
            self._fail(now, exc)
            raise _Stop from None
        if done:
            self.store.mark_acks_synced(done)

    def _report_held(self, now: datetime) -> None:
        """Tell the service which seqs this desk keeps out of its uploads (held decisions,
        a recovery link), whenever that changes, so a lead's chain check names them
        instead of showing a gap. Sent again after a restart until the service took it."""
        report = contract.DeskHeldReport(
            device_id=self.config.device_id,
            held=[
                contract.HeldSeq(
                    decision_id=h.decision_id, audit_seq=h.audit_seq, audit_hash=h.audit_hash
                )
                for h in self.store.held_decisions()[: contract.MAX_HELD_REPORT]
            ],
            recoveries=[
                contract.RecoveryLink(audit_seq=seq, audit_hash=digest, old_head_hash=old)
                for seq, digest, old in self.store.recovery_links()[: contract.MAX_HELD_REPORT]
            ],
        )
        fingerprint = hashlib.sha256(encode_body(report)).hexdigest()
        last = self.store.get_state(HELD_REPORTED_KEY)
        if last == fingerprint or (last is None and not report.held and not report.recoveries):
            return
        try:
            self.api.report_held(report)
        except ApiError as exc:
            if exc.retryable or isinstance(exc, AuthExpired):
                self._fail(now, exc)
                raise _Stop from None
            # a service without the route, or one that refuses the report: the chain check
            # shows gaps as before; not worth stopping every round for
            log.warning("sync: held report refused (%s)", type(exc).__name__)
        self.store.set_state(HELD_REPORTED_KEY, fingerprint)

    def _releases(self, now: datetime, work: _Round) -> None:
        with self._lock:
            requests, self._release_requests = self._release_requests, []
        self._remember_batches()
        try:
            while requests:
                case_ids, reason = requests[0]
                by_batch: dict[str, list[str]] = {}
                for case_id in case_ids:
                    batch = self._batch_of.get(case_id)
                    if batch is not None:
                        by_batch.setdefault(batch, []).append(case_id)
                    elif self.store.case_state(case_id) in {"leased", "expired"}:
                        self.store.set_case_state(case_id, "released")  # no lease to give back
                for batch_id, cases in by_batch.items():
                    try:
                        try:
                            answer = self.api.release_batch(batch_id, cases, reason)
                        except ValidationRejected:
                            # a reason the service does not know must not keep the case
                            answer = self.api.release_batch(batch_id, cases, "")
                        released = [c for c in answer.released if c in cases]
                    except (Conflict, NotFound):
                        released = []  # already gone on the service
                    for case_id in cases:
                        if self.store.case_state(case_id) in {"leased", "expired"}:
                            self.store.set_case_state(case_id, "released")
                        self._batch_of.pop(case_id, None)
                    work.released.extend(released or cases)
                requests.pop(0)
        except ApiError as exc:
            with self._lock:
                self._release_requests[:0] = requests
            self._fail(now, exc)
            raise _Stop from None

    # --- leases ---------------------------------------------------------------------------------

    def _remember_batches(self) -> None:
        for row in self.store.open_cases(include_expired=True):
            self._batch_of[row.case_id] = row.batch_id

    def _expire_local(self, now: datetime) -> None:
        self.store.expire_leases(self._server_now(now))

    def _renew(self, now: datetime) -> None:
        if not self._active(now):
            return  # an idle workstation lets its cases go back to the queue
        horizon = self._server_now(now) + timedelta(seconds=self.config.renew_margin_s)
        due: dict[str, list[str]] = {}
        for row in self.store.open_cases():
            if row.lease_expires_at <= horizon:
                due.setdefault(row.batch_id, []).append(row.case_id)
        for batch_id, cases in due.items():
            try:
                answer = self.api.renew_batch(batch_id)
            except (Conflict, NotFound):
                for case_id in cases:  # lost: the cases went back to the queue
                    self.store.set_case_state(case_id, "expired")
                continue
            except ApiError as exc:
                self._fail(now, exc)
                raise _Stop from None
            kept = [c for c in answer.case_ids if c in cases]
            self.store.renew_leases(kept, answer.lease_expires_at)

    def _pull(self, now: datetime, work: _Round) -> None:
        queue = self.config.queue
        if not queue or not self._active(now):
            return
        if self._next_pull_at is not None and now < self._next_pull_at:
            return
        open_before = {r.case_id for r in self.store.open_cases()}
        if len(open_before) >= self.config.min_open:
            return
        batch = self._call(now, self.api.lease_batch, queue, self.config.lease_size)
        ids = self.store.save_batch(batch)
        fresh = [c for c in ids if c not in open_before]
        if not fresh:
            # the queue is empty (or only gave back what we hold): do not hammer it
            self._next_pull_at = now + timedelta(seconds=self.config.empty_queue_poll_s)
        for case_id in ids:
            self._batch_of[case_id] = batch.batch_id
        work.leased.extend(fresh)

    # --- prefetch and eviction ----------------------------------------------------------------

    def _prefetch(self, now: datetime, work: _Round) -> None:
        """Fetch detail, media and chat of the next few cases, several cases at once.

        Workers only fetch (each case's requests in order, the cases side by side over the
        shared HTTP connection pool); this thread writes the cache and the store, case by
        case in queue order. The detail is stored last, so ``detail_cached`` means
        everything is on disk. A failed request fails the step after the cases that
        arrived whole are kept.
        """
        todo = [r for r in self.store.open_cases()[: self.config.prefetch_depth]]
        missing = [r.case_id for r in todo if not r.detail_cached]
        if not missing:
            return
        picked = missing[: max(1, self.config.prefetch_per_step)]
        workers = max(1, min(self.config.fetch_workers, len(picked)))
        failure: ApiError | None = None
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="prefetch") as pool:
            futures = [pool.submit(self._fetch_case, case_id) for case_id in picked]
            for case_id, future in zip(picked, futures, strict=True):
                try:
                    fetched = future.result()
                except ApiError as exc:
                    failure = failure or exc
                    continue
                try:
                    self._keep_case(case_id, fetched)
                except (OSError, StoreWriteError) as exc:
                    # A full disk (or a file that cannot be written): this case waits for the
                    # next round; uploads, renewals and the other cases go on. The cache wrote
                    # whole files or nothing, and the detail (stored last) is not there.
                    reason = type(exc).__name__
                    log.warning("sync: case %s could not be cached (%s)", case_id, reason)
                    self.cache_error = CACHE_FULL_TEXT
                    continue
                self.cache_error = ""
                work.prefetched.append(case_id)
        if failure is not None:
            self._fail(now, failure)
            raise _Stop
        if len(missing) > len(picked):
            work.more = True

    def _fetch_case(self, case_id: str) -> _Fetched:
        """On a worker thread: one case's detail, missing media and chat pages (no writes)."""
        detail = self.api.case_detail(case_id)
        if detail.case_id != case_id:
            raise BadResponse("The case service sent the detail of another case.")
        fetched = _Fetched(detail)
        if self.cache is None:
            return fetched
        for snap in detail.snapshots:
            sha = snap.sha256
            if sha not in fetched.media and self.cache.media_path(sha) is None:
                fetched.media[sha] = self.api.media(sha)
        cursor: str | None = None
        cursors: set[str] = set()
        size = 0
        page_size = max(1, self.config.chat_page_size)
        max_pages = -(-MAX_CHAT_MESSAGES // page_size) + 1
        announced: int | None = None
        while True:
            raw, page = self.api.chat_page_raw(case_id, cursor, self.config.chat_page_size)
            size += len(raw)
            fetched.chat.append(raw)
            # a live chat grows while it is paged: read up to the total the first page
            # announced; what arrives later comes through following (ui.desk.follow_thread)
            announced = page.total if announced is None else announced
            fetched.chat_progress.append((page.start + len(page), announced))
            cursor = page.next_cursor
            if not cursor or len(page) == 0 or page.start + len(page) >= announced:
                # the header counts what the cached log holds: chat that arrived between
                # the detail and the last page is in the log, so the count follows it
                held = page.start + len(page)
                if held > fetched.detail.chat_count:
                    fetched.detail = detail.model_copy(update={"chat_count": held})
                return fetched
            # an answer that does not match its request ends here, bounded
            if cursor in cursors:
                raise BadResponse("The case service sent a chat cursor that repeats.")
            if len(fetched.chat) >= max_pages or size > CHAT_LOG_MAX_BYTES:
                raise BadResponse(
                    f"The case service sent a chat log that does not end "
                    f"({len(fetched.chat)} pages, {size} bytes)."
                )
            cursors.add(cursor)

    def _keep_case(self, case_id: str, fetched: _Fetched) -> None:
        """On the engine thread: cache what a worker fetched, then store the detail."""
        if self.cache is not None:
            snaps = fetched.detail.snapshots
            for n, snap in enumerate(snaps, 1):
                data = fetched.media.get(snap.sha256)
                if data is not None and self.cache.media_path(snap.sha256) is None:
                    self.cache.put_media(snap.sha256, data)
                self._progress("media", n, len(snaps))
            for index, (raw, (done, total)) in enumerate(
                zip(fetched.chat, fetched.chat_progress, strict=True)
            ):
                self.cache.put_chat_page(case_id, index, raw)
                self._progress("chat", done, total)
        self.store.save_case_detail(fetched.detail)

    def housekeeping(self, now: datetime | None = None) -> Housekeeping | None:
        """The cache rules (finished cases, retention) on this engine's thread and store
        connection; None without a cache or when a file could not go (tried again next time).
        The crash purge is not here: it must finish before any case is shown, so the desk
        runs it at start-up (:func:`reviewer.store.cache.recover_after_crash`)."""
        if self.cache is None:
            return None
        moment = now or datetime.now(UTC)
        retention = self.config.retention_s
        try:
            if retention is None:
                done = Housekeeping(False, tuple(evict_finished(self.store, self.cache)), 0)
            else:
                done = housekeeping(self.store, self.cache, retention, now=moment)
        except OSError:
            log.warning("cache housekeeping failed; tried again later", exc_info=True)
            return None
        if self.on_housekeeping is not None:
            self.on_housekeeping(done)
        return done

    def _housekeeping_if_due(self, now: datetime, work: _Round) -> bool:
        """Run :meth:`housekeeping` when its interval has passed (at once in the first
        round); True when it ran and succeeded."""
        due = self._next_housekeeping_at
        if due is not None and now < due:
            return False
        self._next_housekeeping_at = now + timedelta(seconds=self.config.housekeeping_s)
        done = self.housekeeping(now)
        if done is None:
            return False
        work.evicted.extend(done.evicted_cases)
        return True

    def _evict(self, work: _Round) -> None:
        """Cached content of finished cases goes (docs/design.md: never kept past the work)."""
        if self.cache is not None:
            work.evicted.extend(evict_finished(self.store, self.cache))
        else:
            finished = self.store.finished_cases()
            self.store.mark_content_evicted(finished)
            work.evicted.extend(finished)

    # --- sign-out -------------------------------------------------------------------------------

    def sign_out(self, now: datetime | None = None) -> SyncReport:
        """Last upload attempt, release every open case, purge cached content.

        Pending decisions stay in the store and go up after the next sign-in.
        """
        now = now or datetime.now(UTC)
        work = _Round()
        self._remember_batches()
        open_ids = [r.case_id for r in self.store.open_cases(include_expired=True)]
        if open_ids:
            self.release(open_ids)
        try:
            self._upload(now, work)
            self._releases(now, work)
        except _Stop:
            pass
        for case_id in open_ids:
            if self.store.case_state(case_id) in {"leased", "expired"}:
                self.store.set_case_state(case_id, "released")
        self._evict(work)
        if self.cache is not None:
            sign_out_purge(self.store, self.cache)
        else:
            self.store.forget_all_case_content()
        return self._report(now, work)

    # --- reporting ------------------------------------------------------------------------------

    def _report(self, now: datetime, work: _Round) -> SyncReport:
        counts = self.store.outbox_counts()
        last = self.store.get_state("last_sync_at")
        open_rows = self.store.open_cases()
        skew = self.api.clock_skew_s()
        try:  # one statvfs: cheap enough for every round
            free: int | None = shutil.disk_usage(self.store.path.parent).free
        except OSError:
            free = None
        if work.more:
            next_step = now
        elif self.next_attempt_at is not None:
            next_step = self.next_attempt_at
        else:
            next_step = now + timedelta(seconds=self.config.idle_poll_s)
            # uploads wait for their own backoff first, then for the next suspect's turn
            upload_due = self._upload_next_at or min(
                (s.next_at for s in self._suspects.values()), default=None
            )
            if upload_due is not None:
                next_step = max(now, min(next_step, upload_due))
        report = SyncReport(
            at=now,
            online=self.online,
            pending=counts.get("pending", 0),
            synced_total=counts.get("synced", 0),
            problem_count=counts.get("problem", 0),
            synced_now=tuple(work.synced),
            problems_now=tuple(work.problems),
            leased_now=tuple(work.leased),
            prefetched_now=tuple(work.prefetched),
            released_now=tuple(work.released),
            evicted_now=tuple(work.evicted),
            last_sync_at=datetime.fromisoformat(last) if last else None,
            next_step_at=next_step,
            next_attempt_at=self.next_attempt_at,
            lease_expires_at=min((r.lease_expires_at for r in open_rows), default=None),
            open_cases=len(open_rows),
            clock_skew_s=skew,
            clock_skew_flagged=skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_S,
            error=self.last_error,
            auth_expired=self.auth_expired,
            client_too_old=self.client_too_old,
            min_client_version=self.min_client_version,
            isolating=tuple(self._suspects),
            upload_error=self.upload_error,
            free_bytes=free,
            cache_error=self.cache_error,
            low_disk=free is not None and free < self.config.low_disk_bytes,
        )
        if self.on_report is not None:
            self.on_report(report)
        return report
