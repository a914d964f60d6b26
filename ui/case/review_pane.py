"""The review pane: the case on the left, the policy panel on the right, a top row above.

The moderator's desk (with the announcement banner on top) and QA calibration (with the
session's progress and Submit on top) show a case the same way; this is that one way, so
that a calibration item looks exactly like a case in the queue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

from ui.case.policy_panel import PolicyPanel
from ui.case.screen import CaseView

PANEL_MIN_WIDTH = 300
PANEL_MAX_WIDTH = 420


class ReviewPane(QWidget):
    """A :class:`CaseView` and a :class:`PolicyPanel` side by side in a splitter.

    ``object_name`` names the page; ``splitter_name`` names the splitter (a named splitter
    keeps its position across starts, see ``ui.wellbeing``); ``spacing`` overrides the
    style's spacing between the top row and the splitter. :meth:`set_top` puts the row
    above (a widget or a layout).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        object_name: str,
        splitter_name: str = "",
        spacing: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_view = CaseView(self)
        self.panel = PolicyPanel(self)
        self.panel.setMinimumWidth(PANEL_MIN_WIDTH)
        # wider with larger text (the text-size setting): the action buttons keep their words
        self.panel.setMaximumWidth(max(PANEL_MAX_WIDTH, self.fontMetrics().averageCharWidth() * 48))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        if splitter_name:
            self.splitter.setObjectName(splitter_name)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.setObjectName(object_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 6)
        if spacing is not None:
            self._layout.setSpacing(spacing)
        self._layout.addWidget(self.splitter, 1)

    def set_top(self, top: QWidget | QLayout) -> None:
        """Put ``top`` above the case and the panel."""
        if isinstance(top, QLayout):
            self._layout.insertLayout(0, top)
        else:
            self._layout.insertWidget(0, top)

    def add_row(self, row: QWidget) -> None:
        """Put a full-width row just above the case and the panel (under the top row)."""
        self._layout.insertWidget(self._layout.indexOf(self.splitter), row)
