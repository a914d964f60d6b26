"""A seeded reference service and sync engines for the benchmark (signed-in clients and
decisions come from devkit.clients, as the sync tests take them)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from devkit.live_service import LiveService, seed_database_file
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.sync import SyncConfig, SyncEngine


@dataclass
class BenchService:
    service: LiveService
    workdir: Path

    @property
    def url(self) -> str:
        return self.service.base_url


def start_service(workdir: Path, cases: int, seed: int = 11) -> BenchService:
    db = seed_database_file(workdir / "service.sqlite3", cases=cases, seed=seed)
    service = LiveService(db, workdir / "service").start()
    return BenchService(service, workdir)


def engine_for(
    store: Store, api: ApiClient, queue: str, cache: Any = None, **config: Any
) -> SyncEngine:
    base = SyncConfig(queue=queue, device_id="bench", min_open=0, prefetch_depth=0)
    cfg = replace(base, **config)
    return SyncEngine(store, api, cache, cfg)


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="lrd-bench-"))
