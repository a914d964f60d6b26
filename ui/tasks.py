"""Run blocking calls (network, keyring) on the one shared QThreadPool.

The GUI thread never waits on the network. A task runs a plain callable on a
pool thread; only its finished result (or exception) crosses back, through a
queued signal, to a callback on the GUI thread.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

_live: set[_Relay] = set()


def pool() -> QThreadPool:
    """The application's one pool for interactive requests and image decoding."""
    return QThreadPool.globalInstance()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back here."""

    finished = Signal(object, object)  # (result, exception or None)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _live.discard(self)
        if error is not None:
            if self._on_error is not None:
                self._on_error(error)
        elif self._on_done is not None:
            self._on_done(result)


def _run(fn: Callable[[], Any], relay: _Relay) -> None:
    """Runs on a pool thread; only the outcome crosses back (queued to the relay's thread)."""
    try:
        result = fn()
    except BaseException as exc:  # every failure must reach the GUI, never vanish
        relay.finished.emit(None, exc)
    else:
        relay.finished.emit(result, None)


def submit(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``fn`` on the pool; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    # A plain callable, not a QRunnable subclass: the pool owns a C++ runnable wrapping it,
    # so no Python wrapper's lifetime can race the pool's auto-delete.
    pool().start(functools.partial(_run, fn, relay))


def pending() -> int:
    """Tasks whose result has not yet been delivered (tests wait for zero)."""
    return len(_live)
