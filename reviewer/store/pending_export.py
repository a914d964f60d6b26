"""The export of a desk's undelivered decisions (``reviewer export-pending``) and its reader,
for a lead's import when the moderator's account is disabled (``POST /v1/decisions:import``).

It is the held export's kind of file (:mod:`reviewer.store.held_export`: the exact request
bytes in base64 with their sha256, written owner-only), plus what the import needs: the
author, the installation's device id and the desk's audit chain head. Nothing else from the
store goes in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import pydantic

from reviewer import contract
from reviewer.store.rows import OutboxItem

EXPORT_FORMAT: Final = "reviewer-pending-decisions/1"
#: an export larger than this is not a desk's: refuse it before parsing
MAX_EXPORT_BYTES: Final = 64 * 1024 * 1024


@dataclass(frozen=True)
class PendingExport:
    """A read export: whose decisions, from which service, and the decisions themselves."""

    username: str
    server_url: str
    device_id: str
    chain_seq: int
    chain_head: str
    decisions: tuple[contract.DecisionIn, ...]

    def import_requests(self) -> list[contract.DecisionImportRequest]:
        """The import as requests of at most one batch's size each, in the desk's order."""
        size = contract.MAX_BATCH_DECISIONS
        return [
            contract.DecisionImportRequest(
                author=self.username,
                device_id=self.device_id,
                chain_seq=self.chain_seq,
                chain_head=self.chain_head,
                decisions=list(self.decisions[i : i + size]),
            )
            for i in range(0, len(self.decisions), size)
        ]


def pending_document(
    items: Sequence[OutboxItem],
    *,
    owner: tuple[str, str] | None,
    chain: tuple[int, str],
    device_id: str,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The export as a JSON-ready dict; ``owner`` is the store's (server URL, username),
    ``chain`` its audit chain head (sequence number, hash), ``device_id`` the installation's
    (the service keeps one audit chain per device)."""
    decisions: list[dict[str, Any]] = []
    for item in items:
        try:
            request: Any = json.loads(item.payload)
        except ValueError:
            request = None  # the bytes are still there, base64
        decisions.append(
            {
                "decision_id": item.decision_id,
                "case_id": item.case_id,
                "request_sha256": hashlib.sha256(item.payload).hexdigest(),
                "request_base64": base64.b64encode(item.payload).decode("ascii"),
                "request": request,
            }
        )
    return {
        "format": EXPORT_FORMAT,
        "exported_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(),
        "server_url": owner[0] if owner else "",
        "username": owner[1] if owner else "",
        "device_id": device_id,
        "chain_seq": chain[0],
        "chain_head": chain[1],
        "decisions": decisions,
    }


def read_pending_export(path: Path) -> PendingExport:
    """Read and check an export: ValueError saying what is wrong when it is not one.

    Each decision is taken from its exact bytes (``request_base64``, checked against its
    sha256), never from the readable copy beside them."""
    path = Path(path)
    if path.stat().st_size > MAX_EXPORT_BYTES:
        raise ValueError("the file is too large to be a desk's export")
    try:
        doc = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise ValueError(f"not a {EXPORT_FORMAT} export")
    username, server_url = doc.get("username"), doc.get("server_url")
    device_id = doc.get("device_id")
    chain_seq, chain_head = doc.get("chain_seq"), doc.get("chain_head")
    entries = doc.get("decisions")
    if not isinstance(username, str) or not username:
        raise ValueError("the export names no author")
    if not isinstance(server_url, str):
        raise ValueError("the export's server_url is not text")
    if not isinstance(device_id, str) or len(device_id) > 100:
        raise ValueError("the export's device_id is not a device id")
    if not isinstance(chain_seq, int) or isinstance(chain_seq, bool):
        raise ValueError("the export's chain_seq is not a number")
    if not isinstance(chain_head, str):
        raise ValueError("the export's chain_head is not text")
    if not isinstance(entries, list) or not entries:
        raise ValueError("the export holds no decisions")
    decisions = [_decision(n, entry) for n, entry in enumerate(entries, start=1)]
    return PendingExport(username, server_url, device_id, chain_seq, chain_head, tuple(decisions))


def _decision(n: int, entry: object) -> contract.DecisionIn:
    if not isinstance(entry, dict) or not isinstance(entry.get("request_base64"), str):
        raise ValueError(f"decision {n}: no request bytes")
    try:
        payload = base64.b64decode(entry["request_base64"], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"decision {n}: the request bytes are not base64") from None
    if hashlib.sha256(payload).hexdigest() != entry.get("request_sha256"):
        raise ValueError(f"decision {n}: the request bytes do not match their sha256")
    try:
        return contract.DecisionIn.model_validate_json(payload)
    except pydantic.ValidationError as exc:
        raise ValueError(f"decision {n}: not a decision ({exc.error_count()} problems)") from None
