"""A desk window for the AT-SPI check, run from the venv as its own process::

    python -m devkit.atspi_app signin|case|calibration APP_NAME [--server URL] [--store DIR]

It shows the window (signed in to the service at URL where the window needs one), prints
``ready`` and the names Qt gives its controls once the window holds what a person would
see (the case screen a case, the calibration window its sessions) and runs until it is
terminated. The test starts it with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` inside its own D-Bus session (devkit.atspi).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUEUE = "live-general"


def _when(check: Callable[[], bool], then: Callable[[], None]) -> None:
    """Run ``then`` once ``check`` holds (polled on the event loop)."""
    timer = QTimer()
    timer.setInterval(50)

    def poll() -> None:
        if check():
            timer.stop()
            then()

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)


_keep: list[object] = []


def _ready() -> None:
    """Say ``ready`` with the names Qt gives the shown window's controls (JSON), which the
    test looks for in the AT-SPI tree."""
    from PySide6.QtGui import QAccessible

    from devkit.accessibility import controls

    names: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in controls(window):
            face = QAccessible.queryAccessibleInterface(widget)
            if face is not None and widget.isVisible():
                names.append(face.text(QAccessible.Text.Name))
    print("ready " + json.dumps(names, ensure_ascii=False), flush=True)


def _signin() -> QWidget:
    from ui.shell.signin import SignInDialog

    dialog = SignInDialog(lambda request: None)
    dialog.show()
    QTimer.singleShot(0, _ready)
    return dialog


def _session(server: str, user: str) -> object:
    from reviewer.client.credentials import MemoryVault
    from reviewer.session import SignInRequest, sign_in

    return sign_in(SignInRequest(server, user, f"demo-{user}"), vault=(MemoryVault(), False))


def _case(server: str) -> QWidget:
    from reviewer.session import Session
    from ui.shell.features import install_features
    from ui.shell.main_window import MainWindow

    session = _session(server, "moderator1")
    assert isinstance(session, Session)
    window = MainWindow(session)
    _keep.append(install_features(window))
    window.resize(1600, 1000)
    window.show()
    window.start()
    window.controller.set_app_active(True)
    while window.banner.pending():
        window.banner.ack_button.click()
    window.start_reviewing(QUEUE)
    _when(lambda: window.controller.current is not None, _ready)
    return window


def _calibration(server: str, store: Path) -> QWidget:
    from reviewer.session import Session
    from ui.calibration.window import CalibrationWindow

    session = _session(server, "admin1")
    assert isinstance(session, Session)
    window = CalibrationWindow(session, store_path=store / "cal.sqlite3", media_dir=store / "media")
    window.resize(1280, 800)
    window.show()
    table = window.sessions_page.table
    _when(lambda: (model := table.model()) is not None and model.rowCount() > 0, _ready)
    return window


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("window", choices=("signin", "case", "calibration"))
    parser.add_argument("app_name")
    parser.add_argument("--server", default="")
    parser.add_argument("--store", default="")
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    app.setApplicationName(args.app_name)
    from ui.common import language, theme

    language.apply_language("en")
    theme.apply_theme(app, "light")
    store = Path(args.store or tempfile.mkdtemp(prefix="atspi-"))
    if args.window == "signin":
        window = _signin()
    elif args.window == "case":
        window = _case(args.server)
    else:
        window = _calibration(args.server, store)
    _keep.append(window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
