"""A full disk when a decision is saved: refused with the reason, the case stays on screen.

SQLite's page limit on the window's own store connection stands in for the disk (a small
real filesystem needs root to mount): free pages are used up first by a scratch table,
so the decision's long note needs pages the file may not have. Nothing is half written,
and once the limit rises the same case is decided normally.
"""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from tests.ui.desk.test_review_flow import Desk, fast_sync
from ui.case.policy_panel import PanelDecision

LONG_NOTE = "\U0001f4dd" * 4000  # three copies of 16 kB: overflow pages only a new page holds


def _fill_to_the_limit(conn: sqlite3.Connection) -> int:
    """Cap the file at its size and use up its free pages; returns the cap."""
    conn.execute("CREATE TABLE IF NOT EXISTS scratch_fill (b BLOB)")
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(100_000):  # bounded: a free page per row at most
        try:
            conn.execute("INSERT INTO scratch_fill VALUES (zeroblob(3000))")
        except sqlite3.OperationalError:
            break
    assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    return pages


def test_a_full_disk_refuses_the_decision_and_keeps_the_case(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk = Desk(qtbot, live_service, fast_sync(prefetch_depth=2))
    try:
        desk.acknowledge_all()
        desk.start()
        case_id = desk.wait_for_case()
        store = desk.window.store
        before = store.outbox_counts()
        pages = _fill_to_the_limit(store.connection)
        decision = PanelDecision("no_violation", (), LONG_NOTE, "")
        assert desk.controller.record(decision) is None
        assert desk.window.status.message.text().startswith("Not recorded: The disk is full")
        assert desk.controller.current is not None
        assert desk.controller.current.case_id == case_id  # still on screen
        assert store.case_decisions(case_id) == []  # nothing half written
        assert store.outbox_counts() == before
        store.connection.execute(f"PRAGMA max_page_count = {pages * 100}")  # space came back
        recorded = desk.controller.record(decision)
        assert recorded is not None
        assert recorded.case_id == case_id
    finally:
        desk.close()
