"""Marks the core's person-facing words for translation without importing Qt.

The core never translates: it names a fixed label with ``QT_TRANSLATE_NOOP(context,
source)``, which returns ``source`` unchanged and lets ``pyside6-lupdate`` extract it.
The client translates it when it shows it, with ``ui.common.i18n.translate(context,
source)``. A sentence with numbers or names in it is built by the client from data the
core returns, never glued here, so a translator can reorder it.
"""

from __future__ import annotations


# The upper-case name is the one lupdate knows.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source`` unchanged; the call is a marker for the translation extractor."""
    del context
    return source


SOURCE_LANGUAGE = "en"
"""The language the source strings are written in."""

SHIPPED_LANGUAGES = ("en", "es", "ar", "zh_CN")
"""The languages with a .ts in resources/translations (the glossary's columns, plus English)."""

PSEUDO_LANGUAGE = "en_XA"
"""The generated pseudo-locale (accented, longer, marked): development only."""
