"""The crash harness: kill recorders with SIGKILL at random moments, then see what survived.

``run_campaign`` drives tests/reviewer/crash_child.py; ``durable_decision_ids`` is the
hook for later checks (e.g. syncing the store and asking the service that it holds
each of these decisions exactly once).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reviewer import contract
from reviewer.store.decisions import Store

CHILD = Path(__file__).with_name("crash_child.py")
REPO_ROOT = CHILD.parents[2]


@dataclass
class CrashOutcome:
    store_path: Path
    kills: int = 0
    printed: set[str] = field(default_factory=set)
    printed_order: list[str] = field(default_factory=list)
    exit_statuses: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lost: set[str] = field(default_factory=set)
    #: durable decisions with no outbox row: they would never reach the service
    unqueued: set[str] = field(default_factory=set)


def durable_decision_ids(store_path: Path) -> set[str]:
    """Every decision id the store holds (the set that must reach the service exactly once)."""
    with Store.open(store_path) as store:
        rows = store.connection.execute("SELECT decision_id FROM decisions").fetchall()
    return {r[0] for r in rows}


def unqueued_decision_ids(store_path: Path) -> set[str]:
    """Decisions without an outbox row (a torn write): kept on the desk, never sent."""
    with Store.open(store_path) as store:
        rows = store.connection.execute(
            "SELECT d.decision_id FROM decisions d"
            " LEFT JOIN outbox o ON o.decision_id = d.decision_id WHERE o.decision_id IS NULL"
        ).fetchall()
    return {r[0] for r in rows}


def lease_synthetic_cases(store_path: Path, count: int = 8) -> list[str]:
    """Lease made-up cases for a campaign that runs without a service."""
    now = datetime.now(UTC)
    expires = now + timedelta(hours=1)
    case_ids = [f"crash-case-{i}" for i in range(count)]
    with Store.open(store_path) as store:
        store.save_batch(
            contract.Batch(
                batch_id="crash-batch",
                queue="live-en",
                cases=[contract.LeasedCase(case_id=c, lease_expires_at=expires) for c in case_ids],
                lease_expires_at=expires,
                server_time=now,
            )
        )
    return case_ids


def run_campaign(
    store_path: Path,
    *,
    kills: int = 200,
    broken: bool = False,
    seed: int = 20261125,
    case_ids: Sequence[str] | None = None,
    max_lines: int = 12,
    stop_on_loss: bool = False,
    action: str = "no_violation",
    policy_codes: Sequence[str] = (),
    torn_spin_ms: float | None = None,
) -> CrashOutcome:
    """Start a recorder, read a random number of acknowledged ids, SIGKILL it; repeat.

    With ``stop_on_loss`` the store is checked after every kill and the campaign ends at
    the first acknowledged id that is not in it, or the first decision without its outbox
    row (used to prove the harness can fail). ``torn_spin_ms`` starts the torn recorder.
    """
    rng = random.Random(seed)
    if case_ids is None:
        case_ids = lease_synthetic_cases(store_path)
    outcome = CrashOutcome(store_path)
    command = [sys.executable, str(CHILD), str(store_path), "--cases", ",".join(case_ids)]
    command += ["--action", action, "--policy-codes", ",".join(policy_codes)]
    if broken:
        command.append("--broken")
    if torn_spin_ms is not None:
        command += ["--torn-spin-ms", str(torn_spin_ms)]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPO_ROOT)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        for _ in range(kills):
            proc.stdin.write(b"go\n")
            proc.stdin.flush()
            pid = _expect_pid(proc.stdout.readline())
            wanted = rng.randint(0, max_lines)
            seen = 0
            killed = False
            while True:
                if not killed and seen >= wanted:
                    if rng.random() < 0.5:  # land the kill at a random point of the next write
                        _spin(rng.uniform(0, 0.002))
                    os.kill(pid, signal.SIGKILL)
                    killed = True
                line = proc.stdout.readline().decode("utf-8").rstrip("\n")
                if not line:
                    raise RuntimeError("the crash-test zygote died")
                kind, _, rest = line.partition(" ")
                if kind == "id":
                    outcome.printed.add(rest)
                    outcome.printed_order.append(rest)
                    seen += 1
                elif kind == "error":
                    outcome.errors.append(rest)
                elif kind == "exit":
                    outcome.exit_statuses.append(int(rest.split()[1]))
                    break
                else:
                    raise RuntimeError(f"unexpected line from the recorder: {line!r}")
            outcome.kills += 1
            if outcome.errors:
                break
            if stop_on_loss:
                outcome.lost = outcome.printed - durable_decision_ids(store_path)
                outcome.unqueued = unqueued_decision_ids(store_path)
                if outcome.lost or outcome.unqueued:
                    break
        proc.stdin.write(b"quit\n")
        proc.stdin.flush()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    outcome.lost = outcome.printed - durable_decision_ids(store_path)
    outcome.unqueued = unqueued_decision_ids(store_path)
    return outcome


def _expect_pid(line: bytes) -> int:
    kind, _, rest = line.decode("utf-8").strip().partition(" ")
    if kind != "pid":
        raise RuntimeError(f"expected a pid line from the zygote, got {line!r}")
    return int(rest)


def _spin(seconds: float) -> None:
    """A busy wait: sleep() granularity is too coarse to place a kill inside a commit."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
