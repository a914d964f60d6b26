"""Start Xvfb on a free display for the end-to-end test and the screenshots.

Xvfb's ``-displayfd`` picks a free display number itself and writes it to a
pipe, so two runs at once never collide and nothing is guessed.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType


class XvfbUnavailable(RuntimeError):
    """Xvfb is not installed or did not start."""


class Xvfb:
    """A running virtual X server; ``display`` is the DISPLAY value (e.g. ``:99``)."""

    def __init__(self, width: int = 1600, height: int = 1000, depth: int = 24) -> None:
        self.width, self.height, self.depth = width, height, depth
        self.display = ""
        self._proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("Xvfb") is not None

    def start(self, timeout: float = 20.0) -> str:
        binary = shutil.which("Xvfb")
        if binary is None:
            raise XvfbUnavailable("Xvfb is not installed (Debian: apt-get install xvfb xauth)")
        read_fd, write_fd = os.pipe()
        try:
            self._proc = subprocess.Popen(  # noqa: S603 - a fixed binary and arguments
                [
                    binary,
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{self.width}x{self.height}x{self.depth}",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(write_fd)
        try:
            number = self._read_display(read_fd, timeout)
        finally:
            os.close(read_fd)
        self.display = f":{number}"
        return self.display

    def _read_display(self, fd: int, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        data = b""
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stop()
                raise XvfbUnavailable("Xvfb did not report a display in time")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 64)
            if not chunk:
                self.stop()
                raise XvfbUnavailable("Xvfb exited before reporting a display")
            data += chunk
        return data.decode().strip()

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment for a child that should draw on this display with the xcb plugin."""
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    def __enter__(self) -> Xvfb:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_xvfb(width: int = 1600, height: int = 1000) -> Xvfb:
    """Start Xvfb on a free display; the caller stops it (``.stop()``)."""
    server = Xvfb(width, height)
    server.start()
    return server


#: a separate X client that reads the root window (XGetImage through Qt's xcb plugin): the
#: pixels the X server holds, whatever drew them; the app under test grabs nothing itself.
#: (``xwd`` and ImageMagick's ``import`` would do the same but are not in CI's packages.)
_GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([sys.argv[0]])
shot = app.primaryScreen().grabWindow(0)
sys.exit(0 if not shot.isNull() and shot.save(sys.argv[1], "PNG") else 1)
"""


def grab_screen(display: str, out: Path, timeout: float = 60.0) -> Path:
    """Save the whole X screen of ``display`` as a PNG at ``out`` (raises on failure)."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", _GRAB, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or not out.is_file():
        raise XvfbUnavailable(f"could not grab the X screen {display}: {done.stderr[-500:]}")
    return out


def lock_file(display: str) -> Path:
    """Xvfb's lock for a display (exists while the server runs)."""
    return Path(f"/tmp/.X{display.lstrip(':')}-lock")  # noqa: S108 - X11's fixed location
