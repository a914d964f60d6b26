"""Render the team lead's History, Dashboard and Account labels offscreen from a live demo
service.

    .venv/bin/python -m tools.shot_lead [--outdir docs/screenshots] [--theme dark]

Seeds a database as ``make demo`` does (with the decided demo week of server/seeding/audit.py),
starts the reference service, signs in as lead1 and draws the lead window's History and
Dashboard pages for that week as the client shows them (``widget.grab()``). With
``--source api`` the week is made through the service's API instead
(devkit/lead_data.py, the data the UI tests use).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
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
    parser.add_argument("--size", default="1600x940")
    parser.add_argument("--suffix", default="", help="appended to the file names, e.g. -dark")
    parser.add_argument("--source", choices=("demo", "api"), default="demo")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from devkit.lead_data import seed_lead_history
    from devkit.live_service import DEMO_PASSWORDS, LiveService, seed_database_file
    from reviewer.client.credentials import MemoryVault
    from reviewer.session import SignInRequest, sign_in
    from ui.common.theme import apply_theme
    from ui.lead.window import TAB_DASHBOARD, TAB_HISTORY, TAB_LABELS, LeadWindow

    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_HOME"] = str(Path(tmp) / "home")
        demo = args.source == "demo"
        db = seed_database_file(
            Path(tmp) / "db.sqlite3",
            cases=40 if demo else 140,
            seed=7 if demo else 11,
            history=demo,
        )
        service = LiveService(db, Path(tmp) / "service")
        service.start()
        try:
            if demo:
                from server.seeding.audit import WEEK_START

                first = WEEK_START.date()
            else:
                seed_lead_history(service, rounds=5)
                first = (datetime.now(UTC) - timedelta(days=6)).date()
            monday = QDate(first.year, first.month, first.day)
            week = (monday, monday.addDays(6))
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
            # the weekly review: the last seven days
            window.history.set_dates(*week)
            window.history.apply_filters()
            _wait_until(
                lambda: window.history.model.pages_loaded > 0 and not window.history.model.loading
            )
            app.processEvents()
            shots["history"] = window.grab()
            window.tabs.setCurrentIndex(TAB_DASHBOARD)
            board = window.dashboard
            assert board is not None
            _wait_until(lambda: board.data is not None)
            board.preset.setCurrentIndex(board.preset.findData("custom"))
            board.date_from.setDate(week[0])
            board.date_to.setDate(week[1])
            board.data = None
            board.refresh()  # an answer for the default period is dropped (older generation)
            _wait_until(lambda: board.data is not None)
            app.processEvents()
            shots["dashboard"] = window.grab()
            # account labels the team asked for, waiting for the lead
            with service.client("lead1") as lead:
                for account, kind, reason in (
                    ("acct-48213", "high_profile", "Partner channel with 2M followers."),
                    ("acct-11902", "repeat_offender", "Third spam ban evasion this month."),
                    ("acct-70331", "creator_partner", "Signed to the partner programme."),
                ):
                    body = {"account_id": account, "kind": kind, "reason": reason}
                    lead.post("/v1/labels", json=body)
            window.tabs.setCurrentIndex(TAB_LABELS)
            _wait_until(lambda: window.labels.table.rowCount() > 0)
            window.labels.table.selectRow(0)
            app.processEvents()
            shots["account-labels"] = window.grab()
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
