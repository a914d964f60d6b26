"""A seeded reference service and sync engines for the benchmark (signed-in clients and
decisions come from devkit.clients, as the sync tests take them).

Live-sized cases (1920x1080 snapshots, chats of thousands of messages) take about 0.15 s
each to generate, so their seeded database is kept as a template in the user's cache,
named by what produced it (the generator's and the seeder's source, the case count and the
seed): a second run copies it in a second instead of seeding for minutes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import LiveService, copy_database, seed_database_file
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.sync import SyncConfig, SyncEngine

REPO = Path(__file__).resolve().parents[1]
#: what a seeded database depends on: a change to any of these seeds anew
SEED_SOURCES = ("server/synth", "server/seeding", "server/models", "server/chat_chunks.py")


@dataclass
class BenchService:
    service: LiveService
    workdir: Path

    @property
    def url(self) -> str:
        return self.service.base_url


def template_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "live-review-desk" / "bench"


def _source_digest() -> str:
    digest = hashlib.sha256()
    for name in SEED_SOURCES:
        root = REPO / name
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(REPO)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: the meta row with the seeding time (server.domain.live.META_KEY; a test checks they agree)
META_KEY = "seeded_at"
#: how the service's database stores a time (SQLAlchemy's DateTime on SQLite)
SQL_TIME = "%Y-%m-%d %H:%M:%S.%f"


def seeded(workdir: Path, cases: int, seed: int, *, live_sized: bool) -> tuple[Path, float]:
    """The service database for a run, and the seconds spent seeding it (0 from the cache)."""
    db = workdir / "service.sqlite3"
    if not live_sized:
        t0 = time.perf_counter()
        seed_database_file(db, cases=cases, seed=seed)
        return db, time.perf_counter() - t0
    store = template_dir()
    name = f"live-{cases}-{seed}-{_source_digest()}.sqlite3"
    template = store / name
    spent = 0.0
    if not template.exists():
        store.mkdir(parents=True, exist_ok=True)
        for old in store.glob(f"live-*-{seed}-*.sqlite3*"):
            old.unlink()  # another generator's or size's: never used again
        t0 = time.perf_counter()
        partial = store / f".{name}.{os.getpid()}"
        seed_database_file(partial, cases=cases, seed=seed, live_sized=True)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)  # closed: nothing in them
        partial.rename(template)
        spent = time.perf_counter() - t0
    copied = copy_database(template, db)
    restart_live_clock(copied)
    _flush(copied)
    return copied, spent


def restart_live_clock(db: Path) -> timedelta:
    """Restart the copy's live simulation now; returns the shift.

    The service computes a live stream's new snapshots and chat from the seeding time
    (``server.domain.live``), and the template is cached for as long as the code is the
    same: copied hours after it was seeded, every live case had hit the cap of new
    snapshots and had hours of extra chat, so the fetch row moved more bytes with every
    run of the day (1.6 s to 5.4 s for the same 50 cases). The seeding time and each
    stream's end move by the template's age, so what is live and how much it has grown
    are as in a database seeded now. The seeded history stays where it was (streams'
    starts, report times, SLA deadlines, inside the cases' content): the snapshots and
    chat made during the run are stamped the template's age after the seeded ones.
    Re-seeding instead costs 24 s for the 90 cases and minutes for the larger templates.
    """
    now = datetime.now(UTC)
    conn = sqlite3.connect(db)
    try:
        with conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
            if row is None:
                return timedelta(0)
            shift = now - datetime.fromisoformat(row[0])
            conn.execute("UPDATE meta SET value = ? WHERE key = ?", (now.isoformat(), META_KEY))
            ends = conn.execute(
                "SELECT rowid, stream_ends_at FROM cases WHERE stream_ends_at IS NOT NULL"
            ).fetchall()
            conn.executemany(
                "UPDATE cases SET stream_ends_at = ? WHERE rowid = ?",
                [
                    ((datetime.fromisoformat(end) + shift).strftime(SQL_TIME), rowid)
                    for rowid, end in ends
                ],
            )
    finally:
        conn.close()
    return shift


def _flush(db: Path) -> None:
    """Write the copy to disk now. Left to the kernel, its hundreds of MB are written back
    30 s later, in the middle of a later row, and every fsync there waits behind them (the
    commit row's p99 went from 2.1 to 5.6 ms between two runs of the same code)."""
    for path in (db, Path(str(db) + "-wal")):
        if path.exists():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def start_service(
    workdir: Path,
    cases: int,
    seed: int = 11,
    *,
    live_sized: bool = True,
    idle_class: bool = False,
) -> BenchService:
    """The reference service over ``cases`` seeded cases (live-sized unless told); in the
    idle class when told (devkit.live_service.LiveService)."""
    db, _spent = seeded(workdir, cases, seed, live_sized=live_sized)
    service = LiveService(db, workdir / "service", idle_class=idle_class).start()
    return BenchService(service, workdir)


def engine_for(
    store: Store, api: ApiClient, queue: str, cache: Any = None, **config: Any
) -> SyncEngine:
    base = SyncConfig(queue=queue, device_id="bench", min_open=0, prefetch_depth=0)
    cfg = replace(base, **config)
    return SyncEngine(store, api, cache, cfg)


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="lrd-bench-"))


def load_average() -> str:
    """The machine's load average (1, 5, 15 minutes) as the rows print it."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


class UploadRecorder(httpx.HTTPTransport):
    """The sync thread's transport in the bench: it notes when each decision upload was in
    flight (monotonic clock), and holds each answer ``delay_s`` longer, as a service under
    load would, so that a refilled outbox keeps the thread uploading through every sample."""

    def __init__(self, delay_s: float = 0.0) -> None:
        super().__init__()
        self.delay_s = delay_s
        self._lock = threading.Lock()
        self.intervals: list[tuple[float, float]] = []
        self._open: dict[int, float] = {}  # thread id -> when its upload started

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith("decisions:batch"):
            return super().handle_request(request)
        start = time.monotonic()
        me = threading.get_ident()
        with self._lock:
            self._open[me] = start
        try:
            response = super().handle_request(request)
            body = response.read()
            response.close()
            if self.delay_s:
                time.sleep(self.delay_s)
        finally:
            with self._lock:
                del self._open[me]
                self.intervals.append((start, time.monotonic()))
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),  # not content=: that reads it at once
            extensions=response.extensions,
        )

    def busy(self) -> bool:
        """An upload is in flight now."""
        with self._lock:
            return bool(self._open)

    def uploads(self) -> int:
        """Uploads started so far."""
        with self._lock:
            return len(self.intervals) + len(self._open)

    def overlapping(self, start: float, end: float) -> bool:
        """An upload was in flight at some moment of [start, end] (monotonic seconds)."""
        with self._lock:
            if any(s <= end for s in self._open.values()):
                return True
            return any(s <= end and e >= start for s, e in self.intervals[-50:])
