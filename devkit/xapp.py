"""Drive the real desk (venv or built bundle) in a real X window: its output, its keys.

The end-to-end test and the bundle's smoke test share this: the process with a reader
thread for its trace lines, xdotool keys and window focus (no window manager runs under
Xvfb), and a gentle stop.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time

import pytest

#: the key guard refuses keys for 200 ms after a case appears; real time must pass
GUARD_PAUSE_S = 0.4
#: the main window's title starts so
MAIN_WINDOW = "Live Review Desk —"


class App:
    """The client process and a reader thread collecting its stdout lines."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def close(self) -> None:
        self._reader.join(timeout=30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def expect(self, prefix: str, timeout: float = 60.0) -> str:
        """The next line starting with ``prefix`` (earlier lines are kept in ``seen``)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"no {prefix!r} from the app; it said: {self.seen[-20:]}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(line)
            if line.startswith(prefix):
                return line[len(prefix) :].strip()

    def expect_case(self) -> str:
        """The id of the next case on screen ("" lines mean none yet: keep waiting)."""
        while True:
            case_id = self.expect("trace case-shown")
            if case_id:
                return case_id


def xdotool(display: str, *args: str) -> str:
    env = dict(os.environ, DISPLAY=display)
    done = subprocess.run(  # noqa: S603 - xdotool with our own arguments
        ["xdotool", *args],  # noqa: S607 - from PATH, as Debian installs it
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


def focus_window(display: str, name: str, timeout: float = 30.0) -> None:
    """Give keyboard focus to the window titled ``name`` (no window manager runs).

    Right after a window maps (or another one closes) xdotool can miss it or hit a
    window that is going away; try again until the deadline.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            wid = xdotool(display, "search", "--onlyvisible", "--name", name).split()[0]
            xdotool(display, "windowfocus", "--sync", wid)
            return
        except (subprocess.CalledProcessError, IndexError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def key(display: str, name: str) -> None:
    """Press and release ``name`` (an xdotool key name) in the focused window."""
    xdotool(display, "key", "--clearmodifiers", name)


def stop(proc: subprocess.Popen[str], timeout: float = 30.0) -> None:
    """End the app as Ctrl+C would (it shuts down in order), killing it if that hangs."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)
