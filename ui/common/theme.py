"""Light, dark and high-contrast themes from resources/themes, following the system by default.

Each .qss file starts with a comment block whose ``palette:`` section names the
QPalette colours; the rest is an ordinary style sheet. Keeping both in one file
means a theme is one thing to read and review. Loaded with importlib.resources
so it works from a wheel or a frozen app as well as from the source tree.

``CONTRAST_PAIRS`` lists every foreground/background pair a shipped theme draws, with the
WCAG 2.2 minimum it must meet; tests/ui/test_accessibility_contrast.py checks each ratio and
fails on a colour in a .qss file that belongs to no pair, so a new colour arrives with its pair.

The colours the code paints with (the LIVE mark, the timeline's marks, the veil over a
blurred snapshot, the chat's highlights) live here too, per theme, in ``DRAWN``: code takes
them with ``drawn(name)`` (or from the palette), never as a literal, and each one is in a
pair (tests/ui/test_accessibility_contrast.py reads ui/ for colour literals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, get_args

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "high_contrast")

_ROLES: dict[str, QPalette.ColorRole] = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
    "placeholder": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "light": QPalette.ColorRole.Light,
}


def read_qss(name: str) -> str:
    """The style sheet text of a theme (``light``, ``dark`` or ``high_contrast``)."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    qss = (resources.files("resources.themes") / f"{name}.qss").read_text(encoding="utf-8")
    # a style sheet names its images by path: @ICONS@ is the installed icons folder
    icons = Path(str(resources.files("resources.icons"))).as_posix()
    return qss.replace("@ICONS@", icons)


def parse_palette(qss: str) -> dict[str, str]:
    """The ``name=#rrggbb`` pairs of the leading ``palette:`` comment block."""
    match = re.search(r"/\*.*?palette:(.*?)\*/", qss, flags=re.S)
    if match is None:
        return {}
    return dict(re.findall(r"([a-z_]+)=(#[0-9a-fA-F]{6})", match.group(1)))


def build_palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for key, role in _ROLES.items():
        if key in colours:
            palette.setColor(role, QColor(colours[key]))
    if "disabled_text" in colours:
        grey = QColor(colours["disabled_text"])
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def system_theme() -> str:
    """``dark`` when the desktop asks for a dark colour scheme, else ``light``."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(choice: str) -> str:
    """``system`` (or anything unknown) follows the desktop; the shipped themes are fixed."""
    return choice if choice in THEMES else system_theme()


TEXT_SIZES = (100, 125, 150, 175, 200)
"""The text sizes offered, in percent of the desktop's font (the setting takes 100-200)."""

_TEXT_SIZE = "reviewerTextSize"
_BASE_POINTS = "reviewerBasePoints"


def scale_qss_fonts(qss: str, percent: int) -> str:
    """The style sheet's own ``font-size: Npt`` values at ``percent`` of their size: the
    titles grow with the rest of the text."""
    if percent == 100:
        return qss
    return re.sub(
        r"font-size:\s*(\d+(?:\.\d+)?)pt",
        lambda m: f"font-size: {float(m.group(1)) * percent / 100:g}pt",
        qss,
    )


def text_size(app: QApplication) -> int:
    """The text size in force, in percent (100 until ``apply_text_size``)."""
    value = app.property(_TEXT_SIZE)
    return value if isinstance(value, int) else 100


def apply_text_size(app: QApplication, percent: int) -> int:
    """Scale the application font (and the style sheet's titles) to ``percent`` of the
    desktop's size, clamped to 100-200; returns the percent used. Windows re-lay out at once."""
    percent = max(100, min(200, int(percent)))
    base = app.property(_BASE_POINTS)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINTS, base)
    font = app.font()
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    app.setProperty(_TEXT_SIZE, percent)
    name = app.property("reviewerTheme")
    if isinstance(name, str) and name in THEMES:
        apply_theme(app, name)
    return percent


def apply_theme(app: QApplication, choice: str = "system") -> str:
    """Apply a theme to the whole application; returns the theme actually used."""
    name = resolve(choice)
    qss = scale_qss_fonts(read_qss(name), text_size(app))
    app.setProperty("reviewerTheme", name)  # first: widgets re-colour on the palette change
    app.setStyle("Fusion")  # the same look on every desktop; the palette carries the colours
    app.setPalette(build_palette(parse_palette(qss)))
    app.setStyleSheet(qss)
    return name


