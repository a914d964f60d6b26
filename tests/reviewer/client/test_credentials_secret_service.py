"""One round trip through a real Secret Service (gnome-keyring in CI, inside dbus-run-session)."""

from __future__ import annotations

import os
import uuid

import pytest

from reviewer.client.credentials import KeyringVault, refusal_reason
from tests.conftest import skip_or_fail


@pytest.mark.secret_service
def test_real_secret_service_round_trip() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip_or_fail("no D-Bus session bus (run inside dbus-run-session)")
    from keyring.backends import SecretService

    try:
        backend = SecretService.Keyring()
        priority = backend.priority
    except Exception as exc:  # keyring raises RuntimeError when the service is not reachable
        skip_or_fail(f"no Secret Service reachable: {exc}")
    assert priority > 0
    assert refusal_reason(backend) is None

    vault = KeyringVault(backend=backend)
    server = f"https://secret-service-test-{uuid.uuid4().hex}.example.test"
    try:
        vault.save(server, "ana", "refresh-token-1")
    except Exception as exc:
        skip_or_fail(f"the Secret Service refused a write (locked?): {exc}")
    try:
        assert vault.load(server, "ana") == "refresh-token-1"
        vault.save(server, "ana", "refresh-token-2")
        assert vault.load(server, "ana") == "refresh-token-2"
    finally:
        vault.delete(server, "ana")
    assert vault.load(server, "ana") is None
