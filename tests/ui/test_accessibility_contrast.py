"""Every shipped theme meets WCAG 2.2 AA: each listed pair reaches its ratio, and no colour
in a .qss file is drawn without a pair (so a new colour cannot dodge the check)."""

from __future__ import annotations

import pytest

from ui.common import theme


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
    drawn = theme.qss_colours(theme.read_qss(name))
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
