"""Render the settings dialog offscreen, as a moderator with a remap and a personal level.

    .venv/bin/python -m tools.shot_settings [--out PATH] [--theme light|dark]

Uses the reference service's taxonomy (no service needed) and a throwaway settings file,
shows a refused remap (its reason under the keys) and grabs the dialog (no X server).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "settings.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["REVIEWER_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from devkit.cases import taxonomy
        from reviewer.settings import update_settings
        from ui.common import theme
        from ui.settings.dialog import SettingsDialog

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        theme.apply_theme(app, args.theme)
        settings = update_settings(
            None,
            shortcuts={"no_violation": "J"},
            media_reveal_areas={"dangerous_acts": "blurred"},
            break_after_minutes=30,
            idle_after_seconds=300,
            theme="system",
        )
        dialog = SettingsDialog(taxonomy(), settings)
        dialog.resize(1040, 580)
        dialog.show()
        dialog.assign("mute_chat", "W")  # refused: shows the reason
        app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        dialog.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
