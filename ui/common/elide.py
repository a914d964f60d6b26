"""One line of text that gives way: it ends in "…" where its room ends and then carries
its whole text in its tool tip.

At 200 % text (the text-size setting) or in a longer language a line may not fit beside
its neighbours; cutting it silently hides words, and a line that refuses to shrink pushes
the window wider than the screen. An elided line keeps the layout and says that there is
more. ``text()`` stays whole: Copy copies all of it and screen readers read all of it; only
the painting is elided.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.common.text import add_copy_action, plain_tooltip

#: how narrow an elided line may get, in line heights (about four or five characters)
MIN_LINE_HEIGHTS = 4


class ElidedLabel(QLabel):
    """A plain-text, one-line label that elides instead of being cut (module docstring).

    ``note`` is a tool tip of the caller's own (a detail, a hint): shown alone while the
    text fits, under the whole text while it is elided. ``copyable`` offers Copy on
    right-click (texts that change with every case).
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        object_name: str = "",
        copyable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._note = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # gives way to its neighbours down to its minimum (a Preferred label would hold them)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if object_name:
            self.setObjectName(object_name)
        if copyable:
            add_copy_action(self)
        self.setText(text)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        self._sync_tip()

    def set_note(self, note: str) -> None:
        """The caller's own tool tip (plain text; "" for none)."""
        self._note = note
        self._sync_tip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().height() * MIN_LINE_HEIGHTS), hint.height()
        )

    def is_elided(self) -> bool:
        """True when the text is wider than the room it has (the painting ends in "…")."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_tip()

    def _sync_tip(self) -> None:
        text = self.text()
        if text and self.is_elided():
            tip = plain_tooltip(f"{text}\n\n{self._note}" if self._note else text)
        else:
            tip = plain_tooltip(self._note) if self._note else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
