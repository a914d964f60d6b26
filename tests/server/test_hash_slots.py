"""Password hashing is limited across every process that serves one database on one host
(``server.hash_slots``): with one slot, four workers on PostgreSQL (two `serve --workers 2`)
or three `serve` processes on one SQLite file never hash two passwords at once, and a
sign-in that gets no slot before its deadline answers 503 with Retry-After, never 500.

Each hash appends its process id and monotonic start and end to a file named by
$REVIEWER_SERVER_HASH_LOG: the test reads how many ran at once from outside."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from devkit.live_service import DEMO_PASSWORDS, LiveService
from server.hash_slots import HASH_LOG_ENV, HashSlots

BURST = 24
USERS = tuple(DEMO_PASSWORDS)


def _services(
    service_engine: str, factory: Callable[..., LiveService], *args: str
) -> list[LiveService]:
    """Three `serve` processes on one SQLite file; on PostgreSQL two `serve --workers 2` on
    one database (four workers; two services, so that the burst surely reaches more than
    one process: the kernel may hand one worker every connection of a burst)."""
    common = ["--threads", "4", "--signin-exempt", "127.0.0.1", *args]
    if service_engine == "sqlite":
        first = factory(common)
        return [first, *(factory(common, db=first.database) for _ in range(2))]
    first = factory(["--workers", "2", *common])
    return [first, factory(["--workers", "2", *common], db=first.database)]


def _burst(services: list[LiveService]) -> list[httpx.Response]:
    """BURST sign-ins at once with the right passwords, each on a new connection."""
    answers: list[httpx.Response] = []
    lock = threading.Lock()
    start = threading.Barrier(BURST)

    def sign_in(n: int) -> None:
        user = USERS[n % len(USERS)]
        start.wait()
        resp = httpx.post(
            services[n % len(services)].url("/v1/auth/login"),
            json={"username": user, "password": DEMO_PASSWORDS[user]},
            timeout=60,
        )
        with lock:
            answers.append(resp)

    threads = [threading.Thread(target=sign_in, args=(n,)) for n in range(BURST)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def _hashes(log: Path) -> list[tuple[int, float, float]]:
    out = []
    for line in log.read_text().splitlines():
        pid, start, end = line.split()
        out.append((int(pid), float(start), float(end)))
    return sorted(out, key=lambda h: h[1])


def _most_at_once(hashes: list[tuple[int, float, float]]) -> int:
    events = sorted([(s, 1) for _, s, _ in hashes] + [(e, -1) for _, _, e in hashes])
    running = most = 0
    for _at, step in events:  # an end sorts before a start at the same instant
        running += step
        most = max(most, running)
    return most


@pytest.mark.timeout(300)
def test_one_hash_slot_holds_across_every_process_of_the_service(
    service_engine: str,
    live_service_factory: Callable[..., LiveService],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = tmp_path / "hashes.log"
    monkeypatch.setenv(HASH_LOG_ENV, str(log))
    services = _services(service_engine, live_service_factory, "--hash-slots", "1")
    answers = _burst(services)
    assert sorted({r.status_code for r in answers}) == [200]  # 10 s is time enough for 24
    hashes = _hashes(log)
    assert len(hashes) == BURST
    assert len({pid for pid, _s, _e in hashes}) >= 2  # the burst reached several processes
    assert _most_at_once(hashes) == 1


@pytest.mark.timeout(300)
def test_a_signin_that_gets_no_slot_in_time_answers_503_with_retry_after(
    service_engine: str,
    live_service_factory: Callable[..., LiveService],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = tmp_path / "hashes.log"
    monkeypatch.setenv(HASH_LOG_ENV, str(log))
    services = _services(
        service_engine, live_service_factory, "--hash-slots", "1", "--hash-wait", "0.05"
    )
    answers = _burst(services)
    codes = sorted(r.status_code for r in answers)
    assert set(codes) == {200, 503}, codes
    for resp in answers:
        if resp.status_code == 503:
            assert resp.headers["Retry-After"] == "1"
            assert resp.headers["content-type"] == "application/problem+json"
    assert _most_at_once(_hashes(log)) == 1
    assert len(_hashes(log)) == codes.count(200)


def test_without_file_locks_the_limit_is_per_process_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Windows has no fcntl: each process gets max(1, cores // workers) and one log line."""
    root = tmp_path / "slots"
    with caplog.at_level(logging.WARNING, logger="server.hash_slots"):
        slots = HashSlots(1, "sqlite:///x", workers=1, root=root, file_locks=False)
    assert not slots.shared
    assert ["per process" in r.getMessage() for r in caplog.records] == [True]
    cores = os.cpu_count() or 1
    inside = threading.Barrier(cores + 1)
    release = threading.Event()
    results: list[tuple[bool, object]] = []

    def hold() -> None:
        def work() -> None:
            inside.wait(10)
            release.wait(10)

        results.append(slots.run(work, time.monotonic() + 10))

    holders = [threading.Thread(target=hold) for _ in range(cores)]
    for t in holders:
        t.start()
    inside.wait(10)  # every per-process slot (cores // 1 of them) is held
    refused = slots.run(lambda: "x", time.monotonic() + 0.05)
    release.set()
    for t in holders:
        t.join()
    assert refused == (False, None)
    assert results == [(True, None)] * cores
    assert not root.exists()  # no lock files without file locks
    slots.close()


def test_slot_files_live_in_an_owner_only_folder_keyed_by_the_database(tmp_path: Path) -> None:
    one = HashSlots(2, "sqlite:///one", root=tmp_path)
    two = HashSlots(2, "sqlite:///two", root=tmp_path)
    try:
        assert one.run(lambda: 1, time.monotonic() + 1) == (True, 1)
        assert two.run(lambda: 2, time.monotonic() + 1) == (True, 2)
        assert one.shared
        assert two.shared
        assert one.folder is not None
        assert two.folder is not None
        assert one.folder != two.folder
        assert sorted(p.name for p in one.folder.iterdir()) == ["slot-0", "slot-1"]
        assert one.folder.stat().st_mode & 0o777 == 0o700
    finally:
        one.close()
        two.close()
