"""Cached case content: snapshot media and chat pages as files beside the store.

Media are content-addressed (``media/ab/abcdef...``): the bytes are hashed on the
way in and refused when they do not match the name the service gave them, so a
file in the cache is always the snapshot it claims to be. Chat pages are the raw
page bytes per case (``chat/<case>/page-000000.json``; the pages a followed live stream
adds from ``page-500000.json`` on). Every file is written to
a temporary name and renamed into place, so a reader never sees half a file.

This content is disturbing and personal, so it lives no longer than the work
needs: a case's files go once its decision has synced or its lease has ended
(:func:`evict_finished`), everything goes at sign-out (:func:`sign_out_purge`)
and at the first start after a crash (a ``.dirty`` marker is written when the
cache opens and removed when it closes cleanly), and nothing outlives the
retention period. :func:`housekeeping` applies all of these rules in one call; the desk
runs it as a job of its sync thread (``SyncEngine.housekeeping``), which owns the store
connection there, so no file is unlinked on the GUI thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from reviewer.store.decisions import Store

DIRTY_MARKER: Final = ".dirty"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CASE_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
_PAGE = re.compile(r"^page-(\d{6})\.json$")
MAX_CHAT_PAGES: Final = 1_000_000
#: the first index of the pages a followed stream adds (the ordinary ones count from 0)
FOLLOWED_PAGE_BASE: Final = 500_000


class CacheError(ValueError):
    """Content was refused; nothing was written."""


class MediaHashMismatch(CacheError):
    """The bytes do not hash to the name the service gave them."""


def _check_sha(sha256: str) -> str:
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        raise CacheError(f"{sha256!r} is not a lower-case sha256 hex digest")
    return sha256


def _case_dir_name(case_id: str) -> str:
    # The contract's Identifier pattern; '.' and '..' alone would climb out of chat/.
    if not isinstance(case_id, str) or not _CASE_ID.match(case_id) or set(case_id) <= {"."}:
        raise CacheError(f"{case_id!r} is not a case id")
    return case_id


def side_folder(content_root: Path, name: str) -> Path:
    """A folder under the content cache for case content that other views keep (calibration
    items, a lead's read-only case view): purged after a crash and at sign-out, and never kept
    past the retention period, like the rest of the cache."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a folder name: {name!r}")
    folder = Path(content_root) / "side" / name
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


class ContentCache:
    """Files for the cases being worked on; one instance per running client."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.root, 0o700)
        self._media = self.root / "media"
        self._chat = self.root / "chat"
        self._tmp = self.root / "tmp"
        #: other views' case content (calibration items, a lead's case view) under the same rules
        self._side = self.root / "side"
        marker = self.root / DIRTY_MARKER
        # A marker left from the last run means it did not close cleanly: content may have
        # been left behind by a crash, so none of it is trusted or kept.
        self.recovered_from_crash = marker.exists()
        self.crash_recovery_done = False  # set once the store's case detail is purged too
        if self.recovered_from_crash:
            self.purge_all()
        for folder in (self._media, self._chat, self._tmp):
            folder.mkdir(exist_ok=True, mode=0o700)
        self._clear_tmp()
        marker.write_text(f"{os.getpid()}\n", encoding="ascii")
        self._closed = False

    # --- life cycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """A clean shutdown: the next start keeps what is still within retention."""
        if not self._closed:
            with contextlib.suppress(FileNotFoundError):
                (self.root / DIRTY_MARKER).unlink()
            self._closed = True

    def __enter__(self) -> ContentCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- media ------------------------------------------------------------------------------------

    def _media_file(self, sha256: str) -> Path:
        return self._media / sha256[:2] / sha256

    def media_path(self, sha256: str) -> Path | None:
        """The cached file for this hash, or None."""
        path = self._media_file(_check_sha(sha256))
        return path if path.is_file() else None

    def put_media(self, sha256: str, data: bytes) -> Path:
        """Store snapshot bytes under their hash; raises MediaHashMismatch and writes nothing."""
        _check_sha(sha256)
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            raise MediaHashMismatch(
                f"snapshot {sha256[:12]}… arrived with other content (sha256 {actual[:12]}…); "
                "it was not cached"
            )
        target = self._media_file(sha256)
        target.parent.mkdir(exist_ok=True, mode=0o700)
        self._atomic_write(target, data)
        return target

    def media_for(self, hashes: Iterable[str]) -> dict[str, Path]:
        """The subset of these hashes that are cached, with their files."""
        found: dict[str, Path] = {}
        for sha in hashes:
            path = self.media_path(sha)
            if path is not None:
                found[sha] = path
        return found

    # --- chat -------------------------------------------------------------------------------------

    def put_chat_page(self, case_id: str, index: int, raw: bytes) -> Path:
        """Keep one page of a case's chat log as the bytes the service sent."""
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < MAX_CHAT_PAGES:
            raise CacheError(f"chat page index {index!r} is out of range")
        folder = self._chat / _case_dir_name(case_id)
        folder.mkdir(exist_ok=True, mode=0o700)
        target = folder / f"page-{index:06d}.json"
        self._atomic_write(target, raw)
        return target

    def add_chat_page(self, case_id: str, raw: bytes) -> Path | None:
        """Keep a page a followed live stream brought, after every page the case holds
        (numbered from :data:`FOLLOWED_PAGE_BASE`, so that the ordinary pages, read again,
        never overwrite one). None when the case holds no chat here (its content went:
        evicted, purged): nothing is written then."""
        folder = self._chat / _case_dir_name(case_id)
        if not folder.is_dir():
            return None
        taken = [int(m.group(1)) for p in folder.iterdir() if (m := _PAGE.match(p.name))]
        index = max([FOLLOWED_PAGE_BASE - 1, *taken]) + 1
        if index >= MAX_CHAT_PAGES:
            raise CacheError(f"chat page index {index} is out of range")
        target = folder / f"page-{index:06d}.json"
        try:
            self._atomic_write(target, raw)
        except FileNotFoundError:  # the folder went meanwhile (eviction, sign-out)
            return None
        return target

    def chat_pages(self, case_id: str) -> list[Path]:
        """The cached pages of a case in page order."""
        folder = self._chat / _case_dir_name(case_id)
        if not folder.is_dir():
            return []
        pages = [(int(m.group(1)), p) for p in folder.iterdir() if (m := _PAGE.match(p.name))]
        return [p for _, p in sorted(pages)]

    # --- eviction ---------------------------------------------------------------------------------

    def evict_case(self, case_id: str, media: Iterable[str]) -> None:
        """Remove a case's chat pages and the given media (pass only media no open case uses)."""
        shutil.rmtree(self._chat / _case_dir_name(case_id), ignore_errors=True)
        for sha in media:
            with contextlib.suppress(FileNotFoundError):
                self._media_file(_check_sha(sha)).unlink()

    def purge_all(self) -> None:
        """Remove every cached file (sign-out, or start-up after a crash).

        Call it with the sync engine stopped: a download in flight would lose its temp file.
        """
        for name in ("media", "chat", "tmp", "side"):
            shutil.rmtree(self.root / name, ignore_errors=True)
        for folder in (self.root / "media", self.root / "chat", self.root / "tmp"):
            folder.mkdir(exist_ok=True, mode=0o700)

    def purge_older_than(self, seconds: float, *, now: float | None = None) -> int:
        """Remove files written more than ``seconds`` ago; returns how many went."""
        cutoff = (time.time() if now is None else now) - seconds
        removed = 0
        for path in self._files():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        for folder in list(self._media.iterdir()) + list(self._chat.iterdir()):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only succeeds when empty
        return removed

    def size_bytes(self) -> int:
        total = 0
        for path in self._files():
            with contextlib.suppress(FileNotFoundError):
                total += path.stat().st_size
        return total

    # --- internals --------------------------------------------------------------------------------

    def _files(self) -> Iterator[Path]:
        for top in (self._media, self._chat):
            for folder in top.iterdir() if top.is_dir() else ():
                if folder.is_dir():
                    yield from (p for p in folder.iterdir() if p.is_file())
        if self._side.is_dir():
            yield from (p for p in self._side.rglob("*") if p.is_file())

    def side_dir(self, name: str) -> Path:
        """A folder for case content that other views keep (see :func:`side_folder`)."""
        return side_folder(self.root, name)

    def _atomic_write(self, target: Path, data: bytes) -> None:
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix="part-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def _clear_tmp(self) -> None:
        for leftover in self._tmp.iterdir():
            with contextlib.suppress(OSError):
                leftover.unlink()


