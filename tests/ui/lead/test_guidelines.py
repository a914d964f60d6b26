"""Urgent guidelines as lead1: publish to a vendor, then the ack table shows who has read it,
before and after moderator1 acknowledges through the API. Only leads and admins get the
main window's "Team audit" action. Real service over loopback, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from tests.ui.desk.test_review_flow import fast_sync
from ui.lead.window import LEAD_WINDOW, TAB_GUIDELINES, LeadWindow
from ui.shell.features import install_features
from ui.shell.main_window import MainWindow

WAIT_MS = 20_000


@pytest.fixture
def guidelines(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]
) -> Iterator[tuple[LeadWindow, LiveService]]:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.guidelines.listed, timeout=WAIT_MS):
        window.tabs.setCurrentIndex(TAB_GUIDELINES)  # the page loads when first shown
    yield window, service
    window.close()
    session.close()


def test_publish_to_a_vendor_and_watch_the_acks(
    qtbot: QtBot, guidelines: tuple[LeadWindow, LiveService]
) -> None:
    window, service = guidelines
    page = window.guidelines
    title = "<b>Giveaway links</b> are spam from today"
    page.title_edit.setText(title)
    page.body_edit.setPlainText("Use Spam and scams for 'free skins' links.\nNo warning first.")
    page.target.setCurrentIndex(page.target.findData("vendor"))
    assert page.vendor_edit.isEnabled()
    assert not page.queue_box.isEnabled()
    page.vendor_edit.setText("northdesk")
    with qtbot.waitSignal(page.published, timeout=WAIT_MS) as published:
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    new_id = published.args[0]
    qtbot.waitUntil(lambda: page.acks is not None and page.acks.announcement_id == new_id)

    # northdesk's moderators are targeted, nobody has read it yet; southdesk is not targeted.
    state = page.ack_state()
    assert state["moderator1"] is False
    assert state["moderator2"] is False
    assert "moderator3" not in state
    cells = {
        cell_text(page.ack_table, r, 1): cell_text(page.ack_table, r, 5)
        for r in range(page.ack_table.rowCount())
    }
    assert cells["moderator1"] == "not yet"
    # The title is shown literally, markup and all.
    assert cell_text(page.list_table, 0, 1) == title
    assert title in page.ack_summary.text()
    assert page.ack_summary.textFormat() == Qt.TextFormat.PlainText

    # moderator1 sees it in the taxonomy and acknowledges it.
    with service.client("moderator1") as m1:
        shown = [a["id"] for a in m1.get("/v1/policies").json()["announcements"]]
        assert new_id in shown
        m1.post(f"/v1/announcements/{new_id}/ack").raise_for_status()
    with service.client("moderator3") as m3:
        assert new_id not in [a["id"] for a in m3.get("/v1/policies").json()["announcements"]]

    with qtbot.waitSignal(page.acksShown, timeout=WAIT_MS):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    state = page.ack_state()
    assert state["moderator1"] is True
    assert state["moderator2"] is False
    cells = {
        cell_text(page.ack_table, r, 1): cell_text(page.ack_table, r, 5)
        for r in range(page.ack_table.rowCount())
    }
    assert cells["moderator1"] not in ("not yet", "–")
    assert cells["moderator2"] == "not yet"
    row = [i.announcement.id for i in page.items].index(new_id)
    assert cell_text(page.list_table, row, 3) == "1 of 2"


def test_an_incomplete_guideline_is_not_sent(
    qtbot: QtBot, guidelines: tuple[LeadWindow, LiveService]
) -> None:
    window, _service = guidelines
    page = window.guidelines
    before = len(page.items)
    page.title_edit.setText("Queue rule")
    page.body_edit.setPlainText("Only for the priority queue.")
    page.target.setCurrentIndex(page.target.findData("vendor"))
    page.vendor_edit.clear()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Name the vendor that must read it."
    assert page.publish_button.isEnabled()
    assert len(page.items) == before


def _toolbar_actions(window: MainWindow) -> list[str]:
    bar = window.findChild(QToolBar, "reviewToolbar")
    assert bar is not None
    return [a.objectName() for a in bar.actions() if isinstance(a, QAction)]


@pytest.mark.parametrize(("user", "has_action"), [("moderator1", False), ("lead1", True)])
def test_only_leads_get_the_team_audit_action(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo], user: str, has_action: bool
) -> None:
    service, _demo = lead_service
    session = lead_session(service, user)
    main = MainWindow(session, sync_config=fast_sync())
    features = install_features(main)
    qtbot.addWidget(main)
    try:
        assert ("leadAction" in _toolbar_actions(main)) is has_action
        assert (features.lead_action is not None) is has_action
        if features.lead_action is not None:
            features.lead_action.trigger()
            lead = main.tool_windows.find(LEAD_WINDOW, LeadWindow)
            assert isinstance(lead, LeadWindow)
            assert lead.isVisible()
            with qtbot.waitSignal(lead.peopleLoaded, timeout=WAIT_MS):
                pass  # the pickers' request, sent by start()
            qtbot.waitUntil(lambda: lead.history.model.pages_loaded > 0, timeout=WAIT_MS)
            lead.close()
    finally:
        main.shutdown()
        session.close()
