"""Every window of the shell in the pseudo-locale: each word marked, nothing cut."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.session import SignInRequest, sign_in
from reviewer.store.decisions import HELD_STATUS
from reviewer.store.rows import ProblemRow
from reviewer.sync import SyncReport
from tests.ui.desk.test_review_flow import fast_sync
from tests.ui.i18n_kit import assert_translated
from ui.shell.main_window import MainWindow
from ui.shell.problems_dialog import ProblemsDialog
from ui.shell.shortcut_sheet import show_shortcut_sheet
from ui.shell.sign_out import SigningOutPage, left_behind_text, signing_out_text
from ui.shell.signin import SignInDialog
from ui.shell.status_bar import ReviewStatusBar

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_sign_in_dialog(qtbot: QtBot, pseudo_locale: str) -> None:
    dialog = SignInDialog(lambda request: None)
    _show(qtbot, dialog)
    assert_translated(dialog)
    dialog.lock_server("https://review.example.com")  # the IT department's tool tip
    dialog.submit()  # no user name: a translated error
    assert dialog.message_text().startswith("⟦")
    assert_translated(dialog)


def test_main_window_with_the_queue_page_and_shortcut_sheet(
    qtbot: QtBot, live_service: LiveService, pseudo_locale: str
) -> None:
    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), True),
    )
    window = MainWindow(session, demo=True, sync_config=fast_sync())
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle().startswith("⟦")
        assert_translated(window)
        window.show_shortcuts()
        sheet = window.shortcuts_dialog
        qtbot.waitExposed(sheet)
        assert_translated(sheet)
        sheet.close()
    finally:
        window.shutdown()
        session.close()


def test_status_bar_in_each_state(qtbot: QtBot, pseudo_locale: str) -> None:
    bar = ReviewStatusBar(now=lambda: NOW)
    _show(qtbot, bar)
    bar.resize(1600, bar.sizeHint().height())
    assert_translated(bar)
    report = SyncReport(
        at=NOW,
        online=True,
        pending=3,
        synced_total=10,
        problem_count=2,
        last_sync_at=NOW - timedelta(seconds=30),
        lease_expires_at=NOW + timedelta(minutes=9),
        clock_skew_s=400.0,
        clock_skew_flagged=True,
        free_bytes=200 * 1024 * 1024,
        low_disk=True,
    )
    bar.apply_report(report)
    bar.set_policy_version("2026.11.1")
    assert_translated(bar)
    for changed in (
        {"online": False},
        {"upload_error": "HTTP 500", "isolating": ("d1",)},
        {"auth_expired": True},
        {"client_too_old": True},
        {"online": None, "last_sync_at": NOW - timedelta(hours=2)},
    ):
        bar.apply_report(SyncReport(**{**report.__dict__, **changed}))
        assert_translated(bar)
    bar.set_sync_restarting(30)
    assert_translated(bar)


def test_problems_dialog_with_held_decisions(qtbot: QtBot, pseudo_locale: str) -> None:
    problems = [
        ProblemRow("d1", "case-1", "ban_account", "case_conflict", "lease lost", NOW),
        ProblemRow("d2", "case-2", "mute_chat", HELD_STATUS, "HTTP 422", NOW),
    ]
    dialog = ProblemsDialog(problems, action_labels={"ban_account": "Ban account"})
    _show(qtbot, dialog)
    assert_translated(dialog)
    assert dialog.model.row_text(1)[3].startswith("⟦")
    empty = ProblemsDialog([])
    _show(qtbot, empty)
    assert_translated(empty)


def test_sign_out_page_and_texts(qtbot: QtBot, pseudo_locale: str) -> None:
    page = SigningOutPage()
    page.resize(1200, 800)  # as in the main window
    _show(qtbot, page)
    for text in (
        signing_out_text(0),
        signing_out_text(3),
        left_behind_text(2, gave_up=True),
        left_behind_text(1, gave_up=False),
    ):
        page.say(text)
        assert_translated(page)


def test_shortcut_sheet_alone(qtbot: QtBot, pseudo_locale: str) -> None:
    parent = QWidget()
    _show(qtbot, parent)
    sheet = show_shortcut_sheet(parent, "N  No violation")
    qtbot.waitExposed(sheet)
    assert_translated(sheet)
