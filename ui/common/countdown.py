"""A once-a-second timer that runs only while its widget is on screen with something to
count down: a deadline off screen costs no wake-ups, and one shown again is worded afresh.

Lives in ``ui.common`` (the case header and the queue page both count deadlines down);
imports only Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class Countdown(QTimer):
    """Calls ``tick`` every ``interval_ms`` while ``widget`` is visible and ``wanted()`` is
    true, and once more each time the widget is shown. Call ``refresh()`` after whatever
    ``wanted`` reads changes."""

    def __init__(
        self,
        widget: QWidget,
        tick: Callable[[], None],
        wanted: Callable[[], bool],
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._tick = tick
        self._wanted = wanted
        self.setInterval(interval_ms)
        self.timeout.connect(tick)
        widget.installEventFilter(self)

    def refresh(self) -> None:
        """Start or stop to match the widget's visibility and ``wanted()``."""
        want = self._widget.isVisible() and self._wanted()
        if want and not self.isActive():
            self.start()
        elif not want and self.isActive():
            self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() == QEvent.Type.Show:
                self._tick()
                self.refresh()
            elif event.type() == QEvent.Type.Hide:
                self.refresh()
        return False
