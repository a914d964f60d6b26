"""Accessible names and descriptions, set where a widget is built.

A screen reader announces a control by its accessible name and explains it with its
description. Qt derives a name from a button's text or a field's buddy label and a
description from the tool tip; ``name`` sets both when those do not exist or do not say
enough, in one line at the place the widget is made. Both texts are already translated.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def name(widget: W, accessible_name: str, description: str) -> W:
    """Give ``widget`` its accessible name and description; returns it for chaining."""
    widget.setAccessibleName(accessible_name)
    widget.setAccessibleDescription(description)
    return widget
