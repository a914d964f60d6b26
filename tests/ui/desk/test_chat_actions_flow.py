"""Chat actions on the desk against the real service: from the chat pane, recorded offline
first, the case staying on screen and decidable, Ctrl+Z undoing the last group within the
grace window, the rows marked from the store, and the service holding each action once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from tests.ui.desk.test_review_flow import Desk, fast_sync
from ui.case.chat_actions import BAN, REMOVE
from ui.case.chat_model import COL_TEXT
from ui.case.chat_pane import ChatView

AREA = "harassment_bullying"


@pytest.fixture
def desk(qtbot: QtBot, live_service: LiveService) -> Iterator[Desk]:
    d = Desk(qtbot, live_service, fast_sync())
    yield d
    d.close()


def _act(qtbot: QtBot, chat: ChatView, rows: list[int], action: str) -> None:
    """Select ``rows`` and confirm ``action`` with the area in the picker."""
    selection = chat.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            chat.model.index(row, COL_TEXT),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert chat.request_action(action)
    dialog = chat.action_dialog
    assert dialog is not None
    assert dialog.choose(AREA)
    with qtbot.waitSignal(chat.chatActionRequested):
        dialog.accept()


def test_chat_actions_keep_the_case_undo_and_reach_the_service(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    case_id = desk.wait_for_case()
    chat = desk.window.case_view.chat
    desk.qtbot.waitUntil(lambda: chat.model.rowCount() > 3, timeout=30_000)
    log = chat.chat_log()
    assert log is not None
    store = desk.window.store

    _act(desk.qtbot, chat, [0, 1], REMOVE)
    assert [a.target_id for a in store.chat_actions(case_id)] == [log.ids[0], log.ids[1]]
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == case_id  # the case stays on screen
    assert chat.model.is_actioned(0)
    assert chat.model.is_actioned(1)
    assert "recorded" in desk.window.status.message.text()

    # Ctrl+Z within the grace window takes both removals back; the case does not move
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert store.chat_actions(case_id) == []
    assert not chat.model.is_actioned(0)
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == case_id

    _act(desk.qtbot, chat, [2], BAN)
    assert chat.model.is_actioned(2)
    # ... and the case is still decided by its key
    assert desk.decide(Qt.Key.Key_N) == case_id
    desk.wait_synced()
    with desk.service.client(desk.username) as client:
        page = client.get("/v1/decisions", params={"case_id": case_id, "limit": 50}).json()
        chat_only = client.get(
            "/v1/decisions", params={"case_id": case_id, "kind": "chat_action"}
        ).json()
    actions = sorted((d["kind"], d["action"]) for d in page["items"])
    assert actions == [
        ("case", "no_violation"),
        ("chat_action", "ban_chatter"),
        ("chat_action", "remove_message"),
        ("chat_action", "remove_message"),
        ("chat_action", "retract"),
        ("chat_action", "retract"),
    ]
    assert len(chat_only["items"]) == 5
    ids = [d["decision_id"] for d in page["items"]]
    assert len(ids) == len(set(ids))  # each once
    assert store.verify_chain().ok


def test_a_case_built_ahead_takes_the_keys_undo_and_chat_actions(desk: Desk) -> None:
    """The controller builds the next case in the case view's hidden body while this one is
    read; the key swaps it in. The key guard, the chat actions and Ctrl+Z then work on the
    body now on screen, and undo brings the case before back (set on screen, not swapped)."""
    desk.acknowledge_all()
    desk.start()
    first = desk.wait_for_case()
    view = desk.window.case_view
    controller = desk.controller

    def next_built() -> bool:
        upcoming = controller.upcoming()
        return bool(upcoming) and controller.prepared_for(upcoming[0])

    desk.qtbot.waitUntil(next_built, timeout=30_000)
    second = controller.upcoming()[0]
    before = view.chat
    desk.press(Qt.Key.Key_N)
    assert controller.current is not None
    assert controller.current.case_id == second
    assert view.case_id() == second
    chat = view.chat
    assert chat is not before  # the other body: swapped in
    desk.press(Qt.Key.Key_N, after=0.05)  # inside the key guard: nothing decided
    assert controller.current.case_id == second

    desk.qtbot.waitUntil(lambda: chat.model.rowCount() > 1, timeout=30_000)
    store = desk.window.store
    _act(desk.qtbot, chat, [0], REMOVE)
    assert len(store.chat_actions(second)) == 1
    assert chat.model.is_actioned(0)
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert store.chat_actions(second) == []
    assert not chat.model.is_actioned(0)
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert controller.current is not None
    assert controller.current.case_id == first
    assert view.case_id() == first
    assert view.chat is chat  # the case came back into the body on screen
