"""qa1 runs a calibration session by key presses and sees the report; a moderator disputes an
overturn. Real service over loopback, offscreen Qt, a fake clock for the key guard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devkit.db import rows
from devkit.live_service import LiveService, copy_database
from devkit.qt import cell_text
from reviewer.client.credentials import MemoryVault
from reviewer.session import Session, SignInRequest, sign_in
from tests.server.helpers import decision, lease, upload
from tests.server.test_calibration import answer, golden_refs, post_answers
from tests.ui.desk.test_review_flow import WAIT_MS, FakeClock, fast_sync
from tests.ui.i18n_kit import assert_translated
from ui.calibration.window import CALIBRATION_WINDOW, PAGE_REPORT, PAGE_RESULTS, CalibrationWindow
from ui.case.decision_keys import area_shortcuts
from ui.common.tables import select_data
from ui.shell.features import install_features
from ui.shell.main_window import MainWindow


def _session(service: LiveService, user: str) -> Session:
    return sign_in(
        SignInRequest(service.base_url, user, f"demo-{user}"), vault=(MemoryVault(), False)
    )


@pytest.fixture(scope="module")
def service(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Iterator[LiveService]:
    """One service for this module (a start costs seconds on a busy CI box); the tests use
    different sessions and users' data, found by title or id, never by position."""
    root = tmp_path_factory.mktemp("calibration-ui")
    svc = LiveService(copy_database(live_service_template, root / "db.sqlite3"), root)
    svc.start()
    yield svc
    svc.stop()


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[object]:
    """Opens the Calibration window the way a user does: the main window's toolbar action."""
    opened: list[tuple[MainWindow, Session]] = []

    def make(service: LiveService, user: str, clock: FakeClock) -> CalibrationWindow:
        session = _session(service, user)
        main = MainWindow(session, sync_config=fast_sync(), clock=clock)
        features = install_features(main)
        qtbot.addWidget(main)
        opened.append((main, session))
        assert features.calibration_action.text() == (
            "My QA results" if user.startswith("moderator") else "Calibration"
        )
        features.calibration_action.trigger()
        window = main.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow)
        assert isinstance(window, CalibrationWindow)
        assert window.isVisible()
        return window

    yield make
    for main, session in opened:
        main.shutdown()
        session.close()


def test_qa1_answers_a_session_by_keys_and_sees_the_report(
    qtbot: QtBot, service: LiveService, make_window: object
) -> None:
    clock = FakeClock()
    window = make_window(service, "qa1", clock)  # type: ignore[operator]
    assert isinstance(window, CalibrationWindow)
    table = window.sessions_page.table
    qtbot.waitUntil(lambda: table.rowCount() >= 1, timeout=WAIT_MS)
    (row,) = [r for r in range(table.rowCount()) if cell_text(table, r, 0) == "Weekly golden set"]
    table.selectRow(row)
    sid = window.sessions_page.selected_session()
    refs = golden_refs(service.db_path, sid)
    tax = window.session.taxonomy
    action_key = {a.code: a.shortcut for a in tax.actions}
    needs_note = {a.code for a in tax.actions if a.requires_note}
    area_key = area_shortcuts(tax)

    with qtbot.waitSignal(window.itemShown, timeout=WAIT_MS):
        qtbot.mouseClick(window.sessions_page.open_button, Qt.MouseButton.LeftButton)
    total = len(window.items)
    assert total == len(refs) >= 2
    # The whole session is fetched ahead; then the service goes away: answers are recorded
    # offline, from the local files, and wait in the calibration file.
    qtbot.waitUntil(lambda: all(i.item_id in window.content for i in window.items), timeout=WAIT_MS)
    service.stop()
    agreed = 0
    for n in range(total):
        item = window.current
        assert item is not None
        # The blind item on screen is the service's blind CaseDetail under the item id.
        assert window.case_view.case_id() == item.item_id
        ref_action, ref_codes, _note, _src = refs[item.item_id]
        if n == 0 or ref_action in needs_note:
            # a deliberate disagreement on the first item (and on any that needs a note)
            keys = ["n"] if ref_action != "no_violation" else [area_key["spam_scams"], "m"]
        else:
            keys = [area_key[ref_codes[0]]] if ref_codes else []
            keys.append(action_key[ref_action])
            agreed += 1
        clock.advance(1.0)  # past the key guard of a new item
        if n < total - 1:
            with qtbot.waitSignal(window.itemShown, timeout=WAIT_MS):
                for key in keys:
                    qtbot.keyClick(window.case_view, key)
        else:
            for key in keys:
                qtbot.keyClick(window.case_view, key)
    assert window.current is None
    assert window.submit_button.isEnabled()
    qtbot.waitUntil(lambda: not window.is_syncing(), timeout=WAIT_MS)
    assert window.cal_store.counts(sid) == {"pending": total}
    assert "waiting to sync" in window.sync_state.text()
    service.start()
    with qtbot.waitSignal(window.reportShown, timeout=WAIT_MS):
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentIndex() == PAGE_REPORT
    report = window.report_view.report
    assert report is not None
    (mine,) = report.reviewers
    assert (mine.action.n, mine.action.agreed) == (total, agreed)
    action_block, _area_block, disagreements = window.report_view.blocks[0]
    assert action_block.accuracy.text() == f"{agreed / total * 100:.0f} %"
    assert action_block.ac1.text() != ""
    assert action_block.matrix.rowCount() == len(mine.action.labels)
    assert disagreements.rowCount() == len(mine.disagreements) >= 1
    first = mine.disagreements[0]
    names = {a.code: a.label for a in tax.actions}
    assert names[first.reference_action] in cell_text(disagreements, 0, 2)
    assert names[first.answer_action] in cell_text(disagreements, 0, 3)
    texts = window.report_view.texts()
    assert any("Krippendorff" in t for t in texts)
    # The submitted session's snapshots left the disk with it.
    assert not [p for p in window.media_dir.iterdir() if p.is_file()]

    # Exactly one answer per item reached the service, and the local outbox is drained.
    assert rows(
        service.db_path,
        "SELECT count(*) FROM calibration_answers WHERE session_id = ?",
        sid,
    ) == [(total,)]
    assert window.cal_store.counts(sid) == {"synced": total}


