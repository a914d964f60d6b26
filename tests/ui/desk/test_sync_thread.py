"""The sync thread never stops silently: it restarts with backoff, then gives up and says so.
Each engine life runs on a thread of its own in the idle class and hands over when held back.

The fault is real: the store's path is a folder, so every engine start fails in SQLite until
the folder goes. The restart backoff is shortened for the test; the policy's defaults are
tested in tests/reviewer/test_supervision.py.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer import contract
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.priority import HeldBackWatch
from reviewer.supervision import RestartPolicy, last_crashes
from reviewer.sync import SyncConfig
from tests.reviewer.hostile_server import GOOD_INFO, Hostile, run_hostile
from ui.desk.sync_thread import HoldingCache, SyncThread


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with run_hostile() as server:
        server.body = GOOD_INFO
        yield server


linux_only = pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling")


def make_thread(tmp_path: Path, hostile: Hostile) -> tuple[SyncThread, Path]:
    store_path = tmp_path / "store.sqlite3"
    store_path.mkdir()  # a folder where the store should be: the engine cannot start
    thread = SyncThread(
        store_path=store_path,
        cache=HoldingCache(tmp_path / "content"),
        api_factory=lambda: ApiClient(hostile.base_url, deadline_s=5),
        config=SyncConfig(prefetch_depth=0),
        log_dir=tmp_path / "log",
        restart_policy=RestartPolicy(base_s=0.05, max_s=0.2),
    )
    return thread, store_path


def test_a_failed_engine_restarts_and_runs_once_the_fault_is_gone(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    thread, store_path = make_thread(tmp_path, hostile)
    delays: list[float] = []
    thread.restarting.connect(delays.append)
    try:
        with qtbot.waitSignal(thread.restarting, timeout=10_000):
            thread.start()
        store_path.rmdir()  # the fault goes: the next start opens a fresh store
        with qtbot.waitSignal(thread.report, timeout=20_000):
            pass
    finally:
        assert thread.stop(20_000)
    assert delays
    assert delays[0] == pytest.approx(0.05)
    [crash] = last_crashes(tmp_path / "log")[-1:]
    assert not crash.gave_up
    assert "sync_thread.py" in crash.trace


def test_after_five_restarts_the_thread_stays_stopped_and_says_so(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    thread, _ = make_thread(tmp_path, hostile)
    delays: list[float] = []
    thread.restarting.connect(delays.append)
    with qtbot.waitSignal(thread.crashed, timeout=30_000) as stopped:
        thread.start()
    assert thread.wait(20_000)
    assert len(delays) == 5
    assert delays == sorted(delays)  # backoff
    assert "Sync stopped after 6 errors" in str(stopped.args[0])
    crashes = last_crashes(tmp_path / "log", limit=10)
    assert len(crashes) == 6
    assert crashes[-1].gave_up


class PolicySeen:
    """Which thread and scheduling class emitted each signal (a direct connection runs the
    slot on the emitting thread: the engine's life)."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []

    def note(self, *_args: object) -> None:
        self.seen.append((threading.get_native_id(), os.sched_getscheduler(0)))


def token_pair() -> contract.TokenPair:
    soon = datetime.now(UTC)
    return contract.TokenPair.model_validate(
        {
            "access_token": "a",
            "refresh_token": "r",
            "access_expires_at": soon + timedelta(hours=1),
            "refresh_expires_at": soon + timedelta(days=1),
            "user": {
                "user_id": "u1",
                "username": "moderator1",
                "display_name": "M",
                "role": "moderator",
                "team": "t",
                "vendor": "v",
            },
        }
    )


def signed_in(hostile: Hostile) -> ApiClient:
    tokens = TokenManager(hostile.base_url, MemoryVault())
    tokens.adopt(token_pair())
    return ApiClient(hostile.base_url, tokens=tokens, deadline_s=5)


def running_thread(tmp_path: Path, hostile: Hostile, watch: HeldBackWatch) -> SyncThread:
    return SyncThread(
        store_path=tmp_path / "store.sqlite3",
        cache=HoldingCache(tmp_path / "content"),
        api_factory=lambda: signed_in(hostile),
        config=SyncConfig(prefetch_depth=0, idle_poll_s=0.05),
        log_dir=tmp_path / "log",
        life_priority=watch,
    )


@linux_only
def test_the_engine_runs_in_the_idle_class_and_a_held_back_life_hands_over(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    waited = iter(range(0, 10**15, 10**9))  # every look: one more second spent waiting
    watch = HeldBackWatch(window_s=0.0, waited_ns=lambda: next(waited))
    thread = running_thread(tmp_path, hostile, watch)
    seen = PolicySeen()
    thread.report.connect(seen.note, Qt.ConnectionType.DirectConnection)
    try:
        thread.start()
        qtbot.waitUntil(lambda: len({tid for tid, _ in seen.seen}) >= 2, timeout=20_000)
    finally:
        assert thread.stop(20_000)
    first_life, second_life = seen.seen[0], seen.seen[-1]
    assert first_life[1] == os.SCHED_IDLE
    assert second_life == (second_life[0], os.SCHED_OTHER)
    assert first_life[0] != second_life[0]  # a new thread: the idle class cannot be left
    assert watch.held_back_count == 1
    assert not last_crashes(tmp_path / "log")  # a hand-over, not a failure


@linux_only
def test_the_sign_out_round_runs_at_normal_priority(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    thread = running_thread(tmp_path, hostile, HeldBackWatch())
    seen = PolicySeen()
    thread.report.connect(seen.note, Qt.ConnectionType.DirectConnection)
    thread.signedOut.connect(seen.note, Qt.ConnectionType.DirectConnection)
    try:
        thread.start()
        qtbot.waitUntil(lambda: bool(seen.seen), timeout=20_000)
        with qtbot.waitSignal(thread.signedOut, timeout=20_000):
            thread.request_sign_out()
    finally:
        assert thread.stop(20_000)
    assert seen.seen[0][1] == os.SCHED_IDLE
    assert seen.seen[-1][1] == os.SCHED_OTHER  # the deadline's round, in a normal life


@linux_only
def test_a_new_life_pulls_from_the_queue_the_moderator_chose(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    """The queue and the last activity are the thread's, not one engine's: after a hand-over
    the next life asks the same queue for cases at once."""
    waited = iter(range(0, 10**15, 10**9))
    watch = HeldBackWatch(window_s=0.0, waited_ns=lambda: next(waited))
    thread = running_thread(tmp_path, hostile, watch)
    seen = PolicySeen()
    thread.report.connect(seen.note, Qt.ConnectionType.DirectConnection)

    def asked() -> int:
        with hostile.lock:
            return sum(1 for s in hostile.seen if s.path == "/v1/queues/live-xx/batches")

    thread.set_queue("live-xx")
    thread.note_activity()
    try:
        thread.start()
        qtbot.waitUntil(lambda: len({tid for tid, _ in seen.seen}) >= 2, timeout=20_000)
        qtbot.waitUntil(lambda: asked() >= 2, timeout=20_000)  # once in each life
    finally:
        assert thread.stop(20_000)
    assert watch.held_back_count >= 1
