"""The tool windows beside the main window (calibration, team audit), held by key.

One of each: opening again raises the open one; the main window closes them all when it
closes (sign-out ends with that close too). Nothing is attached to the main window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class ToolWindows(QObject):
    """Open-or-raise, find, close and close-all for the feature windows, by key.

    A window counts as open from the moment it is kept until it is closed (a close event
    reaches it) or deleted; the tool windows accept every close.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: dict[str, QWidget] = {}

    def open(self, key: str, kind: type[W], build: Callable[[], W]) -> W:
        """The open window of ``key`` brought to the front, else ``build()`` (which shows
        it), kept under ``key``."""
        existing = self.find(key, kind)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        window = build()
        self._windows[key] = window
        window.installEventFilter(self)
        window.destroyed.connect(lambda *_: self._forget(key, window))
        return window

    def find(self, key: str, kind: type[W]) -> W | None:
        window = self._windows.get(key)
        return window if isinstance(window, kind) else None

    def close(self, key: str) -> None:
        window = self._windows.pop(key, None)
        if window is not None:
            with contextlib.suppress(RuntimeError):  # already deleted with its parent
                window.close()

    def close_all(self) -> None:
        for key in list(self._windows):
            self.close(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            for key, window in list(self._windows.items()):
                if window is watched:
                    self._forget(key, window)
        return False

    def _forget(self, key: str, window: QWidget) -> None:
        if self._windows.get(key) is window:
            del self._windows[key]
