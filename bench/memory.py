"""Resident memory of the desk after 1,000 cases decided, and its growth per case.

The desk runs in a child process (`python -m bench.memory URL HOME`) so that nothing else the
benchmark did is counted: the real main window, offscreen, against the reference service,
deciding case after case by key press with prefetch, as a moderator's shift would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import start_service
from bench.table import Row, verdict
from devkit.live_service import DEMO_PASSWORDS

CASES = 1000
MARKS = (100, 250, 500, 750, 1000)
REPO = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Resident set size of this process from /proc (Linux), in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def decide_cases(url: str, home: Path, target: int) -> dict[str, Any]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["REVIEWER_HOME"] = str(home)
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from bench.desk import next_ready, pump
    from reviewer.client.credentials import MemoryVault
    from reviewer.gil import favour_foreground
    from reviewer.heap import tune_heap
    from reviewer.session import SignInRequest, sign_in
    from reviewer.sync import SyncConfig
    from ui.shell.features import install_features
    from ui.shell.main_window import MainWindow

    tune_heap()  # as the desk starts (ui.shell.app.run), before Qt's threads
    app = QApplication.instance() or QApplication([sys.argv[0]])
    favour_foreground()  # as the desk starts
    session = sign_in(
        SignInRequest(url, "moderator1", DEMO_PASSWORDS["moderator1"]),
        vault=(MemoryVault(), False),
    )
    clock = {"now": 1000.0}
    config = SyncConfig(lease_size=20, prefetch_depth=6, min_open=8, idle_poll_s=0.2)
    window = MainWindow(session, sync_config=config, clock=lambda: clock["now"])
    install_features(window)  # as the app does: reveal policy, key remaps, idle lock
    window.resize(1600, 1000)
    window.show()
    window.start()
    window.controller.set_app_active(True)
    while window.banner.pending():
        window.banner.acknowledge_current()
    queue = max((q for q in session.queues if q.kind == "live"), key=lambda q: q.depth)
    target = min(target, queue.depth)
    window.start_reviewing(queue.id)
    marks: dict[int, float] = {}
    decided = 0
    stopped = "target reached"
    t0 = time.perf_counter()
    try:
        pump(app, lambda: window.controller.current is not None, timeout=120)
        start_rss = rss_mb()
        while decided < target:
            if not pump(app, lambda: next_ready(window), timeout=120):
                stopped = f"no next case ready after 120 s (open: {len(window.store.open_cases())})"
                break
            # its picture too (the first frame of the swap): held as the desk holds it
            pump(app, window.case_view.picture_ready, timeout=5)
            clock["now"] += 0.25  # just past the 200 ms key guard (the idle lock reads this clock)
            shown = window.controller.current
            assert shown is not None  # next_ready saw it
            before = shown.case_id
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = QKeyEvent(kind, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
                QApplication.sendEvent(window.case_view, key)
            app.processEvents()
            current = window.controller.current
            if current is None or current.case_id == before:
                stopped = "the key did not move to another case: " + window.status.currentMessage()
                break
            decided += 1
            if decided in MARKS:
                marks[decided] = rss_mb()
    finally:
        window.shutdown()
        window.close()
        session.close()
    return {
        "decided": decided,
        "start_mb": start_rss,
        "marks": marks,
        "seconds": time.perf_counter() - t0,
        "stopped": stopped,
        "target": target,
    }


def memory_rows(workdir: Path) -> list[Row]:
    svc = start_service(workdir / "memory", cases=int(CASES * 1.6), seed=31)
    try:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        done = subprocess.run(  # noqa: S603 - our own module
            [sys.executable, "-m", "bench.memory", svc.url, str(workdir / "memory-home")],
            env=env,
            capture_output=True,
            text=True,
            timeout=2400,  # live-sized cases: 1,000 of them fetched and decoded
            check=False,
        )
    finally:
        svc.service.stop()
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout)[-300:].replace("\n", " ")
        return [Row("resident memory after 1,000 cases", f"failed: {tail}", "< 300 MB", "–", "n/a")]
    got = json.loads(lines[-1])
    marks = {int(k): v for k, v in got["marks"].items()}
    if not marks:
        return [Row("resident memory after 1,000 cases", "no cases decided", "< 300 MB", "–", "")]
    last = max(marks)
    first = min(marks)
    growth_kb = (marks[last] - marks[first]) * 1024 / max(1, last - first)
    trail = ", ".join(f"{n}: {mb:.0f}" for n, mb in sorted(marks.items()))
    return [
        Row(
            f"resident memory after {got['decided']:,} cases decided (MiB at case {trail})",
            f"{marks[last]:.0f} MiB; {growth_kb:+.0f} KiB per case after case {first}",
            "< 300 MB, no growth per case",
            f"{got['start_mb']:.0f} MiB with the first case on screen",
            verdict(marks[last] * 1.048576 < 300),
        )
    ]


if __name__ == "__main__":
    result = decide_cases(sys.argv[1], Path(sys.argv[2]), CASES)
    print(json.dumps(result))
