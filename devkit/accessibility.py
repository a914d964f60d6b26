"""Checks of what a screen reader gets from a window: accessible names and descriptions
read through Qt's accessibility interfaces (the texts AT-SPI carries), and the AT-SPI
session and walker for the real bridge (``atspi_session``, ``walk_atspi``).

A control passes when its name and its description are not empty, are not its object or
class name, and its name is not repeated among its siblings. Every violation of a window
is listed at once, by widget path, so a window built by several people fails once with the
whole list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
"""The kinds of control a person operates (an allow list; labels and frames are not)."""

_PARTS_OF = (QAbstractSpinBox, QComboBox, QCalendarWidget, QAbstractItemView)
"""Composites whose inner widgets (a spin box's line edit, a view's cell editor) are one
control to a screen reader: the composite is checked, not its parts."""


@dataclass(frozen=True)
class Violation:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def widget_path(widget: QWidget, root: QWidget) -> str:
    """``Root/parent/child`` by object name (class name where there is none)."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        label = current.objectName() or type(current).__name__
        parts.append(label)
        if current is root:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def accessible_texts(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader receives for ``widget``.

    The name is the one set, else the label that names it (a buddy: AT-SPI's labelled-by
    relation), else what Qt derives (a button's text). A combo box on Linux reports its
    current item as its name, which names the value, not the control: it needs one of the
    first two."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return widget.accessibleName(), widget.accessibleDescription()
    description = face.text(QAccessible.Text.Description)
    if widget.accessibleName():
        return widget.accessibleName(), description
    for other, _relation in face.relations(QAccessible.RelationFlag.Label):
        text = other.text(QAccessible.Text.Name)
        if text:
            return text, description
    if isinstance(widget, QComboBox):
        return "", description
    return face.text(QAccessible.Text.Name), description


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, _PARTS_OF):
            return True
        if isinstance(parent, QTabWidget) and isinstance(widget, QTabBar):
            return True
        if parent is root:
            return False
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls of ``root`` a person can reach (shown, focusable or a button)."""
    found: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if _inside_composite(widget, root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        found.append(widget)
    return found


def violations(root: QWidget) -> list[Violation]:
    """Every control of ``root`` whose name or description a screen reader would miss."""
    found: list[Violation] = []
    by_parent: dict[int, dict[str, list[str]]] = {}
    for widget in controls(root):
        path = widget_path(widget, root)
        name, description = accessible_texts(widget)
        bad = {widget.objectName(), type(widget).__name__}
        if not name.strip():
            found.append(Violation(path, "no accessible name"))
        elif name in bad:
            found.append(Violation(path, f"accessible name is the object or class name {name!r}"))
        if not description.strip():
            found.append(Violation(path, "no accessible description"))
        elif description in bad:
            found.append(
                Violation(path, f"description is the object or class name {description!r}")
            )
        if name.strip():
            siblings = by_parent.setdefault(id(widget.parentWidget()), {})
            siblings.setdefault(name, []).append(path)
    for names in by_parent.values():
        for name, paths in names.items():
            if len(paths) > 1:
                found.extend(Violation(p, f"name {name!r} repeated among siblings") for p in paths)
    return found


def assert_accessible(*roots: QWidget) -> None:
    """Fail with every violation of every window in ``roots``, one per line."""
    problems = [str(v) for root in roots for v in violations(root)]
    assert not problems, f"{len(problems)} accessibility problems:\n" + "\n".join(problems)
