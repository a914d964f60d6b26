"""The main window's frame: sign-out, pause, the window title, the app's window flow."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer.client.credentials import MemoryVault
from reviewer.formatting import format_age
from reviewer.paths import AppPaths
from reviewer.session import SignInRequest, sign_in
from reviewer.store.decisions import LOG_RESERVE_BYTES, LOG_RESERVE_FREE_FACTOR
from reviewer.sync import SyncReport
from tests.reviewer.store.storekit import draft, lease
from tests.ui.desk.test_review_flow import QUEUE, WAIT_MS, Desk, fast_sync
from ui.shell.app import DesktopApp
from ui.shell.main_window import MainWindow


def _media_files() -> list[Path]:
    root = AppPaths.default().content_dir
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "content"]


def test_sign_out_releases_cases_purges_content_and_forgets_the_token(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk = Desk(qtbot, live_service, fast_sync(prefetch_depth=2))
    try:
        vault = desk.session.vault
        assert vault.load(desk.session.server_url, "moderator1") is not None
        desk.acknowledge_all()
        desk.start()
        case_id = desk.wait_for_case()
        assert _media_files()
        with qtbot.waitSignal(desk.window.signedOut, timeout=WAIT_MS) as blocker:
            desk.window.sign_out_action.trigger()
        assert blocker.args[0].startswith("You are signed out.")
        assert vault.load(desk.session.server_url, "moderator1") is None
        assert not _media_files()
        with live_service.client("admin1") as client:
            status = client.get(f"/v1/cases/{case_id}").json()["status"]
        assert status == "open"
    finally:
        desk.close()


def test_pause_stops_the_clock_and_gives_cases_back(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk = Desk(qtbot, live_service, fast_sync())
    try:
        desk.acknowledge_all()
        desk.start()
        case_id = desk.wait_for_case()
        assert desk.controller.handle.running
        desk.window.pause_action.trigger()
        assert desk.controller.paused
        assert not desk.controller.handle.running
        assert desk.controller.current is None
        assert desk.window.pause_action.text() == "Resume"
        qtbot.waitUntil(
            lambda: desk.window.store.case_state(case_id) == "released", timeout=WAIT_MS
        )
        with live_service.client("admin1") as client:
            assert client.get(f"/v1/cases/{case_id}").json()["status"] == "open"
        desk.window.pause_action.trigger()
        assert not desk.controller.paused
        desk.wait_for_case()
        assert desk.controller.handle.running
        desk.press(Qt.Key.Key_F1)  # the key list, built from the taxonomy
        assert desk.window.shortcuts_dialog.isVisible()
        assert (
            "N  No violation"
            in desk.window.shortcuts_dialog.findChild(QPlainTextEdit).toPlainText()
        )
        desk.window.shortcuts_dialog.close()
    finally:
        desk.close()


def test_window_title_says_when_tokens_live_in_memory(
    qtbot: QtBot, live_service: LiveService
) -> None:
    req = SignInRequest(live_service.base_url, "moderator1", "demo-moderator1")
    titles = {}
    for in_memory, demo in ((True, True), (False, False)):
        session = sign_in(req, vault=(MemoryVault(), in_memory))
        window = MainWindow(session, demo=demo, sync_config=fast_sync())
        qtbot.addWidget(window)
        titles[in_memory] = window.windowTitle()
        window.shutdown()
        session.close()
    assert "memory only" in titles[True]
    assert "demo" in titles[True]
    assert "memory only" not in titles[False]
    assert "Mira Okafor (moderator1)" in titles[False]


@contextlib.contextmanager
def _window(qtbot: QtBot, live_service: LiveService) -> Iterator[MainWindow]:
    """moderator1's main window, not started (the sync thread not running)."""
    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), False),
    )
    window = MainWindow(session, sync_config=fast_sync())
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        window.shutdown()
        session.close()


