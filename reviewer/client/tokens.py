"""One token manager per app, shared by every thread.

The service rotates refresh tokens: a refresh token works once. If the sync
thread and a worker thread both saw a 401 and both refreshed, the second would
present a spent token and sign the moderator out. So refreshing is serialised
under a lock, and a caller that saw an access token which has since been
replaced gets the new one instead of refreshing again.

The refresh token is persisted through a TokenVault (the OS keyring in the app,
an in-memory vault in tests); the access token lives only in memory. Neither is
ever logged nor put into an exception message.

A session that ends must end on the service too: a sign-out the service did not confirm
(offline) and the session a new sign-in replaces (lifting the idle lock) leave their
refresh token in the vault's "to revoke" entry for that user, and every later sign-in
revokes what is listed there (refresh once, then log out that session) until the service
confirms it, or answers that the token is already dead.
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

    def change_password(
        self, username: str, old_password: str, new_password: str, device_id: str = ""
    ) -> contract.TokenPair: ...

    def logout(self, refresh_token: str = "", access_token: str | None = None) -> bool: ...


#: the vault entry (beside the user's own) listing refresh tokens still to revoke
TO_REVOKE_SUFFIX = " (to revoke)"
_DEAD = (AuthExpired, InvalidCredentials, Forbidden, NotFound)


def revoke_refresh_token(api: AuthCalls, refresh_token: str) -> str | None:
    """End the session behind ``refresh_token`` on the service; None once it is confirmed
    gone, else the token to try again with (a refresh rotates it). ApiError propagates
    only through the return value: an unreachable service gives a token back."""
    try:
        pair = api.refresh(refresh_token)
    except _DEAD:
        return None  # already revoked or expired: nothing left to end
    except ApiError:
        return refresh_token
    try:
        confirmed = api.logout(pair.refresh_token, access_token=pair.access_token)
    except ApiError:
        return pair.refresh_token
    return None if confirmed else pair.refresh_token


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
        self,
        api: AuthCalls,
        username: str,
        password: str,
        device_id: str = "",
        new_password: str = "",
    ) -> contract.Me:
        """Log in and keep the refresh token in the vault; with ``new_password``, replace
        the (temporary) ``password`` with it and sign in (after password-change-required).

        If the vault refuses (no safe keyring backend), the new session is
        revoked on the service and the vault's error propagates: nothing is
        kept anywhere.
        """
        with self._refreshing:
            with self._state:
                replaced, replaced_user = self._refresh, self._username
            if new_password:
                pair = api.change_password(username, password, new_password, device_id)
            else:
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
            if replaced and replaced_user and replaced != pair.refresh_token:
                # the session this sign-in replaces (e.g. lifting the idle lock) ends too
                self._queue_revocation(replaced_user, replaced)
            self.revoke_pending(api, pair.user.username)
            return pair.user

    # --- revocation that outlives the session --------------------------------------------------

    def _queue_revocation(self, username: str, refresh_token: str) -> None:
        key = username + TO_REVOKE_SUFFIX
        listed = (self._vault.load(self.server_url, key) or "").split()
        if refresh_token not in listed:
            self._vault.save(self.server_url, key, "\n".join([*listed, refresh_token]))

    def pending_revocations(self, username: str) -> int:
        """How many ended sessions of this user the service has not confirmed revoked."""
        return len((self._vault.load(self.server_url, username + TO_REVOKE_SUFFIX) or "").split())

    def revoke_pending(self, api: AuthCalls, username: str) -> int:
        """Revoke the listed sessions of ``username``; how many are still to revoke."""
        key = username + TO_REVOKE_SUFFIX
        listed = (self._vault.load(self.server_url, key) or "").split()
        if not listed:
            return 0
        left = [t for t in (revoke_refresh_token(api, token) for token in listed) if t]
        if left:
            self._vault.save(self.server_url, key, "\n".join(left))
        else:
            self._vault.delete(self.server_url, key)
        if len(left) < len(listed):
            log.info("revoked %d ended session(s)", len(listed) - len(left))
        return len(left)

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
            confirmed = unreachable = False
            if api is not None and (refresh or access):
                try:
                    confirmed = access is not None and api.logout(
                        refresh or "", access_token=access
                    )
                except ApiError as exc:
                    unreachable = exc.retryable
                    log.info("sign-out could not reach the service: %s", exc.__class__.__name__)
            self._forget()
            if refresh and not confirmed and not unreachable and api is not None:
                # no access token, or it was refused: end the session with the refresh token
                refresh = revoke_refresh_token(api, refresh)
                confirmed = refresh is None
            if username:
                self._vault.delete(self.server_url, username)
                if refresh and not confirmed:
                    # the next sign-in revokes it (the token stays only in the vault)
                    self._queue_revocation(username, refresh)

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
