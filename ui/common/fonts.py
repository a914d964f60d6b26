"""Fonts for the language on screen: Simplified Chinese drawn with a Simplified Chinese face.

Qt picks a font for Han characters by the operating system's locale, not by the language
chosen in the desk. On a machine with an English system locale (as at many vendor sites),
Chinese text came out in "Noto Sans CJK JP": Japanese glyph forms (直, 骨, 说 drawn the
Japanese way), which reads as wrong to a Chinese moderator. While the desk shows Simplified
Chinese, the application font names a Simplified Chinese family right after its own: Latin
text keeps the normal face, Han characters and full-width punctuation take the Chinese one.
No family installed leaves the font as it was (Qt's own fallback, and the tests say so).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

#: Simplified Chinese UI faces, most wanted first: Debian's fonts-noto-cjk (CI, Linux
#: desks, the bundle's screenshots), Adobe's name for the same design, Windows, macOS, and
#: the older free ones that Linux vendor images sometimes carry.
SIMPLIFIED_CHINESE = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)

#: languages whose script needs a face of its own named, and the faces to look for
SCRIPT_FAMILIES: dict[str, tuple[str, ...]] = {"zh_CN": SIMPLIFIED_CHINESE}

# the application's families before any language added one (restored on a switch back)
_base: list[str] | None = None


def script_family(language: str) -> str | None:
    """The installed face that ``language``'s script should be drawn with, if it needs one."""
    wanted = SCRIPT_FAMILIES.get(language, ())
    if not wanted:
        return None
    installed = set(QFontDatabase.families())
    return next((family for family in wanted if family in installed), None)


def apply_script_font(language: str) -> str | None:
    """Name ``language``'s face after the application's own (or drop it again for a language
    that needs none); returns the face added. Widgets built afterwards inherit it."""
    global _base
    font = QFont(QGuiApplication.font())
    if _base is None:
        _base = list(font.families()) or [font.family()]
    family = script_family(language)
    families = [*_base, family] if family and family not in _base else list(_base)
    if font.families() != families:
        font.setFamilies(families)
        QGuiApplication.setFont(font)
    return family
