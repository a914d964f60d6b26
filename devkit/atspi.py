"""The accessibility bus for a test: a private D-Bus session with at-spi2-core's bus
launcher, the venv app built with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` under Xvfb, and the
walker (``devkit/atspi_walk.py``) under Debian's python3 with pyatspi, read back as JSON.

Debian packages: dbus (dbus-daemon), at-spi2-core (at-spi-bus-launcher), python3-pyatspi,
xvfb (.ci/steps/17-atspi.sh installs them). ``missing()`` names what is absent so that a
test skips with that reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WALKER = Path(__file__).with_name("atspi_walk.py")


def missing() -> str:
    """Why the AT-SPI check cannot run here ("" when it can)."""
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is missing (Debian: dbus)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi-bus-launcher is missing (Debian: at-spi2-core)"
    if shutil.which("Xvfb") is None:
        return "Xvfb is missing (Debian: xvfb)"
    if not Path(SYSTEM_PYTHON).exists():
        return "no /usr/bin/python3 for the walker"
    probe = subprocess.run(  # noqa: S603 - a fixed interpreter and argument
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "python3-pyatspi is missing for /usr/bin/python3 (Debian: python3-pyatspi)"
    return ""


@dataclass
class AtspiSession:
    """A private session bus with the accessibility bus running; ``env`` is what a child
    process (the app, the walker) needs to join it."""

    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]]

    def child_env(self, base: dict[str, str]) -> dict[str, str]:
        """``base`` (a test's environment as it is now) joined to this bus and display."""
        keys = (
            "DBUS_SESSION_BUS_ADDRESS",
            "DISPLAY",
            "XDG_RUNTIME_DIR",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON",
            "QT_QPA_PLATFORM",
            "NO_AT_BRIDGE",
        )
        env = {**base, **{key: self.env[key] for key in keys}}
        env.pop("QT_ACCESSIBILITY", None)
        return env

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def start_session(display: str, runtime_dir: Path) -> AtspiSession:
    """A session bus (dbus-daemon) and the accessibility bus (at-spi-bus-launcher) for
    ``display``; stop it with ``stop()``."""
    runtime_dir.mkdir(parents=True, exist_ok=True)
    runtime_dir.chmod(0o700)
    socket = runtime_dir / "bus"
    binary = shutil.which("dbus-daemon")
    if binary is None:
        raise RuntimeError(missing())
    daemon = subprocess.Popen(  # noqa: S603 - fixed binary
        [
            binary,
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address=unix:path={socket}",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not socket.exists():
        if time.monotonic() > deadline or daemon.poll() is not None:
            daemon.kill()
            raise RuntimeError("dbus-daemon did not start")
        time.sleep(0.05)
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={socket}",
        "DISPLAY": display,
        "XDG_RUNTIME_DIR": str(runtime_dir),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "NO_AT_BRIDGE": "0",
    }
    env.pop("QT_ACCESSIBILITY", None)
    launcher = subprocess.Popen(  # noqa: S603 - fixed binary
        [BUS_LAUNCHER, "--launch-immediately"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return AtspiSession(env=env, processes=[daemon, launcher])


def walk(session: AtspiSession, app_name: str, timeout: float = 60.0) -> dict[str, Any]:
    """The AT-SPI tree of the application ``app_name`` (see devkit/atspi_walk.py)."""
    done = subprocess.run(  # noqa: S603 - fixed interpreter and script
        [SYSTEM_PYTHON, str(WALKER), app_name, "--timeout", str(timeout)],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=timeout + 60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the AT-SPI walker failed: {done.stderr.strip()[-2000:]}")
    tree: dict[str, Any] = json.loads(done.stdout)
    return tree


def nodes(tree: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of a walked tree, depth first."""
    yield tree
    for child in tree.get("children", []):
        yield from nodes(child)
