"""The service killed with SIGKILL in the middle of a batch, then restarted: the resend is exact.

A desk records a few hundred decisions (decide, retract, decide again on its leased
cases) and uploads them as one batch. The service is killed once it has read the
request body (its read counter in /proc/<pid>/io has grown by the body's size), so
the kill lands while it works on the batch and the desk gets no answer. After a
restart on the same database, the desk's resend of the same stored bytes must leave
exactly one row per decision, and each case's current decision must be the desk's
last one.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from devkit.live_service import LiveService
from reviewer.store.rows import RecordedDecision
from reviewer.sync import SyncReport
from tests.reviewer.synckit import (
    Desk,
    client_current_decisions,
    decide,
    drain,
    make_desk,
    service_current_decisions,
    service_live_decision_counts,
    service_rows,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/io"),
]

ROUNDS = 3
#: more rounds only if no kill landed while the upload was unanswered (a fast machine)
MAX_ROUNDS = 8
DECISIONS_PER_ROUND = 300


def _bytes_read(pid: int) -> int:
    """Bytes the process has read through read() and friends, sockets included."""
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError(f"no rchar in /proc/{pid}/io")


def _record_round(desk: Desk, cases: list[str]) -> list[RecordedDecision]:
    """Decide, retract, decide again... on the leased cases, oldest first."""
    made: list[RecordedDecision] = []
    current = client_current_decisions(desk.store, cases)
    for turn in range(DECISIONS_PER_ROUND):
        case_id = cases[turn % len(cases)]
        earlier = current.get(case_id)
        if earlier is None:
            rec = decide(desk, case_id)
        else:
            rec = decide(desk, case_id, "retract", supersedes=earlier)
        current[case_id] = None if earlier is not None else rec.decision_id
        made.append(rec)
    return made


def _kill_once_body_read(service: LiveService, body_bytes: int, desk: Desk) -> SyncReport:
    """Upload (on this thread: the store belongs to it) while a watcher SIGKILLs the service
    once it has read the body; the desk's report of the step."""
    assert service.proc is not None
    pid = service.proc.pid
    start = _bytes_read(pid)
    stop = threading.Event()

    def watch() -> None:
        deadline = time.monotonic() + 60
        while not stop.is_set() and time.monotonic() < deadline:
            if _bytes_read(pid) - start >= body_bytes:
                break
        os.kill(pid, signal.SIGKILL)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        report = desk.engine.step(datetime.now(UTC))
    finally:
        stop.set()
        watcher.join(timeout=60)
    assert not watcher.is_alive()
    service.kill()  # reaps the process the watcher killed
    return report


def test_service_killed_mid_batch_then_resend_gives_exact_counts(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    service = live_service_factory()
    desk = make_desk(
        service, tmp_path / "store.sqlite3", lease_size=6, min_open=6, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        cases = list(desk.engine.step().leased_now)
        assert len(cases) >= 3
        every: list[str] = []
        in_flight = 0
        committed: list[int] = []  # per round: this round's rows the dead service had kept
        rounds = 0
        while rounds < ROUNDS or (in_flight == 0 and rounds < MAX_ROUNDS):
            rounds += 1
            made = _record_round(desk, cases)
            every += [r.decision_id for r in made]
            body = sum(len(r.payload) for r in made)
            report = _kill_once_body_read(service, body, desk)
            in_flight += report.error is not None
            # Whatever the dead service had committed, it holds each decision at most once.
            before = service_rows(service, every)
            assert all(n == 1 for n in before.values())
            committed.append(len(before) - (len(every) - len(made)))
            service.start()
            desk.engine.reset_backoff()
            drain(desk)
            assert service_rows(service, every) == dict.fromkeys(every, 1)
        desk_current = client_current_decisions(desk.store, cases)
        assert service_current_decisions(service, cases) == desk_current
        standing = service_live_decision_counts(service, cases)
        assert standing == {c: 1 for c, d in desk_current.items() if d is not None}
        assert desk.store.outbox_counts() == {"pending": 0, "synced": len(every), "problem": 0}
        print(
            f"\nservice killed mid-batch {rounds} times ({in_flight} with the upload unanswered);"
            f" {len(every)} decisions on the service exactly once; rows kept by the dead service"
            f" per round: {committed}"
        )
        assert in_flight >= 1
    finally:
        desk.close()
