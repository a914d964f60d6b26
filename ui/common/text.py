"""Helpers that show untrusted text (chat, titles, names, report text) as plain text.

Qt guesses rich text by default: a ``QLabel`` in ``Qt.AutoText`` renders a chat line
``<img src="file:///etc/hostname">`` as HTML and loads the local file, and tool tips use
the same guess. Everything a stranger typed goes through these helpers instead.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.common.i18n import translate

_MAX_TOOLTIP_CHARS = 2000


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    object_name: str = "",
    accessible_name: str = "",
    selectable: bool = False,
    copyable: bool = False,
) -> QLabel:
    """A QLabel that can only ever show ``text`` literally and never opens links.

    ``selectable`` lets the mouse select part of it; ``copyable`` offers Copy (the whole
    text) on right-click instead, for labels that change with every case: a selectable
    label keeps a text document of its own, which lays itself out again on its first paint
    and so has the whole case view painted twice per case swap.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    if selectable:
        # Mouse selection only: keyboard selection would make the label take focus.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    else:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if copyable:
        add_copy_action(label)
    if object_name:
        label.setObjectName(object_name)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.setText(text)
    return label


def add_copy_action(label: QLabel) -> QAction:
    """Right-click on ``label`` offers Copy, which puts its whole text on the clipboard."""
    action = QAction(translate("PlainText", "Copy"), label)
    action.setObjectName("copyText")
    action.triggered.connect(lambda: QGuiApplication.clipboard().setText(label.text()))
    label.addAction(action)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def set_plain(label: QLabel, text: str) -> None:
    """Set untrusted text on a label, re-asserting PlainText in case someone changed it."""
    if label.textFormat() != Qt.TextFormat.PlainText:
        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def plain_tooltip(text: str) -> str:
    """Tool tip markup that shows ``text`` literally.

    Tool tips guess rich text (``Qt::mightBeRichText``), so untrusted text is escaped and
    wrapped in an explicit rich-text paragraph that keeps line breaks.
    """
    if len(text) > _MAX_TOOLTIP_CHARS:
        text = text[:_MAX_TOOLTIP_CHARS] + "…"
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


_FSI, _PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap an untrusted fragment in Unicode bidi isolates before joining it with others.

    A display name holding U+202E (right-to-left override) would otherwise reverse the
    rest of a composed line ("… · account 12 days old"); an isolate confines it.
    """
    return _FSI + text + _PDI
