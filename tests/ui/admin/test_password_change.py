"""A password reset by an admin, answered through the sign-in dialog against the real
service: the dialog asks for a new password (twice), sends it with the temporary one and
signs in; a disabled account is told so plainly."""

from __future__ import annotations

from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.session import Session, SignInRequest, sign_in
from ui.common import tasks
from ui.shell.signin import SignInDialog

WAIT_MS = 40_000


def _memory_sign_in(req: SignInRequest) -> Session:
    return sign_in(req, vault=(MemoryVault(), False))


def _admin(service: LiveService) -> httpx.Client:
    return service.client("admin1")


def _user_id(admin: httpx.Client, username: str) -> str:
    users = admin.get("/v1/admin/users").json()["items"]
    return str(next(u["user_id"] for u in users if u["username"] == username))


def _dialog(qtbot: QtBot, service: LiveService, password: str) -> SignInDialog:
    dialog = SignInDialog(
        _memory_sign_in, server_url=service.base_url, username="moderator2", password=password
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _error_after_submit(qtbot: QtBot, dialog: SignInDialog) -> str:
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.property("role") == "error", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    return dialog.message_text()


def test_the_dialog_asks_for_a_new_password_after_a_reset(
    qtbot: QtBot, live_service: LiveService
) -> None:
    with _admin(live_service) as admin:
        reset = admin.post(
            f"/v1/admin/users/{_user_id(admin, 'moderator2')}/password-reset",
            json={"temporary_password": "temporary-pass-2"},
        )
        assert reset.status_code == 200, reset.text
    dialog = _dialog(qtbot, live_service, "temporary-pass-2")
    assert not dialog.new_password_edit.isVisibleTo(dialog)
    text = _error_after_submit(qtbot, dialog)
    assert "Choose a new password" in text
    assert dialog.new_password_edit.isVisibleTo(dialog)
    assert dialog.new_password_edit.accessibleName() == "New password"

    dialog.new_password_edit.setText("my-new-pass-2")
    dialog.confirm_edit.setText("not-the-same-2")
    dialog.submit()  # refused before anything is sent
    assert "differ" in dialog.message_text()

    dialog.confirm_edit.setText("my-new-pass-2")
    got: list[Any] = []
    dialog.signedIn.connect(got.append)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    session = got[0]
    assert isinstance(session, Session)
    assert session.me.username == "moderator2"
    session.close()
    assert not dialog.new_password_edit.isVisibleTo(dialog)
    assert live_service.login("moderator2", "my-new-pass-2")["user"]["username"] == "moderator2"


def test_a_disabled_account_is_told_so(qtbot: QtBot, live_service: LiveService) -> None:
    with _admin(live_service) as admin:
        off = admin.patch(
            f"/v1/admin/users/{_user_id(admin, 'moderator2')}", json={"active": False}
        )
        assert off.status_code == 200, off.text
    dialog = _dialog(qtbot, live_service, "demo-moderator2")
    assert _error_after_submit(qtbot, dialog) == (
        "This account is disabled. Your work is kept and will sync when it is enabled again."
    )
