"""The chat pane's actions: keys on a message or a selection open the area picker, and the
confirmed picker asks the desk for one chat action per message (removal) or per chatter
(timeout, ban); the raid helper selects a seeded raid, says how many, and one key acts on
all of it after the confirmation; the account-age column and the actioned mark."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from reviewer import contract
from reviewer.chat import ChatColumns, ChatLog, normalise_text
from server.synth.chat import generate_chat
from ui.case.chat_actions import BAN, REMOVE, TIMEOUT, ChatActionDialog, ChatActionRequest
from ui.case.chat_model import COL_AGE, COL_TEXT
from ui.case.chat_pane import ChatView

STARTED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
START_MS = int(STARTED.timestamp() * 1000)
DAY = 86_400_000
AREAS = [
    contract.PolicyArea(code="harassment_bullying", label="Harassment"),
    contract.PolicyArea(code="spam_scams", label="Spam and scams"),
]


def _log(texts: list[str], users: list[str], created: list[int]) -> ChatLog:
    n = len(texts)
    log = ChatLog("c1")
    log.append_page(
        ChatColumns(
            case_id="c1",
            total=n,
            start=0,
            ids=[f"c1:{i}" for i in range(n)],
            offset_ms=[i * 1000 for i in range(n)],
            user_ids=users,
            usernames=[f"name-{u}" for u in users],
            texts=texts,
            flagged=[False] * n,
            next_cursor=None,
            account_created_ms=created,
        )
    )
    return log


def _pane(qtbot: QtBot, log: ChatLog, *, actions: bool = True) -> ChatView:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    if actions:
        view.set_chat_actions(AREAS)
    view.set_stream_start(STARTED)
    view.set_chat_log(log)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


def _select(view: ChatView, rows: list[int]) -> None:
    sel = view.table.selectionModel()
    sel.clearSelection()
    for row in rows:
        sel.select(
            view.model.index(row, COL_TEXT),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    sel.setCurrentIndex(
        view.model.index(rows[-1], COL_TEXT), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _key(
    qtbot: QtBot,
    view: ChatView,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key on the chat table once its window has the focus back (after a picker)."""
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, key, modifier)


def _confirm(
    qtbot: QtBot, view: ChatView, code: str, duration_s: int | None = None
) -> ChatActionRequest:
    qtbot.waitUntil(lambda: view.action_dialog is not None and view.action_dialog.isVisible())
    dialog = view.action_dialog
    assert isinstance(dialog, ChatActionDialog)
    assert dialog.choose(code, duration_s)
    dialog.activateWindow()
    dialog.areas.setFocus()
    qtbot.waitUntil(dialog.areas.hasFocus)  # the keys go to the picker, not to the chat
    with qtbot.waitSignal(view.chatActionRequested) as signal:
        qtbot.keyClick(dialog.areas, Qt.Key.Key_Return)
    request = signal.args[0]
    assert isinstance(request, ChatActionRequest)
    qtbot.waitUntil(lambda: view.action_dialog is None)
    return request


