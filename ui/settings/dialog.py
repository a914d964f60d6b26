"""Settings: decision keys, sensitive media per policy area, breaks, idle lock, theme,
language.

Everything is reachable from the keyboard: Tab moves between controls; on a key button,
Space or Enter starts listening and the next key pressed is the new key (Esc cancels);
Alt+B, Alt+I and Alt+T jump to the break, idle and theme fields, and Ctrl+S saves.
A key that would clash (reserved, a policy area's digit, another action's key) is refused
on the spot with the reason from ``reviewer.keymap``. Save writes ``reviewer.settings``
atomically and applies the theme at once; ``saved(Settings)`` tells the window. A new
language applies from the next sign-in, when the windows are rebuilt (the dialog says so).
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
from reviewer.keymap import Refusal, effective_keys, normalize_key, refusal_for, validate_remap
from reviewer.settings import Settings, update_settings
from reviewer.wellbeing import LEVEL_LABELS, LEVELS, RevealLevel, RevealPolicy
from ui.case.decision_keys import physical_key
from ui.common import a11y, language, theme
from ui.common.i18n import (
    arg,
    mark_untranslated,
    mark_untranslated_items,
    translate,
    translate_marked,
)
from ui.common.shortcuts import SAVE_SETTINGS
from ui.common.text import plain_label, set_plain


def theme_labels() -> dict[str, str]:
    return {
        "system": translate("SettingsDialog", "Follow the system"),
        "light": translate("SettingsDialog", "Light"),
        "dark": translate("SettingsDialog", "Dark"),
        "high_contrast": translate("SettingsDialog", "High contrast"),
    }


def level_label(level: RevealLevel) -> str:
    return translate_marked("RevealLevels", LEVEL_LABELS[level])


def refusal_text(refusal: Refusal) -> str:
    """A refused key in the person's language (labels and keys are data)."""
    v = refusal.values
    if refusal.kind == "no_own_key":
        return arg(translate("KeyRefusal", "%1 has no key of its own (undo records it)"), *v)
    if refusal.kind == "not_single_key":
        return arg(translate("KeyRefusal", "%1: “%2” is not a single key"), *v)
    if refusal.kind == "reserved":
        label, key, what = v
        return arg(
            translate("KeyRefusal", "%1: %2 is kept for %3"),
            label,
            key,
            translate_marked("Keymap", what),
        )
    if refusal.kind == "area_key":
        return arg(translate("KeyRefusal", "%1: %2 picks the policy area %3"), *v)
    if refusal.kind == "unknown_action":
        return arg(translate("KeyRefusal", "“%1” is not an action of policy %2"), *v)
    return arg(translate("KeyRefusal", "%1: %2 is already %3"), *v)


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
        mark_untranslated(self)  # it shows a key ("N", "Ctrl+Shift+W"): data
        self.setCheckable(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Ctrl+Shift+W") + 24)
        self.setAccessibleName(arg(translate("KeyButton", "Key for %1"), label))
        self.setToolTip(
            translate("KeyButton", "Press Space or click, then press the new key (Esc cancels)")
        )
        self.clicked.connect(self.listen)

    def key(self) -> str:
        return self._key

    def set_key(self, key: str) -> None:
        self._key = key
        self.listening = False
        self.setText(key or "–")
        self.setAccessibleDescription(
            arg(translate("KeyButton", "%1: %2"), self._label, key)
            if key
            else arg(translate("KeyButton", "%1: no key"), self._label)
        )

    def listen(self) -> None:
        self.listening = True
        self.setText(translate("KeyButton", "Press a key…"))

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
        self.setWindowTitle(self.tr("Settings · Live Review Desk"))
        self.setModal(True)
        self.taxonomy = taxonomy
        self.settings = settings
        self.remap: dict[str, str] = dict(validate_remap(taxonomy, settings.shortcuts).accepted)
        policy = RevealPolicy.build(taxonomy, {}, settings.media_reveal)

        # -- decision keys -------------------------------------------------------------------
        keys_box = QGroupBox(self.tr("Decision keys"), self)
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
            mark_untranslated(name)  # the taxonomy's words
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
        self.key_error.setAccessibleName(self.tr("Key problem"))
        self.key_error.setContentsMargins(8, 4, 8, 4)
        hint = plain_label(
            self.tr(
                "Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the "
                "policy-area digits are kept for their own jobs."
            ),
            keys_box,
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.reset_keys = QPushButton(self.tr("Use the service's keys"), keys_box)
        self.reset_keys.setObjectName("resetKeys")
        a11y.describe(
            self.reset_keys,
            translate("Accessibility", "Puts every decision key back to the service's choice"),
        )
        self.reset_keys.clicked.connect(self.reset_remap)
        grid.addWidget(self.key_error, row, 0, 1, 2)
        grid.addWidget(hint, row + 1, 0, 1, 2)
        grid.addWidget(self.reset_keys, row + 2, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(row + 3, 1)  # spare height below, not inside the message
        self.key_error.setVisible(False)

        # -- sensitive media ------------------------------------------------------------------
        media_box = QGroupBox(self.tr("Sensitive media (staged reveal)"), self)
        media_box.setObjectName("mediaBox")
        media = QFormLayout(media_box)
        self.area_combos: dict[str, QComboBox] = {}
        for area in taxonomy.areas:
            combo = QComboBox(media_box)
            combo.setObjectName(f"reveal_{area.code}")
            a11y.describe(combo, translate("Accessibility", "How this area's media shows at first"))
            combo.setAccessibleName(arg(self.tr("Reveal level for %1"), area.label))
            team = policy.team_level(area.code)
            combo.addItem(arg(self.tr("Team default: %1"), level_label(team)), "")
            for level in LEVELS:
                combo.addItem(level_label(level), level)
            mine = settings.media_reveal_areas.get(area.code, "")
            combo.setCurrentIndex(max(0, combo.findData(mine)))
            area_name = plain_label(area.label, media_box)
            mark_untranslated(area_name)  # the taxonomy's words
            media.addRow(area_name, combo)
            self.area_combos[area.code] = combo
        self.uncategorised = QComboBox(media_box)
        self.uncategorised.setObjectName("revealUncategorised")
        a11y.describe(
            self.uncategorised,
            translate("Accessibility", "How media without a policy area shows at first"),
        )
        self.uncategorised.setAccessibleName(
            self.tr("Reveal level for sensitive media without an area")
        )
        for level in LEVELS:
            self.uncategorised.addItem(level_label(level), level)
        self.uncategorised.setCurrentIndex(
            max(0, self.uncategorised.findData(settings.media_reveal))
        )
        media.addRow(plain_label(self.tr("No policy area"), media_box), self.uncategorised)

        # -- breaks, lock, look ---------------------------------------------------------------
        care_box = QGroupBox(self.tr("Breaks, lock and look"), self)
        care_box.setObjectName("careBox")
        care = QFormLayout(care_box)
        self.break_minutes = QSpinBox(care_box)
        self.break_minutes.setObjectName("breakMinutes")
        a11y.describe(
            self.break_minutes,
            translate(
                "Accessibility",
                "Minutes of sensitive media before the desk suggests a break; 0 never",
            ),
        )
        self.break_minutes.setAccessibleName(
            self.tr("Break reminder after minutes of sensitive media")
        )
        self.break_minutes.setRange(0, 480)
        self.break_minutes.setSuffix(self.tr(" min", "a spin box's unit, after the number"))
        self.break_minutes.setSpecialValueText(self.tr("Never"))
        self.break_minutes.setValue(settings.break_after_minutes)
        self.idle_minutes = QSpinBox(care_box)
        self.idle_minutes.setObjectName("idleMinutes")
        a11y.describe(
            self.idle_minutes,
            translate("Accessibility", "Minutes without a key or a click before the desk locks"),
        )
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setSuffix(self.tr(" min", "a spin box's unit, after the number"))
        self.idle_minutes.setValue(max(1, round(settings.idle_after_seconds / 60)))
        self.theme_combo = QComboBox(care_box)
        self.theme_combo.setObjectName("themeChoice")
        a11y.describe(
            self.theme_combo,
            translate("Accessibility", "Colours of every window; high contrast for low vision"),
        )
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for value, label in theme_labels().items():
            self.theme_combo.addItem(label, value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.text_size_combo = QComboBox(care_box)
        self.text_size_combo.setObjectName("textSizeChoice")
        for percent in theme.TEXT_SIZES:
            self.text_size_combo.addItem(arg(self.tr("%1%"), percent), percent)
        self.text_size_combo.setCurrentIndex(
            max(0, self.text_size_combo.findData(settings.text_size))
        )
        a11y.name(self.text_size_combo, self.tr("Text size"), self.tr("Scales every window's text"))
        self.language_combo = QComboBox(care_box)
        self.language_combo.setObjectName("languageChoice")
        a11y.describe(
            self.language_combo,
            translate("Accessibility", "The language of the desk from the next sign-in"),
        )
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Follow the system"), language.SYSTEM)
        for code in language.available_languages():
            # each language by its own name (data from Qt's locale tables, never translated)
            self.language_combo.addItem(language.display_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        mark_untranslated_items(self.language_combo)
        # mnemonics (Alt+B, Alt+I, Alt+T, Alt+L) reach these without a long Tab walk
        for text, field in (
            (self.tr("&Break reminder after"), self.break_minutes),
            (self.tr("Lock when &idle for"), self.idle_minutes),
            (self.tr("&Theme"), self.theme_combo),
            (self.tr("Text si&ze"), self.text_size_combo),
            (self.tr("&Language"), self.language_combo),
        ):
            buddy = plain_label(text, care_box)
            buddy.setBuddy(field)
            care.addRow(buddy, field)
        self.language_note = plain_label(
            self.tr("A new language applies from your next sign-in."), care_box
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        care.addRow(self.language_note)

        self.save_error = plain_label("", self, object_name="saveError")
        self.save_error.setProperty("role", "error")
        self.save_error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        a11y.describe_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(arg(self.tr("Save (%1)"), SAVE_SETTINGS.text))
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
        refusal = refusal_for(self.taxonomy, self.remap, action, key_text)
        if refusal is not None:
            set_plain(self.key_error, arg(self.tr("Not changed. %1."), refusal_text(refusal)))
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
            "text_size": int(self.text_size_combo.currentData()),
            "language": str(self.language_combo.currentData()),
        }

    def save(self) -> None:
        try:
            settings = update_settings(None, **self.chosen())
        except (OSError, ValueError) as exc:
            set_plain(self.save_error, arg(self.tr("Settings were not saved: %1"), exc))
            self.save_error.setVisible(True)
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and settings.text_size != self.settings.text_size:
            theme.apply_text_size(app, settings.text_size)
        if isinstance(app, QApplication) and settings.theme != self.settings.theme:
            theme.apply_theme(app, settings.theme)
        self.settings = settings
        self.saved.emit(settings)
        self.accept()