def test_queue_page_shows_depth_and_oldest_age(qtbot: QtBot, live_service: LiveService) -> None:
    with _window(qtbot, live_service) as window:
        table = window.queue_page.table
        rows = {cell_text(table, r, 0): r for r in range(table.rowCount())}
        general = next(q for q in window.session.queues if q.id == QUEUE)
        row = rows[general.name]
        assert cell_text(table, row, 2) == str(general.depth)
        assert cell_text(table, row, 3) == format_age(general.oldest_age_seconds)
        assert window.queue_page.selected_queue() == next(
            q.id for q in window.session.queues if q.depth > 0
        )
    assert format_age(None) == "–"
    assert format_age(59) == "59 s"
    assert format_age(3 * 3600 + 5 * 60) == "3 h 05 min"


def test_the_app_goes_from_sign_in_to_the_window_and_back(
    qtbot: QtBot, live_service: LiveService
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    vault = MemoryVault()
    desktop = DesktopApp(
        app,
        server_url=live_service.base_url,
        username="moderator1",
        sign_in=lambda req: sign_in(req, vault=(vault, False)),
    )
    try:
        desktop.start()
        dialog = desktop.dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.password_edit.setText("demo-moderator1")
        with qtbot.waitSignal(desktop.mainWindowShown, timeout=WAIT_MS) as shown:
            dialog.submit()
        window = shown.args[0]  # deleted by the app after sign-out: not handed to qtbot
        assert window.isVisible()
        # the service refused to refresh the session: the sync thread reports it
        expired = SyncReport(
            at=datetime.now(UTC),
            online=True,
            pending=0,
            synced_total=0,
            problem_count=0,
            auth_expired=True,
        )
        with qtbot.waitSignal(window.signedOut, timeout=WAIT_MS):
            window.sync.report.emit(expired)
        assert desktop.window is None
        assert desktop.dialog is not None
        qtbot.addWidget(desktop.dialog)
        assert desktop.dialog.isVisible()
        assert desktop.dialog.user_edit.text() == "moderator1"
        assert desktop.dialog.message_text().startswith("Your session ended.")
    finally:
        desktop.shutdown()


def test_a_store_from_a_newer_client_is_a_clear_message_not_a_crash(
    qtbot: QtBot, live_service: LiveService
) -> None:
    import sqlite3

    store_path = AppPaths.default().ensure().store_path_for(live_service.base_url, "moderator1")
    with sqlite3.connect(store_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = DesktopApp(
        app,
        server_url=live_service.base_url,
        username="moderator1",
        sign_in=lambda req: sign_in(req, vault=(MemoryVault(), False)),
    )
    try:
        desktop.start()
        dialog = desktop.dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.password_edit.setText("demo-moderator1")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.message.property("role") == "error", timeout=WAIT_MS)
        assert dialog.message_text().startswith("The local work store cannot be opened")
        assert "schema version 999" in dialog.message_text()
        assert desktop.window is None
        assert dialog.isVisible()
    finally:
        desktop.shutdown()


def test_held_decisions_are_exported_for_support_and_stay_on_the_desk(
    qtbot: QtBot, live_service: LiveService, tmp_path: Path
) -> None:
    with _window(qtbot, live_service) as window:
        lease(window.store, ["LV-held"], queue=QUEUE)
        decision = window.store.record_decision(draft("LV-held")).decision_id
        assert window.store.hold(decision, "refused", answer_status=500, request_id="req-9")
        target = tmp_path / "held.json"
        window.show_problems().exportRequested.emit(str(target))
        exported = json.loads(target.read_text(encoding="utf-8"))
        assert json.dumps(exported).count(decision) >= 1
        assert "req-9" in json.dumps(exported)
        assert "1 held decision written to" in window.status.message.text()
        assert [h.decision_id for h in window.store.held_decisions()] == [decision]
        window.problems_dialog.close()


def test_the_window_reserves_the_store_log_before_sync_starts(
    qtbot: QtBot, live_service: LiveService
) -> None:
    """A session's decisions overwrite the log, never extend it (Store.reserve_log)."""
    with _window(qtbot, live_service) as window:
        wal = window.store_path.with_name(window.store_path.name + "-wal")
        assert not window.sync.isRunning()
        free = shutil.disk_usage(wal.parent).free
        if free >= LOG_RESERVE_BYTES * LOG_RESERVE_FREE_FACTOR:
            assert wal.stat().st_size == LOG_RESERVE_BYTES