def evict_finished(store: Store, cache: ContentCache) -> list[str]:
    """Drop the content of every case that is done with: synced, released or expired.

    Media that a still-open case also shows are kept. Returns the evicted case ids.
    """
    return _evict(store, cache, store.finished_cases())


def _evict(store: Store, cache: ContentCache, case_ids: Sequence[str]) -> list[str]:
    if not case_ids:
        return []
    going = set(case_ids)
    keep: set[str] = set()
    for row in store.open_cases(include_expired=False):
        if row.case_id in going:
            continue
        detail = store.case_detail(row.case_id)
        if detail is not None:
            keep.update(s.sha256 for s in detail.snapshots)
    for case_id in case_ids:
        detail = store.case_detail(case_id)
        media = [] if detail is None else [s.sha256 for s in detail.snapshots]
        cache.evict_case(case_id, [m for m in media if m not in keep and _SHA256.match(m)])
    store.mark_content_evicted(list(case_ids))
    return list(case_ids)


@dataclass(frozen=True)
class Housekeeping:
    """What one sweep removed."""

    purged_after_crash: bool
    evicted_cases: tuple[str, ...]
    expired_files: int


def housekeeping(
    store: Store, cache: ContentCache, retention_seconds: float, *, now: datetime | None = None
) -> Housekeeping:
    """The cache rules in one call: run it at start-up and then every few minutes.

    After a crash no case detail is trusted either (the cache already purged its files
    when it opened); finished cases lose their content; nothing outlives the retention
    period, not even a case that is still leased.
    """
    moment = now or datetime.now(UTC)
    crashed = recover_after_crash(store, cache)
    evicted = evict_finished(store, cache)
    stale = store.cases_leased_before(moment - timedelta(seconds=retention_seconds))
    evicted += _evict(store, cache, stale)
    files = cache.purge_older_than(retention_seconds, now=moment.timestamp())
    return Housekeeping(crashed, tuple(evicted), files)


def recover_after_crash(store: Store, cache: ContentCache) -> bool:
    """After a crash, forget every case detail too (the cache purged its files when it
    opened); True when this call did it. Fast: one UPDATE, so it may run at start-up on the
    thread that will show cases, before any is shown. Runs once per cache."""
    if not cache.recovered_from_crash or cache.crash_recovery_done:
        return False
    store.forget_all_case_content()
    cache.crash_recovery_done = True
    return True


def sign_out_purge(store: Store, cache: ContentCache) -> None:
    """Sign-out on a shared workstation: no case content stays behind."""
    cache.purge_all()
    store.forget_all_case_content()
