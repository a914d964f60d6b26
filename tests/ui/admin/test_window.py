"""The Admin window against the real service: the Users page lists the accounts, creates one,
disables it (the service refuses its token at once) and resets a password; each change shows
in the Admin log page; every control has an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableWidget, QToolBar
from pytestqt.qtbot import QtBot

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer.session import Session
from tests.ui.desk.test_review_flow import fast_sync
from ui.admin.window import ADMIN_WINDOW, AdminWindow
from ui.shell.features import install_features
from ui.shell.main_window import MainWindow

WAIT_MS = 20_000


@pytest.fixture
def admin_session(live_service: LiveService) -> Iterator[Session]:
    session = lead_session(live_service, "admin1")
    yield session
    session.close()


@pytest.fixture
def window(qtbot: QtBot, admin_session: Session) -> Iterator[AdminWindow]:
    win = AdminWindow(admin_session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _row_of(table: QTableWidget, username: str) -> int:
    for row in range(table.rowCount()):
        if cell_text(table, row, 0) == username:
            return row
    return -1


def test_users_create_disable_and_the_log(
    qtbot: QtBot, window: AdminWindow, live_service: LiveService
) -> None:
    page = window.users
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        window.start()
    assert got.args[0] >= 6
    assert _row_of(page.table, "admin1") >= 0

    page.username.setText("newmod1")
    page.display_name.setText("New Moderator")
    page.role.setCurrentIndex(page.role.findData("moderator"))
    page.team.setText("team-a")
    page.vendor.setText("northdesk")
    page.languages.setText("es, EN")
    page.password.setText("temporary-pass-1")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.create_button.click()
    row = _row_of(page.table, "newmod1")
    assert row >= 0
    assert cell_text(page.table, row, 5) == "en, es"
    assert page.password.text() == ""  # never left in the form

    pair = httpx.post(
        live_service.url("/v1/auth/password"),
        json={
            "username": "newmod1",
            "old_password": "temporary-pass-1",
            "new_password": "chosen-pass-1",
        },
        timeout=10,
    ).json()
    page.table.selectRow(row)
    assert page.toggle_button.text() == "Disable"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.toggle_button.click()
    assert cell_text(page.table, _row_of(page.table, "newmod1"), 6) == "disabled"
    me = httpx.get(
        live_service.url("/v1/me"),
        headers={"Authorization": f"Bearer {pair['access_token']}"},
        timeout=10,
    )
    assert me.status_code == 403

    with qtbot.waitSignal(window.log.loaded, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.log)
    actions = [cell_text(window.log.table, r, 2) for r in range(window.log.table.rowCount())]
    assert actions[:2] == ["user.change", "user.create"]
    assert "active: true → false" in cell_text(window.log.table, 0, 4)


def test_the_last_admin_cannot_disable_itself(qtbot: QtBot, window: AdminWindow) -> None:
    page = window.users
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.start()
    page.table.selectRow(_row_of(page.table, "admin1"))
    with qtbot.waitSignal(window.runner.problem, timeout=WAIT_MS) as got:
        page.toggle_button.click()
    assert "admin" in got.args[0]
    assert page.result.text() == got.args[0]


def test_every_control_has_an_accessible_name(window: AdminWindow) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QTableWidget)
    for kind in kinds:
        for control in window.findChildren(kind):
            if control.objectName().startswith("qt_") or not control.isVisibleTo(window):
                continue
            assert control.accessibleName(), (kind.__name__, control.objectName())


def _toolbar_actions(window: MainWindow) -> list[str]:
    bar = window.findChild(QToolBar, "reviewToolbar")
    assert bar is not None
    return [a.objectName() for a in bar.actions() if isinstance(a, QAction)]


@pytest.mark.parametrize(("user", "has_action"), [("lead1", False), ("admin1", True)])
def test_only_admins_get_the_admin_action(
    qtbot: QtBot, live_service: LiveService, user: str, has_action: bool
) -> None:
    session = lead_session(live_service, user)
    main = MainWindow(session, sync_config=fast_sync())
    features = install_features(main)
    qtbot.addWidget(main)
    try:
        assert ("adminAction" in _toolbar_actions(main)) is has_action
        assert (features.admin_action is not None) is has_action
        if features.admin_action is not None:
            features.admin_action.trigger()
            admin = main.tool_windows.find(ADMIN_WINDOW, AdminWindow)
            assert isinstance(admin, AdminWindow)
            assert admin.isVisible()
            qtbot.waitUntil(lambda: admin.users.table.rowCount() > 0, timeout=WAIT_MS)
            admin.close()
    finally:
        main.shutdown()
        session.close()
