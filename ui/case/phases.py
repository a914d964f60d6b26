"""Where the GUI thread's CPU goes in a case swap, by phase: the benchmark's split of the
key-to-drawn figure (issue #17 part 5).

Off unless a benchmark calls :func:`enable`: then each instrumented block and paint event
adds its thread CPU time (``time.thread_time``) to its phase, exclusive of the phases
nested in it, until :func:`take` hands the totals over and starts afresh. Off, a wrapped
call costs one flag test. GUI thread only (the stack is not shared between threads).
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

_on = False
_totals: dict[str, float] = {}
_nested: list[float] = []  # per open phase: CPU time its nested phases took


def enable(on: bool = True) -> None:
    """Start (or stop) timing; the totals start empty."""
    global _on
    _on = on
    _totals.clear()
    _nested.clear()


def enabled() -> bool:
    return _on


def take() -> dict[str, float]:
    """Seconds of GUI-thread CPU per phase since the last take, and start afresh."""
    got = dict(_totals)
    _totals.clear()
    return got


@contextlib.contextmanager
def phase(name: str) -> Iterator[None]:
    """Time the block as ``name`` (when enabled)."""
    if not _on:
        yield
        return
    _nested.append(0.0)
    start = time.thread_time()
    try:
        yield
    finally:
        spent = time.thread_time() - start
        inner = _nested.pop()
        _totals[name] = _totals.get(name, 0.0) + spent - inner
        if _nested:
            _nested[-1] += spent


def timed(name: str) -> Callable[[F], F]:
    """Decorate a method (a paint event, say) so that its calls count as ``name``."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            if not _on:
                return fn(*args, **kwargs)
            with phase(name):
                return fn(*args, **kwargs)

        return cast(F, run)

    return wrap
