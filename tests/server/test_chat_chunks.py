"""Chat stored in chunks gives, for any start and limit, the very page bytes that one JSON
dump of the message columns would give (the form the service sent before chunks)."""

from __future__ import annotations

import json
import random
from typing import Any

from server.chat_chunks import CHUNK, StoredChunk, chunk_rows, page_body
from server.cursors import encode_cursor

TRICKY = [
    "plain",
    'quote " and \\ backslash',
    "tab\tnew\nline\x01",
    "emoji 🎉👍🏽",
    "مرحبا",
    "漢字",
    "",
]


def _chat(n: int, seed: int = 3) -> list[list[Any]]:
    rng = random.Random(seed)
    return [
        [i * 250 for i in range(n)],
        [f"u{rng.randrange(40)}" for _ in range(n)],
        [rng.choice(["ana", "bo", "名前", "o'neil"]) for _ in range(n)],
        [rng.choice(TRICKY) + str(i) for i in range(n)],
        [rng.random() < 0.1 for _ in range(n)],
    ]


def _stored(case_id: str, columns: list[list[Any]]) -> list[StoredChunk]:
    fields = ("offset_ms", "user_ids", "usernames", "texts", "flagged")
    return [
        StoredChunk(row["first_idx"], row["message_count"], tuple(row[f] for f in fields))
        for row in chunk_rows(case_id, columns)
    ]


def _reference(case_id: str, columns: list[list[Any]], start: int, limit: int) -> bytes:
    """The page as the service wrote it from one row per message."""
    total = len(columns[0])
    end = min(total, start + limit)
    got = max(0, end - start)
    page = {
        "case_id": case_id,
        "total": total,
        "start": start,
        "ids": [f"{case_id}:{i}" for i in range(start, start + got)],
        "offset_ms": columns[0][start : start + got],
        "user_ids": columns[1][start : start + got],
        "usernames": columns[2][start : start + got],
        "texts": columns[3][start : start + got],
        "flagged": columns[4][start : start + got],
        "next_cursor": encode_cursor("chat", start + got) if got and start + got < total else None,
    }
    return json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_every_page_equals_the_dump_of_the_columns() -> None:
    n = 2 * CHUNK + 345
    columns = _chat(n)
    chunks = _stored("LV-1", columns)
    assert [c.first_idx for c in chunks] == [0, CHUNK, 2 * CHUNK]
    cases = [(0, 5000), (0, CHUNK), (CHUNK, CHUNK), (0, 7), (7, 7), (CHUNK - 3, 10)]
    cases += [(CHUNK + 1, 2 * CHUNK), (n - 1, 5), (n, 5), (n + 40, 5), (0, 1)]
    for start, limit in cases:
        holding = [
            c for c in chunks if c.first_idx + c.count > start and c.first_idx < start + limit
        ]
        body = page_body(holding, shown_as="LV-1", total=n, start=start, limit=limit)
        assert body == _reference("LV-1", columns, start, limit), (start, limit)
        json.loads(body)


def test_an_item_id_stands_in_for_the_case_and_an_empty_chat_is_an_empty_page() -> None:
    columns = _chat(12)
    body = page_body(_stored("LV-2", columns), shown_as="item-9", total=12, start=0, limit=50)
    assert body == _reference("item-9", columns, 0, 50)
    assert list(chunk_rows("LV-3", [[], [], [], [], []])) == []
    empty = page_body([], shown_as="LV-3", total=0, start=0, limit=50)
    assert empty == _reference("LV-3", [[], [], [], [], []], 0, 50)


def test_account_creation_rides_along_only_when_every_chunk_has_it() -> None:
    n = CHUNK + 10
    columns = _chat(n)
    created = [1_700_000_000_000 - i for i in range(n)]
    fields = ("offset_ms", "user_ids", "usernames", "texts", "flagged")
    chunks = [
        StoredChunk(
            row["first_idx"],
            row["message_count"],
            tuple(row[f] for f in fields),
            row["account_created_ms"],
        )
        for row in chunk_rows("LV-4", columns, created)
    ]
    for start, limit in [(0, 5000), (3, 7), (CHUNK - 2, 5), (CHUNK + 3, 100)]:
        body = page_body(chunks, shown_as="LV-4", total=n, start=start, limit=limit)
        page = json.loads(body)
        assert page["account_created_ms"] == created[start : start + limit], (start, limit)
        without = {k: v for k, v in page.items() if k != "account_created_ms"}
        assert without == json.loads(_reference("LV-4", columns, start, limit))
    # a page that touches a chunk seeded without the column leaves the column out
    older = [chunks[0], StoredChunk(chunks[1].first_idx, chunks[1].count, chunks[1].fields)]
    mixed = json.loads(page_body(older, shown_as="LV-4", total=n, start=0, limit=5000))
    assert "account_created_ms" not in mixed
    alone = json.loads(page_body(older[:1], shown_as="LV-4", total=n, start=0, limit=CHUNK))
    assert alone["account_created_ms"] == created[:CHUNK]
