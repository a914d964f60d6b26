"""End to end: the real `reviewer --demo` in a real X window (Xvfb, the xcb platform),
driven by real key events from xdotool; the service then holds the decisions.

The app prints ``trace ...`` lines (REVIEWER_TRACE=1) so the test knows when a window or
a case is on screen; every key is a real X key event through XTEST.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from devkit.xapp import GUARD_PAUSE_S, MAIN_WINDOW, App, focus_window, key, stop, xdotool
from devkit.xvfb import Xvfb, grab_screen

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parents[2]
#: set to 1 to copy the screenshots this test takes into docs/screenshots/
SAVE_ENV = "REVIEWER_SAVE_SCREENSHOTS"


def _window_rect(display: str, name: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) of the visible window titled ``name``, from the X server."""
    wid = xdotool(display, "search", "--onlyvisible", "--name", name).split()[0]
    shell = xdotool(display, "getwindowgeometry", "--shell", wid)
    geo = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    return int(geo["X"]), int(geo["Y"]), int(geo["WIDTH"]), int(geo["HEIGHT"])


def _luminance(png: Path, rect: tuple[int, int, int, int]) -> float:
    """Mean grey level (0 black - 255 white) of ``rect`` in the PNG."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull(), png
    x, y, w, h = rect
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(image.width(), x + w), min(image.height(), y + h)
    assert x1 > x0, (rect, image.size())
    assert y1 > y0, (rect, image.size())
    bpl = image.bytesPerLine()
    data = bytes(image.constBits())
    total = sum(sum(data[row * bpl + x0 : row * bpl + x1]) for row in range(y0, y1))
    return total / ((x1 - x0) * (y1 - y0))


def _settled_shot(display: str, out: Path, window: str, timeout: float = 60.0) -> float:
    """Grab the X screen until two grabs in a row show the window alike (the app has
    finished repainting); returns the window's mean grey level in the last grab."""
    deadline = time.monotonic() + timeout
    last = -1000.0
    while True:
        grab_screen(display, out)
        lum = _luminance(out, _window_rect(display, window))
        if abs(lum - last) < 0.5:
            return lum
        if time.monotonic() > deadline:
            pytest.fail(f"the screen kept changing (grey level {last:.1f} -> {lum:.1f})")
        last = lum
        time.sleep(0.3)  # real time must pass for a repaint to show


def _keep_screenshot(shot: Path, name: str) -> None:
    """Copy to docs/screenshots when asked (REVIEWER_SAVE_SCREENSHOTS=1): the README's."""
    if os.environ.get(SAVE_ENV) == "1":
        shutil.copyfile(shot, REPO / "docs" / "screenshots" / name)


def _reviewer_command() -> list[str]:
    script = Path(sys.executable).with_name("reviewer")
    if script.exists():
        return [str(script), "--demo"]
    return [sys.executable, "-m", "ui.launcher", "--demo"]


