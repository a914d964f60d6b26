"""UUIDv7: RFC 9562 layout, time-ordered, strictly increasing within a process."""

from __future__ import annotations

import re
import threading
import time
import uuid

import pytest

from reviewer import ids

CANONICAL = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_format_version_and_variant() -> None:
    for _ in range(1000):
        text = ids.new_id()
        assert CANONICAL.match(text), text
        u = uuid.UUID(text)
        assert u.version == 7
        assert u.variant == uuid.RFC_4122
        assert ids.is_uuid7(text)


def test_timestamp_is_the_unix_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    value = ids.uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= ids.uuid7_ms(value) <= after
    assert ids.uuid7_ms(ids.uuid7(now_ms=1_700_000_000_123 + 10**9)) >= 1_700_000_000_123


def test_strictly_increasing_within_one_millisecond() -> None:
    minted = [ids.uuid7() for _ in range(20_000)]
    assert minted == sorted(minted)
    assert len(set(minted)) == len(minted)
    # Text order is the same as numeric order, so a TEXT primary key sorts by time.
    texts = [str(u) for u in minted]
    assert texts == sorted(texts)


def test_monotonic_when_the_clock_steps_back() -> None:
    ahead = ids.uuid7(now_ms=time.time_ns() // 1_000_000 + 60_000)
    behind = ids.uuid7(now_ms=1_000)  # a wall clock set far into the past
    assert behind > ahead
    assert ids.uuid7_ms(behind) == ids.uuid7_ms(ahead)


def test_unique_and_increasing_per_thread_under_contention() -> None:
    results: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def mint(out: list[uuid.UUID]) -> None:
        out.extend(ids.uuid7() for _ in range(5000))

    threads = [threading.Thread(target=mint, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [u for r in results for u in r]
    assert len(set(everything)) == len(everything)
    for r in results:
        assert r == sorted(r)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not-a-uuid",
        # fresh each run, under fixed ids: pytest-xdist's workers must collect the same names
        pytest.param(str(uuid.uuid4()), id="uuid4"),
        pytest.param(str(uuid.uuid1()), id="uuid1"),
        "0190B2E5-4C3A-7ABC-8DEF-0123456789AB",  # upper case is not the wire spelling
    ],
)
def test_is_uuid7_refuses_other_text(text: str) -> None:
    assert not ids.is_uuid7(text)


def test_uuid7_ms_refuses_other_versions() -> None:
    with pytest.raises(ValueError, match="not a UUIDv7"):
        ids.uuid7_ms(uuid.uuid4())


def test_timestamp_out_of_range() -> None:
    with pytest.raises(ValueError, match="48 bits"):
        ids.uuid7(now_ms=1 << 48)
