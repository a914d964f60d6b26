"""Small builders shared by the service tests: decisions, batches, direct database reads."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from devkit.db import open_service_db

POLICY_VERSION = "2026.11.1"
PROBLEM_JSON = "application/problem+json"


def decision(case_id: str, action: str = "no_violation", **fields: Any) -> dict[str, Any]:
    """A DecisionIn as a client would mint it (fresh UUID, aware timestamp)."""
    item: dict[str, Any] = {
        "decision_id": str(uuid.uuid4()),
        "case_id": case_id,
        "action": action,
        "policy_codes": [],
        "note": "",
        "policy_version": POLICY_VERSION,
        "handle_time_ms": 4200,
        "decided_at": datetime.now(UTC).isoformat(),
        "audit_seq": 1,
        "audit_hash": "ab" * 32,
    }
    item.update(fields)
    return item


def batch(
    *items: dict[str, Any], chain_seq: int = 1, chain_head: str = "cd" * 32
) -> dict[str, Any]:
    return {
        "device_id": "test-device",
        "sent_at": datetime.now(UTC).isoformat(),
        "chain_seq": chain_seq,
        "chain_head": chain_head,
        "decisions": list(items),
    }


def upload(client: httpx.Client, *items: dict[str, Any], **kw: Any) -> list[dict[str, Any]]:
    """POST /v1/decisions:batch and return the per-item results."""
    resp = client.post("/v1/decisions:batch", json=batch(*items, **kw))
    assert resp.status_code == 200, resp.text
    results: list[dict[str, Any]] = resp.json()["results"]
    return results


def lease(client: httpx.Client, queue: str = "live-general", size: int = 3) -> dict[str, Any]:
    resp = client.post(f"/v1/queues/{queue}/batches", json={"size": size})
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def table_snapshot(db: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a write could touch, for 'the database is unchanged' checks."""
    tables = ["decisions", "uploads", "cases", "case_leases", "batches", "acks", "users"]
    with open_service_db(db) as service_db:
        return {t: service_db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in tables}


def assert_problem(resp: httpx.Response, status: int, type_suffix: str) -> dict[str, Any]:
    """The answer is an RFC 9457 problem with a stable type."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM_JSON), resp.headers
    body: dict[str, Any] = resp.json()
    assert body["type"] == "urn:live-review:problem:" + type_suffix, body
    assert body["status"] == status
    assert body["title"]
    return body
