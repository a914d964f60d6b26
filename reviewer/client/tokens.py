"""One token manager per app, shared by every thread.

The service rotates refresh tokens: a refresh token works once. If the sync
thread and a worker thread both saw a 401 and both refreshed, the second would
present a spent token and sign the moderator out. So refreshing is serialised
under a lock, and a caller that saw an access token which has since been
replaced gets the new one instead of refreshing again.

The refresh token is persisted through a TokenVault (the OS keyring in the app,
an in-memory vault in tests); the access token lives only in memory. Neither is
ever logged nor put into an exception message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from reviewer import contract
from reviewer.client.errors import ApiError, AuthExpired, Forbidden, InvalidCredentials, NotFound

log = logging.getLogger(__name__)


class Vault(Protocol):
    """What the token manager needs from reviewer.client.credentials.TokenVault."""

    def save(self, server_url: str, username: str, refresh_token: str) -> None: ...

    def load(self, server_url: str, username: str) -> str | None: ...

    def delete(self, server_url: str, username: str) -> None: ...


class AuthCalls(Protocol):
    """The three auth endpoints the token manager calls (reviewer.client.transport.ApiClient).

    A protocol rather than the client class, so the manager sits below the
    transport: the transport holds a manager, the manager never imports the
    transport.
    """

    def login(self, username: str, password: str, device_id: str = "") -> contract.TokenPair: ...

    def refresh(self, refresh_token: str) -> contract.TokenPair: ...

    def logout(self, refresh_token: str = "", access_token: str | None = None) -> None: ...


class TokenManager:
    """Holds the session of one user on one service; thread-safe."""

    def __init__(
        self,
        server_url: str,
        vault: Vault,
        *,
        on_signed_out: Callable[[str], None] | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self._vault = vault
        self._on_signed_out = on_signed_out
        self._state = threading.Lock()  # guards the fields, held for microseconds
        self._refreshing = threading.Lock()  # serialises refreshes (held across the request)
        self._access: str | None = None
        self._refresh: str | None = None
        self._access_expires_at: datetime | None = None
        self._username: str | None = None
        self._user: contract.Me | None = None
        #: how many refreshes hit the network (tests check that racing threads share one)
        self.refresh_count = 0

    def __repr__(self) -> str:  # never show a token
        return f"TokenManager(server_url={self.server_url!r}, username={self._username!r})"

    # --- state -----------------------------------------------------------------------------

    @property
    def username(self) -> str | None:
        with self._state:
            return self._username

    @property
    def user(self) -> contract.Me | None:
        with self._state:
            return self._user

    @property
    def signed_in(self) -> bool:
        with self._state:
            return self._refresh is not None or self._access is not None

    def access_token(self) -> str | None:
        """The current access token (None until signed in or resumed and refreshed)."""
        with self._state:
            return self._access

    def refresh_token(self) -> str | None:
        with self._state:
            return self._refresh

    def adopt(self, pair: contract.TokenPair) -> None:
        """Hold a session obtained elsewhere, in memory only (the vault is not written).

        Sign-in and refresh call it after saving the refresh token; tests use it to
        start signed in without a login round trip.
        """
        with self._state:
            self._access = pair.access_token
            self._refresh = pair.refresh_token
            self._access_expires_at = pair.access_expires_at
            self._user = pair.user
            self._username = pair.user.username

    def _forget(self) -> str | None:
        with self._state:
            username = self._username
            self._access = None
            self._refresh = None
            self._access_expires_at = None
            self._user = None
        return username

    # --- sign in / out -----------------------------------------------------------------------

    def sign_in(
        self, api: AuthCalls, username: str, password: str, device_id: str = ""
    ) -> contract.Me:
        """Log in and keep the refresh token in the vault.

        If the vault refuses (no safe keyring backend), the new session is
        revoked on the service and the vault's error propagates: nothing is
        kept anywhere.
        """
        with self._refreshing:
            pair = api.login(username, password, device_id)
            try:
                self._vault.save(self.server_url, pair.user.username, pair.refresh_token)
            except Exception:
                try:
                    api.logout(pair.refresh_token, access_token=pair.access_token)
                except ApiError:
                    log.warning("could not revoke a session the vault refused to keep")
                raise
            self.adopt(pair)
            return pair.user

    def resume(self, username: str) -> bool:
        """Pick up a stored session at start-up; the first request refreshes it."""
        token = self._vault.load(self.server_url, username)
        with self._state:
            self._username = username
            self._refresh = token
            self._access = None
        return token is not None

    def sign_out(self, api: AuthCalls | None) -> None:
        """Revoke on the service if reachable, then forget locally whatever happens."""
        with self._refreshing:
            with self._state:
                refresh, access, username = self._refresh, self._access, self._username
            if api is not None and (refresh or access):
                try:
                    api.logout(refresh or "", access_token=access)
                except ApiError as exc:
                    log.info("sign-out could not reach the service: %s", exc.__class__.__name__)
            self._forget()
            if username:
                self._vault.delete(self.server_url, username)

    # --- refresh -----------------------------------------------------------------------------

    def refresh(self, seen_token: str | None, *, via: AuthCalls) -> str:
        """Return a fresh access token; refresh at most once for everyone who saw ``seen_token``.

        Raises AuthExpired when the service refuses the refresh token (the
        session is then forgotten and the moderator must sign in again);
        Offline and other transient errors propagate and keep the session.
        """
        with self._refreshing:
            with self._state:
                current, refresh, username = self._access, self._refresh, self._username
            if current is not None and current != seen_token:
                return current  # another thread refreshed since the caller looked
            if refresh is None:
                raise AuthExpired()
            self.refresh_count += 1
            try:
                pair = via.refresh(refresh)
            except (AuthExpired, InvalidCredentials, Forbidden, NotFound):
                self._forget()
                if username:
                    self._vault.delete(self.server_url, username)
                if self._on_signed_out is not None:
                    self._on_signed_out(AuthExpired.default_message)
                raise AuthExpired() from None
            if username is not None and pair.user.username != username:
                self._forget()
                raise AuthExpired("The service returned a session for another user.")
            self._vault.save(self.server_url, pair.user.username, pair.refresh_token)
            self.adopt(pair)
            return pair.access_token
