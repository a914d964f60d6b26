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

What "drawn" includes changed with the first frame from a picture (ui.case.cover): the
swap's frame shows a picture of the case built ahead, and the live widgets replace it at
the next turn of the event loop. The keystroke rows stop the clock at that frame; the
live paint after it is its own row (taken at once after the frame, as that turn would),
and the old definition (the frame and the live paint: the live widgets drawn) is printed
beside it, so that both figures stand side by side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bench.harness import start_service
from bench.table import Row, median, ms, pct, verdict
from devkit.live_service import DEMO_PASSWORDS

COLD_RUNS = 5
#: samples per keystroke row: enough that p99 is not simply the slowest sample
KEY_SAMPLES = 200
#: the xcb row compares a real window with the offscreen row (their medians and p99 within
#: 1.5x): a keystroke row too, so as many samples (about 25 s more than 100 took)
XCB_SAMPLES = 200
KEY_BUDGET = "median < 12 ms, p99 < 25 ms"
#: live-sized cases seeded for the desk: the offscreen rows' 430 samples come from the
#: deepest live queue (about two thirds of them), the xcb row's 200 from the other one
DESK_CASES = 1000
PREFETCH_DEPTH = 6
#: the "while uploading" row: the sync thread sends this many decisions per request, each
#: answer held this long (a busy service), and the outbox is refilled between samples
#: whenever fewer than REFILL_BELOW wait, so that an upload is in flight at every sample
UPLOAD_BATCH = 10
UPLOAD_DELAY_S = 0.02
REFILL = 3000
REFILL_BELOW = 1000
#: prefetched samples taken again with the phase timing on (its cost is the difference)
PHASED_SAMPLES = 30
#: the accessibility-bridge row (BENCH_A11Y=1): a screen-reader user's figure, no budget
A11Y_SAMPLES = 100
#: how long a sample waits for the picture of the case built ahead before it takes the
#: key without one (then the swap paints the live widgets: counted as not covered)
PICTURE_WAIT_S = 5.0
#: the phase CaseView.prepare is timed as (the next case built in the hidden body)
AHEAD_PHASE = "prepare: the next case, ahead"
#: the phase its picture is made in (ui.case.screen.PICTURE_PHASE)
PICTURE_PHASE = "prepare: the picture, ahead"
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
    """The case after the one on screen is on disk, its chat parsed, its images decoded and
    the case built ahead in the hidden body of the case view: what the desk does within the
    key guard after a swap."""
    from ui.common import tasks

    controller = window.controller
    view = window.case_view
    # the cheap checks first: this runs every few milliseconds while the desk works, and
    # a store query each time would take the interpreter from the threads it waits for.
    # What the desk got going for the cases after it (decodes, chat parsing on the pool)
    # is done, as it is seconds later when a moderator presses the next key
    prepared = view.prepared_case()
    if prepared is None or controller.current is None:
        return False
    if view.decoder.pending() or tasks.pool().activeThreadCount():
        return False
    # built ahead in the case view's hidden body (its chat parsed, laid out, drawn ahead),
    # and it is the case the key shows next
    upcoming = controller.upcoming()
    return bool(upcoming) and upcoming[0] == prepared and controller.prepared_for(prepared)


def _fill_outbox(store: Any, n: int, prefix: str) -> None:
    """Decisions on local-only cases: the sync thread uploads them (the service rejects
    them as unknown cases, which is an answer like any other)."""
    from bench.core import local_batch
    from devkit.clients import draft

    for case_id in local_batch(store, n, prefix):
        store.record_decision(draft(case_id, "bench", "no_violation", None))


