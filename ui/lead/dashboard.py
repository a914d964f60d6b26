"""The team lead's dashboard: throughput, handle time, action mix, skips, QA, queues.

Figures come from ``GET /v1/metrics`` (grouped by moderator, by vendor and by day, in one
pool job); the service defines each figure (see :class:`reviewer.contract.MetricsRow`).
Charts are drawn with QPainter (ui.lead.charts: a plotting library brought numpy, about
40 MB of the installed bundle, for three simple kinds of chart), answer no mouse or key,
and every chart has its table below: the numbers a lead copies into a weekly review.
Export writes the whole dashboard as a PNG (``QWidget.grab``) or all the tables as one
CSV, cells escaped so that a spreadsheet never runs them as formulas.

Chart titles and axis captions are plain labels outside the plots; category names
(usernames, vendors, queues) come from the service and are drawn as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.formatting import fmt_pct, format_age, one_line
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.lead.dashboard import (
    DashboardData,
    dashboard_tables,
    fetch_dashboard,
    ms_to_s,
    number_cell,
    row_label,
    seconds_cell,
    write_dashboard_csv,
)
from ui.common import pages
from ui.common.i18n import arg, translate_marked
from ui.common.tables import combo, combo_value, fill_table, make_table
from ui.common.tasks import Runner
from ui.common.text import plain_label, set_plain
from ui.lead.charts import ChartCanvas

#: bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
PRESETS = [
    (QT_TRANSLATE_NOOP("DashboardView", "This week"), "this_week"),
    (QT_TRANSLATE_NOOP("DashboardView", "Last week"), "last_week"),
    (QT_TRANSLATE_NOOP("DashboardView", "Last 7 days"), "7"),
    (QT_TRANSLATE_NOOP("DashboardView", "Last 28 days"), "28"),
    (QT_TRANSLATE_NOOP("DashboardView", "All time"), "all"),
    (QT_TRANSLATE_NOOP("DashboardView", "Custom"), "custom"),
]
#: the period a lead sees first: wide enough for last week's review, recent enough to be fast
DEFAULT_PRESET = "28"


# --- charts ------------------------------------------------------------------------------------


class Chart(QFrame):
    """A titled card with one chart; the title and caption are plain labels."""

    def __init__(self, title: str, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.title = plain_label(title, self, object_name="chartTitle")
        self.caption = plain_label(caption, self, object_name="chartCaption")
        self.caption.setProperty("role", "muted")
        self.canvas = ChartCanvas(self)
        self.canvas.setObjectName(name)
        self.canvas.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.canvas, 1)


def _tile(parent: QWidget, caption: str, name: str) -> tuple[QFrame, QLabel]:
    frame = QFrame(parent)
    frame.setObjectName("kpiTile")
    value = plain_label("–", frame, object_name="kpiValue")
    value.setAccessibleName(caption)
    cap = plain_label(caption, frame, object_name="kpiCaption")
    cap.setProperty("role", "muted")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(2)
    layout.addWidget(value)
    layout.addWidget(cap)
    value.setProperty("kpi", name)
    return frame, value


# --- the page ----------------------------------------------------------------------------------


def _day_start(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day()).astimezone().astimezone(UTC)


class DashboardView(QWidget):
    """See the module docstring. ``loaded(DashboardData)`` carries the data on screen;
    ``exported(str)`` a written path; ``failed(str)`` a readable message."""

    loaded = Signal(DashboardData)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        taxonomy: contract.PolicyTaxonomy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.runner = runner
        self.taxonomy = taxonomy
        self.data: DashboardData | None = None
        self.tables: dict[str, tuple[list[str], list[list[str]]]] = {}
        self._generation = 0

        # -- controls
        title = pages.title(self.tr("Team dashboard"), self)
        self.range_note = pages.muted(self, "dashboardRange", wrap=False)
        self.preset = combo(
            self,
            "dashboardPreset",
            self.tr("Period"),
            [(translate_marked("DashboardView", t), v) for t, v in PRESETS],
        )
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-6), self)
        self.date_to = QDateEdit(today, self)
        for edit, name, obj in (
            (self.date_from, self.tr("Dashboard first day"), "dashboardFrom"),
            (self.date_to, self.tr("Dashboard last day"), "dashboardTo"),
        ):
            edit.setObjectName(obj)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 44)
        self.preset.setCurrentIndex(self.preset.findData(DEFAULT_PRESET))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setProperty("primary", True)
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.png_button.setObjectName("dashboardExportPng")
        self.png_button.clicked.connect(self.choose_png_path)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setObjectName("dashboardExportCsv")
        self.csv_button.clicked.connect(self.choose_csv_path)
        self.status = pages.muted(self, "dashboardStatus", wrap=False)
        controls = QHBoxLayout()
        controls.addWidget(plain_label(self.tr("Period"), self))
        controls.addWidget(self.preset)
        controls.addWidget(self.date_from)
        controls.addWidget(plain_label(self.tr("to"), self))
        controls.addWidget(self.date_to)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.status)
        controls.addWidget(self.png_button)
        controls.addWidget(self.csv_button)

        # -- the board (what the PNG shows)
        self.board = QWidget(self)
        self.board.setObjectName("dashboardBoard")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.range_note)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.kpi: dict[str, QLabel] = {}
        for key, caption in (
            ("decisions", self.tr("decisions")),
            ("cph", self.tr("cases per staffed hour")),
            ("mean", self.tr("mean handle time")),
            ("p90", self.tr("p90 handle time")),
            ("skip", self.tr("skip rate")),
            ("overturn", self.tr("overturned by QA")),
            ("qa", self.tr("QA agreement")),
            ("queue", self.tr("waiting in queues")),
        ):
            frame, value = _tile(self.board, caption, key)
            self.kpi[key] = value
            tiles.addWidget(frame, 1)
        self.chart_moderator = Chart(
            self.tr("Throughput per moderator"),
            self.tr("cases per staffed hour"),
            "chartThroughputModerator",
            self.board,
        )
        self.chart_vendor = Chart(
            self.tr("Throughput per vendor"),
            self.tr("cases per staffed hour"),
            "chartThroughputVendor",
            self.board,
        )
        self.chart_handle = Chart(
            self.tr("Handle time per moderator"),
            self.tr("seconds · blue: mean · orange: p90"),
            "chartHandleTime",
            self.board,
        )
        self.chart_actions = Chart(
            self.tr("Action mix"),
            self.tr("final decisions in the period"),
            "chartActionMix",
            self.board,
        )
        self.chart_qa = Chart(
            self.tr("QA agreement by week"),
            self.tr("% of QA verdicts that upheld the decision"),
            "chartQa",
            self.board,
        )
        self.chart_queues = Chart(
            self.tr("Queue depth"),
            self.tr("cases waiting now · age of the oldest"),
            "chartQueues",
            self.board,
        )
        self.chart_skips = Chart(
            self.tr("Skip reasons"), self.tr("skips in the period"), "chartSkips", self.board
        )
        self.chart_overturn = Chart(
            self.tr("Overturn rate per moderator"),
            self.tr("% of QA-reviewed decisions overturned"),
            "chartOverturn",
            self.board,
        )
        grid = QGridLayout()
        grid.setSpacing(10)
        charts = [
            self.chart_moderator,
            self.chart_vendor,
            self.chart_handle,
            self.chart_actions,
            self.chart_skips,
            self.chart_qa,
            self.chart_overturn,
            self.chart_queues,
        ]
        for n, chart in enumerate(charts):
            grid.addWidget(chart, n // 4, n % 4)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        bl = QVBoxLayout(self.board)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(10)
        bl.addLayout(head)
        bl.addLayout(tiles)
        bl.addLayout(grid)

        # -- the tables behind the charts
        self.table_tabs = QTabWidget(self)
        self.table_tabs.setObjectName("dashboardTables")
        self.table_widgets: dict[str, QTableWidget] = {}
        for name, label in (
            ("Moderators", self.tr("Moderators")),
            ("Vendors", self.tr("Vendors")),
            ("Days", self.tr("Days")),
            ("Action mix", self.tr("Action mix")),
            ("Skip reasons", self.tr("Skip reasons")),
            ("QA by week", self.tr("QA by week")),
            ("Queues", self.tr("Queues")),
        ):
            # no stretching column: numbers stay beside their names
            accessible = arg(self.tr("%1 table"), label)
            table = make_table(self, "dashboardTable", ["–"], accessible, stretch=None)
            table.setProperty("table", name)
            self.table_widgets[name] = table
            self.table_tabs.addTab(table, label)
        em = self.fontMetrics().height()
        self.table_tabs.setMinimumHeight(em * 16)

        content = QWidget(self)
        content.setObjectName("dashboardContent")
        cl = QVBoxLayout(content)
        cl.setContentsMargins(12, 12, 12, 12)
        cl.setSpacing(12)
        cl.addLayout(controls)
        cl.addWidget(self.board)
        cl.addWidget(self.table_tabs)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._preset_changed()

    # -- period -------------------------------------------------------------------------------

    def _preset_changed(self) -> None:
        preset = combo_value(self.preset)
        custom = preset == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        today = QDate.currentDate()
        monday = today.addDays(1 - today.dayOfWeek())  # ISO weeks start on Monday
        if preset in ("7", "28"):
            self.date_from.setDate(today.addDays(-int(preset) + 1))
            self.date_to.setDate(today)
        elif preset == "this_week":
            self.date_from.setDate(monday)
            self.date_to.setDate(today)
        elif preset == "last_week":
            self.date_from.setDate(monday.addDays(-7))
            self.date_to.setDate(monday.addDays(-1))

    def period(self) -> tuple[datetime | None, datetime | None]:
        """[since, until) for the request: local days, sent as UTC."""
        if combo_value(self.preset) == "all":
            return None, None
        first, last = self.date_from.date(), self.date_to.date()
        if last < first:
            first, last = last, first
        return _day_start(first), _day_start(last.addDays(1))

    def set_period(self, since: datetime | None, until: datetime | None) -> None:
        """Pick a custom period (tests and tools); ``None``/``None`` is all time."""
        if since is None and until is None:
            self.preset.setCurrentIndex(self.preset.findData("all"))
            return
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        if since is not None:
            d = since.astimezone().date()
            self.date_from.setDate(QDate(d.year, d.month, d.day))
        if until is not None:
            d = (until.astimezone() - timedelta(seconds=1)).date()
            self.date_to.setDate(QDate(d.year, d.month, d.day))

    def _period_text(self) -> str:
        since, _until = self.period()
        if since is None:
            return self.tr("All time")
        first = self.date_from.date().toString("yyyy-MM-dd")
        last = self.date_to.date().toString("yyyy-MM-dd")
        return arg(self.tr("%1 to %2"), first, last)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        since, until = self.period()
        set_plain(self.status, self.tr("Loading…"))
        self.refresh_button.setEnabled(False)

        def done(data: DashboardData) -> None:
            if generation == self._generation:
                self.refresh_button.setEnabled(True)
                self.show_data(data)

        def failed(message: str) -> None:
            if generation == self._generation:
                self.refresh_button.setEnabled(True)
                set_plain(self.status, arg(self.tr("Not loaded: %1"), message))
                self.failed.emit(message)

        self.runner.call(lambda api: fetch_dashboard(api, since, until), done, failed)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        totals = data.by_moderator.totals
        scopes = {
            "self": self.tr("your own"),
            "team": self.tr("your team"),
            "all": self.tr("every team"),
        }
        scope = scopes.get(data.by_moderator.scope, data.by_moderator.scope)
        set_plain(self.range_note, arg(self.tr("%1 · %2"), self._period_text(), scope))
        weeks = data.by_moderator.qa_by_week
        reviewed = sum(w.reviewed for w in weeks)
        upheld = sum(w.upheld for w in weeks)
        waiting = sum(q.depth for q in data.by_moderator.queues)
        values = {
            "decisions": str(totals.decisions),
            "cph": number_cell(totals.cases_per_hour),
            "mean": arg(self.tr("%1 s"), seconds_cell(totals.handle_time_mean_ms)),
            "p90": arg(self.tr("%1 s"), seconds_cell(totals.handle_time_p90_ms)),
            "skip": fmt_pct(totals.skip_rate),
            "overturn": fmt_pct(totals.overturn_rate),
            "qa": fmt_pct(upheld / reviewed if reviewed else None),
            "queue": str(waiting),
        }
        for key, text in values.items():
            set_plain(self.kpi[key], text)

        actions = {a.code: a.label for a in self.taxonomy.actions}
        reasons = {r.code: r.label for r in self.taxonomy.skip_reasons}
        mods = data.by_moderator.rows
        people = [row_label(r) for r in mods]
        self.chart_moderator.canvas.hbars(
            people, [("cases/h", [r.cases_per_hour for r in mods], COLOURS[0])], fmt="{:.1f}"
        )
        vendors = data.by_vendor.rows
        self.chart_vendor.canvas.bars(
            [row_label(r) for r in vendors],
            [("cases/h", [r.cases_per_hour for r in vendors], COLOURS[2])],
        )
        self.chart_handle.canvas.hbars(
            people,
            [
                ("mean", [ms_to_s(r.handle_time_mean_ms) for r in mods], COLOURS[0]),
                ("p90", [ms_to_s(r.handle_time_p90_ms) for r in mods], COLOURS[1]),
            ],
            fmt="{:.0f} s",
        )
        mix = sorted(totals.action_mix.items(), key=lambda kv: (-kv[1], kv[0]))
        self.chart_actions.canvas.hbars(
            [actions.get(c, c) for c, _n in mix],
            [("decisions", [float(n) for _c, n in mix], COLOURS[0])],
        )
        skips = sorted(totals.skip_reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        self.chart_skips.canvas.hbars(
            [reasons.get(c, c) for c, _n in skips],
            [("skips", [float(n) for _c, n in skips], COLOURS[1])],
        )
        self.chart_qa.canvas.line(
            [w.week for w in weeks],
            [None if w.agreement is None else 100 * w.agreement for w in weeks],
            COLOURS[2],
        )
        self.chart_overturn.canvas.hbars(
            people,
            [
                (
                    "overturned",
                    [None if r.overturn_rate is None else 100 * r.overturn_rate for r in mods],
                    COLOURS[5],
                )
            ],
            fmt="{:.0f} %",
            min_top=10.0,
        )
        queues = data.by_moderator.queues
        self.chart_queues.canvas.bars(
            [one_line(q.name or q.queue) for q in queues],
            [("waiting", [float(q.depth) for q in queues], COLOURS[4])],
            texts=[
                f"{q.depth}" + (f" · {format_age(q.oldest_age_seconds)}" if q.depth else "")
                for q in queues
            ],
        )

        self.tables = dashboard_tables(data, self.taxonomy)
        for name, (headers, rows) in self.tables.items():
            table = self.table_widgets[name]
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            fill_table(table, rows, numeric=range(1, len(headers)) if name != "Queues" else (2,))
        set_plain(self.status, arg(self.tr("Updated %1"), datetime.now().strftime("%H:%M")))
        self.loaded.emit(data)

    # -- export -------------------------------------------------------------------------------

    def choose_png_path(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export dashboard as PNG"),
            f"dashboard-{stamp}.png",
            self.tr("PNG images (*.png)"),
        )
        if path:
            self.export_png(Path(path))

    def export_png(self, path: Path) -> bool:
        """The board (tiles and charts) as the lead sees it; grabbing must be on the GUI thread,
        and saving a PNG of this size takes a few tens of milliseconds."""
        ok = self.board.grab().save(str(path), "PNG")
        saved = arg(self.tr("Saved %1"), path.name)
        not_written = arg(self.tr("Could not write %1"), str(path))
        set_plain(self.status, saved if ok else not_written)
        if ok:
            self.exported.emit(str(path))
        else:
            self.failed.emit(not_written)
        return bool(ok)

    def choose_csv_path(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export dashboard tables as CSV"),
            f"dashboard-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Every table as one CSV, written on a pool thread."""
        data = self.data
        if data is None:
            set_plain(self.status, self.tr("Nothing to export yet: refresh first."))
            return

        def done(_count: int) -> None:  # not called once the window closed
            set_plain(self.status, arg(self.tr("Saved %1"), path.name))
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            set_plain(self.status, arg(self.tr("Could not write %1: %2"), str(path), str(exc)))
            self.failed.emit(str(exc))

        self.runner.run(lambda: write_dashboard_csv(path, data), done, failed)


__all__ = [
    "Chart",
    "DashboardView",
]
