"""The "this version is too old" page: the service answered 426, so the window stops
showing cases and says, calmly, which version is installed, which one the service needs
and whom to ask.

Sync has stopped trying by then; every decision not yet sent stays in this machine's
store (nothing is purged), and a newer desk opening the same store sends them. Sign-out
stays possible.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import reviewer
from ui.common import a11y
from ui.common.i18n import arg, translate
from ui.common.text import plain_label, set_plain
from ui.shell.about import it_contact_text


def required_text(required: str) -> str:
    """The installed version and the one the service needs (when it said)."""
    if required:
        return arg(
            translate("TooOldPage", "Installed version: %1. The case service needs %2 or newer."),
            reviewer.__version__,
            required,
        )
    return arg(
        translate("TooOldPage", "Installed version: %1. The case service needs a newer one."),
        reviewer.__version__,
    )


def kept_text(pending: int) -> str:
    """What happens to the decisions not sent yet."""
    if pending <= 0:
        return translate("TooOldPage", "Every decision you made has reached the service.")
    return translate(
        "TooOldPage",
        "%n decision(s) not sent yet are kept on this computer; the newer version sends "
        "them when you sign in with it.",
        "",
        pending,
    )


class TooOldPage(QWidget):
    """See the module docstring; ``signOutRequested`` comes from its Sign out button."""

    signOutRequested = Signal()

    def __init__(self, it_contact: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tooOldPage")
        self.setAccessibleName(translate("TooOldPage", "This version is too old"))
        self.title = plain_label(
            translate("TooOldPage", "This version of Live Review Desk is too old"),
            self,
            object_name="tooOldTitle",
        )
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.versions = plain_label("", self, object_name="tooOldVersions")
        self.versions.setWordWrap(True)
        self.kept = plain_label("", self, object_name="tooOldKept")
        self.kept.setWordWrap(True)
        self.contact = plain_label(
            arg(
                translate("TooOldPage", "Ask your IT department to install the newer version. %1"),
                it_contact_text(it_contact),
            ),
            self,
            object_name="tooOldContact",
            selectable=True,
        )
        self.contact.setWordWrap(True)
        self.contact.setProperty("role", "muted")
        self.sign_out = QPushButton(translate("TooOldPage", "Sign out"), self)
        self.sign_out.setObjectName("tooOldSignOut")
        a11y.describe(
            self.sign_out,
            translate("Accessibility", "Signs out of the desk"),
        )
        self.sign_out.setAccessibleName(translate("TooOldPage", "Sign out"))
        self.sign_out.clicked.connect(self.signOutRequested)
        card = QFrame(self)
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        for widget in (self.title, self.versions, self.kept, self.contact):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_out)
        inner.addLayout(row)
        card.setMaximumWidth(720)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row_of_card = QHBoxLayout()
        row_of_card.addStretch(1)
        row_of_card.addWidget(card, 4)
        row_of_card.addStretch(1)
        outer = QVBoxLayout(self)  # the card sits in the middle, as tall as its words
        outer.addStretch(1)
        outer.addLayout(row_of_card)
        outer.addStretch(2)
        self.show_state("", 0)

    def show_state(self, required: str, pending: int) -> None:
        """The required version (from the 426 answer) and the decisions kept."""
        set_plain(self.versions, required_text(required))
        self.versions.setAccessibleName(self.versions.text())
        set_plain(self.kept, kept_text(pending))
        self.kept.setAccessibleName(self.kept.text())
