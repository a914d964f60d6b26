"""One page of a case's chat log in the columnar wire form, joined from the stored chunks.

Shared by the case routes and the calibration routes (which show the page under an item
id instead of the case id); each checks the caller's scope before it calls
:func:`chat_page_response`.
"""

from __future__ import annotations

from fastapi import Response
from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from server.chat_chunks import StoredChunk, page_body
from server.db import read
from server.models.core import ChatChunk

# The chunk that holds message `start`, and every later one that starts before `end`.
_HOLDING_START = (
    select(func.max(ChatChunk.first_idx))
    .where(ChatChunk.case_id == bindparam("case_id"), ChatChunk.first_idx <= bindparam("start"))
    .scalar_subquery()
)
_CHUNKS = (
    select(
        ChatChunk.first_idx,
        ChatChunk.message_count,
        ChatChunk.offset_ms,
        ChatChunk.user_ids,
        ChatChunk.usernames,
        ChatChunk.texts,
        ChatChunk.flagged,
        ChatChunk.account_created_ms,
    )
    .where(
        ChatChunk.case_id == bindparam("case_id"),
        ChatChunk.first_idx >= _HOLDING_START,
        ChatChunk.first_idx < bindparam("end"),
    )
    .order_by(ChatChunk.first_idx)
)


def chat_page_response(
    session: Session,
    case_id: str,
    *,
    shown_as: str,
    total: int,
    start: int,
    limit: int,
    extra: StoredChunk | None = None,
) -> Response:
    """Up to ``limit`` messages of ``case_id`` from ``start``, one array per field, message
    ids and ``case_id`` under ``shown_as``; ``next_cursor`` until the end. ``extra``: the
    messages past the stored chunks (a live chat's), already in the stored form.

    The JSON is written here, not by the response model: validating 5,000 x 6 values twice
    through pydantic (return value, then response model) would cost more than the query.
    """
    params = {"case_id": case_id, "start": start, "end": start + limit}
    chunks = [
        StoredChunk(first_idx=r[0], count=r[1], fields=tuple(r[2:7]), created=r[7])
        for r in read(session, _CHUNKS, params)
    ]
    if extra is not None:  # messages past the stored ones (a live chat), after them
        chunks.append(extra)
    body = page_body(chunks, shown_as=shown_as, total=total, start=start, limit=limit)
    return Response(content=body, media_type="application/json")
