"""The live simulation: what a seeded stream shows now, as a pure function of the case and
the time since the database was seeded.

Nothing writes it. The seeding time is stored once (meta ``seeded_at``), the moment a
stream ends is fixed at seed time (``cases.stream_ends_at``, so the lease can tell live
from ended in SQL), and everything else (viewers, new snapshots, new chat messages, the
version a follower compares) is computed here from those and the clock: every worker and
every restart tells the same story. ``serve --live-speed F`` runs the story F times faster
from the seeding time (``LiveClock``).

New snapshots reuse the case's seeded frames in turn (their bytes are already stored and
scoped), with new capture times; new chat messages come from a small fixed vocabulary.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

TICK_SECONDS = 5.0
"""A live stream changes in steps this long (simulated seconds): its viewers, chat and
snapshots as of a moment are those of the last step, and each step is one version."""

SNAPSHOT_EVERY_SECONDS = 15.0
"""A live stream gains a snapshot this often (simulated seconds)..."""

MAX_NEW_SNAPSHOTS = 40
"""...up to this many (ten minutes of them): a case's detail stays bounded however long its
stream runs; the chat goes on."""

ENDING_SHARE = 0.4
"""About this share of the streams live at seeding end on their own, 1 to 20 minutes in."""

META_KEY = "seeded_at"
"""The meta row holding the seeding time (ISO 8601, UTC)."""

NEVER_SEEDED = datetime(2026, 1, 1, tzinfo=UTC)
"""The simulation's start in a database seeded before it (it holds no live streams)."""

_CHATTERS = ("nightowl", "pixel_pal", "zed42", "mira", "bytebard", "lurker_9", "kaito", "sunny")
_LINES = ("lol", "gg", "hi chat", "first time here", "w stream", "no way", "clip it", "o7")


def fixed_unit(*parts: object) -> float:
    """A number in [0, 1) fixed by ``parts`` (the same in every process)."""
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def stream_end(case_id: str, seeded_at: datetime, live: bool) -> datetime | None:
    """When a stream live at seeding ends (None: beyond the simulation); fixed at seed time."""
    if not live or fixed_unit("end", case_id) >= ENDING_SHARE:
        return None
    # half a step off the step boundaries, so the end is never a step's own moment
    steps = 12 + int(fixed_unit("end-at", case_id) * 228)
    return seeded_at + timedelta(seconds=(steps + 0.5) * TICK_SECONDS)


@dataclass(frozen=True)
class LiveClock:
    """The simulation's time: the seeding time plus the real time since, times ``speed``."""

    seeded_at: datetime
    speed: float = 1.0

    def at(self, real: datetime) -> datetime:
        elapsed = max(0.0, (real - self.seeded_at).total_seconds())
        return self.seeded_at + timedelta(seconds=elapsed * self.speed)

    def real(self, simulated: datetime) -> datetime:
        """The real moment the simulation reaches ``simulated`` (the inverse of ``at``)."""
        elapsed = max(0.0, (simulated - self.seeded_at).total_seconds())
        return self.seeded_at + timedelta(seconds=elapsed / self.speed)


@dataclass(frozen=True)
class SeededFrame:
    """A snapshot as seeded: new live snapshots show these bytes again."""

    sha256: str
    width: int
    height: int
    size_bytes: int


@dataclass(frozen=True)
class NewSnapshot:
    position: int
    sha256: str
    offset_seconds: float
    captured_at: datetime
    width: int
    height: int
    size_bytes: int


@dataclass(frozen=True)
class Stream:
    """What the simulation needs to know of one case (all of it fixed at seed time)."""

    case_id: str
    live_at_seed: bool
    started_at: datetime
    ends_at: datetime | None
    viewers: int
    seeded_snapshots: int
    seeded_chat: int


@dataclass(frozen=True)
class LiveState:
    """A stream at one simulated moment."""

    live: bool
    ended_at: datetime | None
    viewers: int
    snapshot_count: int
    chat_count: int
    version: int


def chat_rate(case_id: str) -> float:
    """Messages per simulated second while live: 0.5 to 3."""
    return 0.5 + 2.5 * fixed_unit("chat-rate", case_id)


def _elapsed(stream: Stream, seeded_at: datetime, now: datetime) -> float:
    until = now if stream.ends_at is None else min(now, stream.ends_at)
    return max(0.0, (until - seeded_at).total_seconds())


