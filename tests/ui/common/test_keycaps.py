"""Key caps show what the keyboard prints: both letters on an Arabic key, the key's own
name on Latin (AZERTY) and Chinese layouts."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.common.keycaps import ARABIC_101, cap, input_language

AR = QLocale.Language.Arabic


def test_an_arabic_layout_shows_both_letters_printed_on_the_key() -> None:
    assert cap("N", AR) == "ى N"
    assert cap("A", AR) == "ش A"
    assert cap("Shift+E", AR) == "Shift+ث E"
    assert cap("B", AR) == "لا B"  # one key, two letters: the lam-alef ligature
    assert len(ARABIC_101) == 26


def test_digits_function_keys_and_latin_layouts_keep_the_key_s_name() -> None:
    assert cap("1", AR) == "1"
    assert cap("F1", AR) == "F1"
    assert cap("Ctrl+Z", QLocale.Language.French) == "Ctrl+Z"
    assert cap("A", QLocale.Language.French) == "A"  # AZERTY prints A where it types A
    assert cap("N", QLocale.Language.Chinese) == "N"


def test_the_platform_s_input_language_is_asked_when_none_is_given() -> None:
    assert cap("N") == cap("N", input_language())
