"""lead1's dashboard shows the service's numbers for the working week (checked against what
the test made, counted here from the uploads), and exports them as PNG and CSV.
Real service over loopback, offscreen Qt."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from devkit.lead_data import PLANS, SKIPS, LeadDemo, lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text, header_text
from reviewer.export import read_csv
from ui.lead.window import TAB_DASHBOARD, LeadWindow

WAIT_MS = 20_000


@pytest.fixture
def dashboard(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]
) -> Iterator[tuple[LeadWindow, LeadDemo]]:
    service, demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.resize(1500, 940)
    window.show()
    window.tabs.setCurrentIndex(TAB_DASHBOARD)  # built and loaded when first shown
    assert window.dashboard is not None
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None, timeout=WAIT_MS)
    yield window, demo
    window.close()
    session.close()


def _table(window: LeadWindow, name: str) -> dict[str, dict[str, str]]:
    assert window.dashboard is not None
    table = window.dashboard.table_widgets[name]
    headers = [header_text(table, c) for c in range(table.columnCount())]
    return {
        cell_text(table, r, 0): {
            headers[c]: cell_text(table, r, c) for c in range(table.columnCount())
        }
        for r in range(table.rowCount())
    }


def test_the_dashboard_shows_the_weeks_numbers(
    dashboard: tuple[LeadWindow, LeadDemo], lead_service: tuple[LiveService, LeadDemo]
) -> None:
    window, demo = dashboard
    board = window.dashboard
    assert board is not None
    assert board.data is not None
    service, _ = lead_service
    names = {
        "moderator1": "Mira Okafor",
        "moderator2": "Jonas Weber",
        "moderator3": "Lucía Fernández",
    }

    # Decisions in force and skips per moderator: what the test uploaded and released, less
    # the decision moderator1 corrected and the one moderator3 undid.
    mods = _table(window, "moderators")
    total = sum(len(demo.counted(u)) for u in demo.decisions)
    assert total < sum(demo.count(u) for u in demo.decisions)
    for user in PLANS:
        row = mods[names[user]]
        assert row["Decisions"] == str(len(demo.counted(user)))
        assert row["Skips"] == "1"
        handle = sorted(d["handle_time_ms"] for d in demo.counted(user))
        assert row["Mean handle (s)"] == f"{sum(handle) / len(handle) / 1000:.1f}"
    assert mods["All"]["Decisions"] == str(total)
    assert board.kpi["decisions"].text() == str(total)

    # Action mix and skip reasons, counted here from the uploads.
    mix = Counter(d["action"] for user in demo.decisions for d in demo.counted(user))
    labels = {a.code: a.label for a in window.session.taxonomy.actions}
    actions = _table(window, "action_mix")
    assert {k: int(v["Decisions"]) for k, v in actions.items()} == {
        labels[code]: n for code, n in mix.items()
    }
    reasons = {r.code: r.label for r in window.session.taxonomy.skip_reasons}
    skips = _table(window, "skip_reasons")
    assert {k: v["Skips"] for k, v in skips.items()} == {reasons[r]: "1" for r in SKIPS.values()}

    # QA: six verdicts this week, two overturned.
    weeks = _table(window, "qa_weeks")
    assert [(w["Reviewed"], w["Upheld"]) for w in weeks.values()] == [("6", "4")]
    assert board.kpi["qa"].text() == "66.7 %"
    assert board.kpi["overturn"].text() == "33.3 %"

    # Vendors: northdesk is moderator1 and moderator2.
    vendors = _table(window, "vendors")
    assert vendors["northdesk"]["Decisions"] == str(
        len(demo.counted("moderator1")) + len(demo.counted("moderator2"))
    )
    assert vendors["southdesk"]["Decisions"] == str(len(demo.counted("moderator3")))

    # Queue depth as the service reports it to lead1 now.
    with service.client("lead1") as lead:
        depth = {q["name"]: str(q["depth"]) for q in lead.get("/v1/queues").json()["queues"]}
    assert {k: v["Waiting"] for k, v in _table(window, "queues").items()} == depth

    # Throughput: the service's figure, as the table and the chart show it.
    m1 = next(r for r in board.data.by_moderator.rows if r.key == "moderator1")
    assert m1.cases_per_hour is not None
    assert mods[names["moderator1"]]["Cases / hour"] == f"{m1.cases_per_hour:.1f}"
    chart = board.chart_moderator.canvas
    assert chart.kind() == "hbars"
    assert set(names.values()) <= set(chart.labels())
    assert chart.labels() == [n for n in mods if n != "All"]  # the table's people, in order
    assert f"{m1.cases_per_hour:.1f}" in chart.value_texts()
    assert board.chart_actions.canvas.labels() == list(actions)  # the table's order
    assert board.chart_qa.canvas.value_texts() == [
        f"{100 * w.agreement:.0f} %" for w in board.data.by_moderator.qa_by_week if w.agreement
    ]
    assert list(board.tables) == list(board.table_widgets)  # keyed by table id


def test_dashboard_exports_png_and_csv(
    qtbot: QtBot, dashboard: tuple[LeadWindow, LeadDemo], tmp_path: Path
) -> None:
    window, demo = dashboard
    board = window.dashboard
    assert board is not None
    png = tmp_path / "dashboard.png"
    with qtbot.waitSignal(board.exported, timeout=WAIT_MS):
        assert board.export_png(png)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (board.board.width(), board.board.height())

    out = tmp_path / "dashboard.csv"
    with qtbot.waitSignal(board.exported, timeout=WAIT_MS):
        board.export_csv(out)
    header, rows = read_csv(out)
    assert header == ["section", "key", "label", "metric", "value"]
    figures = {(r[0], r[1], r[3]): r[4] for r in rows}
    for user in PLANS:
        assert figures[("moderator", user, "decisions")] == str(len(demo.counted(user)))
        assert figures[("moderator", user, "skips")] == "1"
    assert figures[("qa_week", next(r[1] for r in rows if r[0] == "qa_week"), "reviewed")] == "6"
