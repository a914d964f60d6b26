"""Render a page of the Admin window offscreen from a live demo service.

    .venv/bin/python -m tools.shot_admin [--page queues] [--outdir docs/screenshots] [--theme dark]

Seeds a small database as ``make demo`` does, starts the reference service, signs in as the
seeded admin (admin1), opens the page, selects its first useful row (a moderator, the general
Live queue, …) and draws the window (``widget.grab()``): ``admin.png`` for the Users page,
``admin-<page>.png`` for the others.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTDIR = REPO / "docs" / "screenshots"


def _wait_until(ready: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop until ``ready()`` (the pool's answers arrive through it)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the admin window did not finish loading")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--outdir", type=Path, default=OUTDIR)
    parser.add_argument("--theme", default="light", help="light or dark")
    parser.add_argument("--size", default="1400x860")
    parser.add_argument("--suffix", default="", help="appended to the file name, e.g. -dark")
    parser.add_argument(
        "--page", default="users", choices=("users", "queues", "golden", "sampling")
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    sys.path.insert(0, str(REPO))

    from PySide6.QtWidgets import QApplication

    from devkit.live_service import DEMO_PASSWORDS, LiveService, seed_database_file
    from reviewer.client.credentials import MemoryVault
    from reviewer.session import SignInRequest, sign_in
    from ui.admin.window import AdminWindow
    from ui.common.tables import select_data
    from ui.common.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_HOME"] = str(Path(tmp) / "home")
        db = seed_database_file(Path(tmp) / "db.sqlite3", cases=20, seed=7)
        service = LiveService(db, Path(tmp) / "service")
        service.start()
        try:
            session = sign_in(
                SignInRequest(service.base_url, "admin1", DEMO_PASSWORDS["admin1"]),
                vault=(MemoryVault(), False),
            )
            window = AdminWindow(session)
            window.resize(width, height)
            window.show()
            window.start()
            if args.page == "users":
                _wait_until(lambda: bool(window.users.users))
                moderator = next(u for u in window.users.users.values() if u.role == "moderator")
                select_data(window.users.table, moderator.user_id)
            elif args.page == "queues":
                window.tabs.setCurrentWidget(window.queues)
                _wait_until(lambda: bool(window.queues.queues))
                select_data(window.queues.table, "live-general")
            elif args.page == "golden":
                window.tabs.setCurrentWidget(window.golden)
                _wait_until(lambda: window.golden.table.rowCount() > 0)
                window.golden.table.selectRow(0)
            else:
                window.tabs.setCurrentWidget(window.sampling)
                _wait_until(lambda: bool(window.sampling.rates))
                select_data(window.sampling.table, "live-general")
            app.processEvents()
            args.outdir.mkdir(parents=True, exist_ok=True)
            pixmap = window.grab()
            page = "" if args.page == "users" else f"-{args.page}"
            out = args.outdir / f"admin{page}{args.suffix}.png"
            pixmap.save(str(out))
            print(f"saved {out} ({pixmap.width()}x{pixmap.height()})")
            window.close()
            session.close()
        finally:
            service.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
