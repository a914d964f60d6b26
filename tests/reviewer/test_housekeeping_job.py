"""Cache housekeeping as a job of the sync engine: on the engine's own thread and store
connection, on its interval, offline too, with the retention rule (live service, real files)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from devkit.live_service import LiveService
from reviewer.store.cache import ContentCache, Housekeeping
from tests.reviewer.synckit import Desk, make_desk


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[ContentCache]:
    with ContentCache(tmp_path / "content") as content:
        yield content


def prefetched_desk(
    service: LiveService, tmp_path: Path, cache: ContentCache, **config: Any
) -> tuple[Desk, datetime, list[tuple[int, Housekeeping]]]:
    desk = make_desk(
        service, tmp_path / "s.sqlite3", cache=cache, lease_size=3, min_open=3, **config
    )
    jobs: list[tuple[int, Housekeeping]] = []
    desk.engine.on_housekeeping = lambda done: jobs.append((threading.get_ident(), done))
    now = datetime.now(UTC)
    desk.engine.note_activity(now)
    for _ in range(5):
        report = desk.engine.step(now)
        assert report.next_attempt_at is None, report.error
        if all(r.detail_cached for r in desk.store.open_cases()):
            break
    assert [r.detail_cached for r in desk.store.open_cases()] == [True, True, True]
    return desk, now, jobs


def test_housekeeping_runs_on_its_interval_and_applies_retention(
    live_service_factory: Callable[..., LiveService], tmp_path: Path, cache: ContentCache
) -> None:
    service = live_service_factory(["--lease-seconds", "86400"])  # leases outlive retention
    desk, now, jobs = prefetched_desk(
        service, tmp_path, cache, retention_s=3600.0, housekeeping_s=300.0
    )
    try:
        assert len(jobs) == 1  # in the first round
        assert jobs[0][0] == threading.get_ident()  # on the thread that steps the engine
        assert jobs[0][1].evicted_cases == ()
        held = [r.case_id for r in desk.store.open_cases()]
        assert all(cache.chat_pages(c) for c in held)

        desk.engine.step(now + timedelta(seconds=60))
        assert len(jobs) == 1  # not due yet

        later = now + timedelta(hours=2)  # past retention; the leases still run
        report = desk.engine.step(later)
        assert len(jobs) == 2
        assert set(jobs[1][1].evicted_cases) == set(held)
        assert set(held) <= set(report.evicted_now)
        assert all(cache.chat_pages(c) == [] for c in held)
        assert all(desk.store.case_detail(c) is None for c in held)
        assert {desk.store.case_state(c) for c in held} == {"leased"}
    finally:
        desk.close()


def test_housekeeping_runs_while_the_service_is_away(
    live_service: LiveService, tmp_path: Path, cache: ContentCache
) -> None:
    desk, now, jobs = prefetched_desk(
        live_service, tmp_path, cache, retention_s=3600.0, housekeeping_s=0.0
    )
    try:
        held = [r.case_id for r in desk.store.open_cases()]
        live_service.stop()
        later = now + timedelta(hours=2)
        report = desk.engine.step(later)
        assert report.online is False
        assert set(held) <= set(report.evicted_now)  # retention does not wait for the network
        assert all(cache.chat_pages(c) == [] for c in held)

        before = len(jobs)
        backing_off = desk.engine.step(later)  # within the back-off: no network at all
        assert backing_off.next_attempt_at is not None
        assert len(jobs) == before + 1
    finally:
        desk.close()
