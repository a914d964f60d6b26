"""How soon the GUI thread gets the GIL and a CPU back: process settings the desk makes.

The sync thread runs beside the GUI thread in one process. Every SQLite call of a decision
commit, and every call from Qt into Python while a window paints, gives the GIL away and
must take it back; with CPython's default switch interval (5 ms) each of those waits can
last 5 ms while the sync thread runs Python, which put the commit p99 at 20-60 ms during a
drain. This is process-wide, so the application sets it at start-up; a library class
(the sync engine) does not.

A decision commit gives the GIL away about ten times. Each time the sync thread takes it,
and each handoff back wakes the GUI thread. Linux may queue the woken thread on the CPU of
the thread that woke it. There it waits for that thread's time slice (measured on the
bench machine: 2-5 ms, with the other CPU idle, even with the sync thread at nice 19).
So the sync thread keeps off one CPU (:func:`keep_off_foreground_cpu`), and the GUI thread
commits on that CPU with a shorter switch interval (:func:`foreground_write`). Only the
commit is pinned, so painting and everything else run where the scheduler likes. Off Linux
(thread affinity by thread id is Linux's) or where the process may use one CPU only, no
thread moves and a commit gets the shorter interval alone. Nothing here runs a thread at a
lower priority: a starved thread that holds the GIL would stall the window (a priority
inversion).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator

log = logging.getLogger(__name__)

#: the longest a thread running Python keeps the GIL from one that waits for it
FOREGROUND_SWITCH_INTERVAL_S = 0.0005
#: the same, for every thread, while the GUI thread commits a decision: each of the commit's
#: ~10 handoffs back to it waits at most this long
COMMIT_SWITCH_INTERVAL_S = 0.00005

_commit_guard = threading.Lock()
_commits = 0
_interval_before = 0.0


def favour_foreground(interval_s: float = FOREGROUND_SWITCH_INTERVAL_S) -> float:
    """Shorten the GIL switch interval to ``interval_s`` (never lengthen it); returns the
    interval in force before."""
    before = sys.getswitchinterval()
    if before > interval_s:
        sys.setswitchinterval(interval_s)
    return before


def split_cpus() -> tuple[int, frozenset[int]] | None:
    """(the CPU the GUI thread commits on, the CPUs the sync thread may use), from the
    calling thread's allowed CPUs; None off Linux or where only one CPU is allowed.

    The desk calls it from the GUI thread (each commit) and from the sync thread at its
    start, which inherited the GUI thread's CPUs, so the two agree. A thread that narrowed
    its own CPUs gets a split of what is left."""
    if sys.platform != "linux":
        return None
    try:
        allowed = set(os.sched_getaffinity(0))
    except OSError:
        return None
    if len(allowed) < 2:
        return None
    foreground = min(allowed)
    return foreground, frozenset(allowed - {foreground})


def keep_off_foreground_cpu() -> bool:
    """Keep the calling thread (the sync thread, at its start) off the foreground CPU.
    False, and nothing changed, where that cannot be done."""
    split = split_cpus()
    if split is None:
        return False
    try:
        os.sched_setaffinity(0, split[1])  # 0: the calling thread (Linux)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def foreground_write(interval_s: float = COMMIT_SWITCH_INTERVAL_S) -> Iterator[bool]:
    """Run the body (a decision commit) on the foreground CPU with the switch interval at
    most ``interval_s``; both are put back after, also when it raises. Yields whether the
    thread was pinned. Nesting is harmless, and the interval is shared by the process, so
    the last body to end puts it back. A thread started inside the body would inherit the
    pin: the body is a commit, which starts none."""
    global _commits, _interval_before
    mask_before: set[int] | None = None
    counted = False
    try:
        split = split_cpus()
        if split is not None:
            try:
                before = set(os.sched_getaffinity(0))
                os.sched_setaffinity(0, {split[0]})
                mask_before = before
            except OSError:
                pass
        with _commit_guard:
            if _commits == 0:
                _interval_before = sys.getswitchinterval()
                if _interval_before > interval_s:
                    sys.setswitchinterval(interval_s)
            _commits += 1
            counted = True
        yield mask_before is not None
    finally:
        if counted:
            with _commit_guard:
                _commits -= 1
                if _commits == 0:
                    sys.setswitchinterval(_interval_before)
        if mask_before is not None:
            _unpin(mask_before)


def _unpin(mask: set[int]) -> None:
    """Put the thread's CPUs back; if the old set is refused (the process's CPUs changed
    meanwhile), every CPU the process may use, so the GUI thread is never left on one."""
    try:
        os.sched_setaffinity(0, mask)
    except OSError:
        log.warning("could not put the GUI thread's CPUs back; using every allowed CPU")
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, range(os.cpu_count() or 1))