def test_keys_on_a_message_and_a_selection_ask_for_an_area_then_request(qtbot: QtBot) -> None:
    log = _log(["hi", "spam", "spam again", "bye"], ["a", "b", "b", "c"], [START_MS - DAY] * 4)
    view = _pane(qtbot, log)
    _select(view, [1])
    _key(qtbot, view, Qt.Key.Key_Delete)
    request = _confirm(qtbot, view, "spam_scams")
    assert request == ChatActionRequest(REMOVE, "spam_scams", (("message", "c1:1"),), None)

    # a selection of three messages by two chatters: one timeout per chatter
    _select(view, [0, 1, 2])
    _key(qtbot, view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.action_dialog is not None)
    assert view.action_dialog is not None
    assert view.action_dialog.durations.isVisible()
    assert "2 chatters" in view.action_dialog.summary.text()
    request = _confirm(qtbot, view, "harassment_bullying", 3600)
    assert request.targets == (("chatter", "a"), ("chatter", "b"))
    assert (request.action, request.duration_s) == (TIMEOUT, 3600)

    _select(view, [3])
    _key(qtbot, view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    request = _confirm(qtbot, view, "harassment_bullying")
    assert (request.action, request.targets, request.duration_s) == (BAN, (("chatter", "c"),), None)

    # Escape in the picker records nothing
    _key(qtbot, view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.action_dialog is not None and view.action_dialog.isVisible())
    assert view.action_dialog is not None
    view.action_dialog.activateWindow()
    qtbot.waitUntil(view.action_dialog.areas.hasFocus)
    with qtbot.assertNotEmitted(view.chatActionRequested):
        qtbot.keyClick(view.action_dialog.areas, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: view.action_dialog is None)


def test_a_pane_without_chat_actions_opens_no_picker(qtbot: QtBot) -> None:
    view = _pane(qtbot, _log(["hi"], ["a"], [START_MS - DAY]), actions=False)
    _select(view, [0])
    _key(qtbot, view, Qt.Key.Key_Delete)
    assert view.action_dialog is None
    assert not view.request_action(REMOVE)


def test_the_age_column_and_the_actioned_mark(qtbot: QtBot) -> None:
    created = [START_MS - 3 * DAY, START_MS - 2 * 3_600_000, -1, START_MS - 800 * DAY]
    view = _pane(qtbot, _log(["a", "b", "c", "d"], ["u1", "u2", "u3", "u4"], created))
    ages = [view.model.data(view.model.index(r, COL_AGE)) for r in range(4)]
    assert ages == ["3d", "2h", "", "2y"]
    header = view.table.horizontalHeader()
    assert header.visualIndex(COL_AGE) < header.visualIndex(COL_TEXT)  # before the message
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert "actioned" not in view.model.data(view.model.index(1, COL_TEXT), accessible)
    view.set_actioned(frozenset({"c1:0"}), frozenset({"u2"}))
    marked = [
        "actioned" in view.model.data(view.model.index(r, COL_TEXT), accessible) for r in range(4)
    ]
    assert marked == [True, True, False, False]
    view.table.grab()  # the struck-through rows paint


def test_the_raid_helper_selects_the_seeded_raid_and_one_key_acts_on_all(qtbot: QtBot) -> None:
    chat = generate_chat(random.Random(5), 2000, 3_600_000, "en", raid=True)
    log = _log(chat.texts, chat.user_ids, [START_MS - age for age in chat.account_age_ms])
    log.offset_ms = log.offset_ms.__class__("q", chat.offset_ms)
    view = _pane(qtbot, log)
    raiders = {i for i, uid in enumerate(chat.user_ids) if uid.startswith("r")}
    _key(
        qtbot,
        view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    shown = view.model.rowCount()
    assert 10 <= shown == len(raiders) - 1  # every spelling but the Cyrillic look-alike
    picked = view.selected_log_indices()
    assert len(picked) == shown
    assert set(picked) < raiders
    assert len({normalise_text(chat.texts[i]) for i in picked}) == 1
    assert len({chat.texts[i] for i in picked}) == 4  # zero-width, fullwidth, bidi, plain
    assert view.raid_label.isVisible()
    assert f"{shown} messages" in view.raid_label.text()
    # one key, the confirmation (it says how many), then one chat action per chatter
    _key(qtbot, view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.action_dialog is not None)
    assert view.action_dialog is not None
    assert f"{shown} chatters" in view.action_dialog.summary.text()
    request = _confirm(qtbot, view, "harassment_bullying")
    assert request.action == BAN
    assert {t[1] for t in request.targets} == {chat.user_ids[i] for i in picked}
    # Escape gives the whole chat back
    _key(qtbot, view, Qt.Key.Key_Escape)
    assert view.model.rowCount() == len(chat.texts)


def test_the_raid_helper_says_when_there_is_no_raid(qtbot: QtBot) -> None:
    view = _pane(qtbot, _log(["same"] * 3, ["a", "b", "c"], [START_MS - 400 * DAY] * 3))
    _key(
        qtbot,
        view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.model.rowCount() == 3
    assert not view.model.is_filtered()
    assert "no raid" in view.raid_label.text()
