"""What-if for the commit row: the sync engine in a process of its own, at a lower priority.

``python -m bench.sync_apart [--runs N] [--hogs N]`` (not part of ``make bench``). The
commit row of ``make bench`` (a decision committed every ~2.5 ms while the sync engine
drains 10,000 queued decisions) is timed in four arrangements, one after another in
each run:

- ``thread``: today's desk, the engine on a thread of the desk's process (bench.core);
- ``process, nice 0``: the engine in a child process at the desk's priority;
- ``process, nice 19``: the same child at the lowest priority an unprivileged process has;
- ``process, nice 19, writes at nice 0``: the child's engine thread at nice 19 hands each
  store write to a thread of its own at nice 0 and waits for it (:class:`SplitStore`), so
  the write lock is only ever held by a thread at the desk's priority, which no starved
  thread keeps from the interpreter lock (the engine thread waits while it writes).

The two processes share the store's write lock through :class:`ProcessGate` (the rule of
``reviewer.store.decisions.WriteGate`` on multiprocessing primitives): without it SQLite's
busy handler would poll. ``--hogs N`` adds N busy processes at normal priority (and then
runs the service stand-in at normal priority too, or it would never answer): the case
where a low-priority engine holding the write lock is starved and a decision waits for it.
It is a measurement for choosing a design, not a part of the desk.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from multiprocessing.context import SpawnContext
from pathlib import Path
from typing import Any, cast

from bench.core import (
    CHAIN_CASES,
    DRAIN_N,
    drain_and_concurrent_commits,
    local_batch,
    record_chains,
)
from bench.harness import BenchService, engine_for, load_average, scratch, start_service
from bench.table import Row, median, ms, pct, render, verdict
from devkit.clients import draft, live_queue, sign_in
from reviewer.gil import favour_foreground
from reviewer.store.decisions import Store, WriteWaits

SIDE_COMMITS = 1500


class ProcessGate:
    """The store's write lock shared by two processes: a background writer (the engine)
    starts only while no foreground writer (a decision) waits."""

    def __init__(self, ctx: SpawnContext) -> None:
        self._lock = ctx.Lock()
        self._turns = ctx.Condition()
        self._waiting = ctx.Value("i", 0, lock=False)

    @contextlib.contextmanager
    def hold(self, *, background: bool) -> Iterator[None]:
        if background:
            with self._turns:
                self._turns.wait_for(lambda: self._waiting.value == 0)
            self._lock.acquire()
        else:
            with self._turns:
                self._waiting.value += 1
            try:
                self._lock.acquire()
            finally:
                with self._turns:
                    self._waiting.value -= 1
                    self._turns.notify_all()
        try:
            yield
        finally:
            self._lock.release()


#: the Store methods that write (take the write lock or checkpoint)
WRITES = frozenset(
    [
        "checkpoint",
        "hold",
        "retry_held",
        "apply_results",
        "note_attempt",
        "save_batch",
        "renew_leases",
        "expire_leases",
        "save_case_detail",
        "update_case_detail",
        "mark_content_evicted",
        "set_case_state",
        "record_ack",
        "mark_acks_synced",
        "claim",
        "set_state",
        "set_states",
        "forget_all_case_content",
        "truncate_wal",
    ]
)


class SplitStore:
    """Reads on the caller's connection; writes on a writer thread's, the caller waiting."""

    def __init__(self, path: Path, gate: ProcessGate) -> None:
        self._reads = Store.open(path, background=True, gate=gate)
        self._jobs: queue.Queue[tuple[str, tuple[Any, ...], dict[str, Any], Future[Any]] | None]
        self._jobs = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, args=(path, gate), daemon=True)
        self._writer.start()

    def _write_loop(self, path: Path, gate: ProcessGate) -> None:
        store = Store.open(path, background=True, gate=gate)
        try:
            while (job := self._jobs.get()) is not None:
                name, args, kwargs, done = job
                try:
                    done.set_result(getattr(store, name)(*args, **kwargs))
                except BaseException as exc:  # handed to the caller
                    done.set_exception(exc)
        finally:
            store.close()

    def __getattr__(self, name: str) -> Any:
        if name not in WRITES:
            return getattr(self._reads, name)

        def write(*args: Any, **kwargs: Any) -> Any:
            done: Future[Any] = Future()
            self._jobs.put((name, args, kwargs, done))
            return done.result()

        return write

    def close(self) -> None:
        self._jobs.put(None)
        self._writer.join()
        self._reads.close()


def _engine_process(
    url: str, path: str, queue_id: str, nice: int, split: bool, gate: ProcessGate, out: Any
) -> None:
    """The child: the sync engine on the store until nothing is pending."""
    store: Any = SplitStore(Path(path), gate) if split else None  # writer thread: nice 0
    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)  # this thread only
    api, _tokens = sign_in(url, "moderator1", deadline_s=60)
    if store is None:
        store = Store.open(Path(path), background=True, gate=gate)
    engine = engine_for(cast(Store, store), api, queue_id)
    try:
        out.put("ready")
        while True:
            report = engine.step()
            if report.error:
                raise RuntimeError(report.error)
            if report.pending == 0:
                break
    finally:
        store.close()
        api.close()
    out.put("done")


def _commits_beside_a_process(
    svc: BenchService, workdir: Path, nice: int, split: bool
) -> dict[str, Any]:
    api, _tokens = sign_in(svc.url, "moderator1", deadline_s=60)
    version = api.policies().version
    queue_id = live_queue(api)
    path = workdir / f"apart-{nice}-{time.monotonic_ns()}.sqlite3"
    ctx = multiprocessing.get_context("spawn")
    gate = ProcessGate(ctx)
    store = Store.open(path, gate=gate)
    store.reserve_log()  # as the desk does once a session (ui.shell.main_window)
    case_ids = store.save_batch(api.lease_batch(queue_id, CHAIN_CASES))
    record_chains(store, case_ids, DRAIN_N, version)
    side_ids = local_batch(store, SIDE_COMMITS, "side")
    favour_foreground()
    out = ctx.Queue()
    child = ctx.Process(
        target=_engine_process, args=(svc.url, str(path), queue_id, nice, split, gate, out)
    )
    child.start()
    try:
        assert out.get(timeout=120) == "ready"
        store.write_waits = WriteWaits()
        during: list[float] = []
        for case_id in side_ids:
            if not child.is_alive():
                break
            t0 = time.perf_counter()
            store.record_decision(draft(case_id, version, "no_violation", None))
            during.append(time.perf_counter() - t0)
            time.sleep(0.002)  # as bench.core: a moderator is not a tight loop
        child.join(timeout=900)
        if child.exitcode != 0 or not during:
            raise RuntimeError(f"the engine process failed (exit code {child.exitcode})")
    finally:
        if child.is_alive():
            child.kill()
        store.close()
        api.close()
    waits = store.write_waits
    return {"during": during, "wait_total_s": waits.total_s, "wait_max_s": waits.max_s}


def _row(name: str, run: dict[str, Any]) -> Row:
    during: list[float] = run["during"]
    p99 = pct(during, 99)
    return Row(
        f"decision commit while sync uploads ({len(during)} commits; engine on a {name})",
        f"p50 {ms(median(during))}, p99 {ms(p99)}, max {ms(max(during))}; waited for the "
        f"write lock {ms(run['wait_total_s'])} in all (longest {ms(run['wait_max_s'])})",
        "p99 < 3 ms",
        "-",
        verdict(p99 < 0.003),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_apart", description=__doc__)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--hogs", type=int, default=0, help="busy processes beside the desk")
    args = parser.parse_args(argv)
    workdir = scratch()
    rows: list[Row] = [
        Row("load average before the run (1, 5, 15 min)", load_average(), "", "", "")
    ]
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.hogs)]
    try:
        for i in range(args.runs):
            for nice, split in ((None, False), (0, False), (19, False), (19, True)):
                # a fresh service (its live queue has the cases) and fresh stores each time
                here = workdir / f"run-{i}-{nice}-{split}"
                svc = start_service(here / "service", cases=90, idle_class=args.hogs == 0)
                try:
                    if nice is None:
                        run = drain_and_concurrent_commits(svc, here)
                        rows.append(_row("thread (today)", run))
                    else:
                        run = _commits_beside_a_process(svc, here, nice, split)
                        name = f"process, nice {nice}" + (", writes at nice 0" if split else "")
                        rows.append(_row(name, run))
                finally:
                    svc.service.stop()
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    print(render(rows))
    return 0


if __name__ == "__main__":
    assert threading.current_thread() is threading.main_thread()
    sys.exit(main())
