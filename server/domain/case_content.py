"""The one way to change what a case shows once it is stored, so its content version moves.

A case's detail has a fixed part (stream, streamer, reports, prior enforcement, snapshots
with their sensitivity labels, the chat) that every worker keeps in memory keyed by
``(case_id, content_version)`` (``server.routes.cases``). Whatever changes any of it must
bump ``cases.content_version`` in the same transaction, or a worker would go on serving the
old detail: hence this function, and no other writer of those columns or tables. Seeding
inserts new cases at version 1 and never changes one.

What changes by itself while a case is worked (its queue, status, lease, escalation, and
the live state, viewer count or anything else that moves with time) is no part of the
fixed part: it is read on every request and laid over the cached content.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reviewer import contract
from server.chat_chunks import chunk_rows
from server.db import rowcount
from server.errors import ApiError
from server.models.core import Case, CaseSnapshot, ChatChunk

#: a chat as stored: the five columns of ``server.chat_chunks.FIELDS``, equally long
ChatColumns = tuple[
    Sequence[int], Sequence[str], Sequence[str], Sequence[str], Sequence[Sequence[str]]
]


def _json(value: BaseModel | Sequence[BaseModel]) -> str:
    plain: Any = (
        value.model_dump(mode="json")
        if isinstance(value, BaseModel)
        else [v.model_dump(mode="json") for v in value]
    )
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def change_case_content(
    session: Session,
    case_id: str,
    *,
    stream: contract.StreamInfo | None = None,
    streamer: contract.StreamerInfo | None = None,
    reports: Sequence[contract.ReportInfo] | None = None,
    prior_enforcement: Sequence[contract.PriorEnforcement] | None = None,
    snapshots: Sequence[contract.Snapshot] | None = None,
    chat: ChatColumns | None = None,
) -> int:
    """Replace the given parts of a stored case's content and bump its version; returns the
    new version. The caller commits (the bump lands with the change or not at all).

    ``snapshots`` replaces the whole list (their bytes must already be stored as media);
    ``chat`` the whole log. A part left None stays as it is. 404 for an unknown case."""
    values: dict[str, Any] = {"content_version": Case.content_version + 1}
    if stream is not None:
        values["stream_json"] = _json(stream)
    if streamer is not None:
        values["streamer_json"] = _json(streamer)
    if reports is not None:
        values["reports_json"] = _json(reports)
    if prior_enforcement is not None:
        values["prior_json"] = _json(prior_enforcement)
    if chat is not None:
        values["chat_count"] = len(chat[0])
    # the bump first: it takes the case's row lock, so two changes to one case serialise
    if not rowcount(session, update(Case).where(Case.case_id == case_id).values(values)):
        raise ApiError(404, "not_found", "No such case.")
    if snapshots is not None:
        session.execute(delete(CaseSnapshot).where(CaseSnapshot.case_id == case_id))
        if snapshots:
            session.execute(
                insert(CaseSnapshot),
                [
                    {
                        "case_id": case_id,
                        "position": pos,
                        "sha256": s.sha256,
                        "offset_seconds": s.offset_seconds,
                        "captured_at": s.captured_at,
                        "width": s.width,
                        "height": s.height,
                        "content_type": s.content_type,
                        "size_bytes": s.size_bytes,
                        "labels_json": _json(s.labels),
                    }
                    for pos, s in enumerate(snapshots)
                ],
            )
    if chat is not None:
        session.execute(delete(ChatChunk).where(ChatChunk.case_id == case_id))
        rows = list(chunk_rows(case_id, chat))
        if rows:
            session.execute(insert(ChatChunk), rows)
    version = session.scalar(select(Case.content_version).where(Case.case_id == case_id))
    assert version is not None
    return version
