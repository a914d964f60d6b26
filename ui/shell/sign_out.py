"""The sign-out page and its texts: what the window says while sign-out finishes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.common.i18n import translate
from ui.common.text import plain_label, set_plain


def signing_out_text(pending: int) -> str:
    """What the window says while sign-out finishes in the background."""
    if pending <= 0:
        return translate("SigningOutPage", "Signing out: releasing cases…")
    return translate(
        "SigningOutPage", "Signing out: sending %n decision(s), releasing cases…", "", pending
    )


def left_behind_text(pending: int, *, gave_up: bool) -> str:
    """The sign-in dialog's note about decisions that did not reach the service ("" when
    every one went out)."""
    if pending <= 0:
        return ""
    if gave_up:
        return translate(
            "SigningOutPage",
            "The case service did not answer in time: %n decision(s) will stay on this "
            "machine and go to the service after your next sign-in.",
            "",
            pending,
        )
    return translate(
        "SigningOutPage",
        "%n decision(s) will stay on this machine and go to the service after your next sign-in.",
        "",
        pending,
    )


class SigningOutPage(QWidget):
    """Shown the moment sign-out starts, instead of the case: a calm note, nothing else.
    ``said(str)`` carries each new note (the steps of the sign-out, in order)."""

    said = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingOutPage")
        self.title = plain_label("", self)
        self.title.setObjectName("signingOutTitle")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.detail = plain_label(
            translate(
                "SigningOutPage",
                "Unfinished cases go back to the queue and cached case content is removed "
                "from this machine. You can close the window: sign-out finishes first.",
            ),
            self,
        )
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        card = QFrame(self)
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.detail)
        card.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)

    def say(self, title: str) -> None:
        if title == self.title.text():
            return
        set_plain(self.title, title)
        self.title.setAccessibleName(title)
        self.said.emit(title)
