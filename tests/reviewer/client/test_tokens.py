"""TokenManager against the real service: expiry, one refresh for racing threads, sign-out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import keyring.backends.fail
import pytest

from devkit.live_service import DEMO_PASSWORDS, LiveService
from reviewer.client.credentials import KeyringUnavailable, KeyringVault, MemoryVault
from reviewer.client.errors import AuthExpired, Forbidden, InvalidCredentials
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient

USER = "moderator1"


def wait_until_refused(service: LiveService, access_token: str, timeout: float = 15.0) -> None:
    """Poll /v1/me with the raw token until the service says 401 (its TTL ran out)."""
    end = time.monotonic() + timeout
    with httpx.Client(base_url=service.base_url, timeout=5) as raw:
        while time.monotonic() < end:
            got = raw.get("/v1/me", headers={"Authorization": f"Bearer {access_token}"})
            if got.status_code == 401:
                return
            time.sleep(0.1)
    raise AssertionError("the access token never expired")


def test_two_threads_share_one_refresh(live_service_factory: Callable[..., LiveService]) -> None:
    service = live_service_factory(["--access-ttl-seconds", "1"])
    vault = MemoryVault()
    tokens = TokenManager(service.base_url, vault)
    apis = [ApiClient(service.base_url, tokens=tokens) for _ in range(2)]
    try:
        tokens.sign_in(apis[0], USER, DEMO_PASSWORDS[USER])
        old_access = tokens.access_token()
        old_refresh = vault.load(tokens.server_url, USER)
        assert old_access is not None
        assert old_refresh is not None
        wait_until_refused(service, old_access)

        barrier = threading.Barrier(2)
        names: list[str] = []
        failures: list[BaseException] = []

        def work(api: ApiClient) -> None:
            barrier.wait()
            try:
                names.append(api.me().username)
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(api,)) for api in apis]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert failures == []
        assert names == [USER, USER]
        assert tokens.refresh_count == 1  # the second thread took the first one's new token
        assert tokens.access_token() not in {None, old_access}
        new_refresh = vault.load(tokens.server_url, USER)
        assert new_refresh not in {None, old_refresh}
        assert new_refresh == tokens.refresh_token()
    finally:
        for api in apis:
            api.close()


def test_resume_from_the_vault_and_sign_out(live_service: LiveService) -> None:
    vault = MemoryVault()
    with ApiClient(live_service.base_url) as bare:
        first = TokenManager(live_service.base_url, vault)
        first.sign_in(bare, USER, DEMO_PASSWORDS[USER])
    # a new start of the app: only the vault remembers the session
    tokens = TokenManager(live_service.base_url, vault)
    assert tokens.resume(USER)
    with ApiClient(live_service.base_url, tokens=tokens) as api:
        assert api.me().username == USER
        assert tokens.refresh_count == 1
        spent = tokens.refresh_token()
        assert spent is not None
        tokens.sign_out(api)
        assert not tokens.signed_in
        assert vault.load(live_service.base_url, USER) is None
        with pytest.raises(AuthExpired):
            api.me()
        with pytest.raises(AuthExpired):
            api.refresh(spent)  # revoked on the service, not only forgotten here


def test_wrong_password_and_forbidden(live_service: LiveService) -> None:
    tokens = TokenManager(live_service.base_url, MemoryVault())
    with ApiClient(live_service.base_url, tokens=tokens) as api:
        with pytest.raises(InvalidCredentials):
            tokens.sign_in(api, USER, "not-the-password")
        assert not tokens.signed_in
        tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        with pytest.raises(Forbidden) as err:
            api.decisions(moderator="moderator2")  # another moderator's history
    assert err.value.status == 403


def test_a_vault_that_refuses_keeps_nothing(live_service: LiveService) -> None:
    vault = KeyringVault(backend=keyring.backends.fail.Keyring())
    tokens = TokenManager(live_service.base_url, vault)
    with ApiClient(live_service.base_url, tokens=tokens) as api:
        with pytest.raises(KeyringUnavailable):
            tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        assert not tokens.signed_in
        assert tokens.access_token() is None
        with pytest.raises(AuthExpired):
            api.me()


def _refused(service: LiveService, refresh_token: str) -> bool:
    """Whether the service refuses this refresh token (a refresh that works is spent on it)."""
    with httpx.Client(base_url=service.base_url, timeout=10) as raw:
        got = raw.post("/v1/auth/refresh", json={"refresh_token": refresh_token})
    return got.status_code == 401


def test_a_sign_out_while_the_service_is_down_is_revoked_at_the_next_sign_in(
    live_service: LiveService,
) -> None:
    vault = MemoryVault()
    tokens = TokenManager(live_service.base_url, vault)
    with ApiClient(live_service.base_url, tokens=tokens, deadline_s=3) as api:
        tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        old = tokens.refresh_token()
        assert old is not None
        live_service.stop()
        tokens.sign_out(api)  # the service is down: nothing confirmed it
        assert not tokens.signed_in
        assert vault.load(live_service.base_url, USER) is None
        assert tokens.pending_revocations(USER) == 1
        live_service.start()
        # the next sign-in (this desk, any later start) revokes the listed session
        tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        assert tokens.pending_revocations(USER) == 0
        assert _refused(live_service, old)
        assert api.me().username == USER  # the new session is untouched


def test_lifting_the_idle_lock_ends_the_replaced_session(live_service: LiveService) -> None:
    tokens = TokenManager(live_service.base_url, MemoryVault())
    with ApiClient(live_service.base_url, tokens=tokens) as api:
        tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        replaced = tokens.refresh_token()
        assert replaced is not None
        # the idle lock is lifted by signing in again over the locked session
        tokens.sign_in(api, USER, DEMO_PASSWORDS[USER])
        assert tokens.pending_revocations(USER) == 0
        assert _refused(live_service, replaced)
        assert api.me().username == USER
