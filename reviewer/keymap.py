"""The moderator's own decision keys: validated against the taxonomy, re-checked on change.

The service's taxonomy gives every action a key. A moderator may move actions to other
keys (``Settings.shortcuts``: action code -> key text). A remap is refused, with a reason
a person can act on, when its key

* is not one key (with optional Ctrl, Alt, Shift or Meta),
* is reserved: V (hold to reveal), K (skip), F1 (shortcut sheet), Ctrl+Z (undo),
  Ctrl+P (pause), Ctrl+, (settings), Ctrl+F (chat search), arrows, Enter, Escape, Tab
  and Space,
* picks a policy area (the areas' own keys, else the digits the client assigns them),
* would put two actions on one key (the whole map is checked at once, so swapping two
  actions' keys in one go is fine).

When a new taxonomy version arrives, :func:`recheck` runs the saved map again: remaps of
actions that no longer exist are dropped, and remaps that now clash with the new version
are reported and left out, so the keys in force never hold a conflict.

Pure Python: key text is normalised here the way Qt spells a ``QKeySequence`` in portable
text, so the UI's key filter reads the result without surprises.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

from reviewer import contract
from reviewer.i18n import QT_TRANSLATE_NOOP

_MODIFIERS: Final = {
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "option": "Alt",
    "shift": "Shift",
    "meta": "Meta",
    "win": "Meta",
    "super": "Meta",
    "cmd": "Meta",
}
_MOD_ORDER: Final = ("Ctrl", "Alt", "Shift", "Meta")
_NAMED: Final = {
    **{f"f{n}": f"F{n}" for n in range(1, 25)},
    "return": "Return",
    "enter": "Return",
    "esc": "Escape",
    "escape": "Escape",
    "left": "Left",
    "right": "Right",
    "up": "Up",
    "down": "Down",
    "space": "Space",
    "tab": "Tab",
    "backspace": "Backspace",
    "del": "Del",
    "delete": "Del",
    "ins": "Ins",
    "insert": "Ins",
    "home": "Home",
    "end": "End",
    "pgup": "PgUp",
    "pageup": "PgUp",
    "pgdown": "PgDown",
    "pagedown": "PgDown",
}

RefusalKind = Literal[
    "no_own_key", "not_single_key", "reserved", "area_key", "taken", "unknown_action"
]

#: keys the review screen uses for something else, and what (marked: the client shows them
#: in the person's language with ``translate("Keymap", value)``)
RESERVED: Final[dict[str, str]] = {
    "V": QT_TRANSLATE_NOOP("Keymap", "holding to reveal a blurred snapshot"),
    "K": QT_TRANSLATE_NOOP("Keymap", "skipping a case"),
    "F1": QT_TRANSLATE_NOOP("Keymap", "the shortcut sheet"),
    "Ctrl+Z": QT_TRANSLATE_NOOP("Keymap", "undo"),
    "Ctrl+P": QT_TRANSLATE_NOOP("Keymap", "pause"),
    "Ctrl+,": QT_TRANSLATE_NOOP("Keymap", "settings"),
    "Ctrl+F": QT_TRANSLATE_NOOP("Keymap", "searching the chat"),
    "Left": QT_TRANSLATE_NOOP("Keymap", "the previous snapshot"),
    "Right": QT_TRANSLATE_NOOP("Keymap", "the next snapshot"),
    "Up": QT_TRANSLATE_NOOP("Keymap", "moving in lists"),
    "Down": QT_TRANSLATE_NOOP("Keymap", "moving in lists"),
    "Return": QT_TRANSLATE_NOOP("Keymap", "a chat author's history"),
    "Escape": QT_TRANSLATE_NOOP("Keymap", "leaving a field"),
    "Tab": QT_TRANSLATE_NOOP("Keymap", "moving the focus"),
    "Space": QT_TRANSLATE_NOOP("Keymap", "pressing the focused button"),
}


def normalize_key(text: str) -> str | None:
    """``"shift+e"`` -> ``"Shift+E"``, ``"a"`` -> ``"A"``; None when it is not one key.

    Shift is dropped from digits: AZERTY keyboards need it to type one, and the key
    filter matches digits with or without it.
    """
    text = text.strip()
    if not text or len(text) > 32:
        return None
    if text == "+":
        parts = ["+"]
    elif text.endswith("++"):
        parts = [*text[:-2].split("+"), "+"]
    else:
        parts = text.split("+")
    *mods_text, key_text = parts
    mods: set[str] = set()
    for m in mods_text:
        mod = _MODIFIERS.get(m.strip().lower())
        if mod is None or mod in mods:
            return None
        mods.add(mod)
    key_text = key_text.strip() if key_text.strip() else key_text
    if len(key_text) == 1:
        if not key_text.isprintable() or key_text.isspace():
            return None
        key = key_text.upper()
    else:
        named = _NAMED.get(key_text.lower())
        if named is None:
            return None
        key = named
    if key.isdigit():
        mods.discard("Shift")
    return "+".join([*(m for m in _MOD_ORDER if m in mods), key])


def area_keys(taxonomy: contract.PolicyTaxonomy) -> dict[str, str]:
    """Each policy area's key: its own, else the free digits 1-9 in order.

    The same rule as the key filter's (``ui.case.decision_keys.area_shortcuts``).
    """
    used = {k for k in (normalize_key(a.shortcut) for a in taxonomy.actions) if k}
    used |= {k for k in (normalize_key(a.shortcut) for a in taxonomy.areas) if k}
    free = [d for d in "123456789" if d not in used]
    keys: dict[str, str] = {}
    for area in taxonomy.areas:
        own = normalize_key(area.shortcut)
        if own is not None:
            keys[area.code] = own
        elif free:
            keys[area.code] = free.pop(0)
    return keys


@dataclass(frozen=True)
class Refusal:
    """One remap that is not in force, and why: ``reason`` in English (logs, the CLI), and
    ``kind`` with its ``values`` for the client to word in the person's language:

    - ``no_own_key``: (action label,)
    - ``not_single_key``: (action label, typed text)
    - ``reserved``: (action label, key, what the key does: a RESERVED value)
    - ``area_key``: (action label, key, policy area label)
    - ``taken``: (action label, key, the other action's label)
    """

    action: str
    key: str
    reason: str
    kind: RefusalKind = "taken"
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeymapCheck:
    """The remaps in force (action -> normalised key), the refused ones and the dropped ones."""

    accepted: dict[str, str] = field(default_factory=dict)
    refused: list[Refusal] = field(default_factory=list)
    #: remapped actions the taxonomy no longer has
    dropped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused and not self.dropped

    def reason_for(self, action: str) -> str | None:
        return next((r.reason for r in self.refused if r.action == action), None)

    def messages(self) -> list[str]:
        out = [r.reason for r in self.refused]
        out += [f"Your key for {code!r} was removed: that action is gone" for code in self.dropped]
        return out


def validate_remap(taxonomy: contract.PolicyTaxonomy, remap: Mapping[str, str]) -> KeymapCheck:
    """Check a whole remap against ``taxonomy``; see the module docstring for the rules."""
    actions = {a.code: a for a in taxonomy.actions}
    service = {a.code: normalize_key(a.shortcut) for a in taxonomy.actions}
    areas = {key: code for code, key in area_keys(taxonomy).items()}
    area_labels = {a.code: a.label for a in taxonomy.areas}
    refused: list[Refusal] = []
    dropped: list[str] = []
    candidates: dict[str, str] = {}
    for code, text in remap.items():
        action = actions.get(code)
        if action is None:
            dropped.append(code)
            continue
        key = normalize_key(text)
        label = action.label
        if not action.shortcut.strip():
            refused.append(
                Refusal(
                    code,
                    text,
                    f"{label} has no key of its own (undo records it)",
                    "no_own_key",
                    (label,),
                )
            )
        elif key is None:
            refused.append(
                Refusal(
                    code,
                    text,
                    f"{label}: {text!r} is not a single key",
                    "not_single_key",
                    (label, text),
                )
            )
        elif key in RESERVED:
            refused.append(
                Refusal(
                    code,
                    key,
                    f"{label}: {key} is kept for {RESERVED[key]}",
                    "reserved",
                    (label, key, RESERVED[key]),
                )
            )
        elif key in areas:
            area = area_labels.get(areas[key], areas[key])
            refused.append(
                Refusal(
                    code,
                    key,
                    f"{label}: {key} picks the policy area {area}",
                    "area_key",
                    (label, key, area),
                )
            )
        elif key == service[code]:
            continue  # the service's own key: nothing to remap
        else:
            candidates[code] = key
    # Two actions on one key: refuse a remap that lands on a key in force, latest first.
    # Refusing one puts its action back on the service key, which may clash again: repeat.
    while True:
        effective = {c: k for c, k in service.items() if k is not None}
        effective.update(candidates)
        holders: dict[str, list[str]] = {}
        for c, k in effective.items():
            holders.setdefault(k, []).append(c)
        clash = next(
            (
                (key, codes)
                for key, codes in holders.items()
                if len(codes) > 1 and any(c in candidates for c in codes)
            ),
            None,
        )
        if clash is None:
            break
        key, codes = clash
        remapped = [c for c in codes if c in candidates]
        loser = remapped[-1]
        other = next(c for c in codes if c != loser)
        refused.append(
            Refusal(
                loser,
                key,
                f"{actions[loser].label}: {key} is already {actions[other].label}",
                "taken",
                (actions[loser].label, key, actions[other].label),
            )
        )
        del candidates[loser]
    return KeymapCheck(candidates, refused, dropped)


def refusal_for(
    taxonomy: contract.PolicyTaxonomy, remap: Mapping[str, str], action: str, key: str
) -> Refusal | None:
    """Why ``action`` cannot go on ``key`` next to the other remaps, structured (None: it
    can; an action the taxonomy does not have comes back as ``unknown_action``)."""
    trial = {k: v for k, v in remap.items() if k != action}
    trial[action] = key
    check = validate_remap(taxonomy, trial)
    if action in check.dropped:
        return Refusal(
            action,
            key,
            f"{action!r} is not an action of policy {taxonomy.version}",
            "unknown_action",
            (action, taxonomy.version),
        )
    return next((r for r in check.refused if r.action == action), None)


def check_assignment(
    taxonomy: contract.PolicyTaxonomy, remap: Mapping[str, str], action: str, key: str
) -> str | None:
    """Why ``action`` cannot go on ``key`` next to the other remaps (None: it can)."""
    trial = {k: v for k, v in remap.items() if k != action}
    trial[action] = key
    check = validate_remap(taxonomy, trial)
    if action in check.dropped:
        return f"{action!r} is not an action of policy {taxonomy.version}"
    return check.reason_for(action)


def recheck(taxonomy: contract.PolicyTaxonomy, saved: Mapping[str, str]) -> KeymapCheck:
    """A new taxonomy version arrived: which saved remaps still hold.

    Remaps of actions that are gone are ``dropped``; remaps that now clash are
    ``refused``. Save ``accepted`` back so the settings file matches the keys in force.
    """
    return validate_remap(taxonomy, saved)


def effective_keys(
    taxonomy: contract.PolicyTaxonomy, accepted: Mapping[str, str]
) -> dict[str, str]:
    """Action code -> the key in force (remapped or the service's); actions without a key
    are left out."""
    out: dict[str, str] = {}
    for action in taxonomy.actions:
        key = accepted.get(action.code) or normalize_key(action.shortcut)
        if key:
            out[action.code] = key
    return out


def apply_remap(
    taxonomy: contract.PolicyTaxonomy, remap: Mapping[str, str]
) -> tuple[contract.PolicyTaxonomy, KeymapCheck]:
    """The taxonomy with the accepted remaps in its action shortcuts, and the check."""
    check = validate_remap(taxonomy, remap)
    updated = taxonomy.model_copy(deep=True)
    for action in updated.actions:
        if action.code in check.accepted:
            action.shortcut = check.accepted[action.code]
    return updated, check
