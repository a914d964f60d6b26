"""A seeded reference service and signed-in desks for the benchmark."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from devkit.live_service import DEMO_PASSWORDS, LiveService, seed_database_file
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.store.rows import DecisionDraft
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


def sign_in(url: str, user: str = "moderator1") -> tuple[ApiClient, TokenManager]:
    tokens = TokenManager(url, MemoryVault())
    api = ApiClient(url, tokens=tokens, deadline_s=60)
    tokens.sign_in(api, user, DEMO_PASSWORDS[user])
    return api, tokens


def live_queue(api: ApiClient) -> str:
    queues = [q for q in api.queues().queues if q.kind == "live"]
    return max(queues, key=lambda q: q.depth).id


def engine_for(
    store: Store, api: ApiClient, queue: str, cache: Any = None, **config: Any
) -> SyncEngine:
    base = SyncConfig(queue=queue, device_id="bench", min_open=0, prefetch_depth=0)
    cfg = replace(base, **config)
    return SyncEngine(store, api, cache, cfg)


def draft(case_id: str, version: str, action: str, supersedes: str | None) -> DecisionDraft:
    return DecisionDraft(
        case_id=case_id,
        action=action,
        policy_codes=(),
        note="",
        escalation_reason="",
        supersedes=supersedes,
        policy_version=version,
        handle_time_ms=1200,
    )


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="lrd-bench-"))
