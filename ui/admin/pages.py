"""The page protocol of the Admin window: each page is a widget that refreshes itself."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class AdminPage(QWidget):
    """One page of the Admin window: a title for its tab and a refresh from the service."""

    def title(self) -> str:
        """The tab's title (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the page's data from the service again (on a background operation)."""
        raise NotImplementedError
