"""The keystroke row with the accessibility bridge on: a screen-reader user's figure.

``python -m bench.desk`` adds it when ``BENCH_A11Y=1``: the xcb child of bench.desk runs
again, on Xvfb, with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` inside a private D-Bus session
with at-spi2-core's bus (devkit.atspi), so Qt sends every change of the case screen to the
accessibility bus. No screen reader listens, so this is the bridge's own cost. No budget.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench.table import Row, median, ms, pct

if TYPE_CHECKING:
    from bench.desk import KeySamples

A11Y_ENV = "BENCH_A11Y"


def a11y_row(url: str, workdir: Path, plain: KeySamples | str) -> Row:
    """The xcb row again with the bridge on, compared with ``plain`` (the xcb row's samples)."""
    from bench.desk import KeySamples, stats, xcb_samples
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
        got = xcb_samples(url, workdir)
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
        f"{stats(got.alone)}; GUI-thread CPU median {ms(median(got.alone_cpu))}; "
        f"p99 {ms(pct(got.alone, 99))}{ratio}",
        "– (a screen-reader user's figure)",
        "–",
        "",
    )
