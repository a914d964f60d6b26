"""How much CPU the sync thread asks for: it gives way to the GUI thread, unless held back.

Why: on a two-core machine the GUI thread, woken after a decision's fsync, was often queued
on the core where the sync thread was busy with a drain, and waited there for the next
scheduler tick (4 ms) although the commit itself takes about half a millisecond
(`python -m bench.core`, decision commit while sync uploads; ``perf sched`` showed the
waits). A thread in Linux's idle class (``SCHED_IDLE``) is left at once when a normal thread
wakes on its core; a lower nice value or ``SCHED_BATCH`` did not change the figure.

The idle class has a cost: while every core stays busy with normal work, an idle-class
thread gets almost nothing, and an unprivileged thread cannot leave the class again
(``RLIMIT_NICE`` is 0 on a stock desktop). So the sync engine runs each *life* in a new
thread, and :class:`HeldBackWatch` reads the thread's own run-queue wait
(``/proc/thread-self/schedstat``): once it has waited for a core for more than half of a
window, the life ends after its step and the next one runs at normal priority for a while,
then gives way again. Decisions are durable on disk before any of this; only their upload
can be slowed, never lost.

The same cost, shorter: an idle-class thread that holds the interpreter lock (or the store's
write lock) and is kept off the CPU by normal work makes the GUI thread wait for it too, until
the watch hands over. Where the run-queue wait cannot be read, the life stays at normal
priority. Other systems than Linux are left as they are (not measured). Core: no Qt; the UI's
sync thread and the bench call it.
"""

from __future__ import annotations

import enum
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


class Priority(enum.Enum):
    NORMAL = "normal"
    #: gives way to any normal thread at once (Linux: SCHED_IDLE)
    BACKGROUND = "background"


def set_calling_thread(priority: Priority) -> bool:
    """Give the calling thread ``priority``; False where the system refused or has no such
    setting (the thread keeps what it had). Linux: leaving the idle class needs a
    privilege an ordinary desk does not have, so a background thread stays background."""
    if not hasattr(os, "SCHED_IDLE"):
        return False
    policy = os.SCHED_IDLE if priority is Priority.BACKGROUND else os.SCHED_OTHER
    try:
        os.sched_setscheduler(0, policy, os.sched_param(0))
    except OSError:
        return False
    return True


def calling_thread() -> Priority | None:
    """The calling thread's priority as this module sets it (None: not known here)."""
    if not hasattr(os, "SCHED_IDLE"):
        return None
    return Priority.BACKGROUND if os.sched_getscheduler(0) == os.SCHED_IDLE else Priority.NORMAL


def run_queue_wait_ns() -> int | None:
    """Nanoseconds the calling thread has spent ready to run but waiting for a core, since
    it started; None where the system does not say."""
    try:
        fields = _SCHEDSTAT.read_text().split()
        return int(fields[1])
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class HeldBackWatch:
    """Decides each sync life's priority and notices when a background life is held back.

    Call :meth:`next_life` as a life starts (on its own new thread) and :meth:`check` on that
    thread after each round. ``check`` answers True when the life should end so that the next
    one runs at normal priority: it waited for a core more than ``held_back_share`` of the
    last ``window_s`` seconds. A normal life gives way again by itself after ``normal_for_s``.
    """

    window_s: float = 10.0
    held_back_share: float = 0.5
    normal_for_s: float = 600.0
    clock: Callable[[], float] = time.monotonic
    waited_ns: Callable[[], int | None] = run_queue_wait_ns
    apply: Callable[[Priority], bool] = set_calling_thread
    #: lives ended because they were held back (the log says so too; tests read it)
    held_back_count: int = 0
    _normal_until: float | None = field(default=None, init=False)
    _current: Priority = field(default=Priority.NORMAL, init=False)
    _window_start: float = field(default=0.0, init=False)
    _window_waited: int | None = field(default=None, init=False)

    def next_life(self) -> Priority:
        """Set the calling (new) thread's priority for the life that starts; returns what it
        runs at (NORMAL when the system refused the background setting)."""
        now = self.clock()
        wanted = Priority.BACKGROUND
        if self._normal_until is not None and now < self._normal_until:
            wanted = Priority.NORMAL
        if self.waited_ns() is None:
            wanted = Priority.NORMAL  # a background life that could not tell it is held back
        self._current = wanted if self.apply(wanted) else Priority.NORMAL
        self._start_window(now)
        return self._current

    def insist(self) -> None:
        """The next life runs at normal priority (work with a deadline: the sign-out round)."""
        self._normal_until = self.clock() + self.normal_for_s

    @property
    def current(self) -> Priority:
        return self._current

    def check(self) -> bool:
        """After a round: True when this background life is held back and should end."""
        now = self.clock()
        if self._current is Priority.NORMAL:
            if self._normal_until is not None and now >= self._normal_until:
                self._normal_until = None
                if self.apply(Priority.BACKGROUND):  # giving way needs no privilege
                    self._current = Priority.BACKGROUND
                    self._start_window(now)
            return False
        elapsed = now - self._window_start
        if elapsed < self.window_s:
            return False
        waited = self.waited_ns()
        before = self._window_waited
        self._start_window(now, waited)
        if waited is None or before is None:
            return False
        if (waited - before) / 1e9 > self.held_back_share * elapsed:
            self.held_back_count += 1
            self._normal_until = now + self.normal_for_s
            return True
        return False

    def _start_window(self, now: float, waited: int | None = None) -> None:
        self._window_start = now
        self._window_waited = waited if waited is not None else self.waited_ns()
