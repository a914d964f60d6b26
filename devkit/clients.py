"""Signed-in clients of the live service and decisions to record: what the sync tests and
the benchmark both drive the service with."""

from __future__ import annotations

from typing import Any

from devkit.live_service import DEMO_PASSWORDS
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.rows import DecisionDraft


def sign_in(
    base_url: str, user: str = "moderator1", **api_kw: Any
) -> tuple[ApiClient, TokenManager]:
    """A demo user signed in with its demo password; tokens held in memory only."""
    tokens = TokenManager(base_url, MemoryVault())
    api = ApiClient(base_url, tokens=tokens, **api_kw)
    tokens.sign_in(api, user, DEMO_PASSWORDS[user])
    return api, tokens


def live_queue(api: ApiClient) -> str:
    """The deepest live queue of the seeded service."""
    queues = [q for q in api.queues().queues if q.kind == "live"]
    return max(queues, key=lambda q: q.depth).id


def draft(
    case_id: str,
    version: str,
    action: str = "no_violation",
    supersedes: str | None = None,
    *,
    handle_time_ms: int = 1200,
) -> DecisionDraft:
    """A decision without policy codes, note or escalation reason."""
    return DecisionDraft(
        case_id=case_id,
        action=action,
        policy_codes=(),
        note="",
        escalation_reason="",
        supersedes=supersedes,
        policy_version=version,
        handle_time_ms=handle_time_ms,
    )