@dataclass
class KeySamples:
    """Seconds from key press to the next case drawn, per row, and how many of the
    "while uploading" samples had an upload in flight."""

    alone: list[float] = field(default_factory=list)
    uploading: list[float] = field(default_factory=list)
    overlapped: int = 0
    uploads: int = 0
    #: GUI-thread CPU seconds per sample (time.thread_time), row by row
    alone_cpu: list[float] = field(default_factory=list)
    uploading_cpu: list[float] = field(default_factory=list)
    #: the prefetched samples taken with the phase timing on: wall, CPU, CPU by phase
    phased: list[float] = field(default_factory=list)
    phased_cpu: list[float] = field(default_factory=list)
    phases: list[dict[str, float]] = field(default_factory=list)
    #: GUI-thread CPU seconds the desk spent building each next case ahead (the hidden
    #: body, between keys: off the clock), from the phased samples
    ahead_cpu: list[float] = field(default_factory=list)
    #: ... and making its picture (the render of the hidden body), from the phased samples
    picture_cpu: list[float] = field(default_factory=list)
    #: per sample, seconds and GUI CPU of the live paint after the frame (0: no picture was
    #: up), and how many samples had their first frame from the picture, row by row
    alone_live: list[float] = field(default_factory=list)
    alone_live_cpu: list[float] = field(default_factory=list)
    uploading_live: list[float] = field(default_factory=list)
    alone_covered: int = 0
    uploading_covered: int = 0
    #: the phased samples' live paint by phase, and its GUI CPU
    live_phases: list[dict[str, float]] = field(default_factory=list)
    phased_live_cpu: list[float] = field(default_factory=list)


@dataclass
class Sample:
    """One key press: to the frame (``seconds``, the clock's monotonic ``start`` and ``end``,
    GUI-thread ``cpu``; ``phases``: what the preparation spent between the keys, and the
    swap's as ``swap:…``), whether that frame came from the picture (``covered``), and the
    live paint that followed it (``live`` seconds, ``live_cpu``, ``live_phases``)."""

    seconds: float
    start: float
    end: float
    cpu: float
    phases: dict[str, float]
    covered: bool
    live: float
    live_cpu: float
    live_phases: dict[str, float]


def x_round_trip(app: Any) -> Any:
    """Under xcb, a call that returns once the X server has processed every request the
    app sent before it: GetInputFocus and its reply on Qt's own xcb connection (the X
    server handles one client's requests in order, so the backing store's image, put by
    the flush inside the repaint, is in the server's framebuffer when the reply comes)."""
    import ctypes

    conn = app.nativeInterface().connection()
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_get_input_focus.restype = ctypes.c_uint  # the cookie: one unsigned sequence
    xcb.xcb_get_input_focus.argtypes = [ctypes.c_void_p]
    xcb.xcb_get_input_focus_reply.restype = ctypes.c_void_p
    xcb.xcb_get_input_focus_reply.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p]
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]

    def round_trip() -> None:
        libc.free(xcb.xcb_get_input_focus_reply(conn, xcb.xcb_get_input_focus(conn), None))

    return round_trip


