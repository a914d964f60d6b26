"""The policy shortcut panel: the service's actions, each with its key, and the fields
a decision may need (policy area, note, escalation reason).

The panel enforces the taxonomy's rules (``requires_policy``, ``requires_note``; the same
rules the service enforces) before anything is recorded: a
decision that misses something produces a clear inline message, focuses the missing field
and records nothing. Enter in the note field then retries the pending action.

Action buttons never take keyboard focus, so Space or Enter can never "click" a decision
by accident; keys reach the panel through :class:`ui.case.decision_keys.DecisionKeyFilter`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.client.taxonomy import in_language
from reviewer.contract import ActionDef, PolicyTaxonomy
from ui.case.decision_keys import DecisionKeyFilter, area_shortcuts, chord_text, parse_chord
from ui.common import a11y
from ui.common.i18n import arg, mark_untranslated, translate
from ui.common.keycaps import cap
from ui.common.language import current_language
from ui.common.text import plain_label, plain_tooltip, set_plain

NO_AREA = ""
ESCALATE_CODES = frozenset({"escalate"})
# Retract is how undo is recorded (it names the decision it supersedes): never a panel key.
HIDDEN_ACTIONS = frozenset({"retract"})


@dataclass(frozen=True)
class PanelDecision:
    """What the moderator decided on the panel; the controller adds case, time and ids."""

    action: str
    policy_codes: tuple[str, ...]
    note: str
    escalation_reason: str


class KeyChip(QLabel):
    """A key cap: the key's name in a rounded frame drawn from the palette (any theme)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyChip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.font()
        f.setWeight(QFont.Weight.DemiBold)
        self.setFont(f)
        self.setText(text)
        fm = self.fontMetrics()
        self.setMinimumWidth(max(fm.height() * 2, fm.horizontalAdvance(text) + fm.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.text():
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pal = self.palette()
            h = self.fontMetrics().height() + 6
            w = min(self.width() - 2, max(h, self.fontMetrics().horizontalAdvance(self.text()) + h))
            box = QRectF(0, 0, w, h)
            box.moveCenter(QRectF(self.rect()).center())
            border = pal.color(QPalette.ColorRole.WindowText)
            border.setAlpha(110)  # reads on light and dark themes alike
            p.setPen(QPen(border, 1))
            p.setBrush(pal.color(QPalette.ColorRole.Base))
            p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            p.end()
        super().paintEvent(event)


def _key_text(shortcut: str) -> str:
    """The key cap: what the keyboard prints on the key (an Arabic layout: "ى N")."""
    chord = parse_chord(shortcut)
    return cap(chord_text(chord)) if chord else ""


class PolicyPanel(QWidget):
    """Actions with their keys, a policy area picker, note and escalation reason.

    Signals: ``decisionRequested(object)`` with a :class:`PanelDecision` once the rules
    are met; ``messageChanged(str)`` when the inline message changes ("" when cleared).
    """

    decisionRequested = Signal(PanelDecision)
    messageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPanel")
        self.setAccessibleName(self.tr("Policy shortcut panel"))
        self._taxonomy: PolicyTaxonomy | None = None
        self._actions: dict[str, ActionDef] = {}
        self._buttons: dict[str, QPushButton] = {}
        #: each action's row (key chip, button, requirement hint), to hide per queue
        self._rows: dict[str, tuple[QWidget, ...]] = {}
        self._queue_hidden: frozenset[str] = frozenset()
        self._pending: str | None = None
        self._enabled = True

        self.title = plain_label(self.tr("Decision"), self, object_name="panelTitle")
        f = self.title.font()
        f.setWeight(QFont.Weight.DemiBold)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.title.setFont(f)
        self.version_label = plain_label("", self, object_name="policyVersion")
        self.version_label.setAccessibleName(self.tr("Policy version"))

        self._actions_box = QFrame(self)
        self._actions_box.setObjectName("actionList")
        self._actions_box.setAccessibleName(self.tr("Actions"))
        self._grid = QGridLayout(self._actions_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)

        self.area_label = plain_label(self.tr("Policy area"), self, object_name="fieldLabel")
        self.area = QComboBox(self)
        self.area.setObjectName("policyArea")
        a11y.describe(
            self.area,
            translate("Accessibility", "The policy area the next decision cites; digits choose it"),
        )
        self.area.setAccessibleName(self.tr("Policy area"))
        mark_untranslated(self.area)  # the service's policy areas (and our "No policy area")
        self.area_label.setBuddy(self.area)

        self.note_label = plain_label(self.tr("Note"), self, object_name="fieldLabel")
        self.note = QLineEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setAccessibleName(self.tr("Decision note"))
        self.note.setPlaceholderText(self.tr("Note for the record"))
        self.note.setMaxLength(4000)
        self.note_label.setBuddy(self.note)

        self.escalation_label = plain_label(
            self.tr("Escalation reason"), self, object_name="fieldLabel"
        )
        self.escalation = QComboBox(self)
        self.escalation.setObjectName("escalationReason")
        a11y.describe(
            self.escalation,
            translate("Accessibility", "Why the case goes to a lead when you escalate it"),
        )
        self.escalation.setAccessibleName(self.tr("Escalation reason"))
        mark_untranslated(self.escalation)  # the service's reasons (and "No escalation")
        self.escalation_label.setBuddy(self.escalation)

        self.message = plain_label("", self, object_name="panelMessage")
        self.message.setAccessibleName(self.tr("Decision message"))
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setProperty("role", "error")  # the themes' inline-problem style
        self.version_label.setProperty("role", "muted")

        # the panel scrolls rather than squeezing its fields when the text is large (the
        # text-size setting at 200 %) or the window short
        self.body = QWidget(self)
        self.body.setObjectName("policyPanelBody")
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.title)
        layout.addWidget(self.version_label)
        layout.addWidget(self._actions_box)
        layout.addSpacing(self.fontMetrics().height() // 2)
        for w in (
            self.area_label,
            self.area,
            self.note_label,
            self.note,
            self.escalation_label,
            self.escalation,
        ):
            layout.addWidget(w)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("policyPanelScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the decision keys
        self.scroll_area.setWidget(self.body)
        for box in (self.area, self.escalation):  # a long area's name never widens the panel
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        # the body's needs change when it is polished (the style sheet's paddings), with the
        # text size and with the taxonomy: the panel's width follows each time
        self.body.installEventFilter(self)

        self.note.returnPressed.connect(self._retry_pending)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.note)
        leave.setContext(Qt.ShortcutContext.WidgetShortcut)
        leave.activated.connect(self.leave_fields)
        self.note.textChanged.connect(self._clear_message_if_resolved)
        self.area.currentIndexChanged.connect(self._clear_message_if_resolved)
        self.escalation.currentIndexChanged.connect(self._clear_message_if_resolved)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # -- configuration ------------------------------------------------------------------

    def set_taxonomy(self, tax: PolicyTaxonomy) -> None:
        """Build the action list and pickers from the service's taxonomy.

        A new version arriving mid-case keeps what the moderator already typed or picked
        (where the area and reason still exist); only a pending action is dropped.
        """
        tax = in_language(tax, current_language())  # the service's labels, in the desk's language
        keep_note = self.note.text()
        keep_area = self.selected_area()
        keep_reason = str(self.escalation.currentData() or "")
        self._taxonomy = tax
        shown = [a for a in tax.actions if a.code not in HIDDEN_ACTIONS]
        self._actions = {a.code: a for a in shown}
        set_plain(self.version_label, arg(self.tr("Policy version %1"), tax.version))
        while self._grid.count():
            item = self._grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # gone now, not at the next turn of the event loop
                w.deleteLater()
        self._buttons.clear()
        self._rows.clear()
        for row, action in enumerate(shown):
            key = _key_text(action.shortcut)
            chip = KeyChip(key, self._actions_box)
            mark_untranslated(chip)  # a key's name, as Qt spells it for this keyboard
            chip.setAccessibleName(arg(self.tr("Key for %1: %2"), action.label, key))
            button = QPushButton(action.label, self._actions_box)
            button.setObjectName("actionButton")
            mark_untranslated(button)  # the service's label and description
            button.setProperty("severity", action.severity)
            button.setProperty("actionCode", action.code)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                arg(self.tr("%1 (key %2)"), action.label, key) if key else action.label
            )
            if action.description:
                button.setToolTip(plain_tooltip(action.description))
                button.setAccessibleDescription(action.description)
            button.clicked.connect(lambda _=False, code=action.code: self.request_action(code))
            needs = self._needs_text(action)
            hint = plain_label(needs, self._actions_box, object_name="actionRequirement")
            hint.setWordWrap(True)  # "policy + note" on two lines when the text is large
            hint.setProperty("role", "muted")
            hint.setAccessibleName(
                arg(self.tr("%1 needs: %2"), action.label, needs) if needs else ""
            )
            self._grid.addWidget(chip, row, 0)
            self._grid.addWidget(button, row, 1)
            self._grid.addWidget(hint, row, 2)
            self._buttons[action.code] = button
            self._rows[action.code] = (chip, button, hint)
        self._show_rows()
        self._fit_width()

        keys = area_shortcuts(tax)
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("No policy area"), NO_AREA)
        for area in tax.areas:
            key = keys.get(area.code, "")
            text = arg(self.tr("%1  %2", "a key, then a policy area"), _key_text(key), area.label)
            text = text if key else area.label
            self.area.addItem(text, area.code)
            if area.description:
                self.area.setItemData(
                    self.area.count() - 1,
                    plain_tooltip(area.description),  # tooltips guess rich text
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.area.blockSignals(False)
        digits = sorted(_key_text(k) for k in keys.values())
        set_plain(
            self.area_label,
            arg(self.tr("Policy area (keys %1–%2)"), digits[0], digits[-1])
            if digits
            else self.tr("Policy area"),
        )

        self.escalation.blockSignals(True)
        self.escalation.clear()
        self.escalation.addItem(self.tr("No escalation"), "")
        for reason in tax.escalation_reasons:
            self.escalation.addItem(reason.label, reason.code)
        self.escalation.blockSignals(False)
        has_reasons = bool(tax.escalation_reasons)
        self.escalation.setVisible(has_reasons)
        self.escalation_label.setVisible(has_reasons)
        self._pending = None
        self._show_message("")
        self.note.setText(keep_note)
        self.area.setCurrentIndex(max(0, self.area.findData(keep_area)) if keep_area else 0)
        found = self.escalation.findData(keep_reason) if keep_reason else 0
        self.escalation.setCurrentIndex(max(0, found))

    def set_queue_hidden(self, codes: Collection[str]) -> None:
        """The actions an admin hid in the shown case's queue: their rows go, and their keys
        decide nothing (the service would refuse them there)."""
        hidden = frozenset(codes)
        if hidden == self._queue_hidden:
            return
        self._queue_hidden = hidden
        self._show_rows()

    def _fit_width(self) -> None:
        """Never narrower than the actions need (larger text, a longer language): the panel
        scrolls up and down, never sideways, so what does not fit would be cut."""
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        need = self.body.minimumSizeHint().width() + bar
        if need > self.minimumWidth():
            self.setMinimumWidth(need)
        if need > self.maximumWidth():
            self.setMaximumWidth(need)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return False

    def _show_rows(self) -> None:
        for code, widgets in self._rows.items():
            for widget in widgets:
                widget.setVisible(code not in self._queue_hidden)

    def bind_keys(self, keys: DecisionKeyFilter) -> None:
        """Connect a key filter: action keys decide, area keys pick the policy area."""
        keys.actionKey.connect(self.request_action)
        keys.areaKey.connect(self.select_area)

    def taxonomy(self) -> PolicyTaxonomy | None:
        return self._taxonomy

    def set_decisions_enabled(self, enabled: bool) -> None:
        """Grey out the actions (no case, a banner to acknowledge, paused)."""
        self._enabled = enabled
        for b in self._buttons.values():
            b.setEnabled(enabled)

    # -- the moderator's input ----------------------------------------------------------

    def reset(self) -> None:
        """Clear the fields and the message for the next case (and leave the note field,
        so that the next case's decision keys are never swallowed by it)."""
        self.leave_fields()
        self._pending = None
        self.area.setCurrentIndex(0)
        self.note.clear()
        self.escalation.setCurrentIndex(0)
        self._show_message("")

    def select_area(self, code: str) -> bool:
        """Pick a policy area by code (an area key); returns False for an unknown code."""
        i = self.area.findData(code)
        if i < 0:
            return False
        self.area.setCurrentIndex(i)
        return True

    def selected_area(self) -> str:
        return str(self.area.currentData() or "")

    def request_action(self, code: str) -> bool:
        """Decide ``code`` if its rules are met; otherwise explain inline and record nothing."""
        action = self._actions.get(code)
        if action is None or not self._enabled or code in self._queue_hidden:
            return False
        missing = self.missing_for(action)
        if missing:
            self._pending = code
            self._show_message(self._missing_text(action, missing))
            self._focus_first_missing(missing)
            return False
        area = self.selected_area()
        decision = PanelDecision(
            action=code,
            policy_codes=(area,) if area else (),
            note=self.note.text().strip(),
            escalation_reason=str(self.escalation.currentData() or "")
            if code in ESCALATE_CODES
            else "",
        )
        self._pending = None
        self._show_message("")
        self.leave_fields()
        self.decisionRequested.emit(decision)
        return True

    def refuse(self, text: str) -> None:
        """Say inline why a decision was refused (nothing was recorded)."""
        self._pending = None
        self._show_message(text)

    def missing_for(self, action: ActionDef) -> list[str]:
        """What the fields lack for ``action`` under the taxonomy's rules: ``policy``,
        ``note`` (codes: the message is worded by the panel)."""
        missing: list[str] = []
        if action.requires_policy and not self.selected_area():
            missing.append("policy")
        if action.requires_note and not self.note.text().strip():
            missing.append("note")
        return missing

    def leave_fields(self) -> None:
        """Take focus out of the panel's fields so that decision keys work again."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()

    def pending_action(self) -> str | None:
        return self._pending

    def message_text(self) -> str:
        return self.message.text()

    # -- internals ----------------------------------------------------------------------

    def _needs_text(self, action: ActionDef) -> str:
        if action.requires_policy and action.requires_note:
            return self.tr("policy + note")
        if action.requires_policy:
            return self.tr("policy")
        if action.requires_note:
            return self.tr("note")
        return ""

    def _missing_text(self, action: ActionDef, missing: list[str]) -> str:
        """The inline message for what ``action`` still lacks (``missing_for``)."""
        if missing == ["policy", "note"]:
            return arg(self.tr("%1 needs a policy area and a note."), action.label)
        if missing == ["policy"]:
            return arg(self.tr("%1 needs a policy area."), action.label)
        return arg(self.tr("%1 needs a note."), action.label)

    def _focus_first_missing(self, missing: list[str]) -> None:
        first = missing[0]
        if first == "policy":
            self.area.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retry_pending(self) -> None:
        if self._pending is not None:
            self.request_action(self._pending)

    def _clear_message_if_resolved(self) -> None:
        """Keep the inline message true while the moderator fills in what was missing."""
        if self._pending is None:
            return
        action = self._actions.get(self._pending)
        if action is None:
            return
        missing = self.missing_for(action)
        if missing:
            self._show_message(self._missing_text(action, missing))
            if missing == ["note"] and self.area.hasFocus():
                self.note.setFocus(Qt.FocusReason.OtherFocusReason)  # next: type the note
            return
        key = _key_text(action.shortcut)
        ready = (
            self.tr("Ready: press Enter in the note or press %1 again.")
            if self.note.hasFocus()
            else self.tr("Ready: press %1 again.")
        )
        self._show_message(arg(ready, key or action.label))

    def _show_message(self, text: str) -> None:
        if text == self.message.text() and self.message.isVisible() == bool(text):
            return
        set_plain(self.message, text)
        self.message.setVisible(bool(text))
        self.messageChanged.emit(text)
