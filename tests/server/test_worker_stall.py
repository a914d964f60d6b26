"""Many requests at once on one worker with a small pool: every one is answered, none waits
out the pool timeout (503) for a connection that an answered request still held.

The 1,000-moderator load run on one worker found it stuck, not busy (0.4 cores, thousands
of pool-timeout 503s): a sync route's session kept its connection until FastAPI had
validated the answer in one more thread-pool call, which queued behind every request
waiting for a thread, so the threads ahead waited for connections that sat idle in
transaction in that queue (``server.state.SessionRoute``)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

from devkit.live_service import LiveService

CLIENTS = 40
ROUNDS = 5


def test_concurrent_requests_on_two_threads_all_get_their_answer(
    live_service_factory: Callable[..., LiveService],
) -> None:
    # Two request threads, so a pool of six connections: forty desks at once outnumber both.
    service = live_service_factory(["--threads", "2"])
    token = service.login("moderator1")["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=service.base_url, headers=auth, timeout=120) as client:
        expected = client.get("/v1/queues")
    assert expected.status_code == 200, expected.text
    assert expected.json()["queues"]

    answers: list[tuple[int, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def desk() -> None:
        with httpx.Client(base_url=service.base_url, headers=auth, timeout=120) as client:
            start.wait()
            for _round in range(ROUNDS):
                # a sync route that reads in its handler and answers a model FastAPI validates
                resp = client.get("/v1/queues")
                with lock:
                    answers.append((resp.status_code, resp.text))

    desks = [threading.Thread(target=desk) for _ in range(CLIENTS)]
    for t in desks:
        t.start()
    for t in desks:
        t.join()

    refused = [(status, text[:200]) for status, text in answers if status != 200]
    assert refused == []
    assert len(answers) == CLIENTS * ROUNDS
    names = [q["id"] for q in expected.json()["queues"]]
    for _status, text in answers:
        assert [q["id"] for q in httpx.Response(200, text=text).json()["queues"]] == names
