"""Which way is forward: arrows step the way the eye reads.

Left to right, Right is the next item and Left the previous. In a right-to-left layout
(Arabic) rows start at the right edge, so the next snapshot is to the left: Left steps
forward and Right back. The case view, the timeline and the snapshot strip agree on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

#: the arrows by their portable names, as ui.common.shortcuts declares them
_STEP = {"Left": -1, "Right": 1}


def reading_step(widget: QWidget, key: object) -> int:
    """+1 (next) or -1 (previous) for the arrow ``key`` ("Left", "Right") in ``widget``."""
    step = _STEP[str(key)]
    return -step if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else step