def test_moderator_disputes_an_overturn(
    qtbot: QtBot, service: LiveService, make_window: object
) -> None:
    with service.client("lead1") as lead:
        assert lead.put("/v1/qa/sampling/live-general", json={"rate": 1.0}).status_code == 200
    with service.client("moderator1") as m1:
        case_id = lease(m1, "live-general", size=1)["cases"][0]["case_id"]
        made = decision(case_id)
        assert upload(m1, made)[0]["status"] == "accepted"
    with service.client("lead1") as lead:
        sid = lead.post(
            "/v1/calibration/sessions",
            json={
                "title": "Live sample",
                "reviewers": ["qa1"],
                "golden_count": 0,
                "live_decision_ids": [made["decision_id"]],
            },
        ).json()["session_id"]
    with service.client("qa1") as qa:
        (item,) = qa.get(f"/v1/calibration/sessions/{sid}/items").json()["items"]
        overturn = answer(item["item_id"], "mute_chat", policy_codes=["harassment_bullying"])
        assert post_answers(qa, sid, overturn)[0]["status"] == "accepted"
        assert qa.post(f"/v1/calibration/sessions/{sid}/submit").status_code == 200

    window = make_window(service, "moderator1", FakeClock())  # type: ignore[operator]
    assert isinstance(window, CalibrationWindow)
    assert window.pages.currentIndex() == PAGE_RESULTS
    page = window.results_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    assert "overturned" in cell_text(page.table, 0, 3)
    assert "Mute chat" in cell_text(page.table, 0, 2)
    assert not page.send.isEnabled()
    page.table.selectRow(0)
    qtbot.keyClicks(page.note, "The chat was quiet at that point.")
    assert page.send.isEnabled()
    qtbot.mouseClick(page.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            rows(
                service.db_path,
                "SELECT dispute_status, dispute_note FROM qa_results WHERE decision_id = ?",
                made["decision_id"],
            )
            == [("open", "The chat was quiet at that point.")]
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: "open" in cell_text(page.table, 0, 4), timeout=WAIT_MS)
    assert not page.send.isEnabled()

    # The team lead accepts the dispute on the Disputes page: the decision stands.
    lead_window = make_window(service, "lead1", FakeClock())  # type: ignore[operator]
    assert isinstance(lead_window, CalibrationWindow)
    lead_window.disputes_action.trigger()
    disputes = lead_window.disputes_page
    qtbot.waitUntil(lambda: disputes.table.rowCount() == 1, timeout=WAIT_MS)
    assert cell_text(disputes.table, 0, 1) == "moderator1"
    assert cell_text(disputes.table, 0, 4) == "The chat was quiet at that point."
    disputes.table.selectRow(0)
    qtbot.keyClicks(disputes.note, "Agreed, no raid yet.")
    qtbot.mouseClick(disputes.accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: disputes.table.rowCount() == 0, timeout=WAIT_MS)
    resolved = "SELECT dispute_status, resolution_note FROM qa_results WHERE decision_id = ?"
    assert rows(service.db_path, resolved, made["decision_id"]) == [
        ("accepted", "Agreed, no raid yet.")
    ]
    window.refresh()
    qtbot.waitUntil(lambda: "after dispute" in cell_text(page.table, 0, 3), timeout=WAIT_MS)

    # The lead builds the next session from the toolbar; it lists as the lead's report.
    lead_window.new_session_action.trigger()
    dialog = lead_window.new_session_dialog
    qtbot.keyClicks(dialog.title, "Week 48")
    qtbot.keyClicks(dialog.reviewers, "qa1, admin1")
    dialog.golden.setValue(2)
    dialog.accept()
    table = lead_window.sessions_page.table
    qtbot.waitUntil(
        lambda: any(cell_text(table, r, 0) == "Week 48" for r in range(table.rowCount())),
        timeout=WAIT_MS,
    )
    row = next(r for r in range(table.rowCount()) if cell_text(table, r, 0) == "Week 48")
    assert cell_text(table, row, 1) == "2"
    assert cell_text(table, row, 3) == "report (qa1, admin1)"


def test_the_window_and_a_blind_item_in_the_pseudo_locale(
    qtbot: QtBot, service: LiveService, tmp_path: Path, pseudo_locale: str
) -> None:
    """The sessions page and a blind item under the progress row: every word of ours
    marked, nothing cut (the window is built after the switch, as at a sign-in)."""
    with service.client("lead1") as lead:
        made = lead.post(
            "/v1/calibration/sessions",
            json={"title": "Pseudo", "reviewers": ["admin1"], "golden_count": 2},
        )
        assert made.status_code in (200, 201), made.text
        sid = made.json()["session_id"]
    session = _session(service, "admin1")  # an admin: Sessions, New session and Disputes
    window = CalibrationWindow(
        session, store_path=tmp_path / "cal.sqlite3", media_dir=tmp_path / "media"
    )
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        table = window.sessions_page.table
        qtbot.waitUntil(lambda: select_data(table, sid), timeout=WAIT_MS)
        assert_translated(window)
        with qtbot.waitSignal(window.itemShown, timeout=WAIT_MS):
            window.sessions_page.open_button.click()
        assert window.progress.text().startswith("⟦")
        assert_translated(window)
    finally:
        window.shutdown()
        window.close()
        session.close()
