"""The database under a running service: a PostgreSQL restart gives 503s with Retry-After and
then recovery, never a 500; a request that gets no pooled connection within 2 s is a 503;
and `serve` refuses a PostgreSQL that would lose acknowledged commits or that has too few
connections for its workers' pools. Acknowledged means durable on SQLite too."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool
from starlette.requests import Request

from devkit import postgres
from devkit.db import write
from devkit.live_service import LiveService
from server.db import make_engine
from server.problems import problem_for_exception
from server.seeding.cases import seed_database


@pytest.fixture
def own_cluster(service_engine: str) -> Iterator[postgres.Cluster]:
    """A PostgreSQL cluster this test may stop and start (seeded with a few cases)."""
    if service_engine == "sqlite":
        pytest.skip("a database server restart is a PostgreSQL matter")
    cluster = postgres.Cluster().start()
    try:
        yield cluster
    finally:
        cluster.remove()


def until(condition: Callable[[], bool], limit_s: float = 60) -> None:
    """Wait for ``condition``, bounded: a stuck reader fails the asserts instead of hanging."""
    deadline = time.monotonic() + limit_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_postgresql_restart_gives_503s_then_recovery_never_500s(
    own_cluster: postgres.Cluster, tmp_path: Path
) -> None:
    url = postgres.create_database(own_cluster.url, prefix="restart")
    seed_database(url, cases=6, seed=1, history=False)
    service = LiveService(url, tmp_path / "svc", ["--workers", "2"])
    service.start()
    statuses: list[int] = []
    retry_after: set[str] = set()
    stop = threading.Event()
    token = service.login("moderator1")["access_token"]

    def reads() -> None:
        with httpx.Client(
            base_url=service.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as client:
            while not stop.is_set():
                for path in ("/v1/me", "/v1/queues"):
                    try:
                        answer = client.get(path)
                    except httpx.TransportError:
                        statuses.append(0)  # no answer at all: asserted against below
                        continue
                    statuses.append(answer.status_code)
                    if answer.status_code == 503:
                        retry_after.add(answer.headers.get("Retry-After", ""))

    reader = threading.Thread(target=reads)
    reader.start()
    try:
        until(lambda: statuses.count(200) >= 20)
        own_cluster.stop()  # connections in the pools are cut; new ones are refused
        until(lambda: statuses.count(503) >= 5 or 0 in statuses)
        own_cluster.start()
        seen = len(statuses)
        deadline = time.monotonic() + 60
        while statuses[seen:].count(200) < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        reader.join()
        service.stop()
    assert 500 not in statuses
    assert 0 not in statuses, "a request got no answer (connection reset or timeout)"
    assert set(statuses) == {200, 503}
    assert retry_after == {"2"}
    assert statuses[seen:].count(200) >= 20  # recovered: pooled connections were replaced
    assert statuses[-1] == 200


def test_no_pooled_connection_within_its_timeout_is_a_503(tmp_path: Path) -> None:
    """The pool's checkout gives up after its timeout (2 s for the service), and that
    answers 503 with Retry-After, like a locked database."""
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.sqlite3'}", pool_size=1, pool_timeout=0.1)
    try:
        with engine.connect(), pytest.raises(PoolTimeout) as raised, engine.connect():
            pass
    finally:
        engine.dispose()
    request = Request({"type": "http", "method": "GET", "path": "/v1/me", "headers": []})
    answer = problem_for_exception(request, raised.value)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "2"
    service_engine = make_engine(f"sqlite:///{tmp_path / 'service.sqlite3'}", pool_size=24)
    assert isinstance(service_engine.pool, QueuePool)
    assert service_engine.pool.timeout() == 2.0
    assert service_engine.pool.size() == 24


def test_the_service_commits_with_synchronous_full_on_sqlite(tmp_path: Path) -> None:
    """WAL with synchronous=FULL: a commit is on disk before the service answers accepted
    (NORMAL may lose the last commits in a power cut)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'durable.sqlite3'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    finally:
        engine.dispose()


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", "serve", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_serve_refuses_postgresql_without_synchronous_commit(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("a PostgreSQL setting")
    service = live_service_factory(start=False)
    database = str(service.database)
    name = postgres.database_name(database)
    write(database, f"ALTER DATABASE {name} SET synchronous_commit = off")
    refused = _serve("--db", database)
    assert refused.returncode == 2
    assert "synchronous_commit off" in refused.stderr
    assert "Traceback" not in refused.stderr
    write(database, f"ALTER DATABASE {name} SET synchronous_commit = on")
    service.start()
    assert httpx.get(service.url("/readyz"), timeout=10).status_code == 200


def test_serve_refuses_more_pooled_connections_than_postgresql_takes(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("a PostgreSQL setting")
    service = live_service_factory(start=False)
    refused = _serve("--db", str(service.database), "--workers", "8", "--threads", "60")
    assert refused.returncode == 2
    assert "need 512 connections" in refused.stderr
    assert "max_connections" in refused.stderr
    assert "Traceback" not in refused.stderr
