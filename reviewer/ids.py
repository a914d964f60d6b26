"""UUIDv7 (RFC 9562) identifiers, minted on the client.

Python 3.11 has no ``uuid.uuid7`` (it arrives in 3.14). A v7 id starts with a
48-bit Unix millisecond timestamp, so ids sort by creation time and index well;
the remaining 74 bits are random. Within one process ids are strictly
increasing, even when many are minted in the same millisecond or the wall clock
steps back: the 74 random bits then act as a counter (RFC 9562 section 6.2,
method 2, with a random seed per millisecond).
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_RAND_BITS = 74
_RAND_MAX = (1 << _RAND_BITS) - 1
_TS_MAX = (1 << 48) - 1

_lock = threading.Lock()
_last_ms = -1
_last_rand = 0


def _seed() -> int:
    # Leave the top bit clear so that many increments fit in one millisecond.
    return secrets.randbits(_RAND_BITS - 1)


def _compose(ms: int, rand: int) -> uuid.UUID:
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A new UUIDv7, greater than every one this process minted before."""
    global _last_ms, _last_rand
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if not 0 <= ms <= _TS_MAX:
        raise ValueError(f"timestamp {ms} ms does not fit in 48 bits")
    with _lock:
        if ms > _last_ms:
            rand = _seed()
        else:
            # Same millisecond or the clock went back: keep the last timestamp, count up.
            ms = _last_ms
            rand = _last_rand + 1 + secrets.randbits(16)
            if rand > _RAND_MAX:
                ms += 1
                rand = _seed()
        _last_ms, _last_rand = ms, rand
    return _compose(ms, rand)


def new_id() -> str:
    """A new UUIDv7 as the canonical lower-case hyphenated text used on the wire."""
    return str(uuid7())


def uuid7_ms(value: str | uuid.UUID) -> int:
    """The Unix millisecond timestamp held in a UUIDv7."""
    u = value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    if u.version != 7:
        raise ValueError(f"{u} is not a UUIDv7")
    return u.int >> 80


def is_uuid7(value: str) -> bool:
    """True for canonical lower-case text of a UUIDv7 with the RFC variant."""
    try:
        u = uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(u) == value and u.version == 7 and u.variant == uuid.RFC_4122
