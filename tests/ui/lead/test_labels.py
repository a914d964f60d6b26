"""The lead's Account labels page on the real service: the team's requests (reasons as
plain text), approved with the chosen expiry or declined, and then out of the waiting list."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from ui.common.tables import select_data
from ui.lead.labels import LabelRequestsView
from ui.lead.window import TAB_LABELS, LeadWindow

WAIT_MS = 20_000


@pytest.fixture
def lead_window(qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]) -> Iterator[LeadWindow]:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    session.close()


def _ask(service: LiveService, account: str, kind: str, reason: str) -> str:
    with service.client("lead1") as lead:
        resp = lead.post("/v1/labels", json={"account_id": account, "kind": kind, "reason": reason})
    assert resp.status_code == 201, resp.text
    label_id: str = resp.json()["label_id"]
    return label_id


def test_approve_and_decline_from_the_page(
    qtbot: QtBot, lead_window: LeadWindow, lead_service: tuple[LiveService, LeadDemo]
) -> None:
    service, _demo = lead_service
    account = "acct-" + uuid.uuid4().hex[:8]
    markup = "<img src=file:///etc/passwd> keeps streaming to millions"
    approve_id = _ask(service, account, "high_profile", markup)
    decline_id = _ask(service, account, "repeat_offender", "Three strikes.")
    page = lead_window.labels
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        lead_window.tabs.setCurrentIndex(TAB_LABELS)  # loads when first shown
    ids = _shown_ids(page)
    assert {approve_id, decline_id} <= set(ids)
    row = ids.index(approve_id)
    assert cell_text(page.table, row, 1) == "High profile"
    assert markup in cell_text(page.table, row, 2)  # as text, whole
    assert not page.approve_button.isEnabled()  # nothing chosen yet
    assert select_data(page.table, approve_id)
    assert page.approve_button.isEnabled()
    page.days.setValue(10)
    with qtbot.waitSignal(page.decided, timeout=WAIT_MS) as got:
        page.approve_button.click()
    assert got.args == ["approved"]
    qtbot.waitUntil(lambda: approve_id not in _shown_ids(page), timeout=WAIT_MS)
    assert select_data(page.table, decline_id)
    with qtbot.waitSignal(page.decided, timeout=WAIT_MS) as got:
        page.decline_button.click()
    assert got.args == ["declined"]
    with service.client("lead1") as lead:
        items = {i["label_id"]: i for i in lead.get("/v1/labels").json()["items"]}
    assert items[approve_id]["status"] == "approved"
    expires = datetime.fromisoformat(items[approve_id]["expires_at"])
    assert timedelta(days=9) < expires - datetime.now(UTC) <= timedelta(days=10)
    assert items[decline_id]["status"] == "declined"


def _shown_ids(page: LabelRequestsView) -> list[str]:
    out = []
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        out.append(str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "")
    return out
