"""Urgent guideline announcements: a banner that must be acknowledged before deciding.

Announcements come with the policy taxonomy; the text is the service's, so it
is shown as plain text. One announcement shows at a time, oldest first; the
acknowledgement is recorded in the local store (durable, audited) and synced.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reviewer.contract import Announcement
from ui.common.i18n import arg, mark_untranslated
from ui.common.text import plain_label, set_plain


def needs_ack(announcement: Announcement) -> bool:
    return announcement.requires_ack and announcement.severity == "urgent"


class AnnouncementBanner(QFrame):
    """Shows pending urgent announcements; ``acknowledged(str)`` carries the id."""

    acknowledged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcementBanner")
        self.setAccessibleName(self.tr("Urgent guideline update"))
        self._pending: list[Announcement] = []
        self._done: set[str] = set()

        self.kicker = plain_label(self.tr("URGENT GUIDELINE UPDATE"), self)
        self.kicker.setProperty("role", "bannerKicker")
        self.title = plain_label("", self, selectable=True)
        self.title.setProperty("role", "bannerTitle")
        self.title.setWordWrap(True)
        mark_untranslated(self.title)  # the service's words
        self.body = plain_label("", self, selectable=True)
        self.body.setWordWrap(True)
        mark_untranslated(self.body)
        self.footer = plain_label("", self)
        self.footer.setProperty("role", "bannerFooter")
        self.ack_button = QPushButton(self.tr("I have read this"))
        self.ack_button.setProperty("primary", True)
        self.ack_button.setMinimumHeight(32)
        self.ack_button.setAccessibleName(self.tr("Acknowledge the guideline update"))
        self.ack_button.clicked.connect(self.acknowledge_current)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.kicker)
        text.addWidget(self.title)
        text.addWidget(self.body)
        text.addWidget(self.footer)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(16)
        row.addLayout(text, 1)
        row.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def set_announcements(
        self, announcements: Iterable[Announcement], already_acknowledged: Iterable[str] = ()
    ) -> None:
        """Replace the list (a new taxonomy); acknowledged ones never come back."""
        self._done.update(already_acknowledged)
        fresh = [
            a
            for a in announcements
            if needs_ack(a) and not a.acknowledged and a.id not in self._done
        ]
        self._pending = sorted(fresh, key=lambda a: a.published_at)
        self._refresh()

    def pending(self) -> bool:
        """True while an announcement waits for acknowledgement (decisions are refused)."""
        return bool(self._pending)

    def current(self) -> Announcement | None:
        return self._pending[0] if self._pending else None

    def acknowledge_current(self) -> None:
        if not self._pending:
            return
        item = self._pending.pop(0)
        self._done.add(item.id)
        self._refresh()
        self.acknowledged.emit(item.id)

    def _refresh(self) -> None:
        item = self.current()
        if item is None:
            self.setVisible(False)
            return
        set_plain(self.title, item.title)
        set_plain(self.body, item.body)
        more = len(self._pending) - 1
        footer = (
            self.tr(
                "Policy %1 · acknowledge before your next decision · %n more after this one",
                "",
                more,
            )
            if more > 0
            else self.tr("Policy %1 · acknowledge before your next decision")
        )
        set_plain(self.footer, arg(footer, item.policy_version))
        self.setVisible(True)
