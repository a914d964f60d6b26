"""Actions on the chat: what the chat pane asks the desk to record, and the small picker
that asks for a policy area (and a timeout's length) from the keyboard.

A chat action is a decision of its own kind (``reviewer.contract``): it never closes the
case. Removing acts once per message; a timeout or a ban acts once per chatter, however many
of the selected messages they wrote (their one action covers all of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from ui.common import a11y
from ui.common.i18n import arg, mark_untranslated_items, translate
from ui.common.text import plain_label

REMOVE = "remove_message"
TIMEOUT = "timeout_chatter"
BAN = "ban_chatter"


@dataclass(frozen=True)
class ChatActionRequest:
    """What the moderator asked for: one chat action per target, all with one area."""

    action: str
    policy_code: str
    # ("message", message id) for a removal, ("chatter", user id) for a timeout or a ban
    targets: tuple[tuple[str, str], ...]
    duration_s: int | None = None


def targets_for(
    action: str, message_ids: Sequence[str], user_ids: Sequence[str]
) -> tuple[tuple[str, str], ...]:
    """The targets of ``action`` over selected messages (ids and authors in log order):
    every message for a removal, every distinct author (first appearance) otherwise."""
    kind = contract.CHAT_ACTION_TARGETS[action]
    ids = message_ids if kind == "message" else list(dict.fromkeys(user_ids))
    return tuple((kind, i) for i in ids)


def action_label(action: str) -> str:
    if action == REMOVE:
        return translate("ChatActionDialog", "Remove the message")
    if action == TIMEOUT:
        return translate("ChatActionDialog", "Time the chatter out")
    return translate("ChatActionDialog", "Ban the chatter from this streamer's chat")


def duration_label(seconds: int) -> str:
    if seconds == 600:
        return translate("ChatActionDialog", "10 minutes")
    if seconds == 3600:
        return translate("ChatActionDialog", "1 hour")
    return translate("ChatActionDialog", "24 hours")


class ChatActionDialog(QDialog):
    """Pick the policy area (and, for a timeout, its length) of a chat action; arrows move,
    typing jumps to an area, Return confirms, Escape cancels. The summary says how many
    messages and targets the action covers before anything is recorded."""

    def __init__(
        self,
        action: str,
        targets: int,
        messages: int,
        areas: Sequence[contract.PolicyArea],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatActionDialog")
        self.action = action
        self.setWindowTitle(action_label(action))
        self.setAccessibleName(action_label(action))
        if action == REMOVE:
            summary = translate("ChatActionDialog", "Remove %n message(s).", "", targets)
        elif action == TIMEOUT:
            summary = arg(
                translate("ChatActionDialog", "Time out %1 (%2)."),
                translate("ChatActionDialog", "%n chatter(s)", "", targets),
                translate("ChatActionDialog", "%n message(s) selected", "", messages),
            )
        else:
            summary = arg(
                translate("ChatActionDialog", "Ban %1 from this streamer's chat (%2)."),
                translate("ChatActionDialog", "%n chatter(s)", "", targets),
                translate("ChatActionDialog", "%n message(s) selected", "", messages),
            )
        self.summary = plain_label(summary, self, object_name="chatActionSummary")
        self.summary.setAccessibleName(translate("ChatActionDialog", "What will be recorded"))

        self.durations = QListWidget(self)
        self.durations.setObjectName("chatActionDurations")
        self.durations.setAccessibleName(translate("ChatActionDialog", "Timeout length"))
        for seconds in contract.TIMEOUT_SECONDS:
            item = QListWidgetItem(duration_label(seconds))
            item.setData(Qt.ItemDataRole.UserRole, seconds)
            self.durations.addItem(item)
        self.durations.setCurrentRow(0)
        self.durations.setVisible(action == TIMEOUT)

        self.areas = QListWidget(self)
        self.areas.setObjectName("chatActionAreas")
        a11y.describe(
            self.areas, translate("Accessibility", "The policy area the chat action cites")
        )
        self.areas.setAccessibleName(translate("ChatActionDialog", "Policy area"))
        mark_untranslated_items(self.areas)  # the taxonomy's own labels
        for area in areas:
            item = QListWidgetItem(area.label)
            item.setData(Qt.ItemDataRole.UserRole, area.code)
            self.areas.addItem(item)
        self.areas.setCurrentRow(0)
        self.areas.itemActivated.connect(lambda _item: self.accept())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        a11y.describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.durations)
        layout.addWidget(self.areas, 1)
        layout.addWidget(buttons)
        (self.durations if action == TIMEOUT else self.areas).setFocus()

    def choose(self, code: str, duration_s: int | None = None) -> bool:
        """Select an area (and a length) by code, as a test or a remembered choice would."""
        found = False
        for row in range(self.areas.count()):
            if self.areas.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.areas.setCurrentRow(row)
                found = True
        if duration_s is not None:
            for row in range(self.durations.count()):
                if self.durations.item(row).data(Qt.ItemDataRole.UserRole) == duration_s:
                    self.durations.setCurrentRow(row)
        return found

    def policy_code(self) -> str:
        item = self.areas.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def duration_s(self) -> int | None:
        if self.action != TIMEOUT:
            return None
        item = self.durations.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
