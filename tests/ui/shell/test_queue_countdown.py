"""The queue page counts each queue's earliest deadline down once a second while it is on
screen (a fake clock: the test moves time and fires the timer's tick itself), and the
service's queue list carries that deadline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer import contract
from reviewer.client.credentials import MemoryVault
from reviewer.session import SignInRequest, sign_in
from ui.shell.queue_page import QueuePage


class FakeClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_the_earliest_deadline_counts_down(qtbot: QtBot, live_service: LiveService) -> None:
    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), False),
    )
    try:
        served = [q for q in session.queues if q.kind == "live"]
        assert all(q.earliest_deadline is not None for q in served if q.depth)
        clock = FakeClock(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))
        page = QueuePage(session, now=clock)
        qtbot.addWidget(page)
        queues = [
            contract.QueueInfo(
                id="q1", name="One", depth=3, earliest_deadline=clock.at + timedelta(seconds=90)
            ),
            contract.QueueInfo(id="q2", name="Two", depth=0),
        ]
        page.set_queues(queues)
        assert cell_text(page.table, 0, 5) == "due in 1 min"
        assert cell_text(page.table, 1, 5) == "–"
        assert not page.countdown.isActive()  # not on screen
        page.show()
        qtbot.waitExposed(page)
        assert page.countdown.isActive()
        clock.at += timedelta(seconds=45)
        page.countdown.timeout.emit()
        assert cell_text(page.table, 0, 5) == "due in 45 s"
        clock.at += timedelta(seconds=50)
        page.countdown.timeout.emit()
        assert cell_text(page.table, 0, 5) == "overdue by 5 s"
        page.hide()
        assert not page.countdown.isActive()
        page.set_queues([contract.QueueInfo(id="q2", name="Two", depth=0)])
        page.show()
        qtbot.waitExposed(page)
        assert not page.countdown.isActive()  # no deadline anywhere: nothing to count
    finally:
        session.close()
