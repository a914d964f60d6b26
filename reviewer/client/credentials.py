"""Where refresh tokens live: the OS keyring, never a file or a log.

keyring quietly falls back to a plaintext file when keyrings.alt is installed
and no Secret Service is running, and to a backend that raises or does nothing
when there is none at all (docs/field-notes.md). :class:`KeyringVault` allows the OS
keyrings only (:data:`ALLOWED_BACKENDS`, by class name) and refuses any other
before asking it anything: it fails closed with :class:`KeyringUnavailable`, a
clear message for the sign-in screen naming the backend, and writes nothing
anywhere. ``keyring`` is imported lazily because its import costs ~100 ms that
the first window should not pay.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol, runtime_checkable

from reviewer.paths import APP_NAME

#: the only keyring backends that may hold a token (class names; the chainer is unwrapped
#: first): the OS keyrings. Any other is refused before it is asked for anything
#: (keyrings.alt's encrypted file backend would prompt for a password on the console).
ALLOWED_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)

# Clearer reasons for backends known to be unsafe: they fail, drop the secret, or keep it in a file.
_REFUSED_CLASSES = {
    "keyring.backends.fail.Keyring": "no keyring service is available",
    "keyring.backends.null.Keyring": "the keyring is switched off (null backend)",
}
_REFUSED_MODULE_PREFIXES = ("keyrings.alt",)  # plaintext / console-password files, deprecated rest


class KeyringUnavailable(RuntimeError):
    """No safe place for the token; the user must fix the keyring before signing in.

    ``reason`` is the technical cause (English, for support); ``str()`` is the whole
    English message for logs and the CLI; the client words its own around ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(_message(reason))
        self.reason = reason


@runtime_checkable
class TokenVault(Protocol):
    """Stores one refresh token per (server, user)."""

    def save(self, server_url: str, username: str, refresh_token: str) -> None: ...

    def load(self, server_url: str, username: str) -> str | None: ...

    def delete(self, server_url: str, username: str) -> None: ...


def service_name(server_url: str) -> str:
    """The keyring service under which a server's tokens are filed."""
    return f"{APP_NAME} {server_url.strip().rstrip('/')}"


def _check_key(server_url: str, username: str) -> None:
    if not server_url.strip() or not username.strip():
        raise ValueError("a token needs both a server URL and a user name")


def _qualname(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal_reason(backend: Any, allowed: frozenset[str] = ALLOWED_BACKENDS) -> str | None:
    """Why this keyring backend may not hold a token (naming it), or None when it may."""
    name = _qualname(backend)
    if name in _REFUSED_CLASSES:
        return _REFUSED_CLASSES[name]
    if type(backend).__module__.startswith(_REFUSED_MODULE_PREFIXES):
        return f"the keyring backend {name} keeps secrets in a plain file"
    if "plaintext" in name.lower():
        return f"the keyring backend {name} keeps secrets in plain text"
    if name not in allowed:
        return f"the keyring backend {name} is not one of the system keyrings this desk trusts"
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority cannot be read is not trusted
        return f"the keyring backend {name} is not usable"
    if priority <= 0:
        return f"the keyring backend {name} is not usable (priority {priority})"
    return None


def _effective_backend(backend: Any) -> Any:
    """The one backend that would receive a write.

    keyring's chainer writes to its first backend and walks on to the others for
    reads and deletes; the vault talks to that first backend alone so that nothing
    can fall through to a weaker one further down the chain.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            raise KeyringUnavailable("no keyring service is available")
        return chained[0]
    return backend


def _message(reason: str) -> str:
    return (
        f"Cannot store your sign-in safely: {reason}. Tokens are kept only in the "
        "system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, "
        "Windows Credential Manager). Start or unlock it and sign in again."
    )


class KeyringVault:
    """Tokens in the OS keyring, keyed by server URL and user; fails closed."""

    def __init__(
        self, backend: Any | None = None, *, allowed: frozenset[str] = ALLOWED_BACKENDS
    ) -> None:
        self._backend = backend
        self._allowed = allowed

    def backend(self) -> Any:
        """The checked backend, or :class:`KeyringUnavailable` with a clear reason."""
        if self._backend is not None:
            chosen = self._backend
        else:
            import keyring

            chosen = keyring.get_keyring()
        effective = _effective_backend(chosen)
        reason = refusal_reason(effective, self._allowed)
        if reason is not None:
            raise KeyringUnavailable(reason)
        return effective

    def describe(self) -> str:
        """One line for `reviewer doctor`: which backend, or why none is usable."""
        try:
            return f"OK: {_qualname(self.backend())}"
        except KeyringUnavailable as exc:
            return f"problem: {exc}"

    def save(self, server_url: str, username: str, refresh_token: str) -> None:
        _check_key(server_url, username)
        if not refresh_token:
            raise ValueError("refusing to store an empty token")
        backend = self.backend()
        from keyring.errors import KeyringError

        try:
            backend.set_password(service_name(server_url), username, refresh_token)
        except KeyringError as exc:
            raise KeyringUnavailable(f"the keyring refused the write ({exc})") from exc

    def load(self, server_url: str, username: str) -> str | None:
        _check_key(server_url, username)
        backend = self.backend()
        from keyring.errors import KeyringError

        try:
            value = backend.get_password(service_name(server_url), username)
        except KeyringError as exc:
            raise KeyringUnavailable(f"the keyring refused the read ({exc})") from exc
        return value if isinstance(value, str) and value else None

    def delete(self, server_url: str, username: str) -> None:
        _check_key(server_url, username)
        backend = self.backend()
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            backend.delete_password(service_name(server_url), username)
        except PasswordDeleteError:
            return  # nothing stored: already signed out
        except KeyringError as exc:
            raise KeyringUnavailable(f"the keyring refused the delete ({exc})") from exc


class MemoryVault:
    """Tokens held in process memory only (tests, and a 'do not remember me' session)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[tuple[str, str], str] = {}

    def save(self, server_url: str, username: str, refresh_token: str) -> None:
        _check_key(server_url, username)
        if not refresh_token:
            raise ValueError("refusing to store an empty token")
        with self._lock:
            self._tokens[(service_name(server_url), username)] = refresh_token

    def load(self, server_url: str, username: str) -> str | None:
        _check_key(server_url, username)
        with self._lock:
            return self._tokens.get((service_name(server_url), username))

    def delete(self, server_url: str, username: str) -> None:
        _check_key(server_url, username)
        with self._lock:
            self._tokens.pop((service_name(server_url), username), None)
