"""Measure record_decision latency on this machine (a measurement, not a test).

    .venv/bin/python -m tests.reviewer.store.measure_store [--n 2000]

Prints p50/p99/max for decisions committed alone, and while a second thread (its own
connection, as the sync thread has) marks outbox rows synced in batches and reads the
outbox. docs/design.md budget: p99 < 5 ms in both cases.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from reviewer import contract
from reviewer.store.decisions import Store
from tests.reviewer.store.storekit import draft, lease


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _run(path: Path, n: int, with_sync: bool) -> list[float]:
    store = Store.open(path)
    cases = [f"m{with_sync:d}-{i}" for i in range(n)]
    for start in range(0, n, 20):
        lease(store, cases[start : start + 20], batch_id=f"b{start}")
    stop = threading.Event()

    def sync_worker() -> None:
        with Store.open(path) as mine:
            while not stop.is_set():
                items = mine.pending_outbox(limit=500)
                mine.apply_results(
                    [
                        contract.DecisionResult(decision_id=i.decision_id, status="accepted")
                        for i in items
                    ]
                )
                mine.outbox_counts()
                time.sleep(0.005)

    worker = threading.Thread(target=sync_worker) if with_sync else None
    if worker:
        worker.start()
    timings: list[float] = []
    try:
        for case_id in cases:
            t0 = time.perf_counter()
            store.record_decision(draft(case_id))
            timings.append((time.perf_counter() - t0) * 1000)
    finally:
        stop.set()
        if worker:
            worker.join()
        store.close()
    return timings


def _fsync_probe(folder: str, n: int = 500) -> list[float]:
    """Raw cost of one durable 4 KiB write on this disk: the floor under a FULL commit.

    Like SQLite's WAL it rewrites a file that already has its size and calls fdatasync,
    so no file-system metadata has to be journalled.
    """
    path = Path(folder) / "fsync-probe"
    block = b"x" * 4096
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    timings: list[float] = []
    try:
        os.write(fd, block * n)
        os.fsync(fd)
        sync = getattr(os, "fdatasync", os.fsync)
        for i in range(n):
            os.pwrite(fd, block, i * len(block))
            t0 = time.perf_counter()
            sync(fd)
            timings.append((time.perf_counter() - t0) * 1000)
    finally:
        os.close(fd)
        path.unlink()
    return timings


def _line(label: str, ms: list[float], budget: str) -> str:
    return (
        f"  {label:24} p50 {statistics.median(ms):6.2f} ms   p99 {_percentile(ms, 0.99):6.2f} ms"
        f"   max {max(ms):7.2f} ms   {budget}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.sqlite3"
        print(f"record_decision, {args.n} decisions, store on {folder} (synchronous=FULL)")
        print(_line("fdatasync 4 KiB (floor)", _fsync_probe(folder), ""))
        for label, with_sync in (("alone", False), ("while syncing", True)):
            ms = _run(path, args.n, with_sync)
            print(_line(label, ms, "(budget p99 < 5 ms)"))
        print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
