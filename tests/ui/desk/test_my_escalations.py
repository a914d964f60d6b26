"""My escalations on the real service: the watch reads the list off the GUI thread, says
nothing about outcomes that were there before its first read, and signals an escalation a
lead resolved since; the window lists them as plain text; the desk's action opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer import contract
from reviewer.session import Session
from tests.server.helpers import decision, lease, upload
from ui.common.text import isolate
from ui.desk.escalations import (
    ESCALATIONS_KEY,
    EscalationsWindow,
    EscalationWatch,
    resolved_message,
)

WAIT_MS = 20_000


@pytest.fixture
def session(live_service: LiveService) -> Iterator[Session]:
    s = lead_session(live_service, "moderator1")
    yield s
    s.close()


def _escalate(service: LiveService, note: str) -> str:
    with service.client("moderator1") as mod:
        case_id: str = lease(mod, size=1)["cases"][0]["case_id"]
        item = decision(case_id, "escalate", note=note, escalation_reason="policy_gap")
        assert upload(mod, item)[0]["status"] == "accepted"
    return case_id


def _resolve(service: LiveService, case_id: str) -> None:
    with service.client("lead1") as lead:
        pulled = [c["case_id"] for c in lease(lead, "escalations", size=20)["cases"]]
        assert case_id in pulled
        outcome = decision(case_id, "warn_streamer", policy_codes=["spam_scams"], note="<b>ok</b>")
        assert upload(lead, outcome)[0]["status"] == "accepted"


def test_the_watch_says_when_an_escalation_is_resolved(
    qtbot: QtBot, live_service: LiveService, session: Session
) -> None:
    earlier = _escalate(live_service, "Resolved before the desk started.")
    _resolve(live_service, earlier)
    watch = EscalationWatch(session)
    window = EscalationsWindow(watch)
    qtbot.addWidget(window)
    window.show()
    news: list[list[contract.MyEscalation]] = []
    watch.resolved.connect(news.append)
    with qtbot.waitSignal(watch.listed, timeout=WAIT_MS):
        watch.check()
    assert news == []  # resolved before the first read: history, not news
    case_id = _escalate(live_service, "Needs a lead.")
    with qtbot.waitSignal(watch.listed, timeout=WAIT_MS):
        watch.check()
    assert news == []
    assert cell_text(window.table, 0, 0) == case_id
    assert cell_text(window.table, 0, 4) == "waiting"
    _resolve(live_service, case_id)
    with qtbot.waitSignal(watch.resolved, timeout=WAIT_MS):
        watch.check()
    ((resolved,),) = news
    assert resolved.case_id == case_id
    message = resolved_message([resolved])
    assert case_id in message
    assert "warn streamer" in message
    assert "lead1" in message
    assert cell_text(window.table, 0, 4) == isolate("warn streamer")
    assert cell_text(window.table, 0, 6) == isolate("<b>ok</b>")  # the lead's note, as text
    assert "2 escalations" in window.count.text()
    # read again: nothing new to say
    with qtbot.waitSignal(watch.listed, timeout=WAIT_MS):
        watch.check()
    assert len(news) == 1
    watch.stop()


def test_the_key_is_free_on_the_case_screen() -> None:
    """Ctrl+Shift+E is no decision or area key of the seeded taxonomy."""
    from devkit.cases import taxonomy
    from ui.case.decision_keys import area_shortcuts, parse_chord

    tax = taxonomy()
    keys = {parse_chord(a.shortcut) for a in tax.actions} | {
        parse_chord(k) for k in area_shortcuts(tax).values()
    }
    assert parse_chord(ESCALATIONS_KEY) not in keys
    assert not QKeySequence(ESCALATIONS_KEY).isEmpty()
    assert Qt.Key.Key_E  # the letter of "escalate" with both modifiers
