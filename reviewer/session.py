"""One signed-in session: who, where, which vault, and the first things the window shows.

:func:`sign_in` runs on a pool thread (never the GUI thread): it picks the
token vault, logs in through the shared TokenManager and fetches the taxonomy
and the queues so that the main window opens complete.

The vault fails closed: a real server with no usable OS keyring refuses to sign
in. Only the demo, on loopback, falls back to keeping tokens in memory, and the
window title says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from reviewer.client.credentials import KeyringUnavailable, KeyringVault, MemoryVault, TokenVault
from reviewer.client.network import NetworkOptions
from reviewer.client.urls import is_loopback_host

if TYPE_CHECKING:
    from reviewer import contract
    from reviewer.client.tokens import TokenManager
    from reviewer.client.transport import ApiClient

T = TypeVar("T")


@dataclass(frozen=True)
class SignInRequest:
    """What the person typed in the sign-in dialog."""

    server_url: str
    username: str
    password: str
    #: the new password chosen after password-change-required ("" for an ordinary sign-in)
    new_password: str = ""


@dataclass
class Session:
    """Everything about the signed-in user that outlives the sign-in dialog."""

    server_url: str
    me: contract.Me
    tokens: TokenManager
    vault: TokenVault
    #: True when tokens live only in process memory (demo on loopback without a keyring)
    memory_vault: bool
    taxonomy: contract.PolicyTaxonomy
    queues: list[contract.QueueInfo]
    device_id: str = ""
    #: the site's proxy and extra CA bundle (site.toml), for every client of this session
    network: NetworkOptions = field(default_factory=NetworkOptions)
    _api: ApiClient | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def call(self, fn: Callable[[ApiClient], T]) -> T:
        """Run an interactive request on the session's pool client (call on a pool thread)."""
        with self._lock:
            if self._api is None:
                from reviewer.client.transport import ApiClient

                self._api = ApiClient(self.server_url, tokens=self.tokens, network=self.network)
            return fn(self._api)

    def new_api(self) -> ApiClient:
        """A fresh client for another thread (the sync thread has its own)."""
        from reviewer.client.transport import ApiClient

        return ApiClient(self.server_url, tokens=self.tokens, network=self.network)

    def sign_out(self) -> None:
        """Revoke the session (best effort) and delete the stored refresh token."""
        with self._lock:
            api = self._api
            try:
                self.tokens.sign_out(api)
            finally:
                if api is not None:
                    api.close()
                self._api = None

    def close(self) -> None:
        with self._lock:
            if self._api is not None:
                self._api.close()
                self._api = None


def site_network() -> NetworkOptions:
    """The proxy and CA bundle IT set in site.toml. A broken file is an ApiError with the
    file and the line (sign-in stops; the dialog already refuses to start with it)."""
    from reviewer.client.errors import ApiError
    from reviewer.site import SiteConfigError, load_site_config

    try:
        return load_site_config().network()
    except SiteConfigError as exc:
        raise ApiError(str(exc)) from None


def choose_vault(server_url: str, *, demo: bool) -> tuple[TokenVault, bool]:
    """The OS keyring; in demo mode on loopback only, memory when no keyring is usable."""
    vault = KeyringVault()
    try:
        vault.backend()
    except KeyringUnavailable:
        host = urlsplit(server_url).hostname or ""
        if demo and is_loopback_host(host):
            return MemoryVault(), True
        raise
    return vault, False


def sign_in(
    req: SignInRequest,
    *,
    demo: bool = False,
    device_id: str = "",
    vault: tuple[TokenVault, bool] | None = None,
    **api_options: Any,
) -> Session:
    """Log in, keep the refresh token, fetch taxonomy and queues. Blocking: pool thread only."""
    from reviewer.client.tokens import TokenManager
    from reviewer.client.transport import ApiClient, check_base_url

    server_url = check_base_url(req.server_url)
    network: NetworkOptions = api_options.pop("network", None) or site_network()
    chosen, in_memory = vault or choose_vault(server_url, demo=demo)
    tokens = TokenManager(server_url, chosen)
    api = ApiClient(server_url, tokens=tokens, network=network, **api_options)
    try:
        me = tokens.sign_in(api, req.username, req.password, device_id, req.new_password)
        taxonomy = api.policies()
        queues = api.queues().queues
    except BaseException:
        api.close()
        raise
    return Session(
        server_url=server_url,
        me=me,
        tokens=tokens,
        vault=chosen,
        memory_vault=in_memory,
        taxonomy=taxonomy,
        queues=queues,
        device_id=device_id,
        network=network,
        _api=api,
    )
