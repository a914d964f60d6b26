"""The team lead's window in the pseudo-locale: History, Audit chains, Guidelines and a
case's decision chain (with its Case tab), every word of ours marked and nothing cut. The
Dashboard tab is checked with its charts. Real service over loopback (devkit/lead_data.py);
names, notes, queue names and policy labels are data and stay as they came."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from tests.ui.i18n_kit import assert_translated, is_marked, needs_marker
from ui.lead.dashboard import Chart, DashboardView
from ui.lead.history import COL
from ui.lead.window import TAB_CHAINS, TAB_DASHBOARD, TAB_GUIDELINES, LeadWindow

WAIT_MS = 20_000


def test_the_lead_window_is_translated_and_nothing_is_cut(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo], pseudo_locale: str
) -> None:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(window.peopleLoaded, timeout=WAIT_MS):
            window.start()
        history = window.history
        qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not history.model.loading, timeout=WAIT_MS)
        assert history.status.text().startswith("⟦")
        cells = history.model.cells(0)
        assert cells[COL["state"]] == "–" or cells[COL["state"]].startswith("⟦")
        assert_translated(window)

        window.tabs.setCurrentIndex(TAB_CHAINS)
        chains = window.chains
        chains.moderator.setCurrentIndex(1)
        with qtbot.waitSignal(chains.checked, timeout=WAIT_MS):
            chains.check()
        assert chains.details.toPlainText().startswith("⟦")
        assert_translated(window)

        guidelines = window.guidelines
        with qtbot.waitSignal(guidelines.listed, timeout=WAIT_MS):
            window.tabs.setCurrentIndex(TAB_GUIDELINES)
        if guidelines.items:
            qtbot.waitUntil(lambda: guidelines.acks is not None, timeout=WAIT_MS)
        guidelines.publish()  # an empty form: what is missing, in words
        assert_translated(window)

        case_id = history.model.record(0).case_id
        chain = window.open_chain(case_id)
        qtbot.waitUntil(lambda: chain.chain is not None, timeout=WAIT_MS)
        assert_translated(chain)
        with qtbot.waitSignal(chain.caseShown, timeout=WAIT_MS):
            chain.tabs.setCurrentWidget(chain.case_host)
        assert_translated(chain)
        chain.close()
    finally:
        window.close()
        session.close()


def _unmarked_chart_texts(board: DashboardView) -> list[str]:
    """What the charts draw in our words (values, ticks, the empty text) without markers;
    category labels are the service's data (policy labels, names, queues) and stay as they
    came."""
    out: list[str] = []
    for chart in board.findChildren(Chart):
        for kind, text in chart.canvas.drawn_texts():
            if kind != "label" and needs_marker(text) and not is_marked(text):
                out.append(f"{chart.canvas.objectName()} {kind}: {text!r}")
    return out


def test_the_dashboard_with_the_demo_week_is_translated_and_nothing_is_cut(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo], pseudo_locale: str
) -> None:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.resize(1500, 940)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.tabs.setCurrentIndex(TAB_DASHBOARD)  # built and loaded when first shown
        board = window.dashboard
        assert board is not None
        qtbot.waitUntil(lambda: board.data is not None, timeout=WAIT_MS)
        assert board.chart_actions.canvas.kind() == "hbars"  # real data on the charts
        assert board.tables["moderators"][1][-1][0].startswith("⟦")  # the totals row
        for index in range(board.table_tabs.count()):
            board.table_tabs.setCurrentIndex(index)
            assert_translated(window)
        assert _unmarked_chart_texts(board) == []

        # a period with nothing in it: every chart says so, in the chosen language
        board.set_period(datetime(2001, 1, 1, tzinfo=UTC), datetime(2001, 1, 8, tzinfo=UTC))
        with qtbot.waitSignal(board.loaded, timeout=WAIT_MS):
            board.refresh()
        assert board.chart_moderator.canvas.drawn_texts()[0][0] == "empty"
        assert _unmarked_chart_texts(board) == []
        assert_translated(window)
    finally:
        window.close()
        session.close()