def follow_system(app: QApplication, choice: str = "system") -> None:
    """Re-apply the theme when the desktop switches between light and dark."""
    if choice in THEMES:
        return
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def app_icon() -> QIcon:
    data = (resources.files("resources.icons") / "app.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)


# --- contrast (WCAG 2.2 AA) -----------------------------------------------------------------------

TEXT = 4.5
"""Normal text against its background (success criterion 1.4.3)."""
BOUNDARY = 3.0
"""A control's boundary or fill, and the focus indicator, against what is next to it (1.4.11)."""
INACTIVE = 3.0
"""Disabled text: WCAG exempts it; the desk still keeps it readable."""
DECORATION = 1.0
"""Lines and tints that identify nothing (grid lines, row banding, a card's edge): listed so
that every colour has a pair, with no minimum, as 1.4.11 allows."""


DrawnName = Literal[
    "live",
    "report mark",
    "flag mark",
    "density",
    "sensitive mark",
    "alert text",
    "veil",
    "veil title",
    "veil hint",
    "flagged row",
    "moment row",
    "flagged term",
    "search match",
]
"""What the code paints with a colour of its own: see ``DRAWN``."""


@dataclass(frozen=True)
class Drawn:
    """A colour the code paints with; ``alpha`` below 255 is a tint laid over what is under
    it (a row, a snapshot), so its pairs measure the text on the blend."""

    colour: str
    alpha: int = 255

    def qcolor(self) -> QColor:
        colour = QColor(self.colour)
        colour.setAlpha(self.alpha)
        return colour

    def over(self, background: str) -> str:
        """The opaque ``#rrggbb`` this colour makes on ``background``."""
        top, under, a = QColor(self.colour), QColor(background), self.alpha / 255
        mixed = QColor(
            round(top.red() * a + under.red() * (1 - a)),
            round(top.green() * a + under.green() * (1 - a)),
            round(top.blue() * a + under.blue() * (1 - a)),
        )
        return str(mixed.name())


# The veil sits over a blurred snapshot, whatever the theme: the same in every theme.
_VEIL: dict[DrawnName, Drawn] = {
    "veil": Drawn("#141418", 200),
    "veil title": Drawn("#f0f0f0"),
    "veil hint": Drawn("#c8c8c8"),
}

DRAWN: dict[str, dict[DrawnName, Drawn]] = {
    "light": {
        "live": Drawn("#cf222e"),
        "report mark": Drawn("#cf222e"),
        "flag mark": Drawn("#bc4c00"),
        "density": Drawn("#2f6feb", 210),
        "sensitive mark": Drawn("#cf222e"),
        "alert text": Drawn("#cf222e"),
        **_VEIL,
        "flagged row": Drawn("#e68c00", 56),
        "moment row": Drawn("#2f6feb", 96),
        "flagged term": Drawn("#e68c00", 90),
        "search match": Drawn("#ffd600", 150),
    },
    "dark": {
        "live": Drawn("#ff7b72"),
        "report mark": Drawn("#ff7b72"),
        "flag mark": Drawn("#e68c00"),
        "density": Drawn("#539bf5", 200),
        "sensitive mark": Drawn("#ff7b72"),
        "alert text": Drawn("#ff7b72"),
        **_VEIL,
        "flagged row": Drawn("#e68c00", 56),
        "moment row": Drawn("#316dca", 96),
        "flagged term": Drawn("#e68c00", 90),
        "search match": Drawn("#ffd600", 64),
    },
    "high_contrast": {
        "live": Drawn("#ff8080"),
        "report mark": Drawn("#ff8080"),
        "flag mark": Drawn("#ff9f1a"),
        "density": Drawn("#ffd700", 140),
        "sensitive mark": Drawn("#ff8080"),
        "alert text": Drawn("#ff8080"),
        **_VEIL,
        "flagged row": Drawn("#e68c00", 56),
        "moment row": Drawn("#2f6feb", 96),
        "flagged term": Drawn("#e68c00", 90),
        "search match": Drawn("#ffd600", 80),
    },
}
"""The colours the code paints with, per shipped theme; ``system`` takes the light or dark
set by the lightness of the desktop's window colour."""

DRAWN_NAMES: tuple[DrawnName, ...] = get_args(DrawnName)


def current_theme() -> str:
    """The shipped theme whose drawn colours apply now: the one applied, else (``system``,
    or no theme applied yet) light or dark by the palette's window colour."""
    app = QGuiApplication.instance()
    name = app.property("reviewerTheme") if app is not None else None
    if isinstance(name, str) and name in THEMES:
        return name
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def drawn(name: DrawnName) -> QColor:
    """The colour the code paints ``name`` with in the theme in force (``DRAWN``)."""
    return DRAWN[current_theme()][name].qcolor()


@dataclass(frozen=True)
class Pair:
    """One foreground drawn on one background, and the ratio it must reach."""

    what: str
    foreground: str
    background: str
    minimum: float


def _pairs(*rows: tuple[str, str, str, float]) -> tuple[Pair, ...]:
    return tuple(Pair(what, fg, bg, minimum) for what, fg, bg, minimum in rows)


CONTRAST_PAIRS: dict[str, tuple[Pair, ...]] = {
    "light": _pairs(
        ("window text", "#1f2328", "#f4f5f7", TEXT),
        ("text on base", "#1f2328", "#ffffff", TEXT),
        ("text on banded rows", "#1f2328", "#f6f8fa", TEXT),
        ("button text", "#1f2328", "#eceef1", TEXT),
        ("selection", "#ffffff", "#2f6feb", TEXT),
        ("placeholder", "#6e7781", "#ffffff", TEXT),
        ("link", "#0b57d0", "#ffffff", TEXT),
        ("link on window", "#0b57d0", "#f4f5f7", TEXT),
        ("disabled text", "#6b7580", "#f4f5f7", INACTIVE),
        ("disabled text on base", "#6b7580", "#ffffff", INACTIVE),
        ("disabled button", "#6b7580", "#f3f4f6", INACTIVE),
        ("Fusion bevels", "#d0d7de", "#f4f5f7", DECORATION),
        ("Fusion shadow", "#afb8c1", "#f4f5f7", DECORATION),
        ("subtitle, muted", "#57606a", "#f4f5f7", TEXT),
        ("muted on a card", "#57606a", "#ffffff", TEXT),
        ("error message", "#82071e", "#ffebe9", TEXT),
        ("error box edge", "#ff8182", "#ffebe9", DECORATION),
        ("info message", "#0a3069", "#ddf4ff", TEXT),
        ("info box edge", "#54aeff", "#ddf4ff", DECORATION),
        ("field boundary", "#7b848e", "#ffffff", BOUNDARY),
        ("button boundary", "#7b848e", "#f4f5f7", BOUNDARY),
        ("focus ring on a field", "#2f6feb", "#ffffff", BOUNDARY),
        ("focus ring on the window", "#2f6feb", "#f4f5f7", BOUNDARY),
        ("button", "#1f2328", "#f6f8fa", TEXT),
        ("button hovered", "#1f2328", "#eef1f4", TEXT),
        ("button pressed", "#1f2328", "#e1e4e8", TEXT),
        ("primary button", "#ffffff", "#1f6f43", TEXT),
        ("primary button hovered", "#ffffff", "#1a5e39", TEXT),
        ("primary button fill", "#1f6f43", "#f4f5f7", BOUNDARY),
        ("primary button edge", "#1a5e39", "#f4f5f7", BOUNDARY),
        ("primary button disabled", "#3d5c48", "#c9e6d0", INACTIVE),
        ("card edge", "#d0d7de", "#ffffff", DECORATION),
        ("grid lines", "#eaeef2", "#ffffff", DECORATION),
        ("selected row", "#1f2328", "#cfe2ff", TEXT),
        ("table header", "#424a53", "#f6f8fa", TEXT),
        ("banner", "#3b2300", "#fff8c5", TEXT),
        ("banner edge", "#d4a72c", "#fff8c5", DECORATION),
        ("status bar", "#424a53", "#eaeef2", TEXT),
        ("chip online", "#116329", "#eaeef2", TEXT),
        ("chip offline", "#7d4e00", "#eaeef2", TEXT),
        ("chip warning", "#9a3f00", "#eaeef2", TEXT),
        ("problems chip", "#82071e", "#ffebe9", TEXT),
        ("problems chip edge", "#cf222e", "#eaeef2", BOUNDARY),
        ("tool button hovered", "#1f2328", "#eaeef2", TEXT),
    ),
    "dark": _pairs(
        ("window text", "#d1d7e0", "#1c2128", TEXT),
        ("text on base", "#d1d7e0", "#22272e", TEXT),
        ("text on banded rows", "#d1d7e0", "#262c34", TEXT),
        ("button text", "#d1d7e0", "#2d333b", TEXT),
        ("selection", "#ffffff", "#316dca", TEXT),
        ("placeholder", "#8b96a2", "#22272e", TEXT),
        ("link", "#6cb6ff", "#22272e", TEXT),
        ("disabled text", "#7d8894", "#1c2128", INACTIVE),
        ("disabled button", "#7d8894", "#262c34", INACTIVE),
        ("Fusion bevels", "#444c56", "#1c2128", DECORATION),
        ("Fusion shadow", "#161b22", "#1c2128", DECORATION),
        ("Fusion light", "#373e47", "#1c2128", DECORATION),
        ("title", "#e6edf3", "#1c2128", TEXT),
        ("subtitle, muted", "#9aa5b1", "#1c2128", TEXT),
        ("muted on a card", "#9aa5b1", "#22272e", TEXT),
        ("error message", "#ffd8d3", "#4b1d1d", TEXT),
        ("error box edge", "#a0443c", "#4b1d1d", DECORATION),
        ("info message", "#cae8ff", "#143049", TEXT),
        ("info box edge", "#2f6fa8", "#143049", DECORATION),
        ("field boundary", "#7d8894", "#22272e", BOUNDARY),
        ("button boundary", "#7d8894", "#1c2128", BOUNDARY),
        ("focus ring on a field", "#539bf5", "#22272e", BOUNDARY),
        ("focus ring on the window", "#539bf5", "#1c2128", BOUNDARY),
        ("button hovered", "#d1d7e0", "#373e47", TEXT),
        ("button pressed", "#d1d7e0", "#444c56", TEXT),
        ("primary button", "#f0f6fc", "#2b6a45", TEXT),
        ("primary button hovered", "#f0f6fc", "#347d52", TEXT),
        ("primary button edge", "#5fa77c", "#1c2128", BOUNDARY),
        ("primary button disabled", "#9fb3a6", "#25382d", INACTIVE),
        ("check box edge", "#8b96a2", "#22272e", BOUNDARY),
        ("check box hovered", "#adbac7", "#22272e", BOUNDARY),
        ("check box checked", "#4c8ee6", "#1c2128", BOUNDARY),
        ("check box disabled", "#444c56", "#1c2128", DECORATION),
        ("card edge", "#444c56", "#22272e", DECORATION),
        ("grid lines", "#2d333b", "#22272e", DECORATION),
        ("selected row", "#e6edf3", "#264166", TEXT),
        ("table header", "#adbac7", "#2d333b", TEXT),
        ("banner", "#f2e2b3", "#3d3215", TEXT),
        ("banner edge", "#8c6d1f", "#3d3215", DECORATION),
        ("status bar", "#adbac7", "#161b22", TEXT),
        ("chip online", "#57ab5a", "#161b22", TEXT),
        ("chip offline", "#c69026", "#161b22", TEXT),
        ("chip warning", "#e0823d", "#161b22", TEXT),
        ("problems chip", "#ffd8d3", "#4b1d1d", TEXT),
        ("problems chip edge", "#e5534b", "#161b22", BOUNDARY),
        ("chart caption", "#9da7b3", "#22272e", TEXT),
    ),
    "high_contrast": _pairs(
        ("window text", "#ffffff", "#000000", TEXT),
        ("selection", "#000000", "#ffd700", TEXT),
        ("placeholder", "#c8c8c8", "#000000", TEXT),
        ("link", "#8ab4ff", "#000000", TEXT),
        ("disabled text", "#a0a0a0", "#000000", INACTIVE),
        ("Fusion bevels", "#c8c8c8", "#000000", DECORATION),
        ("control boundary", "#ffffff", "#000000", BOUNDARY),
        ("focus ring", "#ffd700", "#000000", BOUNDARY),
        ("hovered", "#ffffff", "#1f1f1f", TEXT),
        ("error message", "#ffb3b3", "#000000", TEXT),
        ("info message", "#8ab4ff", "#000000", TEXT),
        ("primary button", "#000000", "#7ee2a8", TEXT),
        ("chip online", "#7ee2a8", "#000000", TEXT),
        ("chip offline", "#ffd700", "#000000", TEXT),
        ("chip warning", "#ffb3b3", "#000000", TEXT),
        ("banner", "#ffd700", "#000000", TEXT),
    ),
}
"""Every foreground/background pair a shipped theme draws. ``system`` follows the OS
palette and is not listed."""

SURFACES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f4f5f7",
        "base": "#ffffff",
        "alternate_base": "#f6f8fa",
        "text": "#1f2328",
    },
    "dark": {
        "window": "#1c2128",
        "base": "#22272e",
        "alternate_base": "#262c34",
        "text": "#d1d7e0",
    },
    "high_contrast": {
        "window": "#000000",
        "base": "#000000",
        "alternate_base": "#000000",
        "text": "#ffffff",
    },
}
"""The palette colours each theme's drawn colours sit on (the .qss palette block's own)."""


