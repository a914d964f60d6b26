"""Sign-in against the real reference service: each failure gets its own clear message."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService, copy_database
from reviewer.client.credentials import MemoryVault
from reviewer.client.urls import check_url
from reviewer.session import Session, SignInRequest, sign_in
from ui.common import tasks
from ui.shell.signin import SignInDialog


@pytest.fixture(scope="module")
def service(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Iterator[LiveService]:
    """One service for the module: sign-in tests only read users (one failed login)."""
    root = tmp_path_factory.mktemp("signin-service")
    with LiveService(copy_database(live_service_template, root / "db.sqlite3"), root) as svc:
        yield svc


def _memory_sign_in(req: SignInRequest) -> Session:
    return sign_in(req, vault=(MemoryVault(), False))


def _dialog(
    qtbot: QtBot,
    url: str,
    password: str,
    fn: Callable[[SignInRequest], Any] = _memory_sign_in,
) -> SignInDialog:
    dialog = SignInDialog(fn, server_url=url, username="moderator1", password=password)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit_and_wait_for_error(qtbot: QtBot, dialog: SignInDialog) -> str:
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.property("role") == "error", timeout=40_000)
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert dialog.sign_in_button.isEnabled()
    return dialog.message_text()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_sign_in_succeeds_and_password_is_cleared(qtbot: QtBot, service: LiveService) -> None:
    dialog = _dialog(qtbot, service.base_url, "demo-moderator1")
    with qtbot.waitSignal(dialog.signedIn, timeout=40_000) as blocker:
        qtbot.mouseClick(dialog.sign_in_button, pytest.importorskip("PySide6.QtCore").Qt.LeftButton)
    session = blocker.args[0]
    assert isinstance(session, Session)
    assert session.me.username == "moderator1"
    assert session.taxonomy.actions
    assert session.queues
    assert not session.memory_vault
    assert dialog.password_edit.text() == ""
    session.close()


def test_wrong_password(qtbot: QtBot, service: LiveService) -> None:
    dialog = _dialog(qtbot, service.base_url, "not-the-password")
    text = _submit_and_wait_for_error(qtbot, dialog)
    assert "user name or password is not correct" in text
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()


def test_unreachable_server(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, f"http://127.0.0.1:{_closed_port()}", "demo-moderator1")
    text = _submit_and_wait_for_error(qtbot, dialog)
    assert text.startswith("Cannot reach the case service at http://127.0.0.1:")


def test_tls_failure(qtbot: QtBot, service: LiveService) -> None:
    """https:// to a plain-http service fails the handshake: a TLS message, not 'offline'."""
    url = service.base_url.replace("http://", "https://")
    dialog = _dialog(qtbot, url, "demo-moderator1")
    text = _submit_and_wait_for_error(qtbot, dialog)
    assert "secure connection" in text
    assert "certificate" in text


def test_plain_http_to_a_remote_host_is_refused_before_any_request(qtbot: QtBot) -> None:
    calls: list[SignInRequest] = []
    dialog = _dialog(qtbot, "http://review.example.com", "pw", fn=calls.append)
    dialog.submit()
    assert dialog.message.property("role") == "error"
    assert "https://" in dialog.message_text()
    assert calls == []
    assert check_url("http://localhost:8765") is None
    assert check_url("http://[::1]:8765") is None
    assert check_url("http://10.0.0.5") is not None


def test_keyring_that_cannot_store_secrets(qtbot: QtBot, service: LiveService) -> None:
    """The test environment's keyring is the null backend: a real sign-in must refuse."""
    dialog = _dialog(
        qtbot, service.base_url, "demo-moderator1", fn=lambda req: sign_in(req, demo=False)
    )
    text = _submit_and_wait_for_error(qtbot, dialog)
    assert text.startswith("Cannot store your sign-in safely")


def test_demo_on_loopback_keeps_tokens_in_memory(qtbot: QtBot, service: LiveService) -> None:
    dialog = _dialog(
        qtbot, service.base_url, "demo-moderator1", fn=lambda req: sign_in(req, demo=True)
    )
    with qtbot.waitSignal(dialog.signedIn, timeout=40_000) as blocker:
        dialog.submit()
    session = blocker.args[0]
    assert session.memory_vault
    assert isinstance(session.vault, MemoryVault)
    session.close()


def test_empty_fields_get_a_message(qtbot: QtBot) -> None:
    calls: list[SignInRequest] = []
    dialog = SignInDialog(calls.append, server_url="https://review.example.com")
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.message_text() == "Enter your user name."
    dialog.user_edit.setText("moderator1")
    dialog.submit()
    assert dialog.message_text() == "Enter your password."
    assert calls == []


