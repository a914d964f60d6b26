"""Chat logs in a compact columnar form, parsed page by page.

A Live case can carry 200,000 chat messages. Parsing them as one pydantic model
or as a list of dicts is slow and holds the interpreter lock for a long time
(docs/field-notes.md: 197 ms vs 53 ms for 100k), so each page of at most 5,000 messages
is parsed on its own (a few ms each) and appended to flat per-field lists.
The helpers here are what the chat view needs to stay within its budget:
filter and search over 100k rows in well under 50 ms.

It also holds the raid helper's pure half: :func:`normalise_text` (what "the same text"
means) and :func:`raid_rows` (messages that new accounts posted with the same text within
seconds of each other).
"""

from __future__ import annotations

import bisect
import json
import operator
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from pathlib import Path
from typing import Final

__all__ = [
    "UNKNOWN_CREATED",
    "ChatColumns",
    "ChatFormatError",
    "ChatLog",
    "normalise_text",
    "parse_chat_page",
    "raid_rows",
]

#: the account creation time of a message whose page did not say (an older service)
UNKNOWN_CREATED: Final = -1


class ChatFormatError(ValueError):
    """A chat page broke the contract (bad JSON, wrong types, misaligned columns)."""


@dataclass(frozen=True, slots=True)
class ChatColumns:
    """One validated chat page; every column has the same length."""

    case_id: str
    total: int
    start: int
    ids: list[str]
    offset_ms: list[int]
    user_ids: list[str]
    usernames: list[str]
    texts: list[str]
    flagged: list[bool]
    next_cursor: str | None
    #: each author's account creation (ms since 1970, UTC); None when the page left it out
    account_created_ms: list[int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def rows_after(self, held: int) -> range:
        """The rows that come after the first ``held`` messages of the log (a page may start
        before the log's end: the ordinary read and following overlap). Empty when the page
        starts past the log's end: rows after a gap would sit at the wrong places."""
        if self.start > held:
            return range(0)
        return range(min(held - self.start, len(self)), len(self))

    def from_row(self, first: int) -> ChatColumns:
        """This page without its first ``first`` rows."""
        created = self.account_created_ms
        return ChatColumns(
            case_id=self.case_id,
            total=self.total,
            start=self.start + first,
            ids=self.ids[first:],
            offset_ms=self.offset_ms[first:],
            user_ids=self.user_ids[first:],
            usernames=self.usernames[first:],
            texts=self.texts[first:],
            flagged=self.flagged[first:],
            next_cursor=self.next_cursor,
            account_created_ms=None if created is None else created[first:],
        )


_STR_COLUMNS = ("ids", "user_ids", "usernames", "texts")
_COLUMN_TYPES: tuple[tuple[str, type], ...] = (
    *((name, str) for name in _STR_COLUMNS),
    ("offset_ms", int),
    ("flagged", bool),
)


def parse_chat_page(raw: bytes | str) -> ChatColumns:
    """Parse one page of ``GET /v1/cases/{id}/chat``; raise ChatFormatError if malformed.

    ``json.loads`` plus an exact type check per column (``set(map(type, col))``,
    so ``true`` is not an offset and ``"1"`` is not a number). Measured on the
    bench's synthetic chat, 20 pages of 5,000 messages: ~55-60 ms against
    ~65-75 ms for pydantic's strict ``ChatPage`` validation and ~150-260 ms
    for the same messages as a list of objects.
    """
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ChatFormatError(f"chat page is not valid JSON ({exc.__class__.__name__})") from None
    if type(doc) is not dict:
        raise ChatFormatError("chat page is not a JSON object")
    case_id = doc.get("case_id")
    total = doc.get("total")
    start = doc.get("start")
    next_cursor = doc.get("next_cursor")
    if type(case_id) is not str:
        raise ChatFormatError("chat page case_id is not a string")
    if type(total) is not int or type(start) is not int or total < 0 or start < 0:
        raise ChatFormatError("chat page total/start are not non-negative integers")
    if next_cursor is not None and type(next_cursor) is not str:
        raise ChatFormatError("chat page next_cursor is not a string")
    ids = doc.get("ids")
    if type(ids) is not list:
        raise ChatFormatError("chat column ids is missing or not an array")
    n = len(ids)
    for name, kind in _COLUMN_TYPES:
        col = doc.get(name)
        if type(col) is not list:
            raise ChatFormatError(f"chat column {name} is missing or not an array")
        if len(col) != n:
            raise ChatFormatError(f"chat column {name} has {len(col)} rows, not {n}")
        if col and set(map(type, col)) != {kind}:
            raise ChatFormatError(f"chat column {name} holds a value that is not {kind.__name__}")
    created = doc.get("account_created_ms")
    if created is not None:
        if type(created) is not list or len(created) != n:
            raise ChatFormatError(f"chat column account_created_ms is not an array of {n} rows")
        if created and set(map(type, created)) != {int}:
            raise ChatFormatError("chat column account_created_ms holds a value that is not int")
    return ChatColumns(
        case_id=case_id,
        total=total,
        start=start,
        ids=ids,
        offset_ms=doc["offset_ms"],
        user_ids=doc["user_ids"],
        usernames=doc["usernames"],
        texts=doc["texts"],
        flagged=doc["flagged"],
        next_cursor=next_cursor,
        account_created_ms=created,
    )


def _rows(values: Iterable[int]) -> array[int]:
    return array("i", values)


class ChatLog:
    """All loaded messages of one case, one flat list per field.

    Rows are in arrival order (the service sends them by offset). Texts are
    untrusted: callers show them as plain text only.
    """

    def __init__(self, case_id: str = "") -> None:
        self.case_id = case_id
        self.total = 0
        self.ids: list[str] = []
        self.offset_ms: array[int] = array("q")
        self.user_ids: list[str] = []
        self.usernames: list[str] = []
        self.texts: list[str] = []
        self.flagged: bytearray = bytearray()
        #: UNKNOWN_CREATED where the page did not carry the column
        self.account_created_ms: array[int] = array("q")
        self._lower: list[str] | None = None
        self._by_user: dict[str, array[int]] | None = None
        self._flagged_rows: array[int] | None = None
        self._sorted = True

    # --- loading --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.ids)

    def append_page(self, page: ChatColumns) -> None:
        """Append one parsed page (a few ms for 5,000 messages)."""
        if not self.case_id:
            self.case_id = page.case_id
        self.total = max(self.total, page.total)
        last = self.offset_ms[-1] if self.offset_ms else None
        self.ids.extend(page.ids)
        self.offset_ms.extend(page.offset_ms)
        self.user_ids.extend(page.user_ids)
        self.usernames.extend(page.usernames)
        self.texts.extend(page.texts)
        self.flagged.extend(page.flagged)
        created = page.account_created_ms
        if created is None:
            self.account_created_ms.extend([UNKNOWN_CREATED] * len(page.ids))
        else:
            self.account_created_ms.extend(created)
        offs = page.offset_ms
        if self._sorted:
            starts_back = last is not None and bool(offs) and offs[0] < last
            if starts_back or not all(map(operator.le, offs, offs[1:])):
                self._sorted = False
        # indexes are built on first use: opening a case stays a parse and a few extends
        self._lower = None
        self._by_user = None
        self._flagged_rows = None

    def append_raw(self, raw: bytes | str) -> ChatColumns:
        """Parse one raw page and append it; raises ChatFormatError when malformed."""
        page = parse_chat_page(raw)
        self.append_page(page)
        return page

    def join_page(self, page: ChatColumns) -> int:
        """Append the rows of ``page`` the log lacks, keyed by their positions: rows it
        already holds (the ordinary read and following overlap) are not added twice, and a
        page that starts past the log's end (a gap) adds nothing. Returns the rows added."""
        if page.start > len(self):
            return 0
        rows = page.rows_after(len(self))
        if not rows:  # nothing new; it still says how long the log is (and whose it is)
            self.case_id = self.case_id or page.case_id
            self.total = max(self.total, page.total)
            return 0
        self.append_page(page.from_row(rows.start) if rows.start else page)
        return len(rows)

    @classmethod
    def from_pages(cls, pages: Iterable[Path | bytes], case_id: str = "") -> ChatLog:
        """Load from the cache's chat page files (or raw bytes), in page order, each page
        joined by its position (:meth:`join_page`): the pages a followed stream added after
        the ordinary ones may repeat some of their messages."""
        log = cls(case_id)
        for page in pages:
            raw = page.read_bytes() if isinstance(page, Path) else page
            log.join_page(parse_chat_page(raw))
        return log

    # --- queries --------------------------------------------------------------------------

    def _rows_of(self, user_id: str) -> array[int]:
        """Rows of one user: a C-speed scan (~3 ms for 100k rows), remembered per user."""
        cache = self._by_user
        if cache is None:
            cache = self._by_user = {}
        rows = cache.get(user_id)
        if rows is None:
            hits = compress(range(len(self.user_ids)), map(user_id.__eq__, self.user_ids))
            rows = cache[user_id] = array("i", hits)
        return rows

    def _lowered(self) -> list[str]:
        if self._lower is None:
            self._lower = list(map(str.lower, self.texts))
        return self._lower

    def prepare(self) -> None:
        """Build the search index now (in a worker) instead of on the first search."""
        self._lowered()
        self.flagged_rows()

    def users(self) -> dict[str, int]:
        """Message count per user id (for a "filter by user" list)."""
        return dict(Counter(self.user_ids))

    def user_rows(self, user_id: str) -> array[int]:
        """Rows written by one user, in order."""
        return array("i", self._rows_of(user_id))

    def flagged_rows(self) -> array[int]:
        """Rows the service flagged (policy term lists)."""
        if self._flagged_rows is None:
            self._flagged_rows = array("i", compress(range(len(self.flagged)), self.flagged))
        return array("i", self._flagged_rows)

    def filter(
        self, user: str | None = None, flagged_only: bool = False, text: str | None = None
    ) -> array[int]:
        """Row indices matching every given criterion; text search is case-insensitive."""
        candidates: Sequence[int] | None = None
        if user is not None:
            candidates = self._rows_of(user)
        if flagged_only:
            if candidates is None:
                candidates = self.flagged_rows()
            else:
                flags = self.flagged
                candidates = [i for i in candidates if flags[i]]
        needle = text.lower() if text else ""
        if needle:
            lower = self._lowered()
            if candidates is None:
                return _rows(i for i, t in enumerate(lower) if needle in t)
            return _rows(i for i in candidates if needle in lower[i])
        if candidates is None:
            return _rows(range(len(self.ids)))
        return array("i", candidates)

    def nearest_index(self, offset_ms: int) -> int:
        """Row whose offset is closest to ``offset_ms`` (-1 if the log is empty)."""
        offs = self.offset_ms
        if not offs:
            return -1
        if not self._sorted:
            return min(range(len(offs)), key=lambda i: abs(offs[i] - offset_ms))
        pos = bisect.bisect_left(offs, offset_ms)
        if pos == 0:
            return 0
        if pos >= len(offs):
            return len(offs) - 1
        before, after = offs[pos - 1], offs[pos]
        return pos - 1 if offset_ms - before <= after - offset_ms else pos

    def density(self, bins: int, rows: Iterable[int] | None = None) -> list[int]:
        """Messages per time bin over [first offset, last offset], for a timeline strip."""
        if bins <= 0:
            raise ValueError("bins must be positive")
        counts = [0] * bins
        offs = self.offset_ms
        if not offs:
            return counts
        lo, hi = (offs[0], offs[-1]) if self._sorted else (min(offs), max(offs))
        span = hi - lo + 1
        if rows is None and self._sorted:
            # bisect the bin edges: O(bins log n) instead of a Python loop over every row
            edges = [
                bisect.bisect_left(offs, lo + (b * span + bins - 1) // bins) for b in range(bins)
            ]
            edges.append(len(offs))
            return [edges[b + 1] - edges[b] for b in range(bins)]
        source = offs if rows is None else (offs[i] for i in rows)
        for off in source:
            counts[min(bins - 1, (off - lo) * bins // span)] += 1
        return counts

    def highlight_spans(self, row: int, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Sorted, merged (start, end) spans of every term in one message, case-insensitive."""
        text = self.texts[row]
        spans: list[tuple[int, int]] = []
        for term in terms:
            if term:
                pattern = re.compile(re.escape(term), re.IGNORECASE)
                spans.extend(m.span() for m in pattern.finditer(text))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged


# --- the raid helper ---------------------------------------------------------------------------

#: Code points dropped before two texts are compared: zero-width characters and every bidi
#: control. An explicit list, not a Unicode category (Cf also holds characters that carry
#: meaning, e.g. the Arabic number sign), so what is ignored is exactly what is written here.
IGNORED_CODE_POINTS: Final = frozenset(
    {
        0x00AD,  # SOFT HYPHEN
        0x034F,  # COMBINING GRAPHEME JOINER
        0x061C,  # ARABIC LETTER MARK
        0x180E,  # MONGOLIAN VOWEL SEPARATOR
        0x200B,  # ZERO WIDTH SPACE
        0x200C,  # ZERO WIDTH NON-JOINER
        0x200D,  # ZERO WIDTH JOINER
        0x200E,  # LEFT-TO-RIGHT MARK
        0x200F,  # RIGHT-TO-LEFT MARK
        0x202A,  # LEFT-TO-RIGHT EMBEDDING
        0x202B,  # RIGHT-TO-LEFT EMBEDDING
        0x202C,  # POP DIRECTIONAL FORMATTING
        0x202D,  # LEFT-TO-RIGHT OVERRIDE
        0x202E,  # RIGHT-TO-LEFT OVERRIDE
        0x2060,  # WORD JOINER
        0x2066,  # LEFT-TO-RIGHT ISOLATE
        0x2067,  # RIGHT-TO-LEFT ISOLATE
        0x2068,  # FIRST STRONG ISOLATE
        0x2069,  # POP DIRECTIONAL ISOLATE
        0xFEFF,  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
    }
)
_DROP: Final = dict.fromkeys(IGNORED_CODE_POINTS)
_SPACES: Final = re.compile(r"\s+")

DAY_MS: Final = 86_400_000
#: an account younger than this when it wrote the message counts as new
NEW_ACCOUNT_MS: Final = 7 * DAY_MS
#: the same text from new accounts at most this far apart belongs to one raid
RAID_WINDOW_MS: Final = 10_000
#: a raid has at least this many messages from at least this many chatters
RAID_MIN_MESSAGES: Final = 3


def normalise_text(text: str) -> str:
    """The text as the raid helper compares it: zero-width and bidi controls dropped
    (:data:`IGNORED_CODE_POINTS`), NFKC (which folds fullwidth letters, ligatures and other
    compatibility forms onto the plain ones), case-folded, runs of white space made one space.

    Look-alikes that NFKC does not fold stay different: Cyrillic "а" (U+0430) is not Latin
    "a", nor Greek "ο" Latin "o". Catching those needs a confusables table (Unicode TS #39),
    which this helper deliberately does not guess at.
    """
    folded = unicodedata.normalize("NFKC", text.translate(_DROP)).casefold()
    # case folding can undo NFKC (e.g. U+0390), and NFKC can bring an ignored point back
    folded = unicodedata.normalize("NFKC", folded).translate(_DROP)
    return _SPACES.sub(" ", folded).strip()


def raid_rows(
    texts: Sequence[str],
    offset_ms: Sequence[int],
    user_ids: Sequence[str],
    account_created_ms: Sequence[int],
    *,
    stream_started_ms: int,
    new_account_ms: int = NEW_ACCOUNT_MS,
    window_ms: int = RAID_WINDOW_MS,
    min_messages: int = RAID_MIN_MESSAGES,
) -> list[int]:
    """Rows (ascending) that new accounts posted with the same normalised text, each within
    ``window_ms`` of the previous one of its group.

    An account is new when it was less than ``new_account_ms`` old at the moment it wrote
    (the stream's start plus the message's offset); a message whose account age is unknown
    never counts. A group is a raid when it has at least ``min_messages`` messages from at
    least ``min_messages`` chatters: one account repeating itself is spam, not a raid.
    Only the new accounts' texts are normalised, so a 100k-message log costs one pass.
    """
    # age < new_account_ms  <=>  offset - created < new_account_ms - start: one C-speed pass
    # over the whole log (map and compress), then Python only for the new accounts' rows
    below = new_account_ms - stream_started_ms
    young = compress(
        range(len(account_created_ms)),
        map(below.__gt__, map(operator.sub, offset_ms, account_created_ms)),
    )
    groups: dict[str, list[int]] = {}
    normalised: dict[str, str] = {}  # chat repeats itself: each distinct text once
    for row in young:
        created = account_created_ms[row]
        if created < 0 or stream_started_ms + offset_ms[row] < created:
            continue  # unknown age, or an account made after the message (bad data)
        text = texts[row]
        key = normalised.get(text)
        if key is None:
            key = normalised[text] = normalise_text(text)
        groups.setdefault(key, []).append(row)
    selected: list[int] = []
    for text, rows in groups.items():
        if not text or len(rows) < min_messages:
            continue
        rows.sort(key=lambda r: (offset_ms[r], r))
        run = [rows[0]]
        for row in rows[1:]:
            if offset_ms[row] - offset_ms[run[-1]] <= window_ms:
                run.append(row)
                continue
            selected.extend(_raid_run(run, user_ids, min_messages))
            run = [row]
        selected.extend(_raid_run(run, user_ids, min_messages))
    selected.sort()
    return selected


def _raid_run(run: list[int], user_ids: Sequence[str], min_messages: int) -> list[int]:
    """The run itself when it is big enough and comes from enough chatters, else nothing."""
    if len(run) >= min_messages and len({user_ids[r] for r in run}) >= min_messages:
        return run
    return []
