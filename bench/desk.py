"""Benchmark rows of the moderator's desk (Qt, offscreen): cold start, and decision
keystroke to the next case fully drawn, alone and while the sync thread uploads.

The keystroke figure runs the real main window, themed by the app's own stylesheet,
against a real service: the key event goes through the DecisionKeyFilter, the decision
is committed to SQLite (synchronous=FULL), the next prefetched case is set on the
CaseView (which repaints itself before it reports the case shown), and every event the
swap posted (layouts, the repaint of whatever else it left dirty in the 1600x1000
window, queued signals) is delivered before the clock stops. Work the desk schedules on
a timer for after the frame (getting the case after next ready, inside the key guard)
is not part of the figure; it runs between samples, as it does between key presses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import start_service
from bench.table import Row, median, ms, pct, verdict
from devkit.live_service import DEMO_PASSWORDS

COLD_RUNS = 5
KEY_SAMPLES = 25
UPLOAD_LOAD = 10_000
REPO = Path(__file__).resolve().parents[1]


def cold_start(runs: int = COLD_RUNS, command: list[str] | None = None) -> list[float]:
    """Seconds from spawning `reviewer` (the venv's, or ``command``: the bundle's) to its
    first window shown and the event loop idle."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEWER_TIMING="1")
    env["PYTHONPATH"] = str(REPO)
    script = Path(sys.executable).with_name("reviewer")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "ui.launcher"]
    if command is not None:
        cmd = command
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(  # noqa: S603 - our own launcher
            [*cmd, "--server", "https://review.example.com"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first-window-ms"):
                times.append(time.perf_counter() - t0)
                break
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()
    return times


def pump(app: Any, until: Any, timeout: float = 60.0) -> bool:
    """Run the event loop until ``until()`` holds; False if ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.002)
    return True


def next_ready(window: Any) -> bool:
    """The case after the one on screen is on disk, its chat parsed (and its first rows
    shaped) and its images decoded: what the desk does within the key guard after a swap."""
    controller = window.controller
    if controller.current is None:
        return False
    upcoming = controller.upcoming()
    if not upcoming:
        return False
    nxt = upcoming[0]
    detail = window.store.case_detail(nxt)
    if detail is None:
        return False
    chat_ready = not detail.chat_count or controller.chat_prepared_for(nxt)
    # and what the desk got going for the cases after it (decodes, chat parsing on the
    # pool) is done, as it is seconds later when a moderator presses the next key
    from ui.common import tasks

    pool_idle = tasks.pool().activeThreadCount() == 0
    return bool(chat_ready and window.case_view.decoder.pending() == 0 and pool_idle)


def _fill_outbox(store_path: Path, n: int) -> None:
    """Decisions on local-only cases: the sync thread uploads them (the service rejects
    them as unknown cases, which is an answer like any other)."""
    from bench.core import local_batch
    from devkit.clients import draft
    from reviewer.store.decisions import Store

    store = Store.open(store_path)
    try:
        for case_id in local_batch(store, n, "upload-load"):
            store.record_decision(draft(case_id, "bench", "no_violation", None))
    finally:
        store.close()


def keystroke_samples(url: str, workdir: Path) -> tuple[list[float], list[float]]:
    """(alone, while uploading): seconds from key press to the next case drawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["REVIEWER_HOME"] = str(workdir / "desk-home")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from reviewer.client.credentials import MemoryVault
    from reviewer.gil import favour_foreground
    from reviewer.session import SignInRequest, sign_in
    from reviewer.sync import SyncConfig
    from ui.common import theme
    from ui.shell.features import install_features
    from ui.shell.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    theme.apply_theme(app, "system")  # as the desk starts: a stylesheet paints slower
    favour_foreground()  # as the desk starts
    session = sign_in(
        SignInRequest(url, "moderator2", DEMO_PASSWORDS["moderator2"]),
        vault=(MemoryVault(), False),
    )
    clock = {"now": 1000.0}
    # enough cases on disk ahead that the "while uploading" samples never wait for a fetch
    ahead = 2 * KEY_SAMPLES + 5
    config = SyncConfig(lease_size=20, prefetch_depth=ahead, min_open=ahead, idle_poll_s=0.2)
    window = MainWindow(session, sync_config=config, clock=lambda: clock["now"])
    install_features(window)  # as the app does: reveal policy, key remaps, idle lock
    window.resize(1600, 1000)
    window.show()
    window.start()
    window.controller.set_app_active(True)
    while window.banner.pending():
        window.banner.acknowledge_current()
    queue = max((q for q in session.queues if q.kind == "live"), key=lambda q: q.depth).id
    window.start_reviewing(queue)

    def sample() -> float | None:
        if not pump(app, lambda: next_ready(window)):
            return None
        clock["now"] += 1.0  # past the key guard, which reads this clock
        shown = window.controller.current
        assert shown is not None  # next_ready saw it
        before = shown.case_id
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
        t0 = time.perf_counter()
        QApplication.sendEvent(window.case_view, press)  # the case view repaints itself
        # what else the swap posted: layouts, the paint of the rest it left dirty (panel,
        # status bar), queued signals. Timers are the event loop's, not the swap's.
        QApplication.sendPostedEvents()
        elapsed = time.perf_counter() - t0
        app.processEvents()
        release = QKeyEvent(
            QEvent.Type.KeyRelease, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n"
        )
        QApplication.sendEvent(window.case_view, release)
        after = window.controller.current
        return elapsed if after is not None and after.case_id != before else None

    alone: list[float] = []
    uploading: list[float] = []

    def cached_ahead() -> int:
        return sum(r.detail_cached for r in window.store.open_cases())

    try:
        pump(app, lambda: window.controller.current is not None)
        pump(app, lambda: cached_ahead() >= ahead, timeout=120)
        while len(alone) < KEY_SAMPLES:
            got = sample()
            if got is None:
                break
            alone.append(got)
        _fill_outbox(window.store_path, UPLOAD_LOAD)
        window.sync.wake()
        while len(uploading) < KEY_SAMPLES:
            if window.store.outbox_counts().get("pending", 0) == 0:
                break  # the upload is over: later samples would not be "while uploading"
            got = sample()
            if got is None:
                break
            uploading.append(got)
    finally:
        window.shutdown()
        window.close()
        session.close()
    return alone, uploading


def _key_row(what: str, samples: list[float]) -> Row:
    if not samples:
        return Row(what, "no samples", "median < 16 ms, p99 < 50 ms", "–", "n/a")
    p50, p99 = median(samples), pct(samples, 99)
    return Row(
        f"{what} (n={len(samples)})",
        f"median {ms(p50)}, p99 {ms(p99)}",
        "median < 16 ms, p99 < 50 ms",
        "–",
        verdict(p50 < 0.016 and p99 < 0.050),
    )


def desk_rows(_svc: Any, workdir: Path) -> list[Row]:
    cold = cold_start()
    rows = [
        Row(
            f"cold start to the sign-in window (n={len(cold)})",
            f"median {ms(median(cold))}, worst {ms(max(cold))}",
            "< 1.0 s",
            "–",
            verdict(max(cold) < 1.0),
        )
    ]
    own = start_service(workdir / "desk", cases=80, seed=23)
    try:
        alone, uploading = keystroke_samples(own.url, workdir)
    finally:
        own.service.stop()
    rows.append(_key_row("keystroke to next case drawn, prefetched", alone))
    rows.append(_key_row("keystroke to next case drawn, while sync uploads", uploading))
    return rows


if __name__ == "__main__":  # python -m bench.desk: only these rows
    import shutil

    from bench.harness import scratch
    from bench.table import render

    scratch_dir = scratch()
    try:
        print(render(desk_rows(None, scratch_dir)))
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
