"""The page scaffold: a title, a line that says what the page is for, the page's own
widgets, and a status line with the page's buttons.

Two looks: a *sheet* fills its window with generous margins (calibration sessions, QA
results, disputes); a *card* is a raised frame inside a thin margin (the team lead's
pages). Labels are created where a page creates its widgets and the layout is built
last, so that the focus order stays the order in which the page made its widgets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from ui.common.text import plain_label

#: a widget or layout; with a stretch factor as ``(item, stretch)``
Item = QWidget | QLayout | tuple[QWidget | QLayout, int]

SHEET_MARGINS = (28, 24, 28, 24)
CARD_MARGINS = (16, 14, 16, 14)
#: room around a card page's card
CARD_PAGE_MARGIN = 12


def title(text: str, parent: QWidget, object_name: str = "pageTitle") -> QLabel:
    """The page's heading (plain text, the theme's title style)."""
    label = plain_label(text, parent, object_name=object_name)
    label.setProperty("role", "title")
    return label


def subtitle(text: str, parent: QWidget) -> QLabel:
    """What the page is for, in a sentence or two under the title."""
    label = plain_label(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "subtitle")
    return label


def muted(parent: QWidget, object_name: str = "", *, wrap: bool = True) -> QLabel:
    """An empty status line in the muted style (set it with ``set_plain``)."""
    label = plain_label("", parent, object_name=object_name)
    label.setWordWrap(wrap)
    label.setProperty("role", "muted")
    return label


def add_items(layout: QBoxLayout, items: Sequence[Item]) -> QBoxLayout:
    """Add widgets and layouts in order; ``(item, n)`` gives one a stretch factor."""
    for entry in items:
        item, factor = entry if isinstance(entry, tuple) else (entry, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, factor)
        else:
            layout.addWidget(item, factor)
    return layout


def status_row(status: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """The status line takes the width; the buttons follow it at the right."""
    row = QHBoxLayout()
    row.addWidget(status, 1)
    for button in buttons:
        row.addWidget(button)
    return row


def sheet(page: QWidget, items: Sequence[Item]) -> QVBoxLayout:
    """Lay ``items`` out as a sheet filling ``page``."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*SHEET_MARGINS)
    layout.setSpacing(12)
    add_items(layout, items)
    return layout


def card(parent: QWidget, items: Sequence[Item], *, spacing: int | None = 10) -> QFrame:
    """A raised frame holding ``items`` (``spacing=None`` keeps the style's spacing)."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(*CARD_MARGINS)
    if spacing is not None:
        inner.setSpacing(spacing)
    add_items(inner, items)
    return frame


def framed(page: QWidget, content: QWidget) -> QVBoxLayout:
    """``content`` fills ``page`` inside the card page's margin."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(*(CARD_PAGE_MARGIN,) * 4)
    outer.addWidget(content)
    return outer


def card_page(page: QWidget, items: Sequence[Item]) -> QFrame:
    """Lay ``items`` out in one card filling ``page``."""
    frame = card(page, items)
    framed(page, frame)
    return frame
