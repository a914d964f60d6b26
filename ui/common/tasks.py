"""Run blocking calls (network, keyring) on the one shared QThreadPool.

The GUI thread never waits on the network. A task runs a plain callable on a
pool thread; only its finished result (or exception) crosses back, through a
queued signal, to a callback on the GUI thread.

One long-lived hub object carries every result. A relay object per task would
have to be deleted once its result was delivered, and deleting a QObject from
inside its own queued call crashes Qt now and then (seen here under load).

The pool thread also lets go of everything before it signals: the callable, its
result and its exception are handed to the hub, and the GUI thread drops the last
reference. Otherwise a closure holding, say, a window could be freed on the pool
thread and destroy the widget there, which crashes Qt.

A window's requests go through its own :class:`Runner`: the same hub carries the
results, and the runner drops them once the window has closed.
"""

from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ui.common.errors import describe_error

if TYPE_CHECKING:
    from reviewer.client.transport import ApiClient
    from reviewer.session import Session

ApiT = TypeVar("ApiT")

Callbacks = tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]


def pool() -> QThreadPool:
    """The application's one pool for interactive requests and image decoding."""
    return QThreadPool.globalInstance()


class _Hub(QObject):
    """Created on the GUI thread on first use and kept for the life of the process."""

    finished = Signal(int)  # task id; the outcome waits in ``outcomes``

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, tuple[Callable[[], Any], Callbacks]] = {}
        self.outcomes: dict[int, tuple[Any, BaseException | None]] = {}
        self.finished.connect(self._deliver)

    @Slot(int)
    def _deliver(self, task_id: int) -> None:
        _fn, (on_done, on_error) = self.waiting.pop(task_id, (None, (None, None)))
        result, error = self.outcomes.pop(task_id, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(error)
        elif on_done is not None:
            on_done(result)


_hub: _Hub | None = None
_hub_lock = threading.Lock()
_ids = itertools.count(1)


def _the_hub() -> _Hub:
    global _hub
    with _hub_lock:
        if _hub is None:
            _hub = _Hub()
        return _hub


def _run(box: list[Callable[[], Any]], hub: _Hub, task_id: int) -> None:
    """Runs on a pool thread; keeps no reference once the outcome is handed over."""
    fn = box.pop()
    try:
        outcome: tuple[Any, BaseException | None] = (fn(), None)
    except BaseException as exc:  # every failure must reach the GUI, never vanish
        outcome = (None, exc)
    del fn
    hub.outcomes[task_id] = outcome
    del outcome
    hub.finished.emit(task_id)


def submit(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``fn`` on the pool; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    Call from the GUI thread (the hub, and so the callbacks, live there).
    """
    hub = _the_hub()
    task_id = next(_ids)
    hub.waiting[task_id] = (fn, (on_done, on_error))  # released on the GUI thread
    # A plain callable, not a QRunnable subclass: the pool owns a C++ runnable wrapping it,
    # so no Python wrapper's lifetime can race the pool's auto-delete.
    pool().start(functools.partial(_run, [fn], hub, task_id))


def pending() -> int:
    """Tasks whose result has not yet been delivered (tests wait for zero)."""
    return len(_hub.waiting) if _hub is not None else 0


class Closed(Exception):
    """A job dropped because its window had closed (never shown to anyone)."""


class Runner(QObject, Generic[ApiT]):
    """A window's background operations, dropped once the window closed.

    :meth:`call` runs ``job(wrap(api))`` on the session's pool client (``wrap`` is the
    API facade a room speaks, e.g. ``LeadApi``); a failure becomes one readable message,
    emitted as ``problem(str)`` and then passed to ``failed``. :meth:`run` runs a plain
    callable (an export with its own client) and hands its exception over as it is.
    Results come back only through the hub's queued signal, on the GUI thread. After
    :meth:`close` nothing reaches the window: a job not yet started sends no request, and
    a late answer (or failure) is ignored.
    """

    problem = Signal(str)

    def __init__(
        self, session: Session, wrap: Callable[[ApiClient], ApiT], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._wrap = wrap
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """The window closed: drop every result still to come."""
        self._closed = True

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Call ``done(result)`` or ``failed(exc)`` on the GUI thread, unless closed by then."""

        def guarded() -> Any:
            if self._closed:  # the window closed before the job started: no work at all
                raise Closed
            return work()

        def on_done(result: Any) -> None:
            if not self._closed:
                done(result)

        def on_error(exc: BaseException) -> None:
            if not self._closed and failed is not None:
                failed(exc)

        submit(guarded, on_done, on_error)

    def call(
        self,
        job: Callable[[ApiT], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` on the session's pool client; ``failed(message)`` gets readable text."""
        session, wrap = self.session, self._wrap  # the worker holds these, not the window

        def on_error(exc: BaseException) -> None:
            text = describe_error(exc, session.server_url)
            self.problem.emit(text)
            if failed is not None:
                failed(text)

        self.run(lambda: session.call(lambda api: job(wrap(api))), done, on_error)
