"""The support export of decisions held on this desk (``reviewer export-held`` and the
problems dialog's export).

A held decision is one the service kept refusing while the others synced. Support needs
the exact bytes the desk sends (base64, so a replay carries the same id and content and
the service keeps it once) and the service's last answer (status, problem type, request
id). Nothing else from the store goes in: no case detail, chat or media, only what the
decision itself holds (ids, codes, the moderator's note).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from reviewer.store.rows import HeldDecision

EXPORT_FORMAT: Final = "reviewer-held-decisions/1"


def held_document(
    held: Sequence[HeldDecision], *, owner: tuple[str, str] | None, now: datetime | None = None
) -> dict[str, Any]:
    """The export as a JSON-ready dict; ``owner`` is the store's (server URL, username)."""
    items: list[dict[str, Any]] = []
    for h in held:
        try:
            request: Any = json.loads(h.payload)
        except ValueError:
            request = None  # the bytes are still there, base64
        items.append(
            {
                "decision_id": h.decision_id,
                "case_id": h.case_id,
                "audit_seq": h.audit_seq,
                "audit_hash": h.audit_hash,
                "attempts": h.attempts,
                "held_at": h.held_at.astimezone(UTC).isoformat(),
                "answer": {
                    "status": h.answer_status,
                    "problem_type": h.problem_type,
                    "request_id": h.request_id,
                    "reason": h.reason,
                },
                "request_sha256": hashlib.sha256(h.payload).hexdigest(),
                "request_base64": base64.b64encode(h.payload).decode("ascii"),
                "request": request,
            }
        )
    return {
        "format": EXPORT_FORMAT,
        "exported_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(),
        "server_url": owner[0] if owner else "",
        "username": owner[1] if owner else "",
        "held": items,
    }


def write_held_export(target: Path, document: dict[str, Any]) -> Path:
    """Write the export owner-only and whole (a temp file renamed over the target)."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=1, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