def state_at(stream: Stream, seeded_at: datetime, now: datetime) -> LiveState:
    """The stream at simulated time ``now``. ``version`` grows with every step while live
    and once more when the stream ends; it never changes otherwise, and neither does
    anything else here."""
    if not stream.live_at_seed:
        return LiveState(
            live=False,
            ended_at=None,
            viewers=stream.viewers,
            snapshot_count=stream.seeded_snapshots,
            chat_count=stream.seeded_chat,
            version=0,
        )
    elapsed = _elapsed(stream, seeded_at, now)
    ended = stream.ends_at is not None and now >= stream.ends_at
    step = int(elapsed // TICK_SECONDS)
    shown = elapsed if ended else step * TICK_SECONDS
    swing = 1.0 + 0.2 * math.sin(step / 12.0 + 6.28 * fixed_unit("phase", stream.case_id))
    return LiveState(
        live=not ended,
        ended_at=stream.ends_at if ended else None,
        viewers=max(0, round(stream.viewers * swing)),
        snapshot_count=stream.seeded_snapshots
        + min(MAX_NEW_SNAPSHOTS, int(shown // SNAPSHOT_EVERY_SECONDS)),
        chat_count=stream.seeded_chat + int(shown * chat_rate(stream.case_id)),
        version=step + (1 if ended else 0),
    )


def moment_of(stream: Stream, seeded_at: datetime, version: int) -> datetime:
    """The simulated moment a stream reached ``version`` (for "what changed after it")."""
    return seeded_at + timedelta(seconds=max(0, version) * TICK_SECONDS)


def new_snapshots(
    stream: Stream, seeded_at: datetime, frames: list[SeededFrame], first: int, end: int
) -> list[NewSnapshot]:
    """Simulated snapshots at positions [first, end) (seeded ones come first)."""
    if not frames:
        return []
    out: list[NewSnapshot] = []
    for position in range(max(first, stream.seeded_snapshots), end):
        k = position - stream.seeded_snapshots
        at = seeded_at + timedelta(seconds=(k + 1) * SNAPSHOT_EVERY_SECONDS)
        frame = frames[k % len(frames)]
        out.append(
            NewSnapshot(
                position=position,
                sha256=frame.sha256,
                offset_seconds=round((at - stream.started_at).total_seconds(), 1),
                captured_at=at,
                width=frame.width,
                height=frame.height,
                size_bytes=frame.size_bytes,
            )
        )
    return out


#: the oldest a simulated chatter's account is (days before the stream started)
_ACCOUNT_DAYS = 3 * 365


def chat_account_created(stream: Stream, first: int, end: int) -> str:
    """When the authors of simulated messages [first, end) made their accounts (ms since
    1970), as the inside of a stored chunk's account-creation array: fixed per chatter, so
    every worker and every page says the same."""
    start_ms = int(stream.started_at.timestamp() * 1000)
    created: list[int] = []
    for idx in range(first, end):
        j = idx - stream.seeded_chat
        who = _CHATTERS[int(fixed_unit("who", stream.case_id, j) * len(_CHATTERS))]
        days = 1 + fixed_unit("account", stream.case_id, who) * _ACCOUNT_DAYS
        created.append(start_ms - int(days * 86_400_000))
    return json.dumps(created, separators=(",", ":"))[1:-1]


def chat_fields(stream: Stream, seeded_at: datetime, first: int, end: int) -> tuple[str, ...]:
    """Simulated chat messages [first, end) (indexes past the seeded chat) as the insides
    of the five JSON arrays of a stored chunk (server.chat_chunks.FIELDS)."""
    rate = chat_rate(stream.case_id)
    base_ms = int((seeded_at - stream.started_at).total_seconds() * 1000)
    offsets: list[int] = []
    users: list[str] = []
    names: list[str] = []
    texts: list[str] = []
    for idx in range(first, end):
        j = idx - stream.seeded_chat
        who = _CHATTERS[int(fixed_unit("who", stream.case_id, j) * len(_CHATTERS))]
        offsets.append(base_ms + int((j + 1) / rate * 1000))
        users.append(f"u-live-{who}")
        names.append(who)
        texts.append(_LINES[int(fixed_unit("line", stream.case_id, j) * len(_LINES))])
    columns: list[Sequence[object]] = [offsets, users, names, texts, [False] * len(texts)]
    return tuple(json.dumps(c, ensure_ascii=False, separators=(",", ":"))[1:-1] for c in columns)
