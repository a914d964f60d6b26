"""One page of a case's chat log in the columnar wire form, serialised straight from rows.

Shared by the case routes and the calibration routes (which show the page under an item
id instead of the case id); each checks the caller's scope before it calls
:func:`chat_page_response`.
"""

from __future__ import annotations

import json

from fastapi import Response
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from server.cursors import encode_cursor
from server.db import read
from server.models import ChatMessage

# One range scan of the (case_id, idx) key, only the columns the page sends.
_PAGE = (
    select(
        ChatMessage.idx,
        ChatMessage.offset_ms,
        ChatMessage.user_id,
        ChatMessage.username,
        ChatMessage.text,
        ChatMessage.flagged,
    )
    .where(ChatMessage.case_id == bindparam("case_id"), ChatMessage.idx >= bindparam("start"))
    .order_by(ChatMessage.idx)
    .limit(bindparam("limit"))
)


def chat_page_response(
    session: Session, case_id: str, *, shown_as: str, total: int, start: int, limit: int
) -> Response:
    """Up to ``limit`` messages of ``case_id`` from ``start``, one array per field, message
    ids and ``case_id`` under ``shown_as``; ``next_cursor`` until the end.

    The JSON is written here, not by the response model: validating 5,000 x 6 values twice
    through pydantic (return value, then response model) would cost more than the query.
    """
    rows = read(session, _PAGE, {"case_id": case_id, "start": start, "limit": limit}).all()
    idx, offsets, user_ids, usernames, texts, flagged = (
        (list(col) for col in zip(*rows, strict=True)) if rows else ([] for _ in range(6))
    )
    end = start + len(rows)
    page = {
        "case_id": shown_as,
        "total": total,
        "start": start,
        "ids": [f"{shown_as}:{i}" for i in idx],
        "offset_ms": offsets,
        "user_ids": user_ids,
        "usernames": usernames,
        "texts": texts,
        "flagged": [bool(f) for f in flagged],
        "next_cursor": encode_cursor("chat", end) if rows and end < total else None,
    }
    body = json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(content=body, media_type="application/json")