def xcb_samples(
    url: str,
    workdir: Path,
    samples: int = XCB_SAMPLES,
    *,
    user: str = "moderator3",
    queue_rank: int = 1,
) -> KeySamples | str:
    """The prefetched row again in a real window: a child process with the xcb platform on
    Xvfb, by default as moderator3 on the second live queue (each row reviews its own cases:
    a queue one row emptied gives the next no samples). A str says why there are none."""
    from devkit.xvfb import Xvfb, XvfbUnavailable

    if not Xvfb.available():
        return "no Xvfb here (Debian: apt-get install xvfb)"
    try:
        with Xvfb(1600, 1000) as server:
            env = server.env(dict(os.environ, PYTHONPATH=str(REPO)))
            done = subprocess.run(  # noqa: S603 - our own module
                [
                    sys.executable,
                    "-m",
                    "bench.desk",
                    "--xcb-child",
                    url,
                    str(workdir),
                    str(samples),
                    user,
                    str(queue_rank),
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
    except (XvfbUnavailable, subprocess.TimeoutExpired) as exc:
        return f"failed: {exc}"
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return "failed: " + (done.stderr or done.stdout)[-300:].replace("\n", " ")
    got = json.loads(lines[-1])
    return KeySamples(
        alone=got["alone"],
        alone_cpu=got["cpu"],
        alone_live=got["live"],
        alone_covered=got["covered"],
    )


def _recording_session(session: Any, recorder: Any) -> Any:
    """The signed-in session, whose new clients (the sync thread's) go through ``recorder``."""
    from reviewer.client.transport import ApiClient
    from reviewer.session import Session

    class RecordingSession(Session):
        def new_api(self) -> ApiClient:
            return ApiClient(
                self.server_url, tokens=self.tokens, network=self.network, transport=recorder
            )

    public = {f.name: getattr(session, f.name) for f in fields(session) if f.name[0] != "_"}
    return RecordingSession(**public)


def keystroke_samples(
    url: str,
    workdir: Path,
    samples: int = KEY_SAMPLES,
    phased: int = PHASED_SAMPLES,
    uploading: int = KEY_SAMPLES,
    *,
    user: str = "moderator2",
    queue_rank: int = 0,
) -> KeySamples:
    """Key press to the next case drawn, ``samples`` times alone, ``phased`` times alone
    with the phase timing on (ui.case.phases), and ``uploading`` times while the sync
    thread uploads (its outbox refilled between samples), as ``user`` on the live queue
    of that depth rank (0: the deepest)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["REVIEWER_HOME"] = str(workdir / f"desk-home-{user}")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from bench.harness import UploadRecorder
    from reviewer.client.credentials import MemoryVault
    from reviewer.gil import favour_foreground
    from reviewer.heap import tune_heap
    from reviewer.session import SignInRequest, sign_in
    from reviewer.store.decisions import Store
    from reviewer.sync import SyncConfig
    from ui.case import phases
    from ui.common import theme
    from ui.shell.features import install_features
    from ui.shell.main_window import MainWindow

    tune_heap()  # as the desk starts (ui.shell.app.run)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    theme.apply_theme(app, "system")  # as the desk starts: a stylesheet paints slower
    favour_foreground()  # as the desk starts
    recorder = UploadRecorder(delay_s=UPLOAD_DELAY_S)
    session = _recording_session(
        sign_in(
            SignInRequest(url, user, DEMO_PASSWORDS[user]),
            vault=(MemoryVault(), False),
        ),
        recorder,
    )
    clock = {"now": 1000.0}
    config = SyncConfig(
        lease_size=20,
        prefetch_depth=PREFETCH_DEPTH,
        min_open=PREFETCH_DEPTH + 2,
        idle_poll_s=0.2,
        upload_batch=UPLOAD_BATCH,
    )
    window = MainWindow(session, sync_config=config, clock=lambda: clock["now"])
    install_features(window)  # as the app does: reveal policy, key remaps, idle lock
    window.resize(1600, 1000)
    window.show()
    window.start()
    window.controller.set_app_active(True)
    while window.banner.pending():
        window.banner.acknowledge_current()
    live = sorted((q for q in session.queues if q.kind == "live"), key=lambda q: -q.depth)
    queue = live[queue_rank].id
    drawn = x_round_trip(app) if app.platformName() == "xcb" else None
    window.start_reviewing(queue)

    def cached_ahead() -> int:
        return sum(r.detail_cached for r in window.store.open_cases())

    view = window.case_view
    waited: dict[str, float] = {}  # seconds the samples waited, by what for

    def sample(uploading: bool = False) -> Sample | None:
        """One key press to the next case drawn, and the live paint after its frame;
        ``uploading``: pressed while an upload is in flight."""
        w0 = time.perf_counter()
        if not pump(app, lambda: next_ready(window)):
            return None
        w1 = time.perf_counter()
        # its picture too (made at the next turn after the case is built ahead); without
        # one the key swaps as before, and the sample says so
        pump(app, view.picture_ready, timeout=PICTURE_WAIT_S)
        w2 = time.perf_counter()
        # the prefetch has caught up (as seconds into reading a case it has): the sync
        # thread is not fetching during the sample, only uploading when told to
        pump(app, lambda: cached_ahead() >= PREFETCH_DEPTH, timeout=20)
        w3 = time.perf_counter()
        if uploading:
            pump(app, recorder.busy, timeout=10)
        for what, spent in (
            ("the next case built ahead", w1 - w0),
            ("its picture", w2 - w1),
            ("the prefetch caught up", w3 - w2),
            ("an upload in flight", time.perf_counter() - w3),
        ):
            waited[what] = waited.get(what, 0.0) + spent
        clock["now"] += 1.0  # past the key guard, which reads this clock
        shown = window.controller.current
        assert shown is not None  # next_ready saw it
        before = shown.case_id
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
        between = phases.take()  # what the preparation between keys spent is not the swap's
        m0 = time.monotonic()
        c0 = time.thread_time()
        t0 = time.perf_counter()
        QApplication.sendEvent(window.case_view, press)  # the case view repaints itself
        # what else the swap posted: layouts, the paint of the rest it left dirty (panel,
        # status bar), queued signals. Timers are the event loop's, not the swap's.
        QApplication.sendPostedEvents()
        if drawn is not None:
            drawn()  # under xcb: the X server has what the backing store flushed
        elapsed = time.perf_counter() - t0
        cpu = time.thread_time() - c0
        m1 = time.monotonic()
        swap = phases.take()  # the swap's alone: what the events below run is the next one's
        # the live widgets in place of the picture: the cover drops by itself at the next
        # turn of the event loop; here at once, as that turn would, on a clock of its own
        covered = view.cover.covering()
        live = live_cpu = 0.0  # no picture was up: the frame was the live paint
        l0, lc0 = time.perf_counter(), time.thread_time()
        if view.uncover():
            QApplication.sendPostedEvents()
            if drawn is not None:
                drawn()
            live, live_cpu = time.perf_counter() - l0, time.thread_time() - lc0
        live_phases = phases.take()
        app.processEvents()
        release = QKeyEvent(
            QEvent.Type.KeyRelease, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n"
        )
        QApplication.sendEvent(window.case_view, release)
        after = window.controller.current
        if after is None or after.case_id == before:
            return None
        return Sample(
            elapsed,
            m0,
            m1,
            cpu,
            {**between, **{f"swap:{k}": v for k, v in swap.items()}},
            covered,
            live,
            live_cpu,
            live_phases,
        )

    got = KeySamples()
    filler = Store.open(window.store_path)  # a second connection, as the bench's own
    # its decisions are the sync thread's load, not data to keep: no fsync per refill row
    # (3,000 rows took 10-25 s with one each; the desk's own connection keeps FULL)
    filler.connection.execute("PRAGMA synchronous=OFF")
    try:
        k0 = time.perf_counter()
        pump(app, lambda: window.controller.current is not None)
        pump(app, lambda: cached_ahead() >= PREFETCH_DEPTH, timeout=120)
        progress(f"{user}: first case on screen, prefetch caught up", k0)
        while len(got.alone) < samples:
            one = sample()
            if one is None:
                break
            got.alone.append(one.seconds)
            got.alone_cpu.append(one.cpu)
            got.alone_live.append(one.live)
            got.alone_live_cpu.append(one.live_cpu)
            got.alone_covered += one.covered
        progress(f"{user}: {len(got.alone)} samples alone", k0)
        phases.enable(True)
        try:
            while len(got.phased) < phased:
                one = sample()
                if one is None:
                    break
                got.phases.append(
                    {k[5:]: v for k, v in one.phases.items() if k.startswith("swap:")}
                )
                got.live_phases.append(one.live_phases)
                got.phased_live_cpu.append(one.live_cpu)
                if AHEAD_PHASE in one.phases:
                    got.ahead_cpu.append(one.phases[AHEAD_PHASE])
                if PICTURE_PHASE in one.phases:
                    # the render's own paints are timed as paints (phases are exclusive)
                    got.picture_cpu.append(
                        one.phases[PICTURE_PHASE]
                        + sum(v for k, v in one.phases.items() if k.startswith("paint: "))
                    )
                got.phased.append(one.seconds)
                got.phased_cpu.append(one.cpu)
        finally:
            phases.enable(False)
        progress(f"{user}: {len(got.phased)} samples with the phase timing on", k0)
        refills = 0
        while len(got.uploading) < uploading:
            if filler.outbox_counts().get("pending", 0) < REFILL_BELOW:
                f0 = time.perf_counter()
                _fill_outbox(filler, REFILL, f"upload-load-{refills}")
                refills += 1
                waited["refilling the outbox"] = (
                    waited.get("refilling the outbox", 0.0) + time.perf_counter() - f0
                )
                window.sync.wake()
                # the thread is uploading before the clock starts: it takes its first batch
                pump(app, lambda: recorder.uploads() > 0, timeout=10)
            one = sample(uploading=True)
            if one is None:
                break
            got.uploading.append(one.seconds)
            got.uploading_cpu.append(one.cpu)
            got.uploading_live.append(one.live)
            got.uploading_covered += one.covered
            got.overlapped += recorder.overlapping(one.start, one.end)
        got.uploads = recorder.uploads()
        progress(f"{user}: {len(got.uploading)} samples while uploading", k0)
        spent = ", ".join(f"{k} {v:.1f} s" for k, v in waited.items())
        progress(f"{user}: waited for {spent}; {refills} refills of the outbox", k0)
    finally:
        filler.close()
        window.shutdown()
        window.close()
        session.close()
    return got


def stats(samples: list[float]) -> str:
    """The figures of a keystroke row: `median X ms, p99 Y ms` first, then p95 and max."""
    return (
        f"median {ms(median(samples))}, p99 {ms(pct(samples, 99))} "
        f"(p95 {ms(pct(samples, 95))}, max {ms(max(samples))})"
    )


def _key_row(what: str, samples: list[float], cpu: list[float], note: str = "") -> Row:
    if not samples:
        return Row(what, "no samples", KEY_BUDGET, "–", "n/a")
    p50, p99 = median(samples), pct(samples, 99)
    return Row(
        f"{what} (n={len(samples)}){note}",
        f"{stats(samples)}; GUI-thread CPU median {ms(median(cpu))}",
        KEY_BUDGET,
        "–",
        verdict(p50 < 0.012 and p99 < 0.025),
    )


def old_definition_row(what: str, frame: list[float], live: list[float]) -> Row:
    """The keystroke figure as "drawn" was defined before the first frame came from a
    picture: the frame and the live paint after it (the live widgets drawn)."""
    both = [a + b for a, b in zip(frame, live, strict=True)]
    if not both:
        return Row(what, "no samples", KEY_BUDGET, "–", "n/a")
    return Row(
        f"{what} (n={len(both)}; the old definition: to the live widgets drawn)",
        stats(both),
        f"{KEY_BUDGET} (under the old definition)",
        "–",
        verdict(median(both) < 0.012 and pct(both, 99) < 0.025),
    )


def live_row(what: str, live: list[float], cpu: list[float], covered: int) -> Row:
    """The live paint that replaces the first frame's picture, its own figure: off the
    key's clock, at the next turn of the event loop after the frame."""
    got = [v for v in live if v > 0]
    if not got:
        return Row(what, "no frame came from a picture", "–", "–", "")
    work = [c for v, c in zip(live, cpu, strict=False) if v > 0]
    spent = f"; GUI-thread CPU median {ms(median(work))}" if work else ""
    return Row(
        f"{what} (n={len(got)} of {len(live)} samples had a picture up; off the key's clock)",
        f"{stats(got)}{spent}",
        "–",
        "–",
        "",
    )


def xcb_row(xcb: KeySamples | str, offscreen: list[float]) -> Row:
    """The prefetched row in a real window: within 1.5x of the offscreen row's figures."""
    what = "keystroke to next case drawn, prefetched, xcb window on Xvfb"
    budget = "median and p99 within 1.5x of offscreen"
    if isinstance(xcb, str) or not xcb.alone or not offscreen:
        return Row(what, xcb if isinstance(xcb, str) else "no samples", budget, "–", "n/a")
    ratio_50 = median(xcb.alone) / median(offscreen)
    ratio_99 = pct(xcb.alone, 99) / pct(offscreen, 99)
    return Row(
        f"{what} (n={len(xcb.alone)}; drawn: flushed and an X round trip; first frame from "
        f"the picture in {xcb.alone_covered})",
        f"{stats(xcb.alone)}; GUI-thread CPU median {ms(median(xcb.alone_cpu))}; "
        f"{ratio_50:.2f}x and {ratio_99:.2f}x offscreen",
        budget,
        "–",
        verdict(ratio_50 <= 1.5 and ratio_99 <= 1.5),
    )


def phase_row(
    split: list[dict[str, float]], cpu: list[float], what: str = "GUI-thread CPU per swap by phase"
) -> Row:
    """The GUI thread's CPU per swap by phase, as means (they add up to the mean total)."""
    n = len(split)
    if not n:
        return Row(what, "no samples", "–", "–", "")
    names = sorted({name for one in split for name in one})
    means = {name: sum(one.get(name, 0.0) for one in split) / n for name in names}
    total = sum(cpu) / n
    parts = sorted(means.items(), key=lambda kv: -kv[1])
    text = ", ".join(f"{name} {ms(v)}" for name, v in parts)
    return Row(
        f"{what}, mean (n={n})",
        f"{text}, the rest {ms(total - sum(means.values()))}; total {ms(total)}",
        "–",
        "–",
        "",
    )


def ahead_row(
    ahead: list[float],
    what: str = "building the next case ahead in the hidden body, GUI-thread CPU per case",
) -> Row:
    """What building the next case in the hidden body (or making its picture) costs the
    GUI thread, between keys (while the moderator reads; not part of the keystroke figure),
    per case."""
    if not ahead:
        return Row(what, "no samples", "–", "–", "")
    return Row(
        f"{what} (n={len(ahead)}; between keys, off the clock)",
        f"median {ms(median(ahead))}, p99 {ms(pct(ahead, 99))}, max {ms(max(ahead))}",
        "–",
        "–",
        "",
    )


def progress(what: str, since: float) -> None:
    """Where the bench's minutes go (stderr: the table stays clean)."""
    print(f"[bench.desk {time.perf_counter() - since:6.1f} s] {what}", file=sys.stderr, flush=True)


def desk_rows(_svc: Any, workdir: Path) -> list[Row]:
    t0 = time.perf_counter()
    cold = cold_start()
    progress("cold start done", t0)
    rows = [
        Row(
            f"cold start to the sign-in window (n={len(cold)})",
            f"median {ms(median(cold))}, worst {ms(max(cold))}",
            "< 1.0 s",
            "–",
            verdict(max(cold) < 1.0),
        )
    ]
    own = start_service(workdir / "desk", cases=DESK_CASES, seed=23)
    progress("service started", t0)
    rows_a11y: list[Row] = []
    try:
        got = keystroke_samples(own.url, workdir)
        progress("offscreen keystroke samples done", t0)
        xcb = xcb_samples(own.url, workdir)
        progress("xcb samples done", t0)
        if os.environ.get("BENCH_A11Y"):  # the row with the accessibility bridge on
            rows_a11y = [a11y_row(own.url, workdir, xcb)]
    finally:
        own.service.stop()
    covered = f"; first frame from the picture in {got.alone_covered} of {len(got.alone)}"
    prefetched = "keystroke to next case drawn, prefetched"
    rows.append(_key_row(prefetched, got.alone, got.alone_cpu, covered))
    rows.append(old_definition_row(prefetched, got.alone, got.alone_live))
    rows.append(
        live_row(
            "the live paint after the first frame, prefetched",
            got.alone_live,
            got.alone_live_cpu,
            got.alone_covered,
        )
    )
    rows.append(
        _key_row(
            "keystroke to next case drawn, prefetched, phase timing on",
            got.phased,
            got.phased_cpu,
        )
    )
    rows.append(phase_row(got.phases, got.phased_cpu))
    rows.append(
        phase_row(
            got.live_phases,
            got.phased_live_cpu,
            "GUI-thread CPU of the live paint after the first frame by phase",
        )
    )
    rows.append(ahead_row(got.ahead_cpu))
    rows.append(
        ahead_row(
            got.picture_cpu,
            "the picture of the case built ahead (its render), GUI-thread CPU per case",
        )
    )
    rows.append(xcb_row(xcb, got.alone))
    rows.extend(rows_a11y)
    uploads = "keystroke to next case drawn, while sync uploads"
    overlap = (
        f"; {got.overlapped} of {len(got.uploading)} overlapped an upload"
        f"; first frame from the picture in {got.uploading_covered}"
    )
    rows.append(_key_row(uploads, got.uploading, got.uploading_cpu, overlap))
    rows.append(old_definition_row(uploads, got.uploading, got.uploading_live))
    return rows


def _xcb_child(url: str, workdir: Path, samples: int, user: str, queue_rank: int) -> None:
    got = keystroke_samples(
        url, workdir, samples, phased=0, uploading=0, user=user, queue_rank=queue_rank
    )
    print(
        json.dumps(
            {
                "alone": got.alone,
                "cpu": got.alone_cpu,
                "live": got.alone_live,
                "covered": got.alone_covered,
            }
        )
    )


def a11y_row(url: str, workdir: Path, plain: KeySamples | str) -> Row:
    """The xcb row again with the accessibility bridge on (``BENCH_A11Y=1``), compared with
    ``plain``, the xcb row's samples: a screen-reader user's figure, no budget. Qt sends every
    change of the case screen to at-spi2-core's bus in a private D-Bus session (devkit.atspi);
    no screen reader listens, so this is the bridge's own cost."""
    from devkit import atspi

    what = "keystroke to next case drawn, prefetched, xcb on Xvfb, accessibility bridge on"
    reason = atspi.missing()
    if reason:
        return Row(what, f"skipped: {reason}", "–", "–", "n/a")
    session = atspi.start_session(":0", Path(tempfile.mkdtemp(prefix="bench-atspi-")) / "run")
    saved = dict(os.environ)
    try:
        env = session.child_env(saved)
        env.pop("DISPLAY", None)  # xcb_samples gives the child its own Xvfb display
        os.environ.clear()
        os.environ.update(env)
        # moderator1 on the deepest queue: the xcb row has reviewed most of the second
        got = xcb_samples(url, workdir, A11Y_SAMPLES, user="moderator1", queue_rank=0)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        session.stop()
    if not isinstance(got, KeySamples) or not got.alone:
        return Row(what, got if isinstance(got, str) else "no samples", "–", "–", "n/a")
    base = [] if isinstance(plain, str) else plain.alone
    ratio = f"; {median(got.alone) / median(base):.2f}x the xcb row's median" if base else ""
    return Row(
        f"{what} (n={len(got.alone)})",
        f"{stats(got.alone)}; GUI-thread CPU median {ms(median(got.alone_cpu))}{ratio}",
        "– (a screen-reader user's figure)",
        "–",
        "",
    )


if __name__ == "__main__" and sys.argv[1:2] == ["--xcb-child"]:
    _xcb_child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6]))
elif __name__ == "__main__":  # python -m bench.desk: only these rows
    import shutil

    from bench.harness import load_average, scratch
    from bench.table import load_row, render

    scratch_dir = scratch()
    load = load_row(load_average())
    t_start = time.perf_counter()
    try:
        print(render([load, *desk_rows(None, scratch_dir)]))
        print(f"\n(bench.desk ran in {time.perf_counter() - t_start:.1f} s)")
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
