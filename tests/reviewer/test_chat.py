"""ChatLog: page parsing, filters, search, nearest message, density and highlight spans."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from reviewer.chat import (
    UNKNOWN_CREATED,
    ChatFormatError,
    ChatLog,
    normalise_text,
    parse_chat_page,
    raid_rows,
)

TEXTS = [
    "Hello THERE",
    "<b>not bold</b> <img src='/etc/passwd'>",
    "مرحبا بالجميع",
    "こんにちは、配信者さん",
    "BUY CHEAP followers at spam.example",
    "you are trash, kys",
    "İstanbul ışık",
    "🙂🙂 emoji 🙂",
]


def page(case_id: str, start: int, n: int, total: int, seed: int = 1) -> bytes:
    rnd = random.Random(seed + start)
    return json.dumps(
        {
            "case_id": case_id,
            "total": total,
            "start": start,
            "ids": [f"m{start + i}" for i in range(n)],
            "offset_ms": [(start + i) * 100 for i in range(n)],
            "user_ids": [f"u{rnd.randrange(50)}" for _ in range(n)],
            "usernames": [f"viewer{rnd.randrange(50)}" for _ in range(n)],
            "texts": [rnd.choice(TEXTS) + f" #{start + i}" for i in range(n)],
            "flagged": [rnd.random() < 0.05 for _ in range(n)],
            "next_cursor": None if start + n >= total else f"cur{start + n}",
        }
    ).encode()


def big_log(total: int = 100_000, per_page: int = 5000) -> ChatLog:
    return ChatLog.from_pages(
        [page("c1", s, min(per_page, total - s), total) for s in range(0, total, per_page)]
    )


@pytest.fixture(scope="module")
def log100k() -> ChatLog:
    return big_log()


def test_pages_append_in_order(tmp_path: Path) -> None:
    files = []
    for i, start in enumerate(range(0, 12_000, 5000)):
        path = tmp_path / f"{i:05d}.json"
        path.write_bytes(page("c1", start, min(5000, 12_000 - start), 12_000))
        files.append(path)
    log = ChatLog.from_pages(files)
    assert len(log) == 12_000 == log.total
    assert (log.ids[0], log.ids[-1]) == ("m0", "m11999")
    assert log.case_id == "c1"


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(user_ids=d["user_ids"][:-1]),
        lambda d: d.update(offset_ms=["1"] * len(d["offset_ms"])),
        lambda d: d.update(flagged=[0] * len(d["flagged"])),
        lambda d: d.update(texts=[None] * len(d["texts"])),
        lambda d: d.pop("ids"),
        lambda d: d.update(total=-1),
    ],
)
def test_malformed_pages_are_refused(mutate: object) -> None:
    doc = json.loads(page("c1", 0, 10, 10))
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(ChatFormatError):
        parse_chat_page(json.dumps(doc))


@pytest.mark.parametrize("raw", [b"", b"[]", b"{", b"\xff\xfe", b'{"case_id": 1}'])
def test_garbage_is_refused(raw: bytes) -> None:
    with pytest.raises(ChatFormatError):
        parse_chat_page(raw)


def test_filters_match_a_naive_scan(log100k: ChatLog) -> None:
    log = log100k
    n = len(log)
    assert list(log.filter()) == list(range(n))
    want_text = [i for i in range(n) if "there" in log.texts[i].lower()]
    assert want_text
    assert list(log.filter(text="tHeRe")) == want_text
    want_flagged = [i for i in range(n) if log.flagged[i]]
    assert want_flagged
    assert list(log.filter(flagged_only=True)) == want_flagged
    want_user = [i for i in range(n) if log.user_ids[i] == "u7"]
    assert list(log.user_rows("u7")) == want_user == list(log.filter(user="u7"))
    combined = [
        i
        for i in range(n)
        if log.user_ids[i] == "u7" and log.flagged[i] and "spam" in log.texts[i].lower()
    ]
    assert list(log.filter(user="u7", flagged_only=True, text="SPAM")) == combined
    assert list(log.filter(user="nobody")) == []
    assert sum(log.users().values()) == n


def test_search_handles_scripts_and_markup(log100k: ChatLog) -> None:
    assert len(log100k.filter(text="بالجميع")) > 0
    assert len(log100k.filter(text="配信者")) > 0
    rows = log100k.filter(text="<img src=")
    assert rows
    assert "<img" in log100k.texts[rows[0]]


def test_nearest_index(log100k: ChatLog) -> None:
    assert log100k.nearest_index(0) == 0
    assert log100k.nearest_index(149) == 1  # 100 is closer than 200
    assert log100k.nearest_index(151) == 2
    assert log100k.nearest_index(10**12) == len(log100k) - 1
    assert log100k.nearest_index(-5) == 0
    assert ChatLog().nearest_index(5) == -1


def test_nearest_index_on_unsorted_offsets() -> None:
    doc = json.loads(page("c1", 0, 4, 4))
    doc["offset_ms"] = [500, 100, 900, 300]
    log = ChatLog.from_pages([json.dumps(doc).encode()])
    assert log.nearest_index(320) == 3
    assert log.density(2) == [3, 1]


def test_density_matches_a_loop(log100k: ChatLog) -> None:
    for bins in (1, 7, 200, 1000):
        counts = log100k.density(bins)
        offs = log100k.offset_ms
        lo, span = offs[0], offs[-1] - offs[0] + 1
        want = [0] * bins
        for off in offs:
            want[(off - lo) * bins // span] += 1
        assert counts == want
    flagged = log100k.filter(flagged_only=True)
    assert sum(log100k.density(50, flagged)) == len(flagged)
    with pytest.raises(ValueError):
        log100k.density(0)


def test_highlight_spans_are_merged_and_case_insensitive() -> None:
    doc = json.loads(page("c1", 0, 1, 1))
    doc["texts"] = ["Spam spam SPAMMER and scam"]
    log = ChatLog.from_pages([json.dumps(doc).encode()])
    assert log.highlight_spans(0, ["spam", "amme", "", "scam"]) == [
        (0, 4),
        (5, 9),
        (10, 16),
        (22, 26),
    ]
    assert log.highlight_spans(0, ["nothing"]) == []


# --- the raid helper ---------------------------------------------------------------------------

RAID_LINE = "THIS CHANNEL IS NOW OURS loser"
DAY = 86_400_000


def test_normalise_folds_zero_width_bidi_fullwidth_and_case() -> None:
    plain = normalise_text(RAID_LINE)
    assert plain == "this channel is now ours loser"
    assert normalise_text("T\u200bHIS CHANNEL\u200d IS NOW OURS loser") == plain
    assert normalise_text("\u200f\u2066this channel is now ours LOSER\u2069") == plain
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in RAID_LINE)
    assert fullwidth != RAID_LINE
    assert normalise_text(fullwidth) == plain
    assert normalise_text("  this \t channel   is now ours loser\ufeff ") == plain
    assert normalise_text("Straße") == normalise_text("STRASSE")  # case folding, not lower()


def test_look_alikes_nfkc_does_not_fold_stay_apart() -> None:
    latin = normalise_text("say hi to your new fans")
    assert normalise_text("s\u0430y hi to your new fans") != latin  # Cyrillic а
    assert normalise_text("say hi t\u03bf your new fans") != latin  # Greek ο
    # the ignored set is explicit: a format character outside it is kept
    assert normalise_text("a\u2063b") != normalise_text("ab")  # INVISIBLE SEPARATOR


def _raid_columns() -> tuple[list[str], list[int], list[str], list[int]]:
    """A stream started at 1,000 days; three new accounts post one line in three spellings
    within 8 s; an old account posts it too; a fourth new account posts it a minute later."""
    start = 1000 * DAY
    rows = [
        ("hello all", 1_000, "old1", start - 400 * DAY),
        (RAID_LINE, 10_000, "new1", start - 1 * DAY),
        ("T\u200bHIS CHANNEL IS NOW OURS loser", 12_000, "new2", start - 2 * DAY),
        (RAID_LINE, 13_000, "old2", start - 300 * DAY),
        (
            "ＴＨＩＳ ＣＨＡＮＮＥＬ ＩＳ ＮＯＷ ＯＵＲＳ ｌｏｓｅｒ",
            18_000,
            "new3",
            start - 3 * DAY,
        ),
        ("TH\u0406S CHANNEL IS NOW OURS loser", 19_000, "new4", start - 1 * DAY),  # Cyrillic І
        (RAID_LINE, 80_000, "new5", start - 1 * DAY),
        (RAID_LINE, 14_000, "unknown", -1),
    ]
    return (
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        [r[3] for r in rows],
    )


def test_raid_rows_picks_new_accounts_same_text_within_seconds() -> None:
    texts, offs, users, created = _raid_columns()
    picked = raid_rows(texts, offs, users, created, stream_started_ms=1000 * DAY)
    assert picked == [1, 2, 4]
    # the window and the account age are what decide
    wide = raid_rows(texts, offs, users, created, stream_started_ms=1000 * DAY, window_ms=70_000)
    assert wide == [1, 2, 4, 6]
    young = raid_rows(
        texts, offs, users, created, stream_started_ms=1000 * DAY, new_account_ms=DAY + 20_000
    )
    assert young == []


def test_one_account_repeating_itself_is_not_a_raid() -> None:
    start = 10 * DAY
    texts = [RAID_LINE] * 5
    offs = [1_000, 2_000, 3_000, 4_000, 5_000]
    created = [start - DAY] * 5
    assert raid_rows(texts, offs, ["same"] * 5, created, stream_started_ms=start) == []
    users = ["a", "b", "a", "b", "a"]
    assert raid_rows(texts, offs, users, created, stream_started_ms=start) == []
    users = ["a", "b", "c", "a", "a"]
    assert raid_rows(texts, offs, users, created, stream_started_ms=start) == [0, 1, 2, 3, 4]


def test_account_creation_column_is_optional_and_checked() -> None:
    page = {
        "case_id": "c",
        "total": 2,
        "start": 0,
        "ids": ["c:0", "c:1"],
        "offset_ms": [1, 2],
        "user_ids": ["a", "b"],
        "usernames": ["A", "B"],
        "texts": ["x", "y"],
        "flagged": [False, False],
        "next_cursor": None,
    }
    log = ChatLog()
    log.append_page(parse_chat_page(json.dumps(page)))
    log.append_page(parse_chat_page(json.dumps({**page, "account_created_ms": [5, 6]})))
    assert list(log.account_created_ms) == [UNKNOWN_CREATED, UNKNOWN_CREATED, 5, 6]
    for bad in ([5], [5, "6"], [5, True], "5,6"):
        with pytest.raises(ChatFormatError):
            parse_chat_page(json.dumps({**page, "account_created_ms": bad}))
