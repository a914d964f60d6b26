"""Chinese on screen: every character of the zh_CN translation has a glyph (no tofu boxes),
drawn with a Simplified Chinese face whatever the system locale says."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout

from ui.common import fonts

ZH_CN_TS = Path(__file__).resolve().parents[3] / "resources/translations/reviewer_zh_CN.ts"


@pytest.fixture
def chinese_face() -> Iterator[str]:
    """The Simplified Chinese face installed here, applied; the application font as it was
    afterwards. Skips, saying what to install, on a machine without one."""
    family = fonts.script_family("zh_CN")
    if family is None:
        pytest.skip(
            "no Simplified Chinese font installed (Debian: apt-get install fonts-noto-cjk; "
            f"looked for {', '.join(fonts.SIMPLIFIED_CHINESE)})"
        )
    assert fonts.apply_script_font("zh_CN") == family
    yield family
    fonts.apply_script_font("en")


def zh_cn_texts() -> list[str]:
    """Every zh_CN translation, plural forms included."""
    root = ET.parse(ZH_CN_TS).getroot()  # noqa: S314 - our own committed file
    texts = [t.text or "" for t in root.iter("translation")]
    texts += [form.text or "" for form in root.iter("numerusform")]
    return [t for t in texts if t]


def drawn_characters(texts: list[str]) -> str:
    """The characters that reach the screen: no spaces, line breaks or format characters."""
    return "".join(
        sorted(
            {
                ch
                for text in texts
                for ch in text
                if not ch.isspace() and unicodedata.category(ch) not in {"Cc", "Cf"}
            }
        )
    )


def faces(font: QFont) -> list[QRawFont]:
    """The faces Qt tries, in order, for ``font``'s family list."""
    raws = []
    for family in font.families():
        face = QFont(font)
        face.setFamilies([family])
        raws.append(QRawFont.fromFont(face))
    return raws


def test_every_character_of_the_chinese_translation_has_a_glyph(chinese_face: str) -> None:
    characters = drawn_characters(zh_cn_texts())
    assert len(characters) > 500  # the whole translation, not an empty file
    font = QGuiApplication.font()
    assert chinese_face in font.families()
    raws = faces(font)
    # by code point: PySide6 turns a one-character str into a wrong QChar from U+7000 on
    missing = [ch for ch in characters if not any(raw.supportsCharacter(ord(ch)) for raw in raws)]
    assert missing == [], f"tofu in {font.families()}: {''.join(missing)}"


def test_han_characters_are_drawn_with_the_simplified_chinese_face(chinese_face: str) -> None:
    # what Qt actually lays out: Latin in the normal face, Han in the Chinese one, and no
    # glyph 0 (the empty box) anywhere
    layout = QTextLayout("直骨说 审核 Case 案例：处理决定（%1）", QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    han = {run.rawFont().familyName() for run in runs if run.rawFont().supportsCharacter(ord("审"))}
    assert han == {chinese_face}
    assert all(0 not in run.glyphIndexes() for run in runs)


def test_a_language_without_its_own_face_gets_the_font_back(chinese_face: str) -> None:
    assert fonts.apply_script_font("es") is None
    assert chinese_face not in QGuiApplication.font().families()
    assert fonts.apply_script_font("zh_CN") == chinese_face
    assert QGuiApplication.font().families()[-1] == chinese_face


def test_no_face_is_named_for_a_script_that_needs_none() -> None:
    assert fonts.script_family("en") is None
    assert fonts.script_family("ar") is None
    installed = set(QFontDatabase.families())
    family = fonts.script_family("zh_CN")
    assert family is None or family in installed
