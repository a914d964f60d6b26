"""The policy panel: actions with keys, and the taxonomy's rules enforced before recording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.policy_panel import PanelDecision, PolicyPanel


def make_panel(qtbot: QtBot) -> tuple[PolicyPanel, list[PanelDecision]]:
    panel = PolicyPanel()
    qtbot.addWidget(panel)
    panel.set_taxonomy(taxonomy())
    decisions: list[PanelDecision] = []
    panel.decisionRequested.connect(decisions.append)
    return panel, decisions


def test_each_action_shows_its_key(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    chips = [c.text() for c in panel.findChildren(QLabel, "keyChip")]
    buttons = [b.text() for b in panel.findChildren(QPushButton, "actionButton")]
    assert chips == ["N", "W", "M", "E", "S", "B", "A", "X"]
    assert buttons[0] == "No violation"
    assert "Retract" not in buttons
    for b in panel.findChildren(QPushButton, "actionButton"):
        assert b.focusPolicy() == Qt.FocusPolicy.NoFocus  # Space/Enter can never click one
        assert "(key " in b.accessibleName()
    assert panel.area.count() == 11  # "no area" + ten areas
    assert panel.area.itemText(3).startswith("3")
    assert "0–9" in panel.area_label.text()


def test_no_violation_needs_nothing(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    assert panel.request_action("no_violation")
    assert decisions == [PanelDecision("no_violation", (), "", "")]


def test_requires_policy_blocks_with_a_message(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    assert not panel.request_action("end_stream")
    assert decisions == []
    assert "End stream needs a policy area" in panel.message_text()
    assert panel.message.isVisibleTo(panel)
    assert panel.pending_action() == "end_stream"
    assert panel.select_area("violent_graphic")
    assert panel.request_action("end_stream")
    assert decisions == [PanelDecision("end_stream", ("violent_graphic",), "", "")]
    assert panel.message_text() == ""


def test_requires_note_then_enter_in_note_confirms(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.select_area("hateful_behavior")
    assert not panel.request_action("ban_account")
    assert "needs a note" in panel.message_text()
    qtbot.waitUntil(panel.note.hasFocus)  # the missing field is focused
    qtbot.keyClicks(panel.note, "repeat slurs after a warning")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert decisions == [
        PanelDecision("ban_account", ("hateful_behavior",), "repeat slurs after a warning", "")
    ]
    assert not panel.note.hasFocus()  # focus leaves the field so decision keys work again


def test_blank_note_does_not_count(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.note.setText("   ")
    assert not panel.request_action("escalate")
    assert decisions == []


def test_escalation_reason_only_travels_with_escalate(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.escalation.setCurrentIndex(panel.escalation.findData("credible_threat"))
    panel.note.setText("threat at 0:14")
    assert panel.request_action("escalate")
    panel.select_area("harassment_bullying")
    assert panel.request_action("warn_streamer")
    assert decisions[0].escalation_reason == "credible_threat"
    assert decisions[1].escalation_reason == ""


def test_reset_clears_fields(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    panel.select_area("spam_scams")
    panel.note.setText("x")
    panel.request_action("ban_account")
    panel.reset()
    assert panel.selected_area() == ""
    assert panel.note.text() == ""
    assert panel.message_text() == ""
    assert panel.pending_action() is None


def test_disabled_panel_records_nothing(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.set_decisions_enabled(False)
    assert not panel.request_action("no_violation")
    assert decisions == []
    assert not panel.request_action("retract")  # never a panel action


def test_keys_drive_the_panel(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    keys = DecisionKeyFilter(scope=panel)
    keys.set_taxonomy(taxonomy())
    panel.bind_keys(keys)
    panel.installEventFilter(keys)
    qtbot.keyClick(panel, Qt.Key.Key_S)
    assert decisions == []
    qtbot.keyClick(panel, Qt.Key.Key_6)
    assert panel.selected_area() == "dangerous_acts"
    qtbot.keyClick(panel, Qt.Key.Key_S)
    assert decisions == [PanelDecision("suspend_account", ("dangerous_acts",), "", "")]


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    for w in panel.findChildren(QWidget):
        if w.isVisibleTo(panel) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert w.accessibleName(), w.objectName()
    for label in panel.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_message_says_when_the_pending_action_is_ready(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    messages: list[str] = []
    panel.messageChanged.connect(messages.append)
    panel.request_action("mute_chat")
    panel.select_area("spam_scams")
    assert messages[-1] == "Ready: press M again."
    assert decisions == []
    assert panel.request_action("mute_chat")
    assert messages[-1] == ""


def test_reset_takes_focus_out_of_the_note(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.note.setFocus()
    qtbot.waitUntil(panel.note.hasFocus)
    panel.reset()
    assert not panel.note.hasFocus()


def test_a_new_taxonomy_keeps_what_was_typed(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.select_area("spam_scams")
    panel.note.setText("half a thought")
    tax = taxonomy()
    tax.version = "2026.12.0"
    panel.set_taxonomy(tax)
    assert panel.note.text() == "half a thought"
    assert panel.selected_area() == "spam_scams"
    assert "2026.12.0" in panel.version_label.text()
    tax.areas = [a for a in tax.areas if a.code != "spam_scams"]
    panel.set_taxonomy(tax)
    assert panel.selected_area() == ""  # the area is gone: nothing is silently substituted
    assert decisions == []


def test_picking_the_area_moves_on_to_the_missing_note(qtbot: QtBot) -> None:
    panel, decisions = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    assert not panel.request_action("ban_account")
    qtbot.waitUntil(panel.area.hasFocus)
    panel.select_area("hateful_behavior")
    assert panel.message_text() == "Ban account needs a note."
    qtbot.waitUntil(panel.note.hasFocus)
    qtbot.keyClicks(panel.note, "slurs")
    assert panel.message_text() == "Ready: press Enter in the note or press B again."
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert decisions == [PanelDecision("ban_account", ("hateful_behavior",), "slurs", "")]


def test_area_descriptions_from_the_service_are_literal_tooltips(qtbot: QtBot) -> None:
    tax = taxonomy()
    hostile = '<img src="file:///etc/hostname"><b>x</b>'
    first = tax.areas[0].model_copy(update={"description": hostile})
    tax = tax.model_copy(update={"areas": [first, *tax.areas[1:]]})
    panel = PolicyPanel()
    qtbot.addWidget(panel)
    panel.set_taxonomy(tax)
    tip = panel.area.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert '&lt;img src="file:///etc/hostname"&gt;&lt;b&gt;x&lt;/b&gt;' in tip


def test_actions_hidden_in_the_cases_queue_leave_the_panel_and_their_keys(
    qtbot: QtBot,
) -> None:
    panel, decisions = make_panel(qtbot)
    panel.show()
    keys = DecisionKeyFilter(scope=panel)
    keys.set_taxonomy(taxonomy())
    panel.bind_keys(keys)
    panel.installEventFilter(keys)

    def shown() -> list[str]:
        return [
            str(b.property("actionCode"))
            for b in panel.findChildren(QPushButton, "actionButton")
            if b.isVisibleTo(panel)
        ]

    panel.set_queue_hidden({"no_violation", "age_restrict"})
    assert "no_violation" not in shown()
    assert "age_restrict" not in shown()
    assert "warn_streamer" in shown()
    assert not panel.request_action("no_violation")
    qtbot.keyClick(panel, Qt.Key.Key_N)
    assert decisions == []
    panel.set_taxonomy(taxonomy())  # a new version keeps the queue's rule
    assert "no_violation" not in shown()
    panel.set_queue_hidden(())  # the next case's queue hides nothing
    assert "no_violation" in shown()
    qtbot.keyClick(panel, Qt.Key.Key_N)
    assert decisions == [PanelDecision("no_violation", (), "", "")]
