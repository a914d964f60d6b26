"""`reviewer --demo`: the reference service as a child process on loopback.

The UI never imports server/ (import-linter); it runs the service through its
command line, exactly as an operator would: seed a database in a temporary
folder, then serve it on a free port that the service writes to a port file.
Children are started from the GUI thread with a parent-death signal (Linux), so
even a killed client leaves no orphaned service behind; a normal close, Ctrl+C
or SIGTERM stops them and removes the folder.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ui.common.i18n import arg, translate

DEMO_USER = "moderator1"
DEMO_PASSWORD = "demo-moderator1"  # noqa: S105 - the published demo account, loopback only
POLL_MS = 50


class DemoState(enum.Enum):
    IDLE = "idle"
    SEEDING = "seeding"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    STOPPED = "stopped"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to send SIGTERM to this child when the thread that forked it dies."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _tail(path: Path, limit: int = 1500) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return text[-limit:].strip()


class DemoService:
    """Seeds and serves the reference service in a temporary folder; never blocks.

    Drive it with :meth:`poll` (the Qt :class:`DemoRunner` does so on a timer).
    Must be started from the main thread: the parent-death signal follows the
    thread that forked the child.
    """

    @classmethod
    def from_env(cls) -> DemoService:
        """The demo as `make demo` runs it; ``REVIEWER_DEMO_SMALL=1`` seeds less (tests)."""
        if os.environ.get("REVIEWER_DEMO_SMALL") == "1":
            return cls(cases=8, huge_chats=0)
        return cls()

    def __init__(
        self,
        *,
        cases: int = 40,
        seed: int = 7,
        huge_chats: int = 1,
        huge_size: int = 100_000,
        python: str = sys.executable,
        extra_seed_args: Sequence[str] = (),
    ) -> None:
        self.cases = cases
        self.seed = seed
        self.huge_chats = huge_chats
        self.huge_size = huge_size
        self.python = python
        self.extra_seed_args = tuple(extra_seed_args)
        self.state = DemoState.IDLE
        self.base_url: str | None = None
        self.error: str = ""
        self.workdir: Path | None = None
        self._seed_proc: subprocess.Popen[bytes] | None = None
        self._serve_proc: subprocess.Popen[bytes] | None = None

    # -- paths --------------------------------------------------------------------------------

    def _path(self, name: str) -> Path:
        assert self.workdir is not None
        return self.workdir / name

    @property
    def db_path(self) -> Path:
        return self._path("service.db")

    @property
    def port_file(self) -> Path:
        return self._path("service.port")

    @property
    def service_pid(self) -> int | None:
        return self._serve_proc.pid if self._serve_proc is not None else None

    # -- lifecycle ----------------------------------------------------------------------------

    def _spawn(self, args: list[str], log_name: str) -> subprocess.Popen[bytes]:
        log = open(self._path(log_name), "ab")  # noqa: SIM115 - the child owns it until it exits
        try:
            return subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
                [self.python, "-m", "server", *args],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        finally:
            log.close()

    def start(self) -> None:
        """Create the folder and start seeding; returns at once."""
        if self.state is not DemoState.IDLE:
            raise RuntimeError(f"demo service already {self.state.value}")
        self.workdir = Path(tempfile.mkdtemp(prefix="live-review-demo-"))
        self.state = DemoState.SEEDING
        self._seed_proc = self._spawn(
            [
                "seed",
                "--db",
                str(self.db_path),
                "--cases",
                str(self.cases),
                "--seed",
                str(self.seed),
                "--huge-chats",
                str(self.huge_chats),
                "--huge-size",
                str(self.huge_size),
                *self.extra_seed_args,
            ],
            "seed.log",
        )

    def _fail(self, message: str) -> DemoState:
        self.error = message
        self.state = DemoState.FAILED
        self._terminate()
        return self.state

    def poll(self) -> DemoState:
        """Advance without blocking: seeding, then serving, then ready (or failed)."""
        if self.state is DemoState.SEEDING:
            assert self._seed_proc is not None
            code = self._seed_proc.poll()
            if code is None:
                return self.state
            if code != 0:
                log = _tail(self._path("seed.log"))
                return self._fail(
                    arg(
                        translate("DemoService", "Seeding the demo service failed (exit %1).\n%2"),
                        code,
                        log,
                    )
                )
            self.state = DemoState.STARTING
            self._serve_proc = self._spawn(
                [
                    "serve",
                    "--db",
                    str(self.db_path),
                    "--port",
                    "0",
                    "--port-file",
                    str(self.port_file),
                ],
                "serve.log",
            )
        if self.state is DemoState.STARTING:
            assert self._serve_proc is not None
            code = self._serve_proc.poll()
            if code is not None:
                return self._fail(
                    arg(
                        translate(
                            "DemoService", "The demo service stopped at start (exit %1).\n%2"
                        ),
                        code,
                        _tail(self._path("serve.log")),
                    )
                )
            port = self._read_port()
            if port is not None:
                self.base_url = f"http://127.0.0.1:{port}"
                self.state = DemoState.READY
        return self.state

    def _read_port(self) -> int | None:
        try:
            text = self.port_file.read_text().strip()
        except OSError:
            return None
        digits = text.rsplit(":", 1)[-1]
        if not digits.isdigit():
            return None  # written but not yet complete
        port = int(digits)
        return port if 0 < port < 65536 else None

    def _terminate(self, timeout: float = 5.0) -> None:
        for proc in (self._serve_proc, self._seed_proc):
            if proc is None or proc.poll() is not None:
                continue
            proc.terminate()
        for proc in (self._serve_proc, self._seed_proc):
            if proc is None:
                continue
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=timeout)

    def stop(self) -> None:
        """Stop the children and delete the temporary folder; safe to call twice."""
        if self.state is DemoState.STOPPED:
            return
        self._terminate()
        if self.workdir is not None and os.environ.get("REVIEWER_KEEP_DEMO") != "1":
            shutil.rmtree(self.workdir, ignore_errors=True)
        self.state = DemoState.STOPPED


class DemoRunner(QObject):
    """Polls a :class:`DemoService` from the GUI thread's event loop."""

    ready = Signal(str)
    failed = Signal(str)
    progress = Signal(str)

    def __init__(self, service: DemoService | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service or DemoService.from_env()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._last: DemoState | None = None

    def start(self) -> None:
        self.service.start()
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        state = self.service.poll()
        if state is not self._last:
            self._last = state
            if state is DemoState.SEEDING:
                self.progress.emit(self.tr("Seeding the demo service with cases…"))
            elif state is DemoState.STARTING:
                self.progress.emit(self.tr("Starting the demo service…"))
        if state is DemoState.READY:
            self._timer.stop()
            assert self.service.base_url is not None
            self.ready.emit(self.service.base_url)
        elif state is DemoState.FAILED:
            self._timer.stop()
            self.failed.emit(self.service.error)

    def stop(self) -> None:
        self._timer.stop()
        self.service.stop()
