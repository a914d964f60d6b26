"""`make screenshots`: the README's pictures, taken from the real app in a real X window.

The outer process starts Xvfb (devkit.xvfb) and runs this module again inside it
with ``--inside``: that child starts the real demo (service child process and
all), signs in as moderator1, starts reviewing and grabs each window from the X
server (QScreen.grabWindow), so the pictures show exactly what a moderator sees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZE = (1600, 1000)


def _inside(out: Path, theme_name: str) -> int:
    """Runs under Xvfb: drive the real app and save the pictures."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.common import theme
    from ui.shell.app import DesktopApp

    app = QApplication([sys.argv[0]])
    theme.apply_theme(app, theme_name)
    desk = DesktopApp(app, demo=True)
    suffix = "" if theme_name == "light" else f"-{theme_name}"
    status = {"code": 1}

    def grab(widget: QWidget, name: str) -> None:
        app.processEvents()
        screen = widget.screen()
        pixmap = screen.grabWindow(widget.winId())
        path = out / f"{name}{suffix}.png"
        pixmap.save(str(path))
        print(f"saved {path.relative_to(REPO)} ({pixmap.width()}x{pixmap.height()})", flush=True)

    def when(check: Callable[[], bool], then: Callable[[], None], limit_ms: int = 60_000) -> None:
        """Poll every 100 ms (a tool, not a test): run ``then`` once ``check`` holds."""
        waited = {"ms": 0}

        def tick() -> None:
            if check():
                then()
            elif waited["ms"] > limit_ms:
                print("gave up waiting", file=sys.stderr)
                app.exit(1)
            else:
                waited["ms"] += 100
                QTimer.singleShot(100, tick)

        QTimer.singleShot(100, tick)

    def on_demo(_url: str) -> None:
        dialog = desk.dialog
        assert dialog is not None
        dialog.adjustSize()

        def grab_and_submit() -> None:
            grab(dialog, "signin")
            dialog.submit()

        when(lambda: dialog.isVisible(), grab_and_submit)

    def on_main(window: Any) -> None:
        window.resize(*SIZE)
        window.move(0, 0)

        def queues() -> None:
            grab(window, "queues")
            window.start_reviewing(window.queue_page.selected_queue())
            when(case_ready, with_banner)

        drawn: set[str] = set()
        window.case_view.caseShown.connect(drawn.add)

        def case_ready() -> bool:
            cur = window.controller.current
            return cur is not None and cur.chat is not None and cur.case_id in drawn

        def with_banner() -> None:
            grab(window, "case-view-banner")
            while window.banner.pending():
                window.banner.acknowledge_current()
            QTimer.singleShot(300, final)

        def final() -> None:
            grab(window, "case-view")
            status["code"] = 0
            app.quit()

        QTimer.singleShot(800, queues)

    desk.demoReady.connect(on_demo)
    desk.mainWindowShown.connect(on_main)
    desk.start()
    app.exec()
    desk.shutdown()
    return status["code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.inside:
        return _inside(args.out, args.theme)

    from devkit.xvfb import Xvfb, XvfbUnavailable

    try:
        server = Xvfb(*SIZE)
        server.start()
    except XvfbUnavailable as exc:
        print(f"make screenshots needs Xvfb: {exc}", file=sys.stderr)
        return 2
    import tempfile

    home = tempfile.mkdtemp(prefix="lrd-screenshots-")
    try:
        env = server.env()
        env["REVIEWER_HOME"] = home
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never touch a real one
        code = 0
        for name in ("light", "dark"):
            done = subprocess.run(  # noqa: S603 - our own interpreter and module
                [
                    sys.executable,
                    "-m",
                    "tools.screenshots",
                    "--inside",
                    "--out",
                    str(args.out),
                    "--theme",
                    name,
                ],
                env=env,
                cwd=REPO,
                timeout=300,
                check=False,
            )
            code = code or done.returncode
        return code
    finally:
        server.stop()
        import shutil

        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
