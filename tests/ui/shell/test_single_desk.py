"""One desk per profile, with real desk processes (offscreen) on one REVIEWER_HOME.

A second desk asks the first to come forward and exits with status 3 and one line; the
first keeps running; a desk killed with SIGKILL leaves a lock that the next desk takes over.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from devkit.live_service import REPO_ROOT
from reviewer.instance import LOCK_NAME
from ui.shell.single_desk import EXIT_ALREADY_OPEN

WAIT_S = 60.0  # a deadline, not a measurement: PySide6 starts slowly on a loaded machine


class Desk:
    """A desk process whose stdout lines are read on a thread (waits have deadlines)."""

    def __init__(self, home: Path) -> None:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(REPO_ROOT),
            REVIEWER_HOME=str(home),
            REVIEWER_TRACE="1",
            QT_QPA_PLATFORM="offscreen",
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ui.launcher"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def wait_for(self, wanted: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {wanted!r} within {WAIT_S} s") from None
            if line.startswith(wanted):
                return line

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=WAIT_S)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc.communicate(timeout=WAIT_S)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    return folder


def test_a_second_desk_brings_the_first_forward_and_exits_3(home: Path) -> None:
    first = Desk(home)
    try:
        first.wait_for("trace single-desk listening")
        second = subprocess.run(
            [sys.executable, "-m", "ui.launcher"],
            env={
                **os.environ,
                "PYTHONPATH": str(REPO_ROOT),
                "REVIEWER_HOME": str(home),
                "QT_QPA_PLATFORM": "offscreen",
            },
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=WAIT_S * 2,
            check=False,
        )
        assert second.returncode == EXIT_ALREADY_OPEN, second.stderr
        [line] = second.stderr.strip().splitlines()
        assert f"already open for this profile (process {first.proc.pid})" in line
        assert "asked to come forward" in line
        first.wait_for("trace come-forward")
        assert first.proc.poll() is None  # the first desk runs on
        lock = home / "data" / LOCK_NAME
        assert lock.read_text().strip() == str(first.proc.pid)
    finally:
        first.stop()


def test_a_killed_desk_leaves_a_stale_lock_the_next_desk_takes_over(home: Path) -> None:
    killed = Desk(home)
    try:
        killed.wait_for("trace single-desk listening")
        killed.proc.send_signal(signal.SIGKILL)
        killed.proc.wait(timeout=WAIT_S)
    finally:
        killed.stop()
    lock = home / "data" / LOCK_NAME
    assert lock.read_text().strip() == str(killed.proc.pid)  # left behind
    after = Desk(home)
    try:
        assert after.wait_for("trace stale-lock") == f"trace stale-lock {killed.proc.pid}"
        after.wait_for("trace single-desk listening")  # its socket file was stale too
        assert lock.read_text().strip() == str(after.proc.pid)
    finally:
        after.stop()
