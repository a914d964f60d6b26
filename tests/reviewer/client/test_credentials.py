"""Token vaults: keyring keyed by server and user, and refusing every unsafe backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.errors import PasswordDeleteError

from reviewer.client.credentials import (
    ALLOWED_BACKENDS,
    KeyringUnavailable,
    KeyringVault,
    MemoryVault,
    TokenVault,
    refusal_reason,
    service_name,
)

SERVER = "https://cases.example.test"


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in a dict: the unit tests' stand-in for the OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise PasswordDeleteError("no such password")
        del self.secrets[(service, username)]


class FilePlaintextKeyring(keyring.backend.KeyringBackend):
    """Behaves like keyrings.alt's PlaintextKeyring: it would write the secret to a file."""

    priority = 0.5
    target: Path

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.target.write_text(f"{service} {username} {password}")

    def delete_password(self, service: str, username: str) -> None:
        pass


#: the OS keyrings, and this module's stand-in for them
TRUSTED = ALLOWED_BACKENDS | {f"{__name__}.InMemoryKeyring"}

FilePlaintextKeyring.__module__ = "keyrings.alt.file"
FilePlaintextKeyring.__qualname__ = "PlaintextKeyring"


@pytest.fixture
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_keyring_round_trip_keyed_by_server_and_user(memory_keyring: InMemoryKeyring) -> None:
    vault = KeyringVault(allowed=TRUSTED)
    vault.save(SERVER, "ana", "refresh-1")
    vault.save(SERVER + "/", "bo", "refresh-2")  # a trailing slash names the same server
    vault.save("https://other.example.test", "ana", "refresh-3")
    assert vault.load(SERVER, "ana") == "refresh-1"
    assert vault.load(SERVER, "bo") == "refresh-2"
    assert vault.load("https://other.example.test", "ana") == "refresh-3"
    assert vault.load(SERVER, "nobody") is None
    assert memory_keyring.secrets[(service_name(SERVER), "ana")] == "refresh-1"

    vault.save(SERVER, "ana", "refresh-1b")  # rotation overwrites
    assert vault.load(SERVER, "ana") == "refresh-1b"
    vault.delete(SERVER, "ana")
    assert vault.load(SERVER, "ana") is None
    vault.delete(SERVER, "ana")  # deleting twice is a harmless sign-out
    assert vault.load(SERVER, "bo") == "refresh-2"
    assert isinstance(vault, TokenVault)
    assert vault.describe().startswith("OK: ")


def test_null_backend_from_the_test_environment_is_refused() -> None:
    # tests/conftest.py points PYTHON_KEYRING_BACKEND at the null backend.
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.null.Keyring"
    vault = KeyringVault(backend=keyring.backends.null.Keyring())
    with pytest.raises(KeyringUnavailable, match="switched off"):
        vault.save(SERVER, "ana", "secret")
    with pytest.raises(KeyringUnavailable):
        vault.load(SERVER, "ana")
    assert vault.describe().startswith("problem: ")


def test_default_vault_follows_keyring_and_refuses_the_null_backend() -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.null"
    with pytest.raises(KeyringUnavailable, match="switched off"):
        KeyringVault().save(SERVER, "ana", "secret")


def test_fail_backend_is_refused_with_a_clear_message() -> None:
    vault = KeyringVault(backend=keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="no keyring service is available") as caught:
        vault.save(SERVER, "ana", "secret")
    assert "system keyring" in str(caught.value)
    assert "secret" not in str(caught.value).replace("Secret Service", "")


def test_plaintext_file_backend_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "keyrings"
    folder.mkdir()
    backend = FilePlaintextKeyring()  # type: ignore[no-untyped-call]  # as above
    backend.target = folder / "keyring_pass.cfg"
    assert refusal_reason(backend) is not None
    vault = KeyringVault(backend=backend)
    with pytest.raises(KeyringUnavailable, match="plain file"):
        vault.save(SERVER, "ana", "refresh-secret")
    assert not backend.target.exists()
    assert list(folder.iterdir()) == []


