"""Render the team lead's History and Dashboard offscreen from a live demo service.

    .venv/bin/python -m tools.shot_lead [--outdir docs/screenshots] [--theme dark]

Seeds a database, starts the reference service, makes a working week through its API
(tests/ui/lead_data.py: shifts of three moderators, skips, an escalation lead1 decides,
a blind QA sample with overturns and a dispute), signs in as lead1 and draws the lead
window's History and Dashboard pages as the client shows them (``widget.grab()``).
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
            raise TimeoutError("the lead window did not finish loading")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--outdir", type=Path, default=OUTDIR)
    parser.add_argument("--theme", default="light", help="light or dark")
    parser.add_argument("--size", default="1500x940")
    parser.add_argument("--suffix", default="", help="appended to the file names, e.g. -dark")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    sys.path.insert(0, str(REPO))

    from PySide6.QtWidgets import QApplication

    from reviewer.credentials import MemoryVault
    from tests.live_service import DEMO_PASSWORDS, LiveService, seed_database_file
    from tests.ui.lead_data import seed_lead_history
    from ui.lead_window import TAB_DASHBOARD, TAB_HISTORY, LeadWindow
    from ui.session import sign_in
    from ui.signin import SignInRequest
    from ui.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_HOME"] = str(Path(tmp) / "home")
        db = seed_database_file(Path(tmp) / "db.sqlite3", cases=140, seed=11)
        service = LiveService(db, Path(tmp) / "service")
        service.start()
        try:
            seed_lead_history(service, rounds=5)
            session = sign_in(
                SignInRequest(service.base_url, "lead1", DEMO_PASSWORDS["lead1"]),
                vault=(MemoryVault(), False),
            )
            window = LeadWindow(session, page_size=100)
            window.resize(width, height)
            window.show()
            people: list[int] = []
            window.peopleLoaded.connect(people.append)
            window.start()
            _wait_until(lambda: window.history.model.pages_loaded > 0 and bool(people))
            app.processEvents()
            args.outdir.mkdir(parents=True, exist_ok=True)
            shots = {}
            window.tabs.setCurrentIndex(TAB_HISTORY)
            app.processEvents()
            shots["history"] = window.grab()
            window.tabs.setCurrentIndex(TAB_DASHBOARD)
            _wait_until(lambda: window.dashboard.data is not None)
            app.processEvents()
            shots["dashboard"] = window.grab()
            for name, pixmap in shots.items():
                out = args.outdir / f"{name}{args.suffix}.png"
                pixmap.save(str(out))
                print(f"saved {out} ({pixmap.width()}x{pixmap.height()})")
            window.close()
            session.close()
        finally:
            service.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
