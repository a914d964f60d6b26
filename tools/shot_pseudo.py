"""Render the sign-in dialog and the main window (queue page, then a case) offscreen in the
pseudo-locale, to look for unmarked and cut texts by eye.

    .venv/bin/python -m tools.shot_pseudo [--out FOLDER]

Builds the pseudo-locale from the current sources into a temporary folder, starts the
reference service on loopback (devkit.live_service, seeded), signs in as moderator1 and
grabs each window (no X server). Writes signin-pseudo.png, queues-pseudo.png and
case-pseudo.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = Path(tempfile.gettempdir()) / "reviewer-pseudo"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["REVIEWER_HOME"] = str(Path(home) / "home")
        os.environ["REVIEWER_PSEUDO_LOCALE"] = "1"
        from PySide6.QtWidgets import QApplication, QWidget

        from devkit.live_service import LiveService, seed_database_file
        from reviewer.client.credentials import MemoryVault
        from reviewer.i18n import PSEUDO_LANGUAGE
        from reviewer.session import SignInRequest, sign_in
        from tools.translations import build_pseudo
        from ui.common import language, theme
        from ui.shell.main_window import MainWindow
        from ui.shell.signin import SignInDialog

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        theme.apply_theme(app, "light")
        folder = Path(home) / "translations"
        build_pseudo(folder)
        language.apply_language(PSEUDO_LANGUAGE, folder)

        def save(widget: QWidget, name: str) -> None:
            for _ in range(5):
                app.processEvents()
            widget.grab().save(str(args.out / name))
            print(args.out / name)

        dialog = SignInDialog(lambda request: None, server_url="https://review.example.com")
        dialog.show()
        save(dialog, "signin-pseudo.png")
        dialog.close()

        db = seed_database_file(Path(home) / "service.db", cases=20, seed=7)
        with LiveService(db, Path(home) / "service") as service:
            session = sign_in(
                SignInRequest(service.base_url, "moderator1", "demo-moderator1"),
                vault=(MemoryVault(), False),
            )
            window = MainWindow(session)
            window.resize(1600, 1000)
            window.show()
            save(window, "queues-pseudo.png")
            window.start()
            for announcement in session.taxonomy.announcements:
                window.store.record_ack(announcement.id)
            window.banner.set_announcements([])
            window.start_reviewing(window.queue_page.selected_queue())
            for _ in range(300):  # until the first case is on screen (the sync thread leases)
                app.processEvents()
                if window.controller.current is not None:
                    break
                QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
            save(window, "case-pseudo.png")
            window.shutdown()
            session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