def test_demo_decides_three_cases_with_real_keys_then_turns_dark(
    xvfb: Xvfb, tmp_path: Path
) -> None:
    env = xvfb.env()
    env.update(REVIEWER_DEMO_SMALL="1", REVIEWER_TRACE="1", PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        _reviewer_command(),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=REPO,
    )
    app = App(proc)
    try:
        base_url = app.expect("Demo service:", timeout=120)
        app.expect("trace sign-in-ready")
        focus_window(xvfb.display, "Sign in")
        # nothing is clicked: the password field has focus; type the password over the
        # filled-in one and press Enter there
        key(xvfb.display, "ctrl+a")
        xdotool(xvfb.display, "type", "--delay", "20", "demo-moderator1")
        key(xvfb.display, "Return")
        app.expect("trace main-window")
        focus_window(xvfb.display, MAIN_WINDOW)
        key(xvfb.display, "Return")  # start reviewing the selected queue
        shown = app.expect_case()
        for _ in range(2):  # the seeded urgent updates: Space on the focused button
            key(xvfb.display, "space")
        decided: list[str] = []
        for _ in range(3):
            time.sleep(GUARD_PAUSE_S)
            key(xvfb.display, "n")  # No violation
            decided.append(app.expect("trace decided"))
            assert decided[-1] == shown
            if len(decided) < 3:
                shown = app.expect_case()
        assert len(set(decided)) == 3

        with httpx.Client(base_url=base_url, timeout=10) as client:
            token = client.post(
                "/v1/auth/login", json={"username": "moderator1", "password": "demo-moderator1"}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            deadline = time.monotonic() + 60
            while True:
                items = [
                    i
                    for case_id in decided
                    for i in client.get(
                        "/v1/decisions", headers=headers, params={"case_id": case_id}
                    ).json()["items"]
                ]
                if len(items) >= 3 or time.monotonic() > deadline:
                    break
                time.sleep(0.2)  # the app's sync thread uploads in the background
        assert sorted(i["case_id"] for i in items) == sorted(decided)
        assert {i["action"] for i in items} == {"no_violation"}
        assert {i["moderator"] for i in items} == {"moderator1"}

        # the next case, in the light theme, then dark the way a moderator gets there:
        # Ctrl+, opens Settings, Alt+T goes to the theme, End then Up picks Dark (the last
        # choice is High contrast), Ctrl+S saves
        app.expect_case()
        light = tmp_path / "xvfb-case-view-light.png"
        light_lum = _settled_shot(xvfb.display, light, MAIN_WINDOW)
        key(xvfb.display, "ctrl+comma")
        app.expect("trace settings-open")
        focus_window(xvfb.display, "Settings")
        key(xvfb.display, "alt+t")
        key(xvfb.display, "End")
        key(xvfb.display, "Up")
        key(xvfb.display, "ctrl+s")
        closed = app.expect("trace settings-closed")
        assert closed == "saved=1 theme=dark", closed
        dark = tmp_path / "xvfb-case-view-dark.png"
        dark_lum = _settled_shot(xvfb.display, dark, MAIN_WINDOW)
        _keep_screenshot(light, light.name)
        _keep_screenshot(dark, dark.name)
        print(f"window grey level: light {light_lum:.1f}, dark {dark_lum:.1f}")
        # the whole window went dark (snapshots and all), and far from the light shot
        assert light_lum > 150, f"light window grey level {light_lum:.1f}"
        assert dark_lum < 80, f"dark window grey level {dark_lum:.1f}"
        assert light_lum - dark_lum > 80
    finally:
        stop(proc)
        app.close()
    assert proc.returncode == 0, app.seen[-20:]


def test_enter_while_the_demo_starts_keeps_the_app_running_and_escape_quits(
    xvfb: Xvfb,
) -> None:
    env = xvfb.env()
    env.update(REVIEWER_DEMO_SMALL="1", REVIEWER_TRACE="1", PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        _reviewer_command(),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=REPO,
    )
    app = App(proc)
    try:
        app.expect("trace sign-in-blocked", timeout=120)
        focus_window(xvfb.display, "Sign in")
        for _ in range(3):
            key(xvfb.display, "Return")
            key(xvfb.display, "KP_Enter")
        assert proc.poll() is None, app.seen[-20:]
        # the service comes up (or the Enter landed after it did and signed in): either
        # way the application is still there
        ready = app.expect("trace ", timeout=120)
        while not ready.startswith(("sign-in-ready", "main-window")):
            ready = app.expect("trace ", timeout=120)
        assert proc.poll() is None, app.seen[-20:]
        if ready.startswith("sign-in-ready"):
            focus_window(xvfb.display, "Sign in")
            key(xvfb.display, "Escape")  # Escape is how the dialog quits
            proc.wait(timeout=60)
    finally:
        stop(proc)
        app.close()
    assert proc.returncode == 0, app.seen[-20:]
