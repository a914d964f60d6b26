"""The sync thread never stops silently: it restarts with backoff, then gives up and says so;
a restarted engine carries on with what the moderator asked for.

The fault is real: the store's path is a folder, so every engine start fails in SQLite until
the folder goes. The restart backoff is shortened for the test; the policy's defaults are
tested in tests/reviewer/test_supervision.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.supervision import RestartPolicy, last_crashes
from reviewer.sync import SyncConfig
from tests.reviewer.hostile_server import GOOD_INFO, Hostile, Seen, run_hostile
from tests.reviewer.test_sync_hostile import token_pair
from ui.desk.sync_thread import HoldingCache, SyncThread


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with run_hostile() as server:
        server.body = GOOD_INFO
        yield server


def new_thread(
    tmp_path: Path, api_factory: Callable[[], ApiClient], config: SyncConfig
) -> SyncThread:
    """A sync thread on ``tmp_path/store.sqlite3`` with the restart backoff shortened."""
    return SyncThread(
        store_path=tmp_path / "store.sqlite3",
        cache=HoldingCache(tmp_path / "content"),
        api_factory=api_factory,
        config=config,
        log_dir=tmp_path / "log",
        restart_policy=RestartPolicy(base_s=0.05, max_s=0.2),
    )


def make_thread(tmp_path: Path, hostile: Hostile) -> tuple[SyncThread, Path]:
    store_path = tmp_path / "store.sqlite3"
    store_path.mkdir()  # a folder where the store should be: the engine cannot start
    thread = new_thread(
        tmp_path, lambda: ApiClient(hostile.base_url, deadline_s=5), SyncConfig(prefetch_depth=0)
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


def test_an_engine_restarted_mid_life_pulls_from_the_moderators_queue_again(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile
) -> None:
    """The fault comes in the middle of a life: another connection holds the store's write
    lock past SQLite's busy timeout, so the engine's next write fails and it restarts. The
    new engine must pull from the queue the moderator chose, for a moderator still at the
    desk, not from no queue for nobody."""
    pulls = "/v1/queues/live-q/batches"

    def service(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path.startswith(pulls):
            now = datetime.now(UTC)
            batch = {
                "batch_id": "b1",
                "queue": "live-q",
                "cases": [],
                "lease_expires_at": (now + timedelta(minutes=10)).isoformat(),
                "server_time": now.isoformat(),
            }
            return 200, {"Content-Type": "application/json"}, json.dumps(batch).encode()
        return 200, {"Content-Type": "application/json"}, GOOD_INFO

    hostile.handler = service
    store_path = tmp_path / "store.sqlite3"
    tokens = TokenManager(hostile.base_url, MemoryVault())
    tokens.adopt(token_pair())
    thread = new_thread(
        tmp_path,
        lambda: ApiClient(hostile.base_url, tokens=tokens, deadline_s=5),
        SyncConfig(prefetch_depth=0, idle_poll_s=0.2, empty_queue_poll_s=0.2),
    )

    def pulled() -> bool:
        with hostile.lock:
            return any(s.method == "POST" and s.path.startswith(pulls) for s in hostile.seen)

    thread.start()
    thread.note_activity()  # an engine pulls only for a moderator at the desk
    thread.set_queue("live-q")
    blocker: sqlite3.Connection | None = None
    try:
        qtbot.waitUntil(pulled, timeout=10_000)
        blocker = sqlite3.connect(store_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(thread.restarting, timeout=30_000):
            pass
        with hostile.lock:
            hostile.seen.clear()
        blocker.execute("ROLLBACK")
        qtbot.waitUntil(pulled, timeout=10_000)
    finally:
        if blocker is not None:
            blocker.close()
        assert thread.stop(20_000)
    [crash] = last_crashes(tmp_path / "log")[-1:]
    assert "StoreWriteError" in crash.trace  # the write that met the held lock
