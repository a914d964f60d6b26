"""Cached case content: hash-checked media, chat pages, eviction, crash and retention purges."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reviewer import contract
from reviewer.paths import AppPaths
from reviewer.store.cache import (
    DIRTY_MARKER,
    CacheError,
    ContentCache,
    MediaHashMismatch,
    evict_finished,
    housekeeping,
    side_folder,
    sign_out_purge,
)
from reviewer.store.decisions import Store
from tests.reviewer.store.storekit import draft, lease


@pytest.fixture
def root() -> Path:
    return AppPaths.default().content_dir


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != DIRTY_MARKER)


def test_media_round_trip_is_content_addressed(root: Path) -> None:
    with ContentCache(root) as cache:
        data = b"\xff\xd8 a jpeg"
        sha = _sha(data)
        assert cache.media_path(sha) is None
        path = cache.put_media(sha, data)
        assert path.read_bytes() == data
        assert cache.media_path(sha) == path
        assert path.name == sha
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
        assert cache.put_media(sha, data) == path  # idempotent
        assert cache.media_for([sha, "0" * 64]) == {sha: path}
        assert cache.size_bytes() == len(data)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_a_wrong_hash_is_refused_and_nothing_is_written(root: Path) -> None:
    with ContentCache(root) as cache:
        claimed = _sha(b"what the case said")
        with pytest.raises(MediaHashMismatch, match="other content") as caught:
            cache.put_media(claimed, b"what arrived")
        assert isinstance(caught.value, ValueError)
        assert cache.media_path(claimed) is None
        assert _all_files(root) == []


@pytest.mark.parametrize("bad", ["", "ABC", "g" * 64, "A" * 64, "../" + "a" * 61, "a" * 63])
def test_bad_hash_text_is_refused(root: Path, bad: str) -> None:
    with ContentCache(root) as cache:
        with pytest.raises(CacheError):
            cache.put_media(bad, b"x")
        with pytest.raises(CacheError):
            cache.media_path(bad)


def test_chat_pages_in_page_order(root: Path) -> None:
    with ContentCache(root) as cache:
        for index in (2, 0, 10, 1):
            cache.put_chat_page("case-1", index, f'{{"page": {index}}}'.encode())
        pages = cache.chat_pages("case-1")
        assert [p.read_bytes() for p in pages] == [
            b'{"page": 0}',
            b'{"page": 1}',
            b'{"page": 2}',
            b'{"page": 10}',
        ]
        assert cache.chat_pages("case-2") == []
        cache.put_chat_page("case-1", 1, b"replaced")
        assert cache.chat_pages("case-1")[1].read_bytes() == b"replaced"


@pytest.mark.parametrize("case_id", ["..", ".", "../etc", "a/b", "", "x" * 65, "a b"])
def test_case_ids_cannot_escape_the_cache(root: Path, case_id: str) -> None:
    with ContentCache(root) as cache:
        with pytest.raises(CacheError):
            cache.put_chat_page(case_id, 0, b"x")
        assert _all_files(root) == []


def test_bad_page_index(root: Path) -> None:
    with ContentCache(root) as cache, pytest.raises(CacheError, match="out of range"):
        cache.put_chat_page("c1", -1, b"x")


def test_evict_case_removes_its_files_only(root: Path) -> None:
    with ContentCache(root) as cache:
        a, b = b"snapshot a", b"snapshot b"
        cache.put_media(_sha(a), a)
        cache.put_media(_sha(b), b)
        cache.put_chat_page("c1", 0, b"chat 1")
        cache.put_chat_page("c2", 0, b"chat 2")
        cache.evict_case("c1", [_sha(a), "f" * 64])
        assert cache.media_path(_sha(a)) is None
        assert cache.media_path(_sha(b)) is not None
        assert cache.chat_pages("c1") == []
        assert len(cache.chat_pages("c2")) == 1


def test_clean_close_keeps_content_a_crash_purges_it(root: Path) -> None:
    data = b"snapshot"
    cache = ContentCache(root)
    assert not cache.recovered_from_crash
    cache.put_media(_sha(data), data)
    cache.put_chat_page("c1", 0, b"chat")
    assert (root / DIRTY_MARKER).exists()
    cache.close()
    assert not (root / DIRTY_MARKER).exists()

    again = ContentCache(root)  # after a clean close the content is still good
    assert not again.recovered_from_crash
    assert again.media_path(_sha(data)) is not None
    # No close(): the process "crashes" and leaves the marker behind.
    assert (root / DIRTY_MARKER).exists()

    after_crash = ContentCache(root)
    assert after_crash.recovered_from_crash
    assert after_crash.media_path(_sha(data)) is None
    assert after_crash.chat_pages("c1") == []
    assert _all_files(root) == []
    after_crash.close()


def test_partial_writes_from_a_crash_are_cleared(root: Path) -> None:
    with ContentCache(root):
        pass
    (root / "tmp" / "part-leftover").write_bytes(b"half a snapshot")
    with ContentCache(root):
        assert _all_files(root) == []


def test_purge_older_than_retention(root: Path) -> None:
    with ContentCache(root) as cache:
        old, new = b"old snapshot", b"new snapshot"
        old_path = cache.put_media(_sha(old), old)
        cache.put_media(_sha(new), new)
        old_chat = cache.put_chat_page("c-old", 0, b"old chat")
        cache.put_chat_page("c-new", 0, b"new chat")
        day_ago = time.time() - 25 * 3600
        for path in (old_path, old_chat):
            os.utime(path, (day_ago, day_ago))
        assert cache.purge_older_than(24 * 3600) == 2
        assert cache.media_path(_sha(old)) is None
        assert cache.media_path(_sha(new)) is not None
        assert cache.chat_pages("c-old") == []
        assert not (root / "chat" / "c-old").exists()
        assert len(cache.chat_pages("c-new")) == 1
        assert cache.purge_older_than(0, now=time.time() + 1) == 2
        assert _all_files(root) == []


def _detail(case_id: str, media: list[bytes]) -> contract.CaseDetail:
    now = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    return contract.CaseDetail.model_validate(
        {
            "case_id": case_id,
            "queue": "live-en",
            "status": "leased",
            "created_at": now,
            "stream": {
                "stream_id": "s",
                "title": "t",
                "category": "c",
                "language": "en",
                "region": "EU",
                "viewer_count": 1,
                "is_live": True,
                "started_at": now,
            },
            "streamer": {
                "account_id": "a",
                "handle": "h",
                "display_name": "H",
                "account_created_at": now,
                "followers": 0,
            },
            "reports": [],
            "snapshots": [
                {
                    "sha256": _sha(m),
                    "offset_seconds": 1.0,
                    "captured_at": now,
                    "width": 10,
                    "height": 10,
                    "size_bytes": len(m),
                }
                for m in media
            ],
            "chat_count": 1,
        }
    )


def test_evict_finished_follows_the_store(root: Path) -> None:
    shared, only_done, only_open, only_released = b"shared", b"done", b"open", b"released"
    with Store.open(AppPaths.default().store_path) as store, ContentCache(root) as cache:
        lease(store, ["done", "open", "released"])
        for case_id, media in (
            ("done", [shared, only_done]),
            ("open", [shared, only_open]),
            ("released", [only_released]),
        ):
            store.save_case_detail(_detail(case_id, media))
            for m in media:
                cache.put_media(_sha(m), m)
            cache.put_chat_page(case_id, 0, b"chat of " + case_id.encode())

        rec = store.record_decision(draft("done"))
        store.set_case_state("released", "released")
        # The decision has not synced yet: only the released case goes.
        assert evict_finished(store, cache) == ["released"]
        assert cache.media_path(_sha(only_released)) is None
        assert cache.chat_pages("released") == []
        assert store.case_detail("released") is None
        assert cache.media_path(_sha(only_done)) is not None

        store.apply_results(
            [contract.DecisionResult(decision_id=rec.decision_id, status="accepted")]
        )
        assert evict_finished(store, cache) == ["done"]
        assert cache.media_path(_sha(only_done)) is None
        assert cache.media_path(_sha(shared)) is not None  # the open case still shows it
        assert cache.chat_pages("done") == []
        assert store.case_detail("done") is None
        assert store.case_detail("open") is not None
        assert evict_finished(store, cache) == []

        sign_out_purge(store, cache)
        assert _all_files(root) == []
        assert store.case_detail("open") is None
        assert store.pending_outbox() == []
        assert store.decision(rec.decision_id) == rec  # decisions are never purged


def test_housekeeping_after_a_crash_and_past_retention(root: Path) -> None:
    media = b"snapshot"
    store_path = AppPaths.default().store_path
    with Store.open(store_path) as store:
        lease(store, ["old", "fresh"])
        store.save_case_detail(_detail("fresh", [media]))
        crashed = ContentCache(root)  # never closed: the process "dies"
        crashed.put_media(_sha(media), media)
        del crashed

        cache = ContentCache(root)
        assert cache.recovered_from_crash
        report = housekeeping(store, cache, 24 * 3600)
        assert report.purged_after_crash
        assert store.case_detail("fresh") is None  # detail from before the crash is not kept
        assert report.evicted_cases == ()
        again = housekeeping(store, cache, 24 * 3600)
        assert not again.purged_after_crash

        # A day later even a case that is somehow still leased loses its content.
        lease(store, ["fresh"])
        store.save_case_detail(_detail("fresh", [media]))
        cache.put_media(_sha(media), media)
        cache.put_chat_page("fresh", 0, b"chat")
        later = datetime.now(UTC) + timedelta(hours=25)
        report = housekeeping(store, cache, 24 * 3600, now=later)
        assert report.evicted_cases == ("fresh",)  # "old" lost its content in the crash purge
        assert store.case_detail("fresh") is None
        assert cache.media_path(_sha(media)) is None
        assert cache.chat_pages("fresh") == []
        # Leases are the sync engine's business: only the content went.
        assert [c.case_id for c in store.open_cases()] == ["old", "fresh"]
        cache.close()


def test_side_folders_follow_the_cache_rules(root: Path) -> None:
    """Calibration items and a lead's case view keep files beside the cache, under its rules."""
    cache = ContentCache(root)
    calibration = cache.side_dir("calibration") / "item.jpg"
    calibration.write_bytes(b"jpeg")
    view = side_folder(root, "case-views") / "chain-1"
    view.mkdir()
    (view / "snap.jpg").write_bytes(b"jpeg")
    old = time.time() - 3600
    os.utime(calibration, (old, old))
    assert cache.purge_older_than(600) == 1  # past retention: gone; the fresh one stays
    assert not calibration.exists()
    assert (view / "snap.jpg").exists()
    cache.purge_all()  # sign-out
    assert not (view / "snap.jpg").exists()
    (side_folder(root, "case-views") / "left.jpg").write_bytes(b"jpeg")
    # no close(): the next start finds the crash marker and keeps nothing
    ContentCache(root).close()
    assert not (root / "side" / "case-views" / "left.jpg").exists()
    for bad in ("", "../x", "a/b", ".hidden"):
        with pytest.raises(ValueError, match="not a folder name"):
            cache.side_dir(bad)
