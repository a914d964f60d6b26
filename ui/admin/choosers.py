"""A checklist of codes (teams, vendors, actions) for the admin's forms.

Typing codes separated by commas let an admin save a typo that the service then refused;
a checklist offers only what the service knows (teams and vendors of its accounts, the
actions a queue may hide), so the mistake cannot be made. A code that is set but no longer
offered (its last account moved away) stays in the list, checked and marked, so saving the
form never drops it silently. Labels are plain text (item views never read markup).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ui.common import a11y
from ui.common.i18n import arg, translate

_CODE = Qt.ItemDataRole.UserRole


class CodeChecklist(QListWidget):
    """Checkable codes; Space toggles the current one. ``edited()`` when the admin checks or
    unchecks one (not when the page fills it)."""

    edited = Signal()

    def __init__(
        self, name: str, accessible: str, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        a11y.name(self, accessible, description)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        rows = 5.5  # a glance shows several codes; the list scrolls for the rest
        self.setMaximumHeight(int(self.fontMetrics().height() * 1.4 * rows) + 2 * self.frameWidth())
        self._filling = False
        self._choices: list[tuple[str, str]] = []
        self.itemChanged.connect(self._changed)

    def set_choices(self, choices: Sequence[tuple[str, str]], checked: Iterable[str]) -> None:
        """Offer ``choices`` as (code, label) and check ``checked``; a checked code not among
        the choices is kept, marked as no longer offered."""
        wanted = set(checked)
        self._choices = list(choices)
        offered = {code for code, _label in choices}
        self._filling = True
        try:
            self.clear()
            for code, label in choices:
                shown = code if not label or label == code else f"{label} ({code})"
                self._add(code, shown, code in wanted)
            for code in sorted(wanted - offered):
                self._add(
                    code,
                    arg(translate("CodeChecklist", "%1 (no longer offered)"), code),
                    True,
                )
        finally:
            self._filling = False

    def set_checked(self, checked: Iterable[str]) -> None:
        """Check exactly ``checked`` among the codes offered now (others are added, marked)."""
        self.set_choices(self._choices, checked)

    def checked_codes(self) -> list[str]:
        """The checked codes, sorted, each once."""
        return sorted(
            {
                str(self.item(i).data(_CODE))
                for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked
            }
        )

    def offered_codes(self) -> list[str]:
        """Every code in the list, checked or not, in the list's order."""
        return [str(self.item(i).data(_CODE)) for i in range(self.count())]

    def _add(self, code: str, shown: str, on: bool) -> None:
        item = QListWidgetItem(shown)
        item.setData(_CODE, code)
        item.setToolTip(code)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.addItem(item)

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()
