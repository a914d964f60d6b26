"""The Admin window's Queues, Golden items and QA sampling pages against the real service:
open a queue with its allow lists, see an unknown team refused by name, promote and retire a
golden item, set a queue's sampling rate; each change reaches the service and its log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer.session import Session
from tests.server.helpers import decision, lease, upload
from ui.admin.window import AdminWindow

WAIT_MS = 20_000


@pytest.fixture
def window(qtbot: QtBot, live_service: LiveService) -> Iterator[AdminWindow]:
    session: Session = lead_session(live_service, "admin1")
    win = AdminWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    session.close()


def _rows(table_column: list[str], value: str) -> int:
    return table_column.index(value) if value in table_column else -1


def test_open_a_queue_from_checklists_of_what_the_service_knows(
    qtbot: QtBot, window: AdminWindow, live_service: LiveService
) -> None:
    page = window.queues
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        window.tabs.setCurrentWidget(page)
    assert got.args[0] == 3
    page.queue_id.setText("live-german")
    page.name.setText("Live: German")
    page.sla.setValue(25)
    assert "team-a" in page.teams.offered_codes()  # the accounts' teams, nothing typed
    assert {"northdesk", "southdesk"} <= set(page.vendors.offered_codes())
    assert "retract" not in page.hidden.offered_codes()  # the undo is never hidden
    page.teams.set_checked(["team-a"])
    page.vendors.set_checked(["northdesk", "southdesk"])
    page.hidden.set_checked(["ban_account"])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.create_button.click()
    ids = [cell_text(page.table, r, 0) for r in range(page.table.rowCount())]
    row = _rows(ids, "live-german")
    assert row >= 0
    assert cell_text(page.table, row, 3) == "25"
    assert cell_text(page.table, row, 5) == "northdesk, southdesk"
    assert cell_text(page.table, row, 6) == "ban_account"
    with live_service.client("moderator3") as southdesk:  # team-a, southdesk: admitted
        assert "live-german" in [q["id"] for q in southdesk.get("/v1/queues").json()["queues"]]

    page.table.selectRow(row)
    assert page.name.text() == "Live: German"
    assert page.vendors.checked_codes() == ["northdesk", "southdesk"]
    # a team set earlier whose accounts have all moved: kept, marked, and the service
    # refuses it by name when saved
    page.teams.set_checked(["team-a", "team-nowhere"])
    assert "no longer offered" in page.teams.item(page.teams.count() - 1).text()
    with qtbot.waitSignal(window.runner.problem, timeout=WAIT_MS):
        page.save_button.click()
    assert "team-nowhere" in page.result.text()
    page.teams.set_checked(["team-a"])
    page.vendors.set_checked(["northdesk"])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.save_button.click()
    with live_service.client("moderator3") as southdesk:  # now kept out
        assert "live-german" not in [q["id"] for q in southdesk.get("/v1/queues").json()["queues"]]
    with qtbot.waitSignal(window.log.loaded, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(window.log)
    actions = [cell_text(window.log.table, r, 2) for r in range(window.log.table.rowCount())]
    assert actions[:2] == ["queue.change", "queue.create"]


def test_promote_and_retire_a_golden_item_and_set_a_sampling_rate(
    qtbot: QtBot, window: AdminWindow, live_service: LiveService
) -> None:
    with live_service.client("moderator1") as mod:
        [leased] = lease(mod, "live-general", size=1)["cases"]
        case_id = leased["case_id"]
        [done] = upload(mod, decision(case_id, "no_violation", note="<b>fine</b>"))
        assert done["status"] == "accepted"
    page = window.golden
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        window.tabs.setCurrentWidget(page)
    before = got.args[0]
    page.case_id.setText(case_id)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        page.promote_button.click()
    assert got.args[0] == before + 1
    ids = [cell_text(page.table, r, 0) for r in range(page.table.rowCount())]
    row = _rows(ids, case_id)
    assert cell_text(page.table, row, 2) == "no_violation"
    assert cell_text(page.table, row, 4) == "<b>fine</b>"  # plain text, as typed
    page.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
        page.retire_button.click()
    assert got.args[0] == before
    assert case_id in page.result.text()

    sampling = window.sampling
    with qtbot.waitSignal(sampling.loaded, timeout=WAIT_MS):
        window.tabs.setCurrentWidget(sampling)
    queues = [cell_text(sampling.table, r, 0) for r in range(sampling.table.rowCount())]
    sampling.table.selectRow(queues.index("live-priority"))
    sampling.rate.setValue(35)
    with qtbot.waitSignal(sampling.loaded, timeout=WAIT_MS):
        sampling.save_button.click()
    with live_service.client("admin1") as admin:
        rates = {r["queue"]: r["rate"] for r in admin.get("/v1/qa/sampling").json()["rates"]}
        assert rates["live-priority"] == pytest.approx(0.35)
        log = admin.get("/v1/admin/log").json()["items"]
    assert log[0]["action"] == "qa.sampling"
    assert log[0]["after"] == {"rate": 0.35}
    assert [e["action"] for e in log[1:3]] == ["golden.retire", "golden.promote"]
