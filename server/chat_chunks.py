"""How a case's chat log is stored: chunks of consecutive messages, each field already JSON.

A chat is written once, at seed time, and read a page at a time (up to 5,000 messages).
One row per message made every page thousands of rows to fetch and serialise; a chunk row
holds ``CHUNK`` messages with each field as the inside of a JSON array, exactly as the page
sends it. A page that covers whole chunks is those texts joined with commas (the bytes
``json.dumps`` would write for the joined lists); a page that starts or ends inside a chunk
parses just that chunk and slices it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from server.cursors import encode_cursor

#: messages per chunk: a divisor of the page sizes a desk asks for (5,000), so its pages
#: never parse anything
CHUNK = 1000
#: the columnar fields of a page, in wire order, each stored as a JSON array's inside
FIELDS = ("offset_ms", "user_ids", "usernames", "texts", "flagged")
#: an optional field: sent when every chunk of the page has it (NULL in older seeds)
CREATED = "account_created_ms"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def chunk_rows(
    case_id: str,
    columns: Sequence[Sequence[Any]],
    account_created_ms: Sequence[int] | None = None,
) -> Iterator[dict[str, Any]]:
    """The stored rows of one chat, ``columns`` in :data:`FIELDS` order, equally long, and
    the optional account creation column."""
    total = len(columns[0]) if columns else 0
    for first in range(0, total, CHUNK):
        end = min(total, first + CHUNK)
        row: dict[str, Any] = {"case_id": case_id, "first_idx": first, "message_count": end - first}
        for name, values in zip(FIELDS, columns, strict=True):
            row[name] = _dumps(list(values[first:end]))[1:-1]
        if account_created_ms is not None:
            row[CREATED] = _dumps(list(account_created_ms[first:end]))[1:-1]
        yield row


@dataclass(frozen=True)
class StoredChunk:
    """One chunk as read back: where it starts, how many messages, the five JSON insides."""

    first_idx: int
    count: int
    fields: tuple[str, ...]
    #: the account creation column's inside, None when the chunk has none
    created: str | None = None


def page_body(
    chunks: Sequence[StoredChunk], *, shown_as: str, total: int, start: int, limit: int
) -> bytes:
    """The ChatPage JSON for messages [start, start + limit) out of the chunks that hold
    them (in order); message ids and ``case_id`` under ``shown_as``."""
    end = start + limit
    parts: list[list[str]] = [[] for _ in FIELDS]
    created: list[str] | None = []
    first = last = start
    for chunk in chunks:
        lo = max(start, chunk.first_idx) - chunk.first_idx
        hi = min(end, chunk.first_idx + chunk.count) - chunk.first_idx
        if hi <= lo:
            continue
        if not parts[0]:
            first = chunk.first_idx + lo
        last = chunk.first_idx + hi
        insides = chunk.fields if chunk.created is None else (*chunk.fields, chunk.created)
        for i, inside in enumerate(insides):
            whole = inside if lo == 0 and hi == chunk.count else None
            part = whole if whole is not None else _dumps(json.loads(f"[{inside}]")[lo:hi])[1:-1]
            if i < len(parts):
                parts[i].append(part)
            elif created is not None:
                created.append(part)
        if chunk.created is None:
            created = None
    count = last - first
    ids = _dumps([f"{shown_as}:{i}" for i in range(first, last)])
    next_cursor = encode_cursor("chat", start + count) if count and start + count < total else None
    columns = "".join(
        f',"{name}":[{",".join(part)}]' for name, part in zip(FIELDS, parts, strict=True)
    )
    # after next_cursor: the field order of contract.ChatPage, as its model would write it
    tail = f',"{CREATED}":[{",".join(created)}]' if created is not None and count else ""
    return (
        f'{{"case_id":{_dumps(shown_as)},"total":{total},"start":{start},"ids":{ids}'
        f'{columns},"next_cursor":{_dumps(next_cursor)}{tail}}}'
    ).encode()
