"""The high-profile confirmation on the real desk and service: every streamer is labelled
high profile by a lead; a severe action then waits for a fresh Enter after the key guard
(the action's key held, or an Enter too early, never confirms; Escape cancels and nothing
is recorded), and the service keeps the confirmation with the decision."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devkit.db import open_service_db
from devkit.live_service import LiveService
from server.models.core import Case, Decision
from tests.ui.desk.test_review_flow import WAIT_MS, Desk, fast_sync


def _label_everyone_high_profile(service: LiveService) -> None:
    with open_service_db(service.database) as db:
        streamers = [json.loads(s)["account_id"] for (s,) in db.select(select(Case.streamer_json))]
    with service.client("admin1") as admin:
        for account in sorted(set(streamers)):
            asked = admin.post(
                "/v1/labels",
                json={"account_id": account, "kind": "high_profile", "reason": "Big channel."},
            )
            assert asked.status_code == 201, asked.text
            decided = admin.post(
                f"/v1/labels/{asked.json()['label_id']}/decision", json={"approve": True}
            )
            assert decided.status_code == 200, decided.text


def _key(widget: QWidget, key: Qt.Key, text: str = "", *, repeat: bool = False) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text, repeat)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def desk(qtbot: QtBot, live_service: LiveService) -> Iterator[Desk]:
    _label_everyone_high_profile(live_service)
    d = Desk(qtbot, live_service, fast_sync())
    yield d
    d.close()


def test_a_severe_action_waits_for_enter(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    first = desk.wait_for_case()
    assert desk.window.case_view.header.labels.texts() == ["High profile"]
    desk.press(Qt.Key.Key_3)  # a policy area
    # suspend (not end stream: by the time a long session gets here the simulation may have
    # ended the stream, and the desk refuses ending an ended stream before it asks)
    desk.press(Qt.Key.Key_S)  # suspend: asks first
    dialog = desk.controller.confirm_dialog
    assert dialog is not None
    desk.qtbot.waitExposed(dialog)
    # the action's key held, and Enter at once: nothing
    for _ in range(5):
        _key(dialog, Qt.Key.Key_S, "s", repeat=True)
    _key(dialog, Qt.Key.Key_Return, "\r")
    _key(dialog, Qt.Key.Key_Return, "\r", repeat=True)
    assert dialog.isVisible()
    assert desk.window.store.recent_decisions() == []
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == first
    desk.clock.advance(0.25)
    _key(dialog, Qt.Key.Key_Return, "\r")
    desk.qtbot.waitUntil(lambda: desk.controller.confirm_dialog is None)
    (recorded,) = desk.window.store.recent_decisions()
    assert recorded.case_id == first
    assert recorded.action == "suspend_account"
    desk.wait_synced()
    with open_service_db(desk.service.database) as db:
        rows = db.select(
            select(Decision.action, Decision.confirmed_high_profile).where(
                Decision.case_id == first
            )
        )
    assert [(a, bool(c)) for a, c in rows] == [("suspend_account", True)]


def test_escape_cancels_and_a_mild_action_does_not_ask(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    first = desk.wait_for_case()
    desk.press(Qt.Key.Key_3)
    desk.press(Qt.Key.Key_S)  # suspend: asks first
    dialog = desk.controller.confirm_dialog
    assert dialog is not None
    desk.qtbot.waitExposed(dialog)
    desk.clock.advance(1.0)
    _key(dialog, Qt.Key.Key_Escape)
    desk.qtbot.waitUntil(lambda: desk.controller.confirm_dialog is None, timeout=WAIT_MS)
    assert desk.window.store.recent_decisions() == []
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == first
    desk.press(Qt.Key.Key_N)  # no violation: never asks
    assert desk.controller.confirm_dialog is None
    assert [d.case_id for d in desk.window.store.recent_decisions()] == [first]
