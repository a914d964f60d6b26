"""The sync thread's priority: background on Linux, and a held-back life hands over.

The policy tests use a fake clock and fake run-queue figures; the starvation test is real:
a busy process and a background thread share one core, and the thread's own schedstat
says it is held back.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from reviewer.priority import (
    HeldBackWatch,
    Priority,
    calling_thread,
    run_queue_wait_ns,
    set_calling_thread,
)

T = TypeVar("T")

linux_only = pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling")


def on_new_thread(fn: Callable[[], T]) -> T:
    """Run ``fn`` on a new thread (priorities are per thread) and return its result."""
    out: list[T] = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    worker.join(30)
    assert out, "the thread did not finish"
    return out[0]


@linux_only
def test_a_background_thread_is_idle_class_and_the_threads_it_starts_inherit_it() -> None:
    def body() -> tuple[bool, Priority | None, int, Priority | None]:
        applied = set_calling_thread(Priority.BACKGROUND)
        child = on_new_thread(calling_thread)
        return applied, calling_thread(), os.sched_getscheduler(0), child

    applied, mine, policy, child = on_new_thread(body)
    assert applied
    assert mine is Priority.BACKGROUND
    assert policy == os.SCHED_IDLE
    assert child is Priority.BACKGROUND  # prefetch workers started by the sync life
    assert calling_thread() is Priority.NORMAL  # this (test) thread is untouched


@linux_only
def test_the_run_queue_wait_is_read_for_the_calling_thread() -> None:
    waited = run_queue_wait_ns()
    assert waited is not None
    assert waited >= 0


class Fake:
    """A clock, run-queue figures and a priority setter the watch is given."""

    def __init__(self, *, refuse_background: bool = False) -> None:
        self.now = 1000.0
        self.waited = 0
        self.applied: list[Priority] = []
        self.refuse_background = refuse_background

    def clock(self) -> float:
        return self.now

    def waited_ns(self) -> int:
        return self.waited

    def apply(self, priority: Priority) -> bool:
        self.applied.append(priority)
        return not (self.refuse_background and priority is Priority.BACKGROUND)

    def watch(self) -> HeldBackWatch:
        return HeldBackWatch(
            window_s=10.0,
            held_back_share=0.5,
            normal_for_s=600.0,
            clock=self.clock,
            waited_ns=self.waited_ns,
            apply=self.apply,
        )

    def advance(self, seconds: float, waited_s: float) -> None:
        self.now += seconds
        self.waited += int(waited_s * 1e9)


def test_a_life_held_back_more_than_half_a_window_hands_over_to_a_normal_one() -> None:
    fake = Fake()
    watch = fake.watch()
    assert watch.next_life() is Priority.BACKGROUND
    fake.advance(5, waited_s=5)
    assert not watch.check()  # the window is not over yet
    fake.advance(5, waited_s=1)
    assert watch.check()  # 6 s of 10 waiting for a core
    assert watch.held_back_count == 1
    assert watch.next_life() is Priority.NORMAL
    fake.advance(599, waited_s=500)
    assert not watch.check()  # a normal life is never ended
    still_normal = watch.current
    fake.advance(2, waited_s=0)
    assert not watch.check()  # ... and gives way again by itself after normal_for_s
    assert (still_normal, watch.current) == (Priority.NORMAL, Priority.BACKGROUND)
    assert fake.applied == [Priority.BACKGROUND, Priority.NORMAL, Priority.BACKGROUND]


def test_a_life_that_waits_less_than_half_keeps_going_in_the_background() -> None:
    fake = Fake()
    watch = fake.watch()
    watch.next_life()
    for _ in range(10):
        fake.advance(10, waited_s=4.9)
        assert not watch.check()
    assert watch.held_back_count == 0
    assert watch.next_life() is Priority.BACKGROUND


def test_where_background_is_refused_the_life_runs_normal_and_is_never_ended() -> None:
    fake = Fake(refuse_background=True)
    watch = fake.watch()
    assert watch.next_life() is Priority.NORMAL
    fake.advance(60, waited_s=60)
    assert not watch.check()


def test_where_the_run_queue_wait_cannot_be_read_the_life_stays_normal() -> None:
    fake = Fake()
    watch = HeldBackWatch(clock=fake.clock, waited_ns=lambda: None, apply=fake.apply)
    assert watch.next_life() is Priority.NORMAL
    assert fake.applied == [Priority.NORMAL]


def test_a_deadline_makes_the_next_life_normal() -> None:
    fake = Fake()
    watch = fake.watch()
    watch.next_life()
    watch.insist()  # the sign-out round
    assert watch.next_life() is Priority.NORMAL
    assert watch.held_back_count == 0


@linux_only
def test_a_background_thread_sharing_a_core_with_a_busy_process_is_seen_held_back() -> None:
    core = min(os.sched_getaffinity(0))
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        os.sched_setaffinity(hog.pid, {core})
        watch = HeldBackWatch(window_s=0.3, held_back_share=0.8)

        def body() -> tuple[Priority, bool, float]:
            os.sched_setaffinity(0, {core})
            started = watch.next_life()
            deadline = time.monotonic() + 20.0
            while time.monotonic() < deadline:
                sum(range(2000))  # wants the core all the time
                if watch.check():
                    return started, True, time.monotonic()
            return started, False, time.monotonic()

        t0 = time.monotonic()
        started, held_back, t1 = on_new_thread(body)
    finally:
        hog.kill()
        hog.wait()
    assert started is Priority.BACKGROUND
    assert held_back, "a thread given almost no CPU was not seen held back"
    assert watch.held_back_count == 1
    assert t1 - t0 < 20.0
