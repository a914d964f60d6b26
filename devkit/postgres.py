"""Scratch PostgreSQL databases for tests: one seeded template, a clone per test.

``CREATE DATABASE ... TEMPLATE`` copies a seeded database file by file in a fraction of
what seeding takes, as ``copy_database`` does for SQLite files. The cluster is the one
``REVIEWER_TEST_POSTGRES_URL`` names (CI starts one: .ci/steps/30-postgres.sh); its role
needs CREATEDB.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

URL_ENV = "REVIEWER_TEST_POSTGRES_URL"


def cluster_url() -> str | None:
    """The PostgreSQL database the tests may use as their way into the cluster, if any."""
    return os.environ.get(URL_ENV) or None


def database_url(base: str, name: str) -> str:
    """``base`` with another database name (same host, port, role and password)."""
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def database_name(url: str) -> str:
    """The database a URL names."""
    name = make_url(url).database
    if not name:
        raise ValueError("the URL names no database")
    return name


def _admin(base: str, sql: str) -> None:
    engine = create_engine(base, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def create_database(base: str, *, template: str | None = None, prefix: str = "t") -> str:
    """A new database (empty, or a copy of ``template``, a database name); its URL.

    The template must have no open connection (dispose the engine that seeded it)."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    copy = f" TEMPLATE {template}" if template else ""
    _admin(base, f"CREATE DATABASE {name}{copy}")
    return database_url(base, name)


def drop_database(url: str) -> None:
    """Drop the database ``url`` names, closing whatever still holds it."""
    name = database_name(url)
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a scratch database name: {name!r}")
    _admin(database_url(url, "postgres"), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class Cluster:
    """A PostgreSQL cluster of a test's own, to stop and start under a running service.

    The shared cluster (``REVIEWER_TEST_POSTGRES_URL``) must stay up for every other test;
    a restart test makes its own with Debian's binaries (as the ``postgres`` user when run
    as root: initdb refuses root), on a free port on 127.0.0.1, in a temporary folder of its
    own (``remove`` deletes it)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="reviewer-pg-"))
        self.data = self.root / "data"
        self.port = 0
        self.url = ""
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if not bins:
            raise FileNotFoundError("Debian's postgresql is not installed")
        self.bin = Path(bins[-1]).parent
        self._as: list[str] = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120)  # noqa: S603 - Debian's own binaries

    def start(self) -> Cluster:
        """initdb on first use, then start and wait until it takes connections."""
        if not self.data.exists():
            if self._as:
                shutil.chown(self.root, "postgres")
            password = secrets.token_hex(12)
            pwfile = self.root / "pw"
            pwfile.write_text(password + "\n")
            if self._as:
                shutil.chown(pwfile, "postgres")
            self._run(
                str(self.bin / "initdb"), "-D", str(self.data), "-U", "reviewer",
                f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            )  # fmt: skip
            pwfile.unlink()
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                self.port = s.getsockname()[1]
            self.url = f"postgresql+psycopg://reviewer:{password}@127.0.0.1:{self.port}/postgres"
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} "
            f"-c unix_socket_directories={self.root} -c fsync=off"
        )
        self._run(
            str(self.bin / "pg_ctl"), "start", "-D", str(self.data), "-w", "-t", "60", "-s",
            "-l", str(self.root / "server.log"), "-o", options,
        )  # fmt: skip
        return self

    def stop(self) -> None:
        """Stop at once, as a restart or a failover does: open connections are cut."""
        self._run(str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast", "-s")

    def remove(self) -> None:
        """Stop it if it runs, and delete its folder."""
        subprocess.run(  # noqa: S603 - Debian's own binary
            [*self._as, str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)
