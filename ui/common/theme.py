"""Light and dark themes from resources/themes, following the system by default.

Each .qss file starts with a comment block whose ``palette:`` section names the
QPalette colours; the rest is an ordinary style sheet. Keeping both in one file
means a theme is one thing to read and review. Loaded with importlib.resources
so it works from a wheel or a frozen app as well as from the source tree.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")

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
    """The style sheet text of a theme (``light`` or ``dark``)."""
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
    """``system`` (or anything unknown) follows the desktop; ``light``/``dark`` are fixed."""
    return choice if choice in THEMES else system_theme()


def apply_theme(app: QApplication, choice: str = "system") -> str:
    """Apply a theme to the whole application; returns the theme actually used."""
    name = resolve(choice)
    qss = read_qss(name)
    app.setStyle("Fusion")  # the same look on every desktop; the palette carries the colours
    app.setPalette(build_palette(parse_palette(qss)))
    app.setStyleSheet(qss)
    app.setProperty("reviewerTheme", name)
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
