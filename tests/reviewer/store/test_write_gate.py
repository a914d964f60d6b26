"""The store's write gate: a decision (a foreground write) never queues behind a run of the
sync thread's (background) transactions, only behind the one already running; and those
transactions hold it briefly (no checkpoint inside, no fsync for replayable answers)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.store.decisions import Store, StoreWriteError, WriteGate
from tests.reviewer.store.storekit import draft, lease

ROUNDS = 10


def _decision_amid_a_run() -> int:
    """Background transactions back to back; a foreground writer asks during the 11th.
    Returns how many background transactions ran before it got in."""
    gate = WriteGate()
    done: list[int] = []
    waiting = threading.Event()
    seen_at: list[int] = []

    def background_run() -> None:
        for i in range(3_000):
            with gate.hold(background=True):
                done.append(i)
                if i == 10:
                    waiting.set()
                    while not gate.foreground_waiting():  # the decision waits for this one
                        threading.Event().wait(0.001)

    def foreground() -> None:
        waiting.wait(5)
        with gate.hold(background=False):
            seen_at.append(len(done))

    decision = threading.Thread(target=foreground)
    decision.start()
    run = threading.Thread(target=background_run)
    run.start()
    run.join(60)
    decision.join(5)
    return seen_at[0]


def test_a_run_of_background_transactions_lets_a_waiting_foreground_one_in() -> None:
    """The sync thread applying an upload's answers chunk after chunk released the lock and
    took it again at once, often before the waiting GUI thread got it (a race a plain lock
    loses about half the time, hence the rounds): in after the one transaction running
    when it asked, never after a run of them."""
    assert [_decision_amid_a_run() for _ in range(ROUNDS)] == [11] * ROUNDS


def test_each_write_notes_its_wait_for_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as gui, Store.open(path, background=True) as sync:
        assert sync.background
        assert not gui.background
        before = gui.write_waits.count
        gui.set_state("k", "v")
        sync.set_state("k2", "v2")
        assert gui.write_waits.count == before + 1
        assert gui.write_waits.max_s >= 0.0


def _wal_frames(path: Path) -> tuple[int, int]:
    """(frames in the WAL, frames copied back), asked from a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        _busy, log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(log), int(copied)
    finally:
        conn.close()


def test_the_background_connection_never_checkpoints_inside_its_commits(tmp_path: Path) -> None:
    """SQLite's automatic checkpoint runs inside the commit that pushes the WAL past 1,000
    pages, under the write lock a decision waits on (49 ms in `make bench`). The sync
    thread's connection leaves it to an explicit checkpoint outside the lock; the GUI's
    keeps it as the backstop."""
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as gui, Store.open(path, background=True) as sync:
        assert gui.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        assert sync.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        for i in range(800):  # two or more pages a transaction: well past 1,000 frames
            sync.set_state(f"k{i}", "x" * 3000)
        # had a commit checkpointed, the WAL would have started again from its beginning
        assert _wal_frames(path)[0] > 1500
        sync.set_state("after", "y")  # the copy above was complete: the WAL starts again
        sync.checkpoint()
        log, copied = _wal_frames(path)
        assert log == copied


def _statements(store: Store) -> list[str]:
    """Every statement the store's connection runs from now on, as SQLite saw it."""
    seen: list[str] = []
    store.connection.set_trace_callback(seen.append)
    return seen


def test_only_the_upload_answers_commit_without_waiting_for_the_disk(tmp_path: Path) -> None:
    """The answers are replayable (sent again, answered the same), so their commit skips the
    fsync and holds the write lock a decision may wait on for less; the decision, the lease
    and every other write stay synchronous=FULL, and the connection is FULL again after."""
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as gui, Store.open(path, background=True) as sync:
        lease(sync, ["c1", "c2"])
        recorded = gui.record_decision(draft("c1"))
        gui_seen, sync_seen = _statements(gui), _statements(sync)
        sync.apply_results(
            [contract.DecisionResult(decision_id=recorded.decision_id, status="accepted")],
            sent=[recorded.decision_id],
        )
        gui.record_decision(draft("c2"))
        lease(sync, ["c3"])
        sync_seen_after = len(sync_seen)
        lease(sync, ["c4"])
        assert sync_seen[0] == "PRAGMA synchronous = NORMAL"
        commit = sync_seen.index("COMMIT")
        assert sync_seen[commit + 1] == "PRAGMA synchronous = FULL"
        assert not any("synchronous" in s for s in sync_seen[commit + 2 :])
        assert sync_seen_after > commit + 2
        assert not any("synchronous" in s for s in gui_seen)
        for store in (gui, sync):
            assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert gui.outbox_counts()["synced"] == 1


def test_a_failed_answer_commit_leaves_the_connection_at_full(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as gui, Store.open(path, background=True) as sync:
        lease(gui, ["c1"])
        recorded = gui.record_decision(draft("c1"))
        sync.connection.execute("PRAGMA query_only = ON")  # every write now fails
        with pytest.raises(StoreWriteError):
            sync.apply_results(
                [contract.DecisionResult(decision_id=recorded.decision_id, status="accepted")],
                sent=[recorded.decision_id],
            )
        assert sync.connection.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert gui.outbox_counts()["pending"] == 1  # nothing half-applied


def _answer_steps(tmp_path: Path, pending: int, answers: int = 20) -> int:
    """SQLite's virtual-machine steps for the sync thread to apply ``answers`` answers while
    ``pending`` decisions wait in the outbox."""
    path = tmp_path / f"store-{pending}.sqlite3"
    with Store.open(path) as gui, Store.open(path, background=True) as sync:
        cases = [f"c{i}" for i in range(pending)]
        lease(sync, cases)
        ids = [gui.record_decision(draft(case_id)).decision_id for case_id in cases]
        steps = [0]

        def step() -> int:
            steps[0] += 1
            return 0  # 0: carry on

        sync.connection.set_progress_handler(step, 1)
        change = sync.apply_results(
            [contract.DecisionResult(decision_id=d, status="accepted") for d in ids[:answers]],
            sent=ids[:answers],
        )
        sync.connection.set_progress_handler(None, 0)
        assert change.synced == tuple(ids[:answers])
        return steps[0]


def test_applying_answers_looks_up_their_rows_and_never_walks_the_outbox(tmp_path: Path) -> None:
    """The sync thread holds the write lock while it applies answers, and a decision may be
    waiting for it: the work must not grow with the outbox (a drain starts at thousands of
    pending rows; the lookup through the status index walked them all, 1-3 ms a chunk)."""
    few, many = _answer_steps(tmp_path, 20), _answer_steps(tmp_path, 600)
    assert many < few * 1.2, (few, many)
