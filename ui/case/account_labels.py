"""The streamer account's labels in the case header (creator partner, high profile, …),
and the confirmation a severe action on a high-profile account asks for.

The labels arrive with the case detail (approved by a lead, unexpired) and show as plain
text chips: a kind the desk does not know shows as its code, never as markup.

The confirmation is a small modal prompt that only a fresh Enter accepts, and only once
the key guard's time has passed since it appeared: the action's own key, a held or
auto-repeated key and an Enter pressed too early never confirm; Escape cancels. The clock
is injectable, so tests drive the guard without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reviewer.contract import ActionDef, CaseDetail, CaseLabel, is_severe
from reviewer.formatting import one_line
from ui.case.decision_keys import GUARD_SECONDS
from ui.common import formats
from ui.common.i18n import arg, translate
from ui.common.text import isolate, plain_label, plain_tooltip

HIGH_PROFILE = "high_profile"
_CONFIRM_KEYS = frozenset({int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)})


def label_name(kind: str) -> str:
    """A label kind in words; an unknown kind (a newer service) as its code, plainly."""
    if kind == "creator_partner":
        return translate("AccountLabels", "Creator partner")
    if kind == "repeat_offender":
        return translate("AccountLabels", "Repeat offender")
    if kind == "high_profile":
        return translate("AccountLabels", "High profile")
    if kind == "under_investigation":
        return translate("AccountLabels", "Under investigation")
    return isolate(one_line(kind).replace("_", " "))


def is_high_profile(detail: CaseDetail | None) -> bool:
    return detail is not None and any(lb.kind == HIGH_PROFILE for lb in detail.account_labels)


def needs_confirmation(action: ActionDef | None, detail: CaseDetail | None) -> bool:
    """A severe action (end stream, suspend, ban) on an account labelled high profile."""
    return action is not None and is_severe(action) and is_high_profile(detail)


class LabelsLine(QWidget):
    """One chip per label; hidden when the account has none. ``set_labels`` feeds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountLabels")
        self.setAccessibleName(translate("AccountLabels", "Account labels"))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.chips: list[QLabel] = []
        self.setVisible(False)

    def set_labels(self, labels: Sequence[CaseLabel]) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for i, label in enumerate(labels):
            chip = plain_label(label_name(label.kind), self, object_name="labelChip")
            chip.setProperty("kind", label.kind)
            until = arg(translate("AccountLabels", "Until %1"), formats.date(label.expires_at))
            chip.setToolTip(plain_tooltip(until))
            chip.setStyleSheet(
                "QLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 0 6px; }"
            )
            self._row.insertWidget(i, chip)
            self.chips.append(chip)
        self.setVisible(bool(self.chips))

    def texts(self) -> list[str]:
        return [chip.text() for chip in self.chips]


class HighProfileConfirm(QDialog):
    """Asks "press Enter to confirm" before a severe action on a high-profile account.

    ``accepted`` only after a fresh (not auto-repeated) Enter at least the guard time after
    the prompt appeared; ``rejected`` on Escape. Every other key is swallowed, so a held
    decision key can neither confirm nor fall through to the case behind.
    """

    confirmedAt = Signal(float)

    def __init__(
        self,
        action_label: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        guard_seconds: float = GUARD_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("highProfileConfirm")
        self.setWindowTitle(self.tr("High-profile account"))
        self.setModal(True)
        self._clock = clock
        self._guard = guard_seconds
        self._shown_at = clock()
        self.prompt = plain_label(
            arg(
                self.tr(
                    "This account is labelled high profile. Press Enter to confirm %1, "
                    "or Escape to cancel."
                ),
                isolate(one_line(action_label)),
            ),
            self,
            object_name="confirmPrompt",
        )
        self.prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)

    def showEvent(self, event: QShowEvent) -> None:
        self._shown_at = self._clock()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        if key == int(Qt.Key.Key_Escape) and not event.isAutoRepeat():
            self.reject()
        elif (
            key in _CONFIRM_KEYS
            and not event.isAutoRepeat()
            and self._clock() - self._shown_at >= self._guard
        ):
            self.confirmedAt.emit(self._clock())
            self.accept()
        event.accept()  # everything else is swallowed here
