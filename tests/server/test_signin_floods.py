"""Sign-in floods against the real service on both engines: failures are limited per (user
name, client address) and per address, so nobody can lock a moderator out from elsewhere; a
whole site behind one address still signs in; X-Forwarded-For counts only from a trusted
proxy; and signed-in moderators are served while a flood waits for password hashing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest

from devkit.live_service import DEMO_PASSWORDS, LiveService
from tests.server.helpers import assert_problem

FLOODER = "203.0.113.66"
ELSEWHERE = "198.51.100.7"


def _sign_in(
    service: LiveService, username: str, password: str, address: str | None = None
) -> httpx.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    return httpx.post(
        service.url("/v1/auth/login"),
        json={"username": username, "password": password},
        headers=headers,
        timeout=30,
    )


def test_a_flood_from_one_address_never_locks_the_user_out_from_another(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--trusted-proxy", "127.0.0.1"])
    answers = [_sign_in(service, "moderator1", "guess", FLOODER).status_code for _ in range(8)]
    assert answers == [401] * 5 + [429] * 3
    blocked = _sign_in(service, "moderator1", "guess", FLOODER)
    body = assert_problem(blocked, 429, "rate-limited")
    assert 1 <= int(blocked.headers["Retry-After"]) <= 300
    assert body["retry_after"] == float(blocked.headers["Retry-After"])
    # Even the right password waits at the flooding address...
    right = DEMO_PASSWORDS["moderator1"]
    assert _sign_in(service, "moderator1", right, FLOODER).status_code == 429
    # ...but the moderator, from an address with no failures, signs in while it goes on.
    assert _sign_in(service, "moderator1", right, ELSEWHERE).status_code == 200
    assert _sign_in(service, "moderator1", "guess", FLOODER).status_code == 429
    assert _sign_in(service, "moderator1", right, ELSEWHERE).status_code == 200


def test_the_per_address_limit_counts_failures_only_and_spares_exempt_addresses(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(
        [
            "--trusted-proxy",
            "127.0.0.1",
            "--address-failure-limit",
            "3",
            "--signin-exempt",
            "192.0.2.0/24",
        ]
    )
    site = "100.64.0.9"  # a vendor site behind one NAT address: shift start
    for _ in range(3):
        for user in ("moderator1", "moderator2", "moderator3", "qa1"):
            assert _sign_in(service, user, DEMO_PASSWORDS[user], site).status_code == 200
    # Three failures under three different names: the address is full, for every name.
    for name in ("nobody-1", "nobody-2", "nobody-3"):
        assert _sign_in(service, name, "guess", FLOODER).status_code == 401
    blocked = _sign_in(service, "moderator2", DEMO_PASSWORDS["moderator2"], FLOODER)
    assert "this address" in assert_problem(blocked, 429, "rate-limited")["detail"]
    assert _sign_in(service, "moderator2", DEMO_PASSWORDS["moderator2"], site).status_code == 200
    # An exempt address (a site's egress on the allow list) is never limited per address.
    for name in ("nobody-1", "nobody-2", "nobody-3", "nobody-4", "nobody-5"):
        assert _sign_in(service, name, "guess", "192.0.2.10").status_code == 401
    assert _sign_in(service, "qa1", DEMO_PASSWORDS["qa1"], "192.0.2.10").status_code == 200


def test_forwarded_for_counts_only_from_a_trusted_proxy(live_service: LiveService) -> None:
    """No proxy is trusted here: the header is the client's own word, and ignored."""
    for _ in range(5):
        assert _sign_in(live_service, "moderator3", "guess", FLOODER).status_code == 401
    claimed = _sign_in(live_service, "moderator3", DEMO_PASSWORDS["moderator3"], ELSEWHERE)
    assert_problem(claimed, 429, "rate-limited")


def test_the_throttles_hold_across_workers(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("several workers need PostgreSQL")
    service = live_service_factory(["--workers", "3"])
    # A new connection each time: the workers share the attempts out.
    answers = [_sign_in(service, "qa1", "guess").status_code for _ in range(9)]
    assert answers == [401] * 5 + [429] * 4


def test_signed_in_moderators_are_served_while_a_flood_waits_for_hashing(
    live_service_factory: Callable[..., LiveService],
) -> None:
    """40 wrong sign-ins at once (each an argon2 hash, one at a time in this worker) and a
    moderator reading /v1/me 20 times meanwhile: the moderator is done long before the
    flood, because waiting for a hashing slot holds no request thread. (Without the limit
    the flood took every thread and the moderator's reads queued behind it.)"""
    service = live_service_factory(["--signin-exempt", "127.0.0.1", "--hash-concurrency", "1"])
    token = service.login("moderator2")["access_token"]
    flood_done: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(41)

    def flood(n: int) -> None:
        start.wait()
        answer = _sign_in(service, f"flood-{n}", "guess")
        with lock:
            flood_done.append(time.monotonic())
        assert answer.status_code == 401

    threads = [threading.Thread(target=flood, args=(n,)) for n in range(40)]
    for t in threads:
        t.start()
    start.wait()
    reads: list[float] = []
    with httpx.Client(
        base_url=service.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60
    ) as client:
        for _ in range(20):
            began = time.monotonic()
            assert client.get("/v1/me").status_code == 200
            reads.append(time.monotonic() - began)
    moderator_done = time.monotonic()
    for t in threads:
        t.join()
    assert len(flood_done) == 40
    still_flooding = sum(1 for done in flood_done if done > moderator_done)
    print(
        f"moderator: 20 reads, slowest {max(reads) * 1000:.0f} ms; "
        f"flood answers still to come when the moderator was done: {still_flooding}/40"
    )
    assert still_flooding >= 20
