"""lead1's decision history: pages while scrolling, filters, lookup, the decision chain, CSV
export with formula cells escaped, and the audit-chain check. Real service over loopback
(a working week made through its API, devkit/lead_data.py), offscreen Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer.export import read_csv
from ui.lead.case_history import DecisionChainView
from ui.lead.history import COL, HistoryView
from ui.lead.window import TAB_CHAINS, LeadWindow

WAIT_MS = 20_000
PAGE = 5


@pytest.fixture
def lead_window(qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]) -> Iterator[LeadWindow]:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session, page_size=PAGE)
    qtbot.addWidget(window)
    window.resize(1200, 420)  # a few rows on screen: more pages come only by scrolling
    window.show()
    with qtbot.waitSignal(window.peopleLoaded, timeout=WAIT_MS):
        window.start()
    yield window
    window.close()
    session.close()


def _wait_page(qtbot: QtBot, view: HistoryView, pages: int) -> None:
    qtbot.waitUntil(
        lambda: view.model.pages_loaded >= pages and not view.model.loading, timeout=WAIT_MS
    )


def _apply(qtbot: QtBot, view: HistoryView) -> None:
    """Apply the filters, then scroll until every page of the result is in."""
    with qtbot.waitSignal(view.model.pageLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    while view.model.has_more:
        pages = view.model.pages_loaded
        view.table.scrollToBottom()
        _wait_page(qtbot, view, pages + 1)


def _column(view: HistoryView, key: str) -> list[str]:
    return [view.model.cells(r)[COL[key]] for r in range(view.model.rowCount())]


def test_history_pages_while_scrolling_and_filters(
    qtbot: QtBot, lead_window: LeadWindow, lead_service: tuple[LiveService, LeadDemo]
) -> None:
    _service, demo = lead_service
    view = lead_window.history
    made = {d["decision_id"] for items in demo.decisions.values() for d in items}
    _wait_page(qtbot, view, 1)
    # The view fills its height (Qt asks for more while rows do not cover it), then waits.
    pages = view.model.pages_loaded
    assert view.model.rowCount() == pages * PAGE < len(made)
    assert view.model.has_more

    # Scrolling to the end asks the model for the next page, until every decision is there.
    while view.model.has_more:
        view.table.scrollToBottom()
        pages += 1
        _wait_page(qtbot, view, pages)
        assert view.model.rowCount() == min(len(made), pages * PAGE)
    rows = [view.model.record(r) for r in range(view.model.rowCount())]
    assert {r.decision_id for r in rows} == made  # the team's decisions, each once
    assert view.table.verticalHeader().sectionResizeMode(0).name == "Fixed"

    # One moderator.
    view.moderator.setCurrentIndex(view.moderator.findData("moderator3"))
    _apply(qtbot, view)
    assert set(_column(view, "moderator")) == {"moderator3"}
    assert view.model.rowCount() == demo.count("moderator3")

    # Overturned by QA / disputed, across moderators.
    view.moderator.setCurrentIndex(0)
    view.overturned.setCurrentIndex(view.overturned.findData("yes"))
    _apply(qtbot, view)
    got = {view.model.record(r).decision_id for r in range(view.model.rowCount())}
    assert got == set(demo.overturned)
    assert len(got) == 2
    view.overturned.setCurrentIndex(0)
    view.disputed.setCurrentIndex(view.disputed.findData("yes"))
    _apply(qtbot, view)
    assert [view.model.record(r).decision_id for r in range(view.model.rowCount())] == [
        demo.disputed
    ]
    assert "dispute open" in view.model.cells(0)[COL["qa"]]

    # A vendor, and an action within it.
    view.disputed.setCurrentIndex(0)
    view.vendor.setCurrentIndex(view.vendor.findData("southdesk"))
    view.action.setCurrentIndex(view.action.findData("no_violation"))
    _apply(qtbot, view)
    expected = [d for d in demo.decisions["moderator3"] if d["action"] == "no_violation"]
    assert view.model.rowCount() == len(expected) > 0
    assert set(_column(view, "vendor")) == {"southdesk"}


def test_lookup_opens_the_decision_chain(
    qtbot: QtBot, lead_window: LeadWindow, lead_service: tuple[LiveService, LeadDemo]
) -> None:
    _service, demo = lead_service
    view = lead_window.history
    _wait_page(qtbot, view, 1)
    view.lookup.setText(demo.escalated_case)
    with qtbot.waitSignal(view.model.pageLoaded, timeout=WAIT_MS):
        qtbot.keyClick(view.lookup, Qt.Key.Key_Return)
    assert set(_column(view, "case")) == {demo.escalated_case}
    actions = sorted(view.model.record(r).action for r in range(view.model.rowCount()))
    assert actions == ["end_stream", "escalate"]
    escalation = next(
        r for r in range(view.model.rowCount()) if view.model.record(r).action == "escalate"
    )
    assert "escalation → End stream by lead1" in view.model.cells(escalation)[COL["state"]]

    # Activating the row (double-click or Enter) opens the read-only chain: the escalation
    # and the lead's outcome.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(escalation, COL["case"]))
    with qtbot.waitSignal(lead_window.chainOpened, timeout=WAIT_MS) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    chain_view = opened.args[0]
    assert isinstance(chain_view, DecisionChainView)
    qtbot.waitUntil(lambda: chain_view.chain is not None, timeout=WAIT_MS)
    timeline = chain_view.timeline
    kinds = [cell_text(timeline, r, 1) for r in range(timeline.rowCount())]
    assert kinds == ["Escalated", "Escalation decided"]
    assert chain_view.decisions.rowCount() == 2
    assert "End stream by lead1" in chain_view.context.text()
    assert chain_view.context.textFormat() == Qt.TextFormat.PlainText

    # The Case tab shows what the moderator saw, fetched only now; closing deletes the media.
    with qtbot.waitSignal(chain_view.caseShown, timeout=WAIT_MS) as shown:
        chain_view.tabs.setCurrentWidget(chain_view.case_host)
    assert shown.args == [demo.escalated_case]
    assert chain_view.case_view.case_id() == demo.escalated_case
    media = chain_view.media_dir
    assert media is not None
    assert any(media.iterdir())
    chain_view.close()
    assert not media.exists()

    # A correction and an undo read as such in their cases' timelines.
    for case_id, kinds in (
        (demo.corrected_case, ["Decision", "Correction"]),
        (demo.retracted_case, ["Decision", "Undo (retract)"]),
    ):
        other = lead_window.open_chain(case_id)

        def chain_loaded(view: DecisionChainView = other) -> bool:
            return view.chain is not None

        qtbot.waitUntil(chain_loaded, timeout=WAIT_MS)
        assert [cell_text(other.timeline, r, 1) for r in range(other.timeline.rowCount())] == (
            kinds
        )
        other.close()

    # A streamer handle finds the same case.
    handle = view.model.record(escalation).streamer_handle
    view.lookup.setText("@" + handle)
    with qtbot.waitSignal(view.model.pageLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(view.lookup_button, Qt.MouseButton.LeftButton)
    assert demo.escalated_case in _column(view, "case")
    assert set(_column(view, "streamer")) == {handle}


def test_export_writes_the_filter_as_csv_with_formulas_escaped(
    qtbot: QtBot,
    lead_window: LeadWindow,
    lead_service: tuple[LiveService, LeadDemo],
    tmp_path: Path,
) -> None:
    _service, demo = lead_service
    view = lead_window.history
    _wait_page(qtbot, view, 1)
    view.moderator.setCurrentIndex(view.moderator.findData("moderator1"))
    _apply(qtbot, view)
    out = tmp_path / "history.csv"
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_csv(out)  # every page of the filter, not only the rows on screen
    header, rows = read_csv(out)
    by_id = {r[header.index("decision_id")]: r for r in rows}
    mine = demo.decisions["moderator1"]
    assert set(by_id) == {d["decision_id"] for d in mine}
    assert len(mine) > PAGE
    # The round trip gives back every note, the formula-looking ones included...
    for d in mine:
        assert by_id[d["decision_id"]][header.index("note")] == d["note"]
    # ...and on disk a cell starting with =, + or @ is text, not a formula.
    raw = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw
    assert "'+ repeated" in raw
    assert "'@streamer" in raw
    assert ",=HYPERLINK" not in raw
    assert '"=HYPERLINK' not in raw


def test_audit_chain_check_reports_an_edit(
    qtbot: QtBot, lead_window: LeadWindow, lead_service: tuple[LiveService, LeadDemo]
) -> None:
    service, demo = lead_service
    lead_window.tabs.setCurrentIndex(TAB_CHAINS)
    page = lead_window.chains
    page.moderator.setCurrentIndex(page.moderator.findData("moderator1"))
    with qtbot.waitSignal(page.checked, timeout=WAIT_MS) as ok:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert ok.args == [True]
    assert page.headline.text().startswith("OK: moderator1's audit chain is intact")

    # Someone edits a stored decision of moderator3 behind the service's back.
    victim = demo.decisions["moderator3"][2]
    conn = sqlite3.connect(service.db_path)
    with conn:
        conn.execute(
            "UPDATE decisions SET note = 'nothing to see' WHERE decision_id = ?",
            (victim["decision_id"],),
        )
    conn.close()
    page.moderator.setCurrentIndex(page.moderator.findData("moderator3"))
    with qtbot.waitSignal(page.checked, timeout=WAIT_MS) as ok:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert ok.args == [False]
    assert page.headline.text().startswith("PROBLEM")
    details = page.details.toPlainText()
    assert f"EDITED  seq {victim['audit_seq']}" in details
    assert victim["decision_id"] in details


def test_history_filters_by_kind(qtbot: QtBot, lead_window: LeadWindow) -> None:
    """The working week holds case decisions only: "Chat actions" shows none of them, "Case
    decisions" every one (the service's kind filter; chat actions are tested on the desk)."""
    view = lead_window.history
    _wait_page(qtbot, view, 1)
    _apply(qtbot, view)
    everything = view.model.rowCount()
    assert everything > 0
    view.kind.setCurrentIndex(view.kind.findData("chat_action"))
    assert view.current_filter().kind == "chat_action"
    _apply(qtbot, view)
    assert view.model.rowCount() == 0
    view.kind.setCurrentIndex(view.kind.findData("case"))
    _apply(qtbot, view)
    assert view.model.rowCount() == everything
    view.kind.setCurrentIndex(0)
    assert view.current_filter().kind is None
