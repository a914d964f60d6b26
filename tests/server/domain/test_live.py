"""The live simulation is a pure function of the case and the time since seeding, and the
follow poller looks at each followed case once per round however many follow it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from server.domain import live
from server.domain.follow import FollowPoller
from server.domain.priority import viewer_tier

SEEDED = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _stream(case_id: str = "LV-000001", ends_in: float | None = 62.5) -> live.Stream:
    return live.Stream(
        case_id=case_id,
        live_at_seed=True,
        started_at=SEEDED - timedelta(hours=1),
        ends_at=None if ends_in is None else SEEDED + timedelta(seconds=ends_in),
        viewers=4800,
        seeded_snapshots=6,
        seeded_chat=300,
    )


def test_the_same_moment_tells_the_same_story_and_versions_only_grow() -> None:
    stream = _stream()
    states = [live.state_at(stream, SEEDED, SEEDED + timedelta(seconds=t)) for t in range(0, 90)]
    again = [live.state_at(stream, SEEDED, SEEDED + timedelta(seconds=t)) for t in range(0, 90)]
    assert states == again
    versions = [s.version for s in states]
    assert versions == sorted(versions)
    assert states[0].live
    assert not states[-1].live
    assert states[-1].ended_at == SEEDED + timedelta(seconds=62.5)
    assert states[-1].chat_count > stream.seeded_chat
    assert states[-1].snapshot_count == stream.seeded_snapshots + 4  # 62.5 s at one per 15 s


def test_a_version_names_one_state() -> None:
    """What the follow endpoint compares: the state at a version's moment is the state every
    read with that version showed (nothing changes between steps)."""
    stream = _stream()
    for t in [x / 4 for x in range(0, 400)]:
        now = live.state_at(stream, SEEDED, SEEDED + timedelta(seconds=t))
        then = live.state_at(stream, SEEDED, live.moment_of(stream, SEEDED, now.version))
        assert then == now, t


def test_streams_off_the_air_never_change() -> None:
    off = live.Stream("LV-9", False, SEEDED, None, 10, 4, 20)
    assert live.state_at(off, SEEDED, SEEDED + timedelta(hours=5)).version == 0
    assert live.stream_end("LV-9", SEEDED, live=False) is None


def test_new_snapshots_show_seeded_frames_again_and_chat_comes_as_stored_columns() -> None:
    stream = _stream(ends_in=None)
    frames = [live.SeededFrame(f"{i:064x}", 1920, 1080, 1000 + i) for i in range(2)]
    snaps = live.new_snapshots(stream, SEEDED, frames, 0, 9)
    assert [s.position for s in snaps] == [6, 7, 8]
    assert [s.sha256 for s in snaps] == [frames[0].sha256, frames[1].sha256, frames[0].sha256]
    assert snaps[0].captured_at == SEEDED + timedelta(seconds=live.SNAPSHOT_EVERY_SECONDS)
    fields = live.chat_fields(stream, SEEDED, 300, 305)
    assert len(fields) == 5
    assert fields[4] == "false,false,false,false,false"


def test_viewer_tiers() -> None:
    assert [viewer_tier(v) for v in (0, 9, 10, 99, 100, 48_000)] == [0, 0, 1, 1, 2, 4]


def test_the_poller_looks_once_per_case_per_round() -> None:
    calls = {"a": 0, "b": 0}
    version = {"a": 0, "b": 0}

    def looker(key: str) -> int:
        calls[key] += 1
        return version[key]

    async def scenario() -> list[bool]:
        poller = FollowPoller(interval=0.01)
        waits = [
            asyncio.create_task(poller.wait("a", 0, lambda: looker("a"), hold=5)) for _ in range(20)
        ]
        waits.append(asyncio.create_task(poller.wait("b", 0, lambda: looker("b"), hold=0.05)))
        while poller.waiting < 21:
            await asyncio.sleep(0)
        before = dict(calls)
        await asyncio.sleep(0.1)  # the b waiter times out; a keeps waiting
        rounds = poller.rounds
        assert calls["a"] - before["a"] <= rounds  # once per round, not once per follower
        version["a"] = 1
        return list(await asyncio.gather(*waits))

    results = asyncio.run(scenario())
    assert results == [True] * 20 + [False]
