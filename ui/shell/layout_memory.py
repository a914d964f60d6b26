"""The window's geometry and splitter positions, remembered between starts (window.ini)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


class LayoutMemory(QObject):
    """Restores ``window``'s layout now and saves it when the window closes. Splitters
    are remembered by object name (unnamed ones are left alone)."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        window.installEventFilter(self)
        self.restore()

    def _store(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.window.findChildren(QSplitter) if s.objectName()]

    def save(self) -> None:
        """Geometry and splitter positions, for the next start (called on close)."""
        store = self._store()
        store.setValue("geometry", self.window.saveGeometry())
        for splitter in self._splitters():
            store.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
        store.sync()

    def restore(self) -> None:
        store = self._store()
        geometry = store.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        for splitter in self._splitters():
            state = store.value(f"splitter/{splitter.objectName()}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:
            self.save()
        return False
