"""The first frame of a swapped-in case, from a picture (issue #17, one frame per decision).

A case body shown for the first time paints every part from scratch (chat rows, texts,
the style sheet's frames): tens of milliseconds, the whole cost of a swap. So the case view
renders the hidden body into a picture while the moderator reads (the body's own paint
code, its veils as it paints them), and on the key shows that picture in this cover, above
the new body: Qt paints no widget that an opaque sibling hides, so the frame is one copy
of a pixmap. The live widgets replace the cover right after the frame: at the next turn of
the event loop, or before any input the moderator gives (a key, a click, a wheel, a move
of the mouse), which then reaches the live widgets as it would have.

The cover is a ``QFocusFrame``: the kind of widget Qt itself leaves out of the
accessibility tree (an implementation detail of a view, not content), that never takes
focus and lets the mouse through to the widgets under it. Imports Qt, and ``phases`` (the
bench's timing of its paint).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from ui.case import phases

#: the events that drop the cover before they are delivered: whatever a person does
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ContextMenu,
        QEvent.Type.InputMethod,
    }
)


class Cover(QFocusFrame):
    """A picture shown above the live widgets for one frame. See the module docstring.

    Signals: ``dropped()`` when the live widgets show again.
    """

    dropped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("caseCover")
        # opaque: the widgets under it are not painted while it is up
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._picture: QPixmap | None = None
        self._filtering: QObject | None = None  # where the input is watched
        # after the frame: the live widgets at the next turn of the event loop
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.drop)
        self.hide()

    def show_picture(self, picture: QPixmap, rect: QRect) -> None:
        """Show ``picture`` over ``rect`` (the new body's geometry) until :meth:`drop`."""
        self._picture = picture
        self.setGeometry(rect)
        self.raise_()
        self.show()
        if self._filtering is None:
            # the window's input arrives at its QWindow first (a filter there sees a few
            # events, not every event of the application); the application's without one
            target: QObject | None = self.window().windowHandle() or QApplication.instance()
            if target is not None:
                target.installEventFilter(self)
                self._filtering = target
        self._later.start()

    def covering(self) -> bool:
        """True while the picture stands in for the live widgets."""
        return self._picture is not None

    def drop(self) -> bool:
        """The live widgets show again (Qt paints them at its next paint); the picture is
        let go. True when a picture was up."""
        self._later.stop()
        if self._filtering is not None:
            self._filtering.removeEventFilter(self)
            self._filtering = None
        if self._picture is None:
            return False
        self._picture = None
        self.hide()
        self.dropped.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input goes to the live widgets: the cover drops first, the event goes on."""
        if event.type() in INPUT_EVENTS:
            self.drop()
        return False

    @phases.timed("paint: the picture")
    def paintEvent(self, event: QPaintEvent) -> None:
        picture = self._picture
        if picture is None:
            return
        p = QPainter(self)
        try:
            p.drawPixmap(0, 0, picture)
        finally:
            p.end()
