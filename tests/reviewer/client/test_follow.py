"""The follow call's own deadline and byte cap: a hold longer than the ordinary request
deadline is waited out, a service silent past the hold plus the margin is cut off, and an
oversized answer is refused (a hostile service on loopback)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

import pytest

from reviewer import contract
from reviewer.client.errors import BadResponse
from reviewer.client.transport import ApiClient
from tests.reviewer.client.test_transport import signed_in
from tests.reviewer.hostile_server import Hostile, Seen, run_hostile

UPDATE = {
    "case_id": "LV-000001",
    "version": 8,
    "changed": True,
    "live": False,
    "ended_at": "2026-12-06T12:01:02.500000Z",
    "viewer_count": 4100,
    "new_snapshots": [],
    "chat_count": 330,
    "new_chat_count": 12,
    "chat_cursor": "Y2hhdDozMTg",
    "server_time": "2026-12-06T12:01:03Z",
}


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with run_hostile() as state:
        yield state


def _slow(seconds: float) -> Callable[[Seen], tuple[int, dict[str, str], bytes]]:
    def answer(_seen: Seen) -> tuple[int, dict[str, str], bytes]:
        time.sleep(seconds)  # the service holding the long-poll (a server thread, not a test)
        return 200, {"Content-Type": "application/json"}, json.dumps(UPDATE).encode()

    return answer


def test_a_hold_outlives_the_ordinary_deadline(hostile: Hostile) -> None:
    hostile.handler = _slow(1.2)
    with ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url), deadline_s=0.5) as api:
        got = api.follow_case("LV-000001", after=7, hold_s=1.0)
    assert got == contract.FollowUpdate.model_validate(UPDATE)
    (seen,) = [s for s in hostile.seen if "/follow" in s.path]
    assert seen.path == "/v1/cases/LV-000001/follow?after=7&hold=1"


def test_a_service_silent_past_hold_and_margin_is_cut_off(hostile: Hostile) -> None:
    hostile.mode = "silent"
    with ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url)) as api:
        api.follow_margin_s = 0.3
        with pytest.raises(BadResponse) as err:
            api.follow_case("LV-000001", after=0, hold_s=0.2)
    assert "too slowly" in err.value.message


def test_an_oversized_follow_answer_is_refused(hostile: Hostile) -> None:
    hostile.mode = "huge"
    with (
        ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url), deadline_s=10) as api,
        pytest.raises(BadResponse) as err,
    ):
        api.follow_case("LV-000001", after=0, hold_s=0)
    assert "larger than allowed" in err.value.message


def test_the_answer_of_another_case_is_refused(hostile: Hostile) -> None:
    hostile.handler = _slow(0)
    with (
        ApiClient(hostile.base_url, tokens=signed_in(hostile.base_url)) as api,
        pytest.raises(BadResponse),
    ):
        api.follow_case("LV-000002", after=0, hold_s=0)
