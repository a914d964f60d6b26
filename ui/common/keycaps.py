"""Key caps as the keyboard in front of the moderator prints them.

The decision keys match a Latin letter or digit by the character typed (AZERTY's "A" is
"A" wherever the key sits) and any other key by its physical place, as on a US keyboard
(``ui.case.decision_keys.physical_key``): on an Arabic layout the key that types "ى" sits
where US "N" is, and decides what "N" decides. So a cap for an Arabic input layout shows
both characters printed on that key, the Arabic one first ("ى N"); on Latin layouts and
Chinese ones (an input method types Latin keys outside text fields) the cap is the key's
own name. Digits stay as Qt names them: every layout prints the Latin digit on the key.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

#: the Arabic (101) layout: the Arabic letter printed on each US letter key
ARABIC_101: dict[str, str] = {
    "Q": "ض", "W": "ص", "E": "ث", "R": "ق", "T": "ف", "Y": "غ", "U": "ع", "I": "ه",
    "O": "خ", "P": "ح", "A": "ش", "S": "س", "D": "ي", "F": "ب", "G": "ل", "H": "ا",
    "J": "ت", "K": "ن", "L": "م", "Z": "ئ", "X": "ء", "C": "ؤ", "V": "ر", "B": "لا",
    "N": "ى", "M": "ة",
}  # fmt: skip
#: input languages whose keyboards print another script beside the Latin letters
_PRINTED: dict[QLocale.Language, dict[str, str]] = {QLocale.Language.Arabic: ARABIC_101}


def input_language() -> QLocale.Language:
    """The language of the keyboard input as the platform reports it (on X11 the system's)."""
    return QGuiApplication.inputMethod().locale().language()


def cap(name: str, language: QLocale.Language | None = None) -> str:
    """What a key cap shows for a key Qt names ``name`` ("N", "Shift+E", "F1") on an input
    layout of ``language`` (the platform's when None)."""
    printed = _PRINTED.get(input_language() if language is None else language)
    if not printed:
        return name
    head, plus, letter = name.rpartition("+")
    other = printed.get(letter) if len(letter) == 1 else None
    if other is None:
        return name
    return f"{head}{plus}{other} {letter}"
