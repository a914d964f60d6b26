"""Keyboard decisions that a held, doubled or misdirected key can never turn into two.

``DecisionKeyFilter`` is an event filter (the shell installs it on the application or the
main window). It maps key presses to the taxonomy's action shortcuts and area shortcuts and
refuses a key when:

* a text field has focus (typing a note must never decide a case),
* the key is an auto-repeat (a held key would otherwise decide a run of cases),
* it arrives within the guard time after :meth:`DecisionKeyFilter.arm` (a new case just
  appeared: a double press must not decide it unseen),
* a modal dialog or popup is open, or the key is aimed at another window.

The clock is injectable, so tests drive the guard time without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.common.i18n import arg, translate
from ui.common.keycaps import cap
from ui.common.shortcuts import HELP, REVEAL, SKIP, UNDO

if TYPE_CHECKING:
    from reviewer.contract import PolicyTaxonomy

GUARD_SECONDS = 0.2
REVEAL_KEY = REVEAL.text
SKIP_KEY = SKIP.text
UNDO_KEY = UNDO.text
HELP_KEY = HELP.text

_MODS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_IGNORED_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
}

Chord = tuple[int, int]  # (Qt key, modifier flags as int)


def parse_chord(text: str) -> Chord | None:
    """``"a"``, ``"Shift+E"``, ``"1"``, ``"Ctrl+K"`` -> (key, modifiers); None if unusable."""
    text = text.strip()
    if not text:
        return None
    seq = QKeySequence(text)
    if seq.count() != 1:
        return None
    combo = seq[0]  # type: ignore[index]  # PySide6 6.8-6.11 stubs lack QKeySequence.__getitem__
    key = combo.key()
    if key == Qt.Key.Key_unknown:
        return None
    return int(key), int(combo.keyboardModifiers().value)


def chord_text(chord: Chord) -> str:
    """How a chord is shown on a key chip: ``A``, ``1``, ``Ctrl+K``."""
    key, mods = chord
    combo = QKeyCombination(Qt.KeyboardModifier(mods), Qt.Key(key))
    return QKeySequence(combo).toString(QKeySequence.SequenceFormat.NativeText)


# Physical key positions (US QWERTY) by native scan code, for layouts whose keys do not
# produce Latin letters or bare digits (Cyrillic, Arabic, AZERTY's digit row): the key in
# the place of "A" on a US keyboard still means "A". X11 and Wayland report XKB keycodes
# (evdev + 8), Windows reports set-1 scan codes. (macOS is not mapped: Latin keys only.)
_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
_XCB_STARTS = (10, 24, 38, 52)
_WIN_STARTS = (0x02, 0x10, 0x1E, 0x2C)


def _physical_table(starts: tuple[int, ...]) -> dict[int, int]:
    table: dict[int, int] = {}
    for row, start in zip(_ROWS, starts, strict=True):
        for i, ch in enumerate(row):
            table[start + i] = int(QKeySequence(ch)[0].key())  # type: ignore[index]  # as above
    return table


_XKB = _physical_table(_XCB_STARTS)
_PHYSICAL = {"xcb": _XKB, "wayland": _XKB, "windows": _physical_table(_WIN_STARTS)}


def _is_latin_or_digit(key: int) -> bool:
    return int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9) or (
        int(Qt.Key.Key_A) <= key <= int(Qt.Key.Key_Z)
    )


def physical_key(event: QKeyEvent, platform: str | None = None) -> int | None:
    """The US-QWERTY key at the physical position of ``event``, if the platform says."""
    name = platform if platform is not None else QGuiApplication.platformName()
    table = _PHYSICAL.get(name)
    if table is None:
        return None
    return table.get(int(event.nativeScanCode()))


#: what a remap refusal names as the key's owner: the key and its function (a code)
RESERVED = {UNDO_KEY: "undo", HELP_KEY: "sheet"}
NAVIGATION = {
    "Left": "previous",
    "Right": "next",
    "Return": "author",
    "Escape": "leave",
}
#: what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare;
#: :func:`refusal_text` words them for a person)
PAUSED = "decision keys are paused"
TOO_SOON = "too soon after the case appeared"


def refusal_text(why: str) -> str:
    """A ``refused`` reason in the chosen language."""
    if why == PAUSED:
        return translate("DecisionKeyFilter", "decision keys are paused")
    if why == TOO_SOON:
        return translate("DecisionKeyFilter", "too soon after the case appeared")
    return why


def _kept_for(owner: str) -> str:
    """The refusal of a remap onto a reserved key: %1 is the action, %2 the key."""
    if owner == "undo":
        return translate("DecisionKeys", "%1: %2 is kept for undo")
    if owner == "sheet":
        return translate("DecisionKeys", "%1: %2 is kept for the shortcut sheet")
    if owner == "previous":
        return translate("DecisionKeys", "%1: %2 is kept for the previous snapshot")
    if owner == "next":
        return translate("DecisionKeys", "%1: %2 is kept for the next snapshot")
    if owner == "author":
        return translate("DecisionKeys", "%1: %2 is kept for a chat author's history")
    return translate("DecisionKeys", "%1: %2 is kept for leaving a field")


def apply_overrides(
    taxonomy: PolicyTaxonomy, overrides: Mapping[str, str]
) -> tuple[PolicyTaxonomy, list[str]]:
    """The taxonomy with the moderator's own action keys, and the remaps that were refused.

    Remaps apply in order; one is refused, with the reason, when its key is unusable,
    reserved (undo, help, arrows, Enter, Escape), a policy area's key, or at that point
    another action's key (to swap two keys, move one elsewhere first). A refused remap
    leaves the action on the service's key. Run this again whenever a new taxonomy version
    arrives: a remap of an action that no longer exists is reported, not kept. The panel
    and the key filter both take the returned taxonomy, so they always agree.
    """
    problems: list[str] = []
    actions = {a.code: a for a in taxonomy.actions}
    effective: dict[str, Chord | None] = {a.code: parse_chord(a.shortcut) for a in taxonomy.actions}
    area_keys = {c for c in (parse_chord(k) for k in area_shortcuts(taxonomy).values()) if c}
    reserved = {parse_chord(k): why for k, why in {**RESERVED, **NAVIGATION}.items()}
    accepted: dict[str, str] = {}
    for code, key in overrides.items():
        action = actions.get(code)
        if action is None:
            template = translate("DecisionKeys", "%1: no such action in policy %2")
            problems.append(arg(template, code, taxonomy.version))
            continue
        chord = parse_chord(key)
        if chord is None:
            template = translate("DecisionKeys", "%1: %2 is not a single key")
            problems.append(arg(template, action.label, repr(key)))
            continue
        shown = chord_text(chord)
        if chord in reserved:
            problems.append(arg(_kept_for(reserved[chord]), action.label, shown))
            continue
        if chord in area_keys:
            template = translate("DecisionKeys", "%1: %2 picks a policy area")
            problems.append(arg(template, action.label, shown))
            continue
        holder = next((c for c, ch in effective.items() if ch == chord and c != code), None)
        if holder is not None:
            template = translate("DecisionKeys", "%1: %2 is already %3")
            problems.append(arg(template, action.label, shown, actions[holder].label))
            continue
        effective[code] = chord
        accepted[code] = key
    updated = taxonomy.model_copy(deep=True)
    for a in updated.actions:
        if a.code in accepted:
            a.shortcut = accepted[a.code]
    return updated, problems


def area_shortcuts(taxonomy: PolicyTaxonomy) -> dict[str, str]:
    """Each policy area's key: the taxonomy's own, else the free digits 1-9, in order.

    The policy panel shows these and the key filter matches them, so both always agree.
    """
    used = {c for c in (parse_chord(a.shortcut) for a in taxonomy.actions) if c is not None}
    used |= {c for c in (parse_chord(a.shortcut) for a in taxonomy.areas) if c is not None}
    free_digits = [d for d in "123456789" if parse_chord(d) not in used]
    keys: dict[str, str] = {}
    for area in taxonomy.areas:
        if parse_chord(area.shortcut) is not None:
            keys[area.code] = area.shortcut.strip()
        elif free_digits:
            keys[area.code] = free_digits.pop(0)
    return keys


def is_text_entry(widget: QWidget | None) -> bool:
    """True when ``widget`` (or the widget it belongs to) takes typed text."""
    w = widget
    while w is not None:
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            return not (isinstance(w, QTextEdit | QPlainTextEdit) and w.isReadOnly())
        if isinstance(w, QComboBox):
            return w.isEditable()
        # A QLineEdit inside a QComboBox or a spin box reports its parent; stop at windows.
        if w.isWindow():
            return False
        w = w.parentWidget()
    return False


_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_DEACTIVATE = frozenset({QEvent.Type.WindowDeactivate, QEvent.Type.ApplicationDeactivate})
# What counts as someone at the desk (lease renewal, idle lock). A mouse move is included:
# reading a long chat log with the mouse on it is work too.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
ACTIVITY_EMIT_S = 1.0


class DecisionKeyFilter(QObject):
    """Turns key presses into decision intents; see the module docstring for the rules.

    Signals: ``actionKey(str)`` (action code), ``areaKey(str)`` (policy area code),
    ``undoRequested()``, ``skipRequested()``, ``revealChanged(bool)`` (the reveal key went
    down or up: sensitive snapshots are shown clear only while it is held),
    ``helpRequested()`` (F1), ``refused(str)`` (a decision key was ignored, and why),
    ``activity()`` (a key, click, wheel or mouse move anywhere, at most once a second).

    It is the application's only event filter on purpose: a Python filter runs for every
    event of every widget (each paint too), and each call must take the GIL, so the idle
    lock and the lease renewal listen to ``activity`` instead of filtering on their own.
    """

    actionKey = Signal(str)
    areaKey = Signal(str)
    undoRequested = Signal()
    skipRequested = Signal()
    revealChanged = Signal(bool)
    helpRequested = Signal()
    refused = Signal(str)
    activity = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        guard_seconds: float = GUARD_SECONDS,
        scope: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._guard = guard_seconds
        self._scope = scope
        self._armed_at: float | None = None
        self._enabled = True
        self._actions: dict[Chord, str] = {}
        self._areas: dict[Chord, str] = {}
        self._reveal = parse_chord(REVEAL_KEY)
        self._skip = parse_chord(SKIP_KEY)
        self._undo = parse_chord(UNDO_KEY)
        self._help = parse_chord(HELP_KEY)
        self._revealing = False
        self._taxonomy: PolicyTaxonomy | None = None
        self._activity_at = -ACTIVITY_EMIT_S
        # input inside the quiet second is reported when that second ends
        self._activity_later = QTimer(self)
        self._activity_later.setSingleShot(True)
        self._activity_later.timeout.connect(self._report_activity)

    # -- configuration ------------------------------------------------------------------

    def set_taxonomy(self, taxonomy: PolicyTaxonomy) -> list[str]:
        """Load the action and area keys; returns warnings about keys that could not be used.

        An action key wins over everything; a taxonomy that takes the skip or reveal key
        moves that function to Ctrl+key instead of silently shadowing a decision.
        """
        warnings: list[str] = []
        actions: dict[Chord, str] = {}
        for action in taxonomy.actions:
            if not action.shortcut.strip():
                continue  # e.g. retract: recorded by undo, never by its own key
            chord = parse_chord(action.shortcut)
            if chord is None:
                warnings.append(f"action {action.code!r} key {action.shortcut!r} is unusable")
                continue
            if chord in actions:
                warnings.append(
                    f"key {action.shortcut!r} of {action.code!r} is already {actions[chord]!r}"
                )
                continue
            actions[chord] = action.code
        areas: dict[Chord, str] = {}
        for code, key in area_shortcuts(taxonomy).items():
            chord = parse_chord(key)
            if chord is None or chord in actions or chord in areas:
                warnings.append(f"policy area {code!r} key {key!r} clashes; pick it from the list")
                continue
            areas[chord] = code
        self._actions, self._areas = actions, areas
        self._taxonomy = taxonomy
        taken = set(actions) | set(areas)
        self._skip = self._free(SKIP_KEY, taken)
        self._reveal = self._free(REVEAL_KEY, taken)
        return warnings

    @staticmethod
    def _free(key: str, taken: set[Chord]) -> Chord | None:
        chord = parse_chord(key)
        if chord in taken:
            chord = parse_chord("Ctrl+" + key)
        return chord if chord not in taken else None

    def sheet(self) -> list[tuple[str, str]]:
        """(key, what it does) for every key on the case screen, from the live mapping:
        what F1 shows."""
        rows: list[tuple[str, str]] = []
        labels = {a.code: a.label for a in self._taxonomy.actions} if self._taxonomy else {}
        for chord, code in self._actions.items():
            rows.append((cap(chord_text(chord)), labels.get(code, code)))
        areas = {a.code: a.label for a in self._taxonomy.areas} if self._taxonomy else {}
        for chord, code in sorted(self._areas.items(), key=lambda kv: chord_text(kv[0])):
            rows.append(
                (cap(chord_text(chord)), arg(self.tr("Policy area: %1"), areas.get(code, code)))
            )
        for fixed, what in (
            (self._undo, self.tr("Undo the last decision")),
            (self._skip, self.tr("Skip this case (asks why)")),
            (self._reveal, self.tr("Hold to see a blurred snapshot")),
            (self._help, self.tr("This sheet")),
        ):
            if fixed is not None:
                rows.append((chord_text(fixed), what))
        native = QKeySequence.SequenceFormat.NativeText
        left = QKeySequence(Qt.Key.Key_Left).toString(native)
        right = QKeySequence(Qt.Key.Key_Right).toString(native)
        if QGuiApplication.isRightToLeft():  # the previous snapshot is to the right
            left, right = right, left
        rows += [
            (arg(self.tr("%1 / %2", "two keys"), left, right), self.tr("Previous / next snapshot")),
            (
                QKeySequence(QKeySequence.StandardKey.Find).toString(native),
                self.tr("Search the chat"),
            ),
            (
                QKeySequence(Qt.Key.Key_Return).toString(native),
                self.tr("In the chat: that author's messages"),
            ),
            (
                QKeySequence(Qt.Key.Key_Escape).toString(native),
                self.tr("Clear the chat filter, leave a text field"),
            ),
        ]
        return rows

    def action_chords(self) -> dict[str, str]:
        """Action code -> the key text shown to the moderator."""
        return {code: chord_text(chord) for chord, code in self._actions.items()}

    def skip_key(self) -> str:
        return chord_text(self._skip) if self._skip else ""

    def reveal_key(self) -> str:
        return chord_text(self._reveal) if self._reveal else ""

    def arm(self) -> None:
        """A new case is on screen: refuse decision keys for the guard time from now."""
        self._armed_at = self._clock()

    def set_enabled(self, enabled: bool) -> None:
        """Disable every key (a banner to acknowledge, an idle lock, no case on screen)."""
        self._enabled = enabled

    def is_enabled(self) -> bool:
        return self._enabled

    def in_guard(self) -> bool:
        return self._armed_at is not None and self._clock() - self._armed_at < self._guard

    # -- the filter ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Hot path: every event of the application passes here. Keep it flat.
        etype = event.type()
        if etype in _ACTIVITY:
            quiet_for = ACTIVITY_EMIT_S - (time.monotonic() - self._activity_at)
            if quiet_for <= 0:
                self._report_activity()
            elif not self._activity_later.isActive():
                self._activity_later.start(int(quiet_for * 1000) + 1)
            if etype == _KEY_PRESS:
                return self._on_press(watched, event)  # type: ignore[arg-type]
            return False
        if etype == _KEY_RELEASE:
            return self._on_release(event)  # type: ignore[arg-type]
        if etype in _DEACTIVATE:
            self._stop_reveal()
        return False

    def _report_activity(self) -> None:
        self._activity_at = time.monotonic()
        self.activity.emit()

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _IGNORED_KEYS:
            return False
        if not self._in_scope(watched):
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return False
        if is_text_entry(QApplication.focusWidget()):
            return False
        chord = self._chord(event)
        if chord == self._reveal:
            if not event.isAutoRepeat() and not self._revealing:
                self._revealing = True
                self.revealChanged.emit(True)
            return True
        if chord == self._help:
            if not event.isAutoRepeat():
                self.helpRequested.emit()
            return True
        action = self._actions.get(chord)
        area = self._areas.get(chord)
        is_ours = action is not None or area is not None or chord in (self._undo, self._skip)
        if not is_ours:
            return False
        # From here on the key is a decision key: consume it even when refusing it,
        # so that it never falls through to a focused button or list.
        if event.isAutoRepeat():
            return True
        if not self._enabled:
            self.refused.emit(PAUSED)
            return True
        if self.in_guard():
            self.refused.emit(TOO_SOON)
            return True
        if action is not None:
            self.actionKey.emit(action)
        elif area is not None:
            self.areaKey.emit(area)
        elif chord == self._undo:
            self.undoRequested.emit()
        else:
            self.skipRequested.emit()
        return True

    def _chord(self, event: QKeyEvent) -> Chord:
        """The event as a chord, falling back to the physical key on non-Latin layouts.

        Shift is dropped from digits: AZERTY needs it to type one.
        """
        key = int(event.key())
        mods = int((event.modifiers() & _MODS).value)
        if not _is_latin_or_digit(key):
            phys = physical_key(event)
            if phys is not None:
                key = phys
                if int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9):
                    mods &= ~int(Qt.KeyboardModifier.ShiftModifier.value)
        elif int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9):
            mods &= ~int(Qt.KeyboardModifier.ShiftModifier.value)
        return key, mods

    def _on_release(self, event: QKeyEvent) -> bool:
        if event.isAutoRepeat() or not self._revealing:
            return False
        if self._reveal is not None and self._chord(event)[0] == self._reveal[0]:
            self._stop_reveal()
            return True
        return False

    def _stop_reveal(self) -> None:
        if self._revealing:
            self._revealing = False
            self.revealChanged.emit(False)

    def _in_scope(self, watched: QObject) -> bool:
        # Installed on the application, the filter sees each key twice: first aimed at the
        # QWindow, then at the focus widget. Only the widget delivery counts.
        if not isinstance(watched, QWidget):
            return False
        return self._scope is None or watched.window() is self._scope.window()
