"""Deadlines from the first byte (issue 14, part 3), against the hostile server.

Trickled headers, a gzip bomb and an endless stream each end within the request's deadline
and byte cap. Durations are asserted only as upper bounds far above the deadline (a loaded
machine is slow, never early); peak memory is traced with tracemalloc and printed.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator

import pytest

from reviewer.client.errors import BadResponse
from reviewer.client.transport import JSON_MAX_BYTES, ApiClient
from tests.reviewer.hostile_server import BOMB_INFLATED, Hostile, gzip_bomb, run_hostile

DEADLINE_S = 1.0


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with run_hostile() as server:
        yield server


def test_trickled_headers_end_at_the_deadline(hostile: Hostile) -> None:
    hostile.mode = "trickle_headers"  # ~2,000 header bytes at 20 a second: ~100 s
    with ApiClient(hostile.base_url, deadline_s=DEADLINE_S) as api:
        started = time.monotonic()
        with pytest.raises(BadResponse, match="too slowly"):
            api.info()
        took = time.monotonic() - started
    print(f"\ntrickled headers: ended after {took:.2f} s (deadline {DEADLINE_S} s)")
    assert took < 30  # not the 100 s the trickle would take


def test_a_compressed_bomb_is_refused_unread(hostile: Hostile) -> None:
    gzip_bomb()  # built before measuring
    hostile.mode = "gzip_bomb"
    with ApiClient(hostile.base_url, deadline_s=10) as api:
        tracemalloc.start()
        try:
            with pytest.raises(BadResponse, match="compressed"):
                api.info()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    print(
        f"\ngzip bomb ({len(gzip_bomb())} bytes inflating to {BOMB_INFLATED >> 20} MiB): "
        f"peak traced memory {peak / 1024:.0f} KiB"
    )
    assert peak < 2 * JSON_MAX_BYTES
    # and the client asked for identity encoding in the first place
    assert hostile.seen[-1].headers.get("Accept-Encoding") == "identity"


def test_an_endless_stream_ends_at_the_deadline_or_the_cap(hostile: Hostile) -> None:
    hostile.mode = "endless"  # 50 KiB a second: the deadline comes before the 2 MiB cap
    with ApiClient(hostile.base_url, deadline_s=DEADLINE_S) as api:
        started = time.monotonic()
        with pytest.raises(BadResponse, match=r"too slowly|larger than allowed"):
            api.info()
        took = time.monotonic() - started
    print(f"\nendless stream: ended after {took:.2f} s")
    assert took < 30