def test_chainer_is_judged_by_the_backend_that_receives_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import chainer

    plaintext = FilePlaintextKeyring()  # type: ignore[no-untyped-call]  # as above
    plaintext.target = tmp_path / "keyring_pass.cfg"
    good = InMemoryKeyring()

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, good])
    with pytest.raises(KeyringUnavailable):
        KeyringVault(backend=chainer.ChainerBackend()).save(SERVER, "ana", "refresh-secret")
    assert not plaintext.target.exists()

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [good, plaintext])
    vault = KeyringVault(backend=chainer.ChainerBackend(), allowed=TRUSTED)
    vault.save(SERVER, "ana", "refresh-secret")
    assert good.secrets[(service_name(SERVER), "ana")] == "refresh-secret"
    vault.delete(SERVER, "ana")
    assert not plaintext.target.exists()

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    with pytest.raises(KeyringUnavailable):
        KeyringVault(backend=chainer.ChainerBackend()).load(SERVER, "ana")


def test_keyring_errors_become_keyring_unavailable(memory_keyring: InMemoryKeyring) -> None:
    from keyring.errors import KeyringLocked

    def locked(*_: object) -> None:
        raise KeyringLocked("collection is locked")

    memory_keyring.set_password = locked  # type: ignore[method-assign,assignment]
    memory_keyring.get_password = locked  # type: ignore[method-assign,assignment]
    vault = KeyringVault(allowed=TRUSTED)
    with pytest.raises(KeyringUnavailable, match="locked"):
        vault.save(SERVER, "ana", "x")
    with pytest.raises(KeyringUnavailable, match="locked"):
        vault.load(SERVER, "ana")


@pytest.mark.parametrize("vault_kind", ["keyring", "memory"])
def test_bad_keys_and_empty_tokens_are_refused(
    vault_kind: str, memory_keyring: InMemoryKeyring
) -> None:
    vault: TokenVault = KeyringVault(allowed=TRUSTED) if vault_kind == "keyring" else MemoryVault()
    with pytest.raises(ValueError, match="server URL and a user"):
        vault.save("", "ana", "x")
    with pytest.raises(ValueError, match="server URL and a user"):
        vault.load(SERVER, " ")
    with pytest.raises(ValueError, match="empty token"):
        vault.save(SERVER, "ana", "")
    assert memory_keyring.secrets == {}


def test_memory_vault_round_trip() -> None:
    vault = MemoryVault()
    assert isinstance(vault, TokenVault)
    vault.save(SERVER, "ana", "t1")
    assert vault.load(SERVER + "/", "ana") == "t1"
    assert vault.load(SERVER, "bo") is None
    vault.delete(SERVER, "ana")
    vault.delete(SERVER, "ana")
    assert vault.load(SERVER, "ana") is None


def test_a_keyring_outside_the_allow_list_is_refused_by_name(
    memory_keyring: InMemoryKeyring,
) -> None:
    """A working backend that is not an OS keyring is refused before it is asked anything."""
    with pytest.raises(KeyringUnavailable, match=f"{__name__}.InMemoryKeyring") as caught:
        KeyringVault().save(SERVER, "ana", "refresh-secret")
    assert "not one of the system keyrings" in str(caught.value)
    assert memory_keyring.secrets == {}
    assert KeyringVault().describe().startswith("problem:")


@pytest.mark.parametrize("name", ["PlaintextKeyring", "EncryptedKeyring"])
def test_the_real_keyrings_alt_backends_are_refused_unasked(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyrings.alt installed for real: its file backends are refused before any use (the
    encrypted one would prompt for a password on the console); the refusal names them."""
    file_backends = pytest.importorskip("keyrings.alt.file")
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    backend = getattr(file_backends, name)()
    monkeypatch.setattr("sys.stdin", None)  # a prompt would fail loudly, not wait
    with pytest.raises(KeyringUnavailable, match=f"keyrings.alt.file.{name}"):
        KeyringVault(backend=backend).save(SERVER, "ana", "refresh-secret")
    with pytest.raises(KeyringUnavailable):
        KeyringVault(backend=backend).load(SERVER, "ana")
    assert not data.exists()  # no keyring file was created
