"""The page protocol of the Admin window: each page is a widget that refreshes itself."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ui.common import a11y


class AdminPage(QWidget):
    """One page of the Admin window: a title for its tab and a refresh from the service."""

    def title(self) -> str:
        """The tab's title (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the page's data from the service again (on a background operation)."""
        raise NotImplementedError


def button(parent: QWidget, name: str, text: str, description: str) -> QPushButton:
    """A page's push button with its object name, accessible name and description."""
    made = QPushButton(text, parent)
    made.setObjectName(name)
    return a11y.name(made, text, description)