def test_server_and_user_are_remembered_but_not_the_password(
    qtbot: QtBot, service: LiveService
) -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.settings import load_settings
    from ui.shell.app import DesktopApp, load_preferences

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    vault = MemoryVault()
    first = DesktopApp(app, sign_in=lambda req: sign_in(req, vault=(vault, False)))
    first.start()
    assert first.dialog is not None
    qtbot.addWidget(first.dialog)
    first.dialog.server_edit.setText(service.base_url)
    first.dialog.user_edit.setText("moderator1")
    first.dialog.password_edit.setText("demo-moderator1")
    with qtbot.waitSignal(first.mainWindowShown, timeout=40_000):
        first.dialog.submit()
    first.shutdown()
    saved = load_settings().settings
    assert (saved.server_url, saved.username) == (service.base_url, "moderator1")
    assert "demo-moderator1" not in str(load_settings().settings.model_dump())
    assert load_preferences()["device_id"] == saved.device_id
    second = DesktopApp(app)
    second.start()
    assert second.dialog is not None
    qtbot.addWidget(second.dialog)
    assert second.dialog.server_edit.text() == service.base_url
    assert second.dialog.user_edit.text() == "moderator1"
    assert second.dialog.password_edit.text() == ""
    second.shutdown()


# -- the first minute: Enter signs in, never quits ------------------------------------------


def _recording_dialog(qtbot: QtBot, calls: list[SignInRequest]) -> SignInDialog:
    def record(req: SignInRequest) -> SignInRequest:
        calls.append(req)
        return req

    dialog = SignInDialog(
        record, server_url="http://127.0.0.1:9", username="moderator1", password=""
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_sign_in_is_the_default_button_after_show(qtbot: QtBot) -> None:
    dialog = _recording_dialog(qtbot, [])
    assert dialog.sign_in_button.isDefault()
    assert not dialog.quit_button.isDefault()
    assert not dialog.quit_button.autoDefault()


def test_sign_in_stays_the_default_after_quit_had_focus(qtbot: QtBot) -> None:
    dialog = _recording_dialog(qtbot, [])
    dialog.activateWindow()
    dialog.quit_button.setFocus()
    qtbot.waitUntil(dialog.quit_button.hasFocus)
    dialog.password_edit.setFocus()
    qtbot.waitUntil(dialog.password_edit.hasFocus)
    assert dialog.sign_in_button.isDefault()
    assert not dialog.quit_button.isDefault()


def test_enter_in_the_password_field_signs_in(qtbot: QtBot) -> None:
    calls: list[SignInRequest] = []
    dialog = _recording_dialog(qtbot, calls)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    dialog.quit_button.setFocus()  # focus on Quit first: Enter still must not quit
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, "demo-moderator1")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert [c.password for c in calls] == ["demo-moderator1"]
    assert rejected == []


def test_enter_while_blocked_does_nothing_and_escape_quits(qtbot: QtBot) -> None:
    calls: list[SignInRequest] = []
    dialog = _recording_dialog(qtbot, calls)
    dialog.password_edit.setText("demo-moderator1")
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    dialog.block("Starting the demo service…")
    for widget in (dialog.password_edit, dialog.user_edit, dialog.quit_button, dialog):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert rejected == []
    assert dialog.isVisible()
    assert calls == []
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert rejected == [1]


# -- IT's site.toml ---------------------------------------------------------------------------


def _app_with_site(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, calls: list[Any]
) -> Any:
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import DesktopApp

    site = tmp_path / "site.toml"
    site.write_text(text, encoding="utf-8")
    monkeypatch.setenv("REVIEWER_SITE_CONFIG", str(site))
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def record(req: SignInRequest) -> Any:
        calls.append(req)
        raise ConnectionError("recorded, not sent")

    desktop = DesktopApp(
        app, server_url="https://mine.example", username="moderator1", sign_in=record
    )
    desktop.start()
    assert desktop.dialog is not None
    qtbot.addWidget(desktop.dialog)
    return desktop


def test_a_locked_site_address_wins_over_the_users(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Any] = []
    desktop = _app_with_site(
        qtbot,
        monkeypatch,
        tmp_path,
        '[service]\naddress = "https://review.example.com"\nlock = true\n',
        calls,
    )
    dialog = desktop.dialog
    assert dialog.server_edit.text() == "https://review.example.com"
    assert dialog.server_edit.isReadOnly()
    assert dialog.sign_in_button.isEnabled()
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.password_edit.setText("pw")
    dialog.submit()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert [req.server_url for req in calls] == ["https://review.example.com"]
    assert dialog.server_edit.isReadOnly()  # still locked after the busy state
    desktop.shutdown()


def test_a_broken_site_file_stops_sign_in_with_its_line(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Any] = []
    desktop = _app_with_site(
        qtbot,
        monkeypatch,
        tmp_path,
        '[service]\naddress = "https://review.example.com"\nproxi = "x"\n',
        calls,
    )
    dialog = desktop.dialog
    assert not dialog.sign_in_button.isEnabled()
    assert f"{tmp_path / 'site.toml'}, line 3" in dialog.message_text()
    assert dialog.server_edit.text() == "https://mine.example"  # shown, but never used
    dialog.password_edit.setText("pw")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    dialog.submit()
    assert calls == []
    desktop.shutdown()
