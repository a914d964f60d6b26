"""The reference service as a real subprocess on loopback, for tests of every layer.

A template database is seeded once per test session and copied per test (a
copy is milliseconds, a seed is a second). The service binds port 0 itself and
reports the port through a file, so tests never race for ports; after
``stop()`` or ``kill()`` a ``start()`` comes back on the same port so that a
client can reconnect after an outage.
"""

from __future__ import annotations

import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[1]
# Building an SSLContext parses the CA bundle (~50 ms, docs/field-notes.md); share one.
_SSL = ssl.create_default_context()

# `make test` sets COVERAGE_PROCESS_START to the project's coverage settings: the service the
# tests start is then measured too (devkit.covered; parallel data files that `coverage combine`
# joins), so routes count as covered where tests exercise them over loopback. A service stopped
# with SIGKILL leaves no data, which only under-counts.
_COVERAGE_RC = os.environ.get("COVERAGE_PROCESS_START", "")


def _run_module() -> list[str]:
    """How to run a module with our interpreter: under coverage when the suite is measured."""
    if _COVERAGE_RC:
        return [sys.executable, "-m", "devkit.covered"]
    return [sys.executable, "-m"]


DEMO_PASSWORDS = {
    name: f"demo-{name}"
    for name in ("moderator1", "moderator2", "moderator3", "qa1", "lead1", "admin1")
}


def seed_database_file(
    path: Path, *, cases: int = 30, seed: int = 7, history: bool = False, live_sized: bool = False
) -> Path:
    """Seed a SQLite file in-process (the same code as `reviewer-server seed`); the demo
    week of decided history only with ``history`` (tests count their own decisions);
    ``live_sized`` cases weigh what real Live cases do (the benchmark's)."""
    from server.config import sqlite_url
    from server.seeding.cases import seed_database

    path.parent.mkdir(parents=True, exist_ok=True)
    seed_database(
        sqlite_url(path),
        cases=cases,
        seed=seed,
        history=history,
        replace=True,
        live_sized=live_sized,
    )
    return path


def copy_database(template: Path, dest: Path) -> Path:
    """Copy a closed SQLite database (plus any WAL beside it) to a new path."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, dest)
    for suffix in ("-wal", "-shm"):
        side = Path(str(template) + suffix)
        if side.exists():
            shutil.copyfile(side, Path(str(dest) + suffix))
    return dest


def _enter_idle_class() -> None:
    """In the child, before exec: Linux's idle class, which every thread it starts inherits.
    (preexec_fn runs between fork and exec; the bench starts its services before its threads.)"""
    os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))


class LiveService:
    """One `python -m server serve` child process over one database: a SQLite file (a path)
    or any SQLAlchemy URL (a str with ``://``, e.g. a PostgreSQL database)."""

    def __init__(
        self,
        db: Path | str,
        workdir: Path,
        extra_args: Sequence[str] = (),
        *,
        host: str = "127.0.0.1",
        idle_class: bool = False,
    ) -> None:
        #: what ``--db`` gets, and what ``devkit.db.open_service_db`` reads: a path or a URL
        self.database: Path | str = db if "://" in str(db) else Path(db)
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.extra_args = list(extra_args)
        self.host = host
        #: run in Linux's idle class (every thread it starts inherits it): the bench's stand-in
        #: for a service on its own machine takes only the CPU the desk leaves
        self.idle_class = idle_class
        self.port: int | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = self.workdir / "service.log"
        self._log: Any = None

    @property
    def db_path(self) -> Path:
        """The SQLite file; for a test that works only on SQLite (a URL has none)."""
        if not isinstance(self.database, Path):
            raise RuntimeError("this service runs on a database URL, not a SQLite file")
        return self.database

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the service has not been started")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 60.0) -> LiveService:
        """Start (or restart on the same port) and wait until /v1/info answers. The wait is
        generous: with the suite in several xdist workers on two cores, a service's imports
        alone took 10 s at load 14; a service that never starts still fails, a minute later."""
        if self.running:
            raise RuntimeError("already running")
        port_file = self.workdir / "port"
        port_file.unlink(missing_ok=True)
        cmd = [
            *_run_module(),
            "server",
            "serve",
            "--db",
            str(self.database),
            "--host",
            self.host,
            "--port",
            str(self.port or 0),
            "--port-file",
            str(port_file),
            *self.extra_args,
        ]
        self._close_log()
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - lives as long as the child
        env = dict(os.environ)
        env.setdefault("PYTHONWARNINGS", "default")  # warnings land in service.log, visibly
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        if _COVERAGE_RC:
            # Parallel data files beside the suite's own, whatever the child's working directory.
            env["COVERAGE_FILE"] = str(REPO_ROOT / ".coverage")
        self.proc = subprocess.Popen(  # noqa: S603 - our interpreter, fixed arguments
            cmd,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=str(self.workdir),
            env=env,
            preexec_fn=_enter_idle_class if self.idle_class else None,
        )
        deadline = time.monotonic() + timeout
        while not port_file.exists():
            self._check_alive()
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"service did not bind in {timeout}s:\n{self.log_tail()}")
            time.sleep(0.02)
        self.port = int(port_file.read_text())
        with httpx.Client(timeout=2.0, verify=_SSL) as client:
            while True:
                self._check_alive()
                try:
                    if client.get(self.base_url + "/v1/info").status_code == 200:
                        return self
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    self.kill()
                    raise RuntimeError(f"service did not answer in {timeout}s:\n{self.log_tail()}")
                time.sleep(0.02)

    def _check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            code = self.proc.returncode
            self.proc = None
            raise RuntimeError(f"service exited with {code}:\n{self.log_tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful stop (SIGTERM), then SIGKILL if it lingers."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        self._close_log()

    def kill(self) -> None:
        """SIGKILL: the service vanishes mid-whatever, like a crashed host."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc = None
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self) -> LiveService:
        return self.start() if not self.running else self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- conveniences for tests --------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base_url + path

    def login(self, username: str, password: str | None = None) -> dict[str, Any]:
        """Sign in a demo user; returns the TokenPair JSON."""
        pw = password if password is not None else DEMO_PASSWORDS[username]
        with httpx.Client(timeout=10.0, verify=_SSL) as client:
            resp = client.post(
                self.url("/v1/auth/login"), json={"username": username, "password": pw}
            )
        resp.raise_for_status()
        data: dict[str, Any] = resp.json()
        return data

    def client(self, username: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client on the service, signed in as ``username`` when given."""
        headers = dict(kwargs.pop("headers", {}))
        if username is not None:
            headers["Authorization"] = "Bearer " + self.login(username)["access_token"]
        kwargs.setdefault("verify", _SSL)
        return httpx.Client(
            base_url=self.base_url, headers=headers, timeout=kwargs.pop("timeout", 10.0), **kwargs
        )