def _drawn_pairs(name: str) -> tuple[Pair, ...]:
    """The pairs of ``DRAWN[name]``: each mark against the surface it is painted on, each
    tint measured by the text on the blend."""
    d, s = DRAWN[name], SURFACES[name]
    strip = str(QColor(s["window"]).darker(115).name())  # ui.case.snapshots' strip backdrop
    # the veil's text on the veil over the brightest snapshot there can be
    veiled = d["veil"].over("#ffffff")
    rows = [
        ("LIVE", d["live"].colour, s["window"], TEXT),
        ("timeline report mark", d["report mark"].colour, s["base"], BOUNDARY),
        ("timeline flag mark", d["flag mark"].colour, s["base"], BOUNDARY),
        ("timeline chat density", d["density"].over(s["base"]), s["base"], BOUNDARY),
        ("sensitive snapshot mark", d["sensitive mark"].colour, strip, BOUNDARY),
        ("alert text in a table", d["alert text"].colour, s["base"], TEXT),
        ("veil title", d["veil title"].colour, veiled, TEXT),
        ("veil hint", d["veil hint"].colour, veiled, TEXT),
        ("text on a search match", s["text"], d["search match"].over(s["base"]), TEXT),
    ]
    for tint in ("flagged row", "moment row", "flagged term"):
        for surface in ("base", "alternate_base"):
            rows.append(
                (f"text on a {tint} ({surface})", s["text"], d[tint].over(s[surface]), TEXT)
            )
    return _pairs(*rows)


for _name in THEMES:
    CONTRAST_PAIRS[_name] += _drawn_pairs(_name)


def drawn_colours(name: str) -> set[str]:
    """The ``#rrggbb`` colours a theme's code draws: its ``DRAWN`` colours, their blends on
    the surfaces they tint, and the surfaces' own darker strip, in lower case."""
    d, s = DRAWN[name], SURFACES[name]
    colours = {c.colour.lower() for c in d.values()} | set(s.values())
    colours.add(str(QColor(s["window"]).darker(115).name()))
    colours.add(d["veil"].over("#ffffff"))
    for tint in ("flagged row", "moment row", "flagged term", "search match", "density"):
        colours |= {d[tint].over(s[surface]) for surface in ("base", "alternate_base")}
    return colours


def relative_luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.2's contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def qss_colours(qss: str) -> set[str]:
    """Every ``#rrggbb`` a style sheet names, its palette block included, in lower case."""
    return {match.lower() for match in re.findall(r"#[0-9a-fA-F]{6}\b", qss)}
