"""A sign-in flood must not drain the database pool: signed-in moderators reading and
uploading meanwhile get their answers, never a 503 for want of a connection, and every
sign-in in the flood ends signed in (after 429 or 503 with Retry-After at worst).

The first load run found 1,607 pool-timeout 503s while the database sat idle: requests held
a pooled connection between their authentication and their handler, queued for a thread
behind the sign-ins, while the threads that would free them waited for a connection."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

from devkit.live_service import DEMO_PASSWORDS, LiveService
from tests.server.helpers import decision, lease

SIGN_INS = 60
READERS = 10
#: users the flood signs in as (correct passwords: each one must end signed in)
FLOOD_USERS = ("moderator1", "moderator3", "qa1", "lead1")


def _sign_in_until_done(service: LiveService, username: str) -> list[httpx.Response]:
    """Sign in, honouring Retry-After on 429 and 503, until an answer that is neither."""
    answers: list[httpx.Response] = []
    with httpx.Client(timeout=120) as client:
        for _attempt in range(60):
            resp = client.post(
                service.url("/v1/auth/login"),
                json={"username": username, "password": DEMO_PASSWORDS[username]},
            )
            answers.append(resp)
            if resp.status_code not in (429, 503) or "Retry-After" not in resp.headers:
                break
            time.sleep(min(float(resp.headers["Retry-After"]), 5.0))  # a client thread
    return answers


def test_a_signin_flood_leaves_the_pool_to_signed_in_moderators(
    live_service_factory: Callable[..., LiveService],
) -> None:
    # Two threads, so a pool of six connections; one hashing slot, so the flood queues.
    service = live_service_factory(
        ["--threads", "2", "--hash-concurrency", "1", "--signin-exempt", "127.0.0.1"]
    )
    token = service.login("moderator2")["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=service.base_url, headers=auth, timeout=120) as client:
        cases = [c["case_id"] for c in lease(client, size=5)["cases"]]
    assert cases

    flood_answers: list[list[httpx.Response]] = []
    moderator_answers: list[tuple[str, int, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(SIGN_INS + READERS + 1)
    flood_over = threading.Event()

    def flood(n: int) -> None:
        start.wait()
        answers = _sign_in_until_done(service, FLOOD_USERS[n % len(FLOOD_USERS)])
        with lock:
            flood_answers.append(answers)

    def read(n: int) -> None:
        """A moderator's desk reading in parallel until the flood is over (and at least
        a few times), one of them uploading its decisions as it goes."""
        start.wait()
        rounds = 0
        with httpx.Client(base_url=service.base_url, headers=auth, timeout=120) as client:
            while rounds < 3 or not flood_over.is_set():
                case_id = cases[(n + rounds) % len(cases)]
                for path in ("/v1/me", f"/v1/cases/{case_id}"):
                    resp = client.get(path)
                    with lock:
                        moderator_answers.append((path, resp.status_code, resp.text[:200]))
                if n == 0 and rounds < len(cases):
                    resp = client.post(
                        "/v1/decisions:batch",
                        json={
                            "device_id": "test-device",
                            "sent_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
                            "chain_seq": rounds + 1,
                            "chain_head": "cd" * 32,
                            "decisions": [decision(cases[rounds], audit_seq=rounds + 1)],
                        },
                    )
                    with lock:
                        moderator_answers.append(("upload", resp.status_code, resp.text[:200]))
                rounds += 1

    flooders = [threading.Thread(target=flood, args=(n,)) for n in range(SIGN_INS)]
    readers = [threading.Thread(target=read, args=(n,)) for n in range(READERS)]
    for t in flooders + readers:
        t.start()
    start.wait()
    for t in flooders:
        t.join()
    flood_over.set()
    for t in readers:
        t.join()

    refused = [a for a in moderator_answers if a[1] != 200]
    print(
        f"moderator: {len(moderator_answers)} requests, {len(refused)} refused; "
        f"sign-ins: {sum(len(a) for a in flood_answers)} attempts for {SIGN_INS}"
    )
    assert refused == []
    assert len(flood_answers) == SIGN_INS
    for answers in flood_answers:
        assert answers[-1].status_code == 200, answers[-1].text
        for resp in answers[:-1]:
            assert resp.status_code in (429, 503), resp.text
            assert int(resp.headers["Retry-After"]) >= 1
