"""The `reviewer` launcher: no Qt for the support commands, a clear message without a
display, and a demo service that never outlives the client."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from ui import launcher

REPO = Path(__file__).resolve().parents[2]


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _refused(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=1):
            return False
    except OSError:
        return True


def _wait_for(predicate: object, timeout: float, what: str) -> None:
    """Poll a subprocess-level condition (no Qt here) until it holds or time runs out."""
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_no_display_names_the_packages_and_exits_2_without_loading_qt() -> None:
    code = (
        "import sys, ui.launcher as l\n"
        "rc = l.main([])\n"
        "print('qt-loaded' if 'PySide6' in sys.modules else 'qt-not-loaded')\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == launcher.EXIT_NO_DISPLAY
    assert proc.stdout.strip() == "qt-not-loaded"
    assert "sudo apt-get install xvfb xauth" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_xcb_libraries_are_named_as_debian_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    real = launcher.library_loads
    monkeypatch.setattr(
        launcher,
        "library_loads",
        lambda soname, short: soname not in missing and real(soname, short),
    )
    problem = launcher.display_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in problem
    assert launcher.display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None


def test_installed_xcb_libraries_pass() -> None:
    if launcher.missing_xcb_packages():
        pytest.skip(f"this machine lacks {launcher.missing_xcb_packages()}")
    assert launcher.display_problem({"DISPLAY": ":0"}) is None


def _start_demo_client() -> tuple[subprocess.Popen[str], str, Path]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--demo"],
        env=_env(QT_QPA_PLATFORM="offscreen", REVIEWER_DEMO_SMALL="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    url = folder = ""
    for line in proc.stdout:
        if line.startswith("Demo service: "):
            url = line.split(": ", 1)[1].strip()
        elif line.startswith("Demo folder: "):
            folder = line.split(": ", 1)[1].strip()
            break
    if not url:
        proc.kill()
        pytest.fail(f"the demo did not start: {proc.stderr.read() if proc.stderr else ''}")
    return proc, url, Path(folder)


def test_ctrl_c_stops_the_demo_service_and_removes_its_folder() -> None:
    proc, url, folder = _start_demo_client()
    try:
        assert folder.is_dir()
        with httpx.Client(timeout=10) as client:
            assert client.get(url + "/v1/info").status_code == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    assert _refused(url)
    assert not folder.exists()


def test_a_killed_client_leaves_no_orphaned_service() -> None:
    proc, url, folder = _start_demo_client()
    try:
        proc.kill()
        proc.wait(timeout=30)
    finally:
        proc.communicate(timeout=30)
    _wait_for(lambda: _refused(url), 30, "the orphaned service to stop")
    shutil.rmtree(folder, ignore_errors=True)  # a killed client cannot tidy up after itself


@pytest.mark.parametrize("command", ["status", "doctor"])
def test_support_commands_run_without_loading_qt(command: str, tmp_path: Path) -> None:
    code = (
        "import sys, ui.launcher as l\n"
        f"rc = l.main([{command!r}])\n"
        "print('qt-loaded' if 'PySide6' in sys.modules else 'qt-not-loaded')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(REVIEWER_HOME=str(tmp_path / "home")),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.stdout.strip().splitlines()[-1] == "qt-not-loaded", proc.stderr
    assert "store" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_version_prints_the_version_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer import __version__

    with pytest.raises(SystemExit) as stop:
        launcher.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"Live Review Desk {__version__}"


def test_demo_without_the_service_says_how_to_get_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launcher, "demo_available", lambda: False)
    assert launcher.main(["--demo"]) == launcher.EXIT_NO_DEMO
    err = capsys.readouterr().err
    assert "demo service is not part of this installation" in err
    assert "make demo" in err
    assert "Traceback" not in err
