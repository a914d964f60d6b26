"""The sync engine's case side on the live service: prefetch, eviction, leases, acks, sign-out."""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from devkit.live_service import LiveService
from reviewer.chat import ChatLog
from reviewer.store.cache import ContentCache
from tests.reviewer.synckit import Desk, decide, drain, make_desk


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[ContentCache]:
    with ContentCache(tmp_path / "content") as content:
        yield content


def prefetch_all(desk: Desk, rounds: int = 10) -> list[str]:
    fetched: list[str] = []
    for _ in range(rounds):
        report = desk.engine.step()
        assert report.next_attempt_at is None, report.error
        fetched += report.prefetched_now
        if report.next_step_at is not None and report.next_step_at > report.at:
            break
    return fetched


def test_prefetch_caches_detail_media_and_chat_then_evicts(
    live_service: LiveService, tmp_path: Path, cache: ContentCache
) -> None:
    desk = make_desk(
        live_service,
        tmp_path / "s.sqlite3",
        cache=cache,
        lease_size=5,
        min_open=5,
        chat_page_size=100,
    )
    try:
        desk.engine.note_activity()
        fetched = prefetch_all(desk)
        rows = desk.store.open_cases()
        assert len(rows) == 5
        assert fetched == [r.case_id for r in rows[:3]]  # the next three, in lease order
        assert [r.detail_cached for r in rows] == [True, True, True, False, False]
        for case_id in fetched:
            detail = desk.store.case_detail(case_id)
            assert detail is not None
            for snap in detail.snapshots:
                path = cache.media_path(snap.sha256)
                assert path is not None
                assert hashlib.sha256(path.read_bytes()).hexdigest() == snap.sha256
            pages = cache.chat_pages(case_id)
            assert len(pages) == max(1, -(-detail.chat_count // 100))
            log = ChatLog.from_pages(pages)
            assert len(log) == detail.chat_count

        first = fetched[0]
        media = [s.sha256 for s in desk.store.case_detail(first).snapshots]  # type: ignore[union-attr]
        decide(desk, first)
        drain(desk)
        report = desk.engine.step()
        assert desk.store.case_detail(first) is None
        assert cache.chat_pages(first) == []
        assert all(cache.media_path(m) is None for m in media)
        assert first not in {r.case_id for r in desk.store.open_cases()}
        assert report.pending == 0
    finally:
        desk.close()


def test_leases_renew_only_while_the_moderator_is_active(
    live_service_factory: Callable[..., LiveService], tmp_path: Path
) -> None:
    service = live_service_factory(["--lease-seconds", "30"])
    desk = make_desk(service, tmp_path / "s.sqlite3", lease_size=2, min_open=1, renew_margin_s=60)
    try:
        now = datetime.now(UTC)
        desk.engine.note_activity(now)
        desk.engine.step(now)
        first = {r.case_id: r.lease_expires_at for r in desk.store.open_cases()}
        assert len(first) == 2

        later = datetime.now(UTC)
        desk.engine.step(later)  # active: the leases (due within 60 s) are renewed
        renewed = {r.case_id: r.lease_expires_at for r in desk.store.open_cases()}
        assert all(renewed[c] > first[c] for c in first)

        idle = later + timedelta(minutes=10)  # ten minutes without a keystroke
        report = desk.engine.step(idle)
        kept = {r.case_id: r.lease_expires_at for r in desk.store.open_cases(include_expired=True)}
        assert kept == renewed  # nothing renewed ...
        assert report.leased_now == ()  # ... and nothing new pulled for an empty chair
        assert {desk.store.case_state(c) for c in first} == {"expired"}  # local clock ran out
    finally:
        desk.close()


def test_acknowledgements_reach_the_service(live_service: LiveService, tmp_path: Path) -> None:
    desk = make_desk(live_service, tmp_path / "s.sqlite3", prefetch_depth=0)
    try:
        urgent = [a for a in desk.api.policies().announcements if a.requires_ack]
        assert urgent
        assert not urgent[0].acknowledged
        desk.store.record_ack(urgent[0].id)
        report = desk.engine.step()
        assert report.next_attempt_at is None, report.error
        assert desk.store.pending_acks() == []
        after = {a.id: a.acknowledged for a in desk.api.policies().announcements}
        assert after[urgent[0].id] is True
    finally:
        desk.close()


def test_sign_out_releases_open_cases_and_purges_content(
    live_service: LiveService, tmp_path: Path, cache: ContentCache
) -> None:
    desk = make_desk(live_service, tmp_path / "s.sqlite3", cache=cache, lease_size=3, min_open=3)
    other = make_desk(live_service, tmp_path / "o.sqlite3", "moderator2", prefetch_depth=0)
    try:
        desk.engine.note_activity()
        prefetch_all(desk)
        held = [r.case_id for r in desk.store.open_cases()]
        decided = decide(desk, held[0])
        report = desk.engine.sign_out()
        assert set(report.released_now) == set(held[1:])
        assert {desk.store.case_state(c) for c in held[1:]} == {"released"}
        assert desk.store.outbox_counts()["synced"] == 1  # the last upload went first
        assert all(desk.store.case_detail(c) is None for c in held)
        assert not any((tmp_path / "content").rglob("*.json"))
        assert desk.store.decision(decided.decision_id) is not None  # decisions stay
        # the released cases are free for someone else at once
        taken = {c.case_id for c in other.api.lease_batch(desk.engine.config.queue, 20).cases}
        assert set(held[1:]) <= taken
    finally:
        desk.close()
        other.close()


def test_the_report_measures_free_space_where_the_store_lives(
    live_service: LiveService, tmp_path: Path
) -> None:
    """The low-disk mark is a setting: above this disk's free space, the report says low."""
    desk = make_desk(live_service, tmp_path / "s.sqlite3", prefetch_depth=0, low_disk_bytes=1 << 62)
    try:
        report = desk.engine.step()
        assert report.free_bytes is not None
        assert report.free_bytes > 0
        assert report.low_disk
    finally:
        desk.close()
    desk = make_desk(live_service, tmp_path / "s.sqlite3", prefetch_depth=0, low_disk_bytes=0)
    try:
        assert not desk.engine.step().low_disk
    finally:
        desk.close()


class _FullDiskCache(ContentCache):
    """A cache on a disk with no space left (ENOSPC from every write, as the OS would say;
    a real full filesystem needs a mount only root may make). ``space`` brings it back."""

    space = False

    def _full(self) -> None:
        if not self.space:
            raise OSError(errno.ENOSPC, "No space left on device")

    def put_media(self, sha256: str, data: bytes) -> Path:
        self._full()
        return super().put_media(sha256, data)

    def put_chat_page(self, case_id: str, index: int, raw: bytes) -> Path:
        self._full()
        return super().put_chat_page(case_id, index, raw)


def test_a_full_disk_while_caching_holds_the_case_back_and_sync_goes_on(
    live_service: LiveService, tmp_path: Path
) -> None:
    cache = _FullDiskCache(tmp_path / "content")
    with cache:
        desk = make_desk(
            live_service, tmp_path / "s.sqlite3", cache=cache, lease_size=3, min_open=3
        )
        try:
            desk.engine.note_activity()
            first = desk.engine.step()
            assert first.next_attempt_at is None, first.error  # the step itself did not fail
            assert first.cache_error.startswith("The disk is full")
            assert first.prefetched_now == ()
            rows = desk.store.open_cases()
            assert rows
            assert not any(r.detail_cached for r in rows)
            assert not [
                p
                for p in (tmp_path / "content").rglob("*")
                if p.is_file() and p.parent.name != "content"
            ]  # nothing half written
            decided = decide(desk, rows[0].case_id)
            report = desk.engine.step()
            assert decided.decision_id in report.synced_now  # uploads go on
            assert report.cache_error
            cache.space = True  # space came back
            report = desk.engine.step()
            assert report.cache_error == ""
            assert report.prefetched_now
        finally:
            desk.close()
