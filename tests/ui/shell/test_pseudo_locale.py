"""Every window of the shell in the pseudo-locale: each word marked, nothing cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.session import SignInRequest, sign_in
from tests.ui.desk.test_review_flow import fast_sync
from tests.ui.i18n_kit import assert_translated
from ui.shell.main_window import MainWindow
from ui.shell.signin import SignInDialog


def test_sign_in_dialog(qtbot: QtBot, pseudo_locale: str) -> None:
    dialog = SignInDialog(lambda request: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_translated(dialog)


def test_main_window_with_the_queue_page(
    qtbot: QtBot, live_service: LiveService, pseudo_locale: str
) -> None:
    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), False),
    )
    window = MainWindow(session, sync_config=fast_sync())
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert_translated(window)
    finally:
        window.shutdown()
        session.close()
