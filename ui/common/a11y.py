"""Accessible names and descriptions, set where a widget is built.

A screen reader announces a control by its accessible name and explains it with its
description. Qt derives a name from a button's text or a field's buddy label and a
description from the tool tip; ``name`` sets both when those do not exist or do not say
enough, in one line at the place the widget is made. Both texts are already translated.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ui.common.i18n import translate

W = TypeVar("W", bound=QWidget)


def name(widget: W, accessible_name: str, description: str) -> W:
    """Give ``widget`` its accessible name and description; returns it for chaining."""
    widget.setAccessibleName(accessible_name)
    widget.setAccessibleDescription(description)
    return widget


def describe(widget: W, description: str) -> W:
    """Give ``widget`` a description only (its name already comes from its text or label)."""
    widget.setAccessibleDescription(description)
    return widget


def describe_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Describe a dialog's standard buttons (Save, Cancel, Close …) by what they do."""
    what = {
        QDialogButtonBox.StandardButton.Ok: translate("Accessibility", "Accepts and closes"),
        QDialogButtonBox.StandardButton.Save: translate("Accessibility", "Saves and closes"),
        QDialogButtonBox.StandardButton.Cancel: translate(
            "Accessibility", "Closes without changing anything"
        ),
        QDialogButtonBox.StandardButton.Close: translate("Accessibility", "Closes this window"),
        QDialogButtonBox.StandardButton.Yes: translate("Accessibility", "Answers yes"),
        QDialogButtonBox.StandardButton.No: translate("Accessibility", "Answers no"),
        QDialogButtonBox.StandardButton.Apply: translate("Accessibility", "Applies the changes"),
    }
    for button in box.buttons():
        text = what.get(box.standardButton(button))
        if text is not None and not button.accessibleDescription():
            button.setAccessibleDescription(text)
    return box
