"""Every shipped theme meets WCAG 2.2 AA: each listed pair reaches its ratio, and no colour
in a .qss file or in the client's code is drawn without a pair (so a new colour cannot dodge
the check): code paints with ``theme.drawn(name)`` or the palette, never a literal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.common import theme

UI = Path(__file__).resolve().parents[2] / "ui"

#: files that may hold colour literals, and why (paths relative to ui/)
COLOUR_LITERALS_ALLOWED = {
    "common/theme.py": "the colours' one home: every one of them is in a pair",
    "lead/dashboard.py": "chart series (Okabe-Ito): each bar carries its value as text",
    "lead/weekly_report.py": "chart series: each bar carries its value as text",
}

_COLOUR_LITERAL = re.compile(
    r"""QColor\(\s*(?:\d|["']|Qt\.)"""  # QColor(207, 34, 46), QColor("#cf222e"), QColor(Qt.red)
    r"""|["']#[0-9a-fA-F]{3,8}["']"""  # "#cf222e" anywhere
    # transparent draws nothing (it clears an image before painting): not a colour to check
    r"""|Qt\.GlobalColor\.(?!transparent\b)|\bQt\.(?:black|white|red|green|blue|yellow|cyan|magenta|gray)\b"""
    r"""|QColor\.from(?:Rgb|Rgba|Hsv|Hsl|String)\w*\(\s*(?:\d|["'])"""
)


def colour_literals(source: str) -> list[tuple[int, str]]:
    """(line number, line) of each colour literal in Python ``source``."""
    return [
        (number, line.strip())
        for number, line in enumerate(source.splitlines(), 1)
        if _COLOUR_LITERAL.search(line) and not line.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_pair_meets_its_minimum(name: str) -> None:
    failing = [
        f"{pair.what}: {pair.foreground} on {pair.background} is "
        f"{theme.contrast_ratio(pair.foreground, pair.background):.2f}, needs {pair.minimum}"
        for pair in theme.CONTRAST_PAIRS[name]
        if theme.contrast_ratio(pair.foreground, pair.background) < pair.minimum
    ]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_qss_colour_belongs_to_a_pair(name: str) -> None:
    paired = {c.lower() for p in theme.CONTRAST_PAIRS[name] for c in (p.foreground, p.background)}
    unpaired = sorted(theme.qss_colours(theme.read_qss(name)) - paired)
    assert not unpaired, f"{name}.qss draws colours with no contrast pair: {unpaired}"


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_pair_is_drawn(name: str) -> None:
    """A pair whose colours the theme no longer uses is a stale promise."""
    drawn = theme.qss_colours(theme.read_qss(name)) | theme.drawn_colours(name)
    stale = [
        p.what
        for p in theme.CONTRAST_PAIRS[name]
        if p.foreground.lower() not in drawn or p.background.lower() not in drawn
    ]
    assert not stale, f"{name}: pairs of colours the .qss never names: {stale}"


def test_the_focus_ring_is_checked_in_every_theme() -> None:
    for name in theme.THEMES:
        qss = theme.read_qss(name)
        assert ":focus" in qss
        assert any(
            "focus" in p.what and p.minimum >= theme.BOUNDARY for p in theme.CONTRAST_PAIRS[name]
        ), name


def test_the_ratio_matches_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_drawn_colour_belongs_to_a_pair(name: str) -> None:
    """The colours the code paints with: each theme names all of them, and each (or, for a
    tint, its blend on the theme's base) is in one of the theme's pairs."""
    drawn = theme.DRAWN[name]
    assert set(drawn) == set(theme.DRAWN_NAMES)
    paired = {c.lower() for p in theme.CONTRAST_PAIRS[name] for c in (p.foreground, p.background)}
    base = theme.SURFACES[name]["base"]
    unpaired = [
        what
        for what, colour in drawn.items()
        if (colour.colour if colour.alpha == 255 else colour.over(base)).lower() not in paired
        and what != "veil"  # a backdrop: its pairs are the veil's texts on it
    ]
    assert not unpaired, f"{name}: drawn colours with no contrast pair: {unpaired}"


@pytest.mark.parametrize("name", theme.THEMES)
def test_the_surfaces_are_the_palette(name: str) -> None:
    palette = theme.parse_palette(theme.read_qss(name))
    assert theme.SURFACES[name] == {key: palette[key] for key in theme.SURFACES[name]}


def test_no_colour_literal_in_the_client_code() -> None:
    found = [
        f"ui/{path.relative_to(UI).as_posix()}:{number}: {line}"
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI).as_posix() not in COLOUR_LITERALS_ALLOWED
        for number, line in colour_literals(path.read_text(encoding="utf-8"))
    ]
    assert not found, "colour literals outside ui/common/theme.py (use theme.drawn):\n" + (
        "\n".join(found)
    )


def test_the_literal_finder_finds_each_spelling() -> None:
    """The negative control: every way of writing a colour in code is caught."""
    source = "\n".join(
        [
            "a = QColor(207, 34, 46)",
            'b = QColor("#cf222e")',
            "c = QBrush(Qt.GlobalColor.red)",
            'd = "#fff"',
            "e = QColor.fromRgbF(1.0, 0, 0)",
            "f = pal.color(QPalette.ColorRole.Text)",  # from the palette: fine
            "g = theme.drawn('live')",  # from the theme: fine
            "# QColor(1, 2, 3) in a comment: fine",
            "h = image.fill(Qt.GlobalColor.transparent)",  # a clear, no colour: fine
        ]
    )
    assert [number for number, _line in colour_literals(source)] == [1, 2, 3, 4, 5]


def test_the_drawn_colour_follows_the_theme_in_force(qapp: QApplication) -> None:
    app = qapp
    before = app.property("reviewerTheme")
    try:
        for name in theme.THEMES:
            app.setProperty("reviewerTheme", name)
            assert theme.drawn("live") == theme.DRAWN[name]["live"].qcolor()
    finally:
        app.setProperty("reviewerTheme", before)
