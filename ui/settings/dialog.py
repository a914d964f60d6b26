"""Settings: decision keys, sensitive media per policy area, breaks, idle lock, theme.

Everything is reachable from the keyboard: Tab moves between controls; on a key button,
Space or Enter starts listening and the next key pressed is the new key (Esc cancels);
Alt+B, Alt+I and Alt+T jump to the break, idle and theme fields, and Ctrl+S saves.
A key that would clash (reserved, a policy area's digit, another action's key) is refused
on the spot with the reason from ``reviewer.keymap``. Save writes ``reviewer.settings``
atomically and applies the theme at once; ``saved(Settings)`` tells the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.keymap import check_assignment, effective_keys, normalize_key, validate_remap
from reviewer.settings import Settings, update_settings
from reviewer.wellbeing import LEVEL_LABELS, LEVELS, RevealPolicy
from ui.case.decision_keys import physical_key
from ui.common import theme
from ui.common.shortcuts import SAVE_SETTINGS
from ui.common.text import plain_label, set_plain

#: saves the dialog from anywhere in it (a listening key button takes the key instead)
THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
}
_MODS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def event_key_text(event: QKeyEvent) -> str | None:
    """The pressed key as key text (``J``, ``Shift+E``); the physical key on layouts
    whose keys are not Latin letters (Cyrillic, Arabic), like the decision key filter."""
    key = event.key()
    if key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown:
        return None
    is_latin = Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9
    if not is_latin:
        phys = physical_key(event)
        if phys is not None:
            key = Qt.Key(phys)
    mods = event.modifiers() & _MODS
    text = QKeySequence(QKeyCombination(mods, Qt.Key(key))).toString(
        QKeySequence.SequenceFormat.PortableText
    )
    return normalize_key(text)


class KeyButton(QPushButton):
    """Shows an action's key; activated, it listens for the next key press.

    Signal: ``captured(str)`` with the key text (not yet validated).
    """

    captured = Signal(str)

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(key or "–", parent)
        self._key = key
        self._label = label
        self.listening = False
        self.setCheckable(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Ctrl+Shift+W") + 24)
        self.setAccessibleName(f"Key for {label}")
        self.setToolTip("Press Space or click, then press the new key (Esc cancels)")
        self.clicked.connect(self.listen)

    def key(self) -> str:
        return self._key

    def set_key(self, key: str) -> None:
        self._key = key
        self.listening = False
        self.setText(key or "–")
        self.setAccessibleDescription(f"{self._label}: {key or 'no key'}")

    def listen(self) -> None:
        self.listening = True
        self.setText("Press a key…")

    def event(self, event: QEvent) -> bool:
        if self.listening and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the next key is the new decision key, not Ctrl+S or a mnemonic
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.listening:
            super().keyPressEvent(event)
            return
        event.accept()
        if event.isAutoRepeat():
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.set_key(self._key)
            return
        text = event_key_text(event)
        if text is not None:
            self.set_key(self._key)  # shown again; the dialog decides whether it changes
            self.captured.emit(text)

    def focusOutEvent(self, event: object) -> None:
        if self.listening:
            self.set_key(self._key)
        super().focusOutEvent(event)  # type: ignore[arg-type]


class SettingsDialog(QDialog):
    """See the module docstring."""

    saved = Signal(Settings)

    def __init__(
        self,
        taxonomy: contract.PolicyTaxonomy,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings · Live Review Desk")
        self.setModal(True)
        self.taxonomy = taxonomy
        self.settings = settings
        self.remap: dict[str, str] = dict(validate_remap(taxonomy, settings.shortcuts).accepted)
        policy = RevealPolicy.build(taxonomy, {}, settings.media_reveal)

        # -- decision keys -------------------------------------------------------------------
        keys_box = QGroupBox("Decision keys", self)
        keys_box.setObjectName("keysBox")
        grid = QGridLayout(keys_box)
        grid.setColumnStretch(0, 1)
        self.key_buttons: dict[str, KeyButton] = {}
        in_force = effective_keys(taxonomy, self.remap)
        row = 0
        for action in taxonomy.actions:
            if not action.shortcut.strip():
                continue  # retract: recorded by undo, never by its own key
            name = plain_label(action.label, keys_box)
            button = KeyButton(in_force.get(action.code, ""), action.label, keys_box)
            button.setObjectName(f"key_{action.code}")
            button.captured.connect(lambda text, code=action.code: self.assign(code, text))
            name.setBuddy(button)
            grid.addWidget(name, row, 0)
            grid.addWidget(button, row, 1)
            self.key_buttons[action.code] = button
            row += 1
        self.key_error = plain_label("", keys_box, object_name="keyError")
        self.key_error.setProperty("role", "error")
        self.key_error.setWordWrap(True)
        self.key_error.setAccessibleName("Key problem")
        self.key_error.setContentsMargins(8, 4, 8, 4)
        hint = plain_label(
            "Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area "
            "digits are kept for their own jobs.",
            keys_box,
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.reset_keys = QPushButton("Use the service's keys", keys_box)
        self.reset_keys.setObjectName("resetKeys")
        self.reset_keys.clicked.connect(self.reset_remap)
        grid.addWidget(self.key_error, row, 0, 1, 2)
        grid.addWidget(hint, row + 1, 0, 1, 2)
        grid.addWidget(self.reset_keys, row + 2, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(row + 3, 1)  # spare height below, not inside the message
        self.key_error.setVisible(False)

        # -- sensitive media ------------------------------------------------------------------
        media_box = QGroupBox("Sensitive media (staged reveal)", self)
        media_box.setObjectName("mediaBox")
        media = QFormLayout(media_box)
        self.area_combos: dict[str, QComboBox] = {}
        for area in taxonomy.areas:
            combo = QComboBox(media_box)
            combo.setObjectName(f"reveal_{area.code}")
            combo.setAccessibleName(f"Reveal level for {area.label}")
            team = policy.team_level(area.code)
            combo.addItem(f"Team default: {LEVEL_LABELS[team]}", "")
            for level in LEVELS:
                combo.addItem(LEVEL_LABELS[level], level)
            mine = settings.media_reveal_areas.get(area.code, "")
            combo.setCurrentIndex(max(0, combo.findData(mine)))
            media.addRow(plain_label(area.label, media_box), combo)
            self.area_combos[area.code] = combo
        self.uncategorised = QComboBox(media_box)
        self.uncategorised.setObjectName("revealUncategorised")
        self.uncategorised.setAccessibleName("Reveal level for sensitive media without an area")
        for level in LEVELS:
            self.uncategorised.addItem(LEVEL_LABELS[level], level)
        self.uncategorised.setCurrentIndex(
            max(0, self.uncategorised.findData(settings.media_reveal))
        )
        media.addRow(plain_label("No policy area", media_box), self.uncategorised)

        # -- breaks, lock, look ---------------------------------------------------------------
        care_box = QGroupBox("Breaks, lock and look", self)
        care_box.setObjectName("careBox")
        care = QFormLayout(care_box)
        self.break_minutes = QSpinBox(care_box)
        self.break_minutes.setObjectName("breakMinutes")
        self.break_minutes.setAccessibleName("Break reminder after minutes of sensitive media")
        self.break_minutes.setRange(0, 480)
        self.break_minutes.setSuffix(" min")
        self.break_minutes.setSpecialValueText("Never")
        self.break_minutes.setValue(settings.break_after_minutes)
        self.idle_minutes = QSpinBox(care_box)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setAccessibleName("Lock after minutes without activity")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setValue(max(1, round(settings.idle_after_seconds / 60)))
        self.theme_combo = QComboBox(care_box)
        self.theme_combo.setObjectName("themeChoice")
        self.theme_combo.setAccessibleName("Theme")
        for value, label in THEME_LABELS.items():
            self.theme_combo.addItem(label, value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        # mnemonics (Alt+B, Alt+I, Alt+T) reach these from the keyboard without a long Tab walk
        for text, field in (
            ("&Break reminder after", self.break_minutes),
            ("Lock when &idle for", self.idle_minutes),
            ("&Theme", self.theme_combo),
        ):
            buddy = plain_label(text, care_box)
            buddy.setBuddy(field)
            care.addRow(buddy, field)

        self.save_error = plain_label("", self, object_name="saveError")
        self.save_error.setProperty("role", "error")
        self.save_error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(f"Save ({SAVE_SETTINGS.text})")
        save_key = QShortcut(SAVE_SETTINGS.sequence(), self)
        save_key.activated.connect(self.save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(media_box)
        right.addWidget(care_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(keys_box, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)
        first = next(iter(self.key_buttons.values()), None)
        if first is not None:
            first.setFocus()

    # -- keys ---------------------------------------------------------------------------------

    def assign(self, action: str, key_text: str) -> bool:
        """Put ``action`` on ``key_text`` unless that clashes; the reason is shown if so."""
        reason = check_assignment(self.taxonomy, self.remap, action, key_text)
        if reason is not None:
            set_plain(self.key_error, f"Not changed. {reason}.")
            self.key_error.setVisible(True)
            return False
        self.remap[action] = key_text
        self.remap = dict(validate_remap(self.taxonomy, self.remap).accepted)
        self._show_keys()
        set_plain(self.key_error, "")
        self.key_error.setVisible(False)
        return True

    def reset_remap(self) -> None:
        self.remap = {}
        self._show_keys()
        set_plain(self.key_error, "")
        self.key_error.setVisible(False)

    def _show_keys(self) -> None:
        in_force = effective_keys(self.taxonomy, self.remap)
        for code, button in self.key_buttons.items():
            button.set_key(in_force.get(code, ""))

    def key_error_text(self) -> str:
        return self.key_error.text()

    # -- save ---------------------------------------------------------------------------------

    def chosen(self) -> dict[str, object]:
        areas = {
            code: str(combo.currentData())
            for code, combo in self.area_combos.items()
            if combo.currentData()
        }
        return {
            "shortcuts": dict(self.remap),
            "media_reveal_areas": areas,
            "media_reveal": str(self.uncategorised.currentData()),
            "break_after_minutes": self.break_minutes.value(),
            "idle_after_seconds": self.idle_minutes.value() * 60,
            "theme": str(self.theme_combo.currentData()),
        }

    def save(self) -> None:
        try:
            settings = update_settings(None, **self.chosen())
        except (OSError, ValueError) as exc:
            set_plain(self.save_error, f"Settings were not saved: {exc}")
            self.save_error.setVisible(True)
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and settings.theme != self.settings.theme:
            theme.apply_theme(app, settings.theme)
        self.settings = settings
        self.saved.emit(settings)
        self.accept()
