"""The accessibility tree as a screen reader reads it, through AT-SPI under Xvfb: the
sign-in, case and calibration windows.

Each window runs from the venv with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` in this test's own
D-Bus session with at-spi2-core's bus (devkit.atspi); the walker is Debian's python3 with
pyatspi in a process of its own. Every control's name as Qt gives it must arrive on the bus,
the named controls below with their roles, and no focusable control may arrive nameless.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devkit import atspi
from devkit.live_service import LiveService
from devkit.xvfb import Xvfb

REPO = Path(__file__).resolve().parents[2]
READY_S = 90
#: roles of what a person operates, as AT-SPI names them
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "table",
    "tree table",
    "page tab",
    "slider",
}


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[atspi.AtspiSession]:
    reason = atspi.missing()
    if reason:
        pytest.skip(f"AT-SPI check needs Debian packages: {reason} (.ci/steps/17-atspi.sh)")
    with Xvfb(1600, 1000) as server:
        session = atspi.start_session(server.display, tmp_path_factory.mktemp("atspi") / "run")
        try:
            yield session
        finally:
            session.stop()


def _walk(
    bus: atspi.AtspiSession, window: str, name: str, *extra: str
) -> tuple[list[str], list[dict[str, Any]]]:
    """Start the window as its own app, wait for ``ready``, walk its AT-SPI tree."""
    env = dict(bus.child_env(dict(os.environ)), PYTHONPATH=str(REPO))
    app = subprocess.Popen(
        [sys.executable, "-m", "devkit.atspi_app", window, name, *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.startswith("ready "), f"{window} did not start: {line!r}"
        qt_names: list[str] = json.loads(line[len("ready ") :])
        tree = atspi.walk(bus, name, timeout=READY_S)
    finally:
        app.terminate()
        app.communicate(timeout=30)
    return qt_names, list(atspi.nodes(tree))


def _check(
    qt_names: list[str], nodes: list[dict[str, Any]], expected: set[tuple[str, str]]
) -> None:
    shown = [n for n in nodes if n["showing"]]
    on_bus = {n["name"] for n in shown}
    pairs = {(n["role"], n["name"]) for n in shown}
    problems = [f"Qt's control {q!r} is not on the bus" for q in qt_names if q and q not in on_bus]
    problems += [f"missing {role} {name!r}" for role, name in sorted(expected - pairs)]
    problems += [
        f"a focusable {n['role']} without a name"
        for n in shown
        if n["role"] in CONTROL_ROLES and n["focusable"] and not n["name"].strip()
    ]
    assert not problems, "\n".join(problems)


def test_sign_in_window(bus: atspi.AtspiSession) -> None:
    qt_names, nodes = _walk(bus, "signin", "a11y-signin")
    _check(
        qt_names,
        nodes,
        {
            ("dialog", "Sign in · Live Review Desk"),
            ("text", "Case service address"),
            ("text", "User name"),
            ("password text", "Password"),
            ("push button", "Sign in"),
            ("push button", "Quit"),
        },
    )


def test_case_window(bus: atspi.AtspiSession, live_service: LiveService, tmp_path: Path) -> None:
    qt_names, nodes = _walk(
        bus, "case", "a11y-case", "--server", live_service.base_url, "--store", str(tmp_path)
    )
    assert len(qt_names) > 10
    _check(qt_names, nodes, {("push button", "No violation (key N)")})


def test_calibration_window(
    bus: atspi.AtspiSession, live_service: LiveService, tmp_path: Path
) -> None:
    qt_names, nodes = _walk(
        bus,
        "calibration",
        "a11y-calibration",
        "--server",
        live_service.base_url,
        "--store",
        str(tmp_path),
    )
    _check(qt_names, nodes, {("table", "Calibration sessions")})
