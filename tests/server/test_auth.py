"""Sign-in, refresh rotation with grace, sign-out, throttling and the client-version gate,
all against the real service over loopback."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import Any

import httpx

from devkit.db import rows
from devkit.live_service import LiveService
from tests.server.helpers import assert_problem


def _refresh(service: LiveService, token: str) -> httpx.Response:
    return httpx.post(service.url("/v1/auth/refresh"), json={"refresh_token": token}, timeout=10)


def _me(service: LiveService, access: str) -> httpx.Response:
    return httpx.get(
        service.url("/v1/me"), headers={"Authorization": f"Bearer {access}"}, timeout=10
    )


def test_login_me_refresh_logout(shared_service: LiveService) -> None:
    pair = shared_service.login("moderator3")
    assert pair["user"] == {
        "user_id": pair["user"]["user_id"],
        "username": "moderator3",
        "display_name": pair["user"]["display_name"],
        "role": "moderator",
        "team": "team-a",
        "vendor": "southdesk",
    }
    assert _me(shared_service, pair["access_token"]).json()["username"] == "moderator3"

    new = _refresh(shared_service, pair["refresh_token"]).json()
    assert new["access_token"] != pair["access_token"]
    assert new["refresh_token"] != pair["refresh_token"]
    assert _me(shared_service, new["access_token"]).status_code == 200

    # Tokens are stored only as hashes.
    stored = {h for (h,) in rows(shared_service.database, "SELECT token_hash FROM tokens")}
    for token in (pair["access_token"], new["refresh_token"]):
        assert token not in stored
        assert hashlib.sha256(token.encode()).hexdigest() in stored

    out = httpx.post(
        shared_service.url("/v1/auth/logout"),
        headers={"Authorization": f"Bearer {new['access_token']}"},
        json={"refresh_token": new["refresh_token"]},
        timeout=10,
    )
    assert out.status_code == 204
    assert_problem(_me(shared_service, new["access_token"]), 401, "unauthenticated")
    assert_problem(_me(shared_service, pair["access_token"]), 401, "unauthenticated")
    assert_problem(_refresh(shared_service, new["refresh_token"]), 401, "unauthenticated")


def test_wrong_password_and_unknown_user_look_the_same(shared_service: LiveService) -> None:
    for username in ("moderator1", "nobody-here"):
        resp = httpx.post(
            shared_service.url("/v1/auth/login"),
            json={"username": username, "password": "wrong"},
            timeout=10,
        )
        body = assert_problem(resp, 401, "invalid-credentials")
        assert body["detail"] == "Wrong user name or password."


def test_two_refreshes_at_once_both_succeed_with_the_same_pair(shared_service: LiveService) -> None:
    pair = shared_service.login("moderator1")
    barrier = threading.Barrier(2)
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def refresh() -> None:
        with httpx.Client(timeout=10) as client:
            barrier.wait()
            resp = client.post(
                shared_service.url("/v1/auth/refresh"),
                json={"refresh_token": pair["refresh_token"]},
            )
        with lock:
            answers.append(resp)

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    first, second = (a.json() for a in answers)
    assert first["access_token"] == second["access_token"]
    assert first["refresh_token"] == second["refresh_token"]
    assert _me(shared_service, first["access_token"]).status_code == 200
    # The grace is one extra use: a third use of the old token is theft, not a race.
    assert_problem(_refresh(shared_service, pair["refresh_token"]), 401, "unauthenticated")
    # ...and it revokes the whole sign-in.
    assert_problem(_me(shared_service, first["access_token"]), 401, "unauthenticated")


def test_short_lived_tokens_expire_and_reuse_after_grace_revokes(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--refresh-grace-seconds", "0", "--access-ttl-seconds", "0"])
    pair = service.login("moderator2")
    resp = _me(service, pair["access_token"])
    assert_problem(resp, 401, "token-expired")
    assert resp.headers["www-authenticate"].startswith("Bearer")
    # The refresh token still works and gives a new (also short-lived) pair...
    new = _refresh(service, pair["refresh_token"])
    assert new.status_code == 200
    assert_problem(_me(service, new.json()["access_token"]), 401, "token-expired")
    # ...but with no grace, using the old refresh token again revokes the whole sign-in.
    assert_problem(_refresh(service, pair["refresh_token"]), 401, "unauthenticated")
    assert_problem(_refresh(service, new.json()["refresh_token"]), 401, "unauthenticated")


def test_missing_or_garbage_token(shared_service: LiveService) -> None:
    assert_problem(httpx.get(shared_service.url("/v1/me"), timeout=10), 401, "unauthenticated")
    assert_problem(_me(shared_service, "not-a-token"), 401, "unauthenticated")
    resp = httpx.get(
        shared_service.url("/v1/queues"), headers={"Authorization": "Basic abc"}, timeout=10
    )
    assert_problem(resp, 401, "unauthenticated")
    assert_problem(_refresh(shared_service, "nope"), 401, "unauthenticated")


def test_repeated_failed_logins_are_slowed(shared_service: LiveService) -> None:
    def attempt(password: str) -> httpx.Response:
        return httpx.post(
            shared_service.url("/v1/auth/login"),
            json={"username": "qa1", "password": password},
            timeout=10,
        )

    for _ in range(5):
        assert_problem(attempt("guess"), 401, "invalid-credentials")
    blocked = attempt("demo-qa1")  # even the right password waits now
    body = assert_problem(blocked, 429, "rate-limited")
    assert int(blocked.headers["retry-after"]) >= 1
    assert body["retry_after"] >= 1
    # Other users are not affected.
    assert shared_service.login("moderator1")["user"]["username"] == "moderator1"


def test_client_too_old_gets_a_clear_problem(shared_service: LiveService) -> None:
    def get(path: str, version: str | None) -> httpx.Response:
        headers: dict[str, Any] = {} if version is None else {"X-Reviewer-Client": version}
        return httpx.get(shared_service.url(path), headers=headers, timeout=10)

    body = assert_problem(get("/v1/policies", "0.0.9"), 426, "client-too-old")
    assert body["min_client_version"] == "0.1.0"
    assert_problem(get("/v1/policies", "reviewer/0.0.1"), 426, "client-too-old")
    assert_problem(get("/v1/policies", "garbage"), 426, "client-too-old")
    # Current clients pass on to authentication; /v1/info always answers (it says the minimum).
    assert_problem(get("/v1/policies", "reviewer/0.1.0"), 401, "unauthenticated")
    info = get("/v1/info", "0.0.1")
    assert info.status_code == 200
    assert info.json()["min_client_version"] == "0.1.0"
    assert "date" in info.headers


def test_info_advertises_the_newest_client_only_when_told(
    shared_service: LiveService, live_service_factory: Callable[..., LiveService]
) -> None:
    plain = httpx.get(shared_service.url("/v1/info"), timeout=10).json()
    assert plain["newest_client_version"] is None
    assert plain["client_download_url"] is None
    service = live_service_factory(
        [
            "--newest-client-version",
            "2.3.4",
            "--client-download-url",
            "https://it.example/desk",
            "--min-client-version",
            "0.0.5",
        ]
    )
    info = httpx.get(service.url("/v1/info"), timeout=10).json()
    assert info["newest_client_version"] == "2.3.4"
    assert info["client_download_url"] == "https://it.example/desk"
    assert info["min_client_version"] == "0.0.5"
