"""The lead's Breaches page: the count and the list from the real service, read again every
30 seconds only while the page is on screen, and each row's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer import contract
from ui.lead.window import TAB_BREACHES, TAB_HISTORY, LeadWindow

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


def test_the_page_reads_the_breaches_while_shown(qtbot: QtBot, lead_window: LeadWindow) -> None:
    page = lead_window.breaches
    assert not page.every.isActive()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        lead_window.tabs.setCurrentIndex(TAB_BREACHES)  # the page loads when first shown
    count = got.args[0]
    assert page.count.text().startswith(f"{count} breach")
    assert page.table.rowCount() == min(count, 200)
    assert page.every.isActive()
    lead_window.tabs.setCurrentIndex(TAB_HISTORY)
    assert not page.every.isActive()


def test_rows_say_when_and_by_how_much(qtbot: QtBot, lead_window: LeadWindow) -> None:
    page = lead_window.breaches
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    found = contract.BreachList(
        count=2,
        server_time=now,
        items=[
            contract.Breach(
                case_id="LV-000002",
                queue="live-priority",
                deadline=now - timedelta(minutes=5),
                overdue_seconds=300,
            ),
            contract.Breach(
                case_id="LV-000001",
                queue="live-general",
                deadline=now - timedelta(hours=2),
                decided_at=now - timedelta(minutes=90),
                overdue_seconds=1800,
            ),
        ],
    )
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show_breaches(found)
    assert page.count.text().startswith("2 breaches in the last 24 hours, as of ")
    assert [cell_text(page.table, r, 0) for r in range(2)] == ["LV-000002", "LV-000001"]
    assert cell_text(page.table, 0, 3) == "5 min"
    assert cell_text(page.table, 0, 4) == "not yet"
    assert cell_text(page.table, 1, 3) == "30 min"
    with qtbot.waitSignal(lead_window.chainOpened, timeout=WAIT_MS):
        page.table.selectRow(1)
        page.table.itemActivated.emit(page.table.item(1, 0))
