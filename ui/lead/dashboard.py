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
The core (reviewer.lead.dashboard) gives the tables as typed rows keyed by table id;
every header, unit and figure is worded and formatted here, in the chosen language.
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
from reviewer.formatting import one_line
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.lead.dashboard import (
    TABLE_IDS,
    DashboardData,
    DashboardFigures,
    GroupLine,
    ShareLine,
    dashboard_figures,
    fetch_dashboard,
    ms_to_s,
    row_label,
    write_dashboard_csv,
)
from ui.common import formats, pages
from ui.common.i18n import arg, mark_untranslated_items, translate, translate_marked
from ui.common.tables import combo, combo_value, fill_table, make_table
from ui.common.tasks import Runner
from ui.common.text import plain_label, set_plain
from ui.lead.charts import ChartCanvas, one_decimal, whole_percent

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
        mark_untranslated_items(self.canvas)  # category names are the service's data
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


def _figure(value: float | None) -> str:
    """A figure with one decimal in the chosen language, ``–`` when there is none."""
    return formats.NONE if value is None else formats.number(value, 1)


def _whole(value: float) -> str:
    return formats.number(value)


def _whole_seconds(value: float) -> str:
    return arg(
        translate("DashboardView", "%1 s", "whole seconds on a chart"), formats.number(value)
    )


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
        """What each table shows, by table id (see reviewer.lead.dashboard.TABLE_IDS)."""
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
        titles = {
            "moderators": self.tr("Moderators"),
            "vendors": self.tr("Vendors"),
            "days": self.tr("Days"),
            "action_mix": self.tr("Action mix"),
            "skip_reasons": self.tr("Skip reasons"),
            "qa_weeks": self.tr("QA by week"),
            "queues": self.tr("Queues"),
        }
        for name in TABLE_IDS:
            label = titles[name]
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
            "decisions": formats.number(totals.decisions),
            "cph": _figure(totals.cases_per_hour),
            "mean": formats.seconds(totals.handle_time_mean_ms),
            "p90": formats.seconds(totals.handle_time_p90_ms),
            "skip": formats.percent(totals.skip_rate),
            "overturn": formats.percent(totals.overturn_rate),
            "qa": formats.percent(upheld / reviewed if reviewed else None),
            "queue": formats.number(waiting),
        }
        for key, text in values.items():
            set_plain(self.kpi[key], text)

        figures = dashboard_figures(data, self.taxonomy)
        mods = data.by_moderator.rows
        people = [row_label(r) for r in mods]
        self.chart_moderator.canvas.hbars(
            people, [("cases/h", [r.cases_per_hour for r in mods], COLOURS[0])], fmt=one_decimal
        )
        vendors = data.by_vendor.rows
        self.chart_vendor.canvas.bars(
            [row_label(r) for r in vendors],
            [("cases/h", [r.cases_per_hour for r in vendors], COLOURS[2])],
            fmt=one_decimal,
        )
        self.chart_handle.canvas.hbars(
            people,
            [
                ("mean", [ms_to_s(r.handle_time_mean_ms) for r in mods], COLOURS[0]),
                ("p90", [ms_to_s(r.handle_time_p90_ms) for r in mods], COLOURS[1]),
            ],
            fmt=_whole_seconds,
        )
        mix = figures.action_mix
        self.chart_actions.canvas.hbars(
            [m.label for m in mix],
            [("decisions", [float(m.count) for m in mix], COLOURS[0])],
            fmt=_whole,
        )
        skips = figures.skip_reasons
        self.chart_skips.canvas.hbars(
            [m.label for m in skips],
            [("skips", [float(m.count) for m in skips], COLOURS[1])],
            fmt=_whole,
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
            fmt=whole_percent,
            min_top=10.0,
        )
        queues = data.by_moderator.queues
        self.chart_queues.canvas.bars(
            [one_line(q.name or q.queue) for q in queues],
            [("waiting", [float(q.depth) for q in queues], COLOURS[4])],
            fmt=_whole,
            texts=[
                arg(
                    self.tr("%1 · %2", "cases waiting · age of the oldest"),
                    formats.number(q.depth),
                    formats.duration(q.oldest_age_seconds),
                )
                if q.depth
                else formats.number(q.depth)
                for q in queues
            ],
        )

        self.tables = self._worded(figures)
        for name, (headers, rows) in self.tables.items():
            table = self.table_widgets[name]
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            fill_table(table, rows, numeric=range(1, len(headers)) if name != "queues" else (2,))
        set_plain(self.status, arg(self.tr("Updated %1"), formats.time_of_day(datetime.now())))
        self.loaded.emit(data)

    # -- the tables, worded -------------------------------------------------------------------

    def _group_headers(self, first: str) -> list[str]:
        return [
            first,
            self.tr("Decisions"),
            self.tr("Staffed hours"),
            self.tr("Cases / hour"),
            self.tr("Mean handle (s)"),
            self.tr("p90 handle (s)"),
            self.tr("Escalations"),
            self.tr("Skips"),
            self.tr("Skip rate"),
            self.tr("QA reviewed"),
            self.tr("Overturned"),
            self.tr("Overturn rate"),
        ]

    def _group_cells(self, line: GroupLine) -> list[str]:
        row = line.figures
        return [
            self.tr("All", "the totals row") if line.label is None else line.label,
            formats.number(row.decisions),
            formats.number(row.staffed_hours),
            _figure(row.cases_per_hour),
            _figure(ms_to_s(row.handle_time_mean_ms)),
            _figure(ms_to_s(row.handle_time_p90_ms)),
            formats.number(row.escalations),
            formats.number(row.skips),
            formats.percent(row.skip_rate),
            formats.number(row.qa_reviewed),
            formats.number(row.qa_overturned),
            formats.percent(row.overturn_rate),
        ]

    @staticmethod
    def _share_cells(line: ShareLine) -> list[str]:
        return [line.label, formats.number(line.count), formats.percent(line.share)]

    def _worded(self, figures: DashboardFigures) -> dict[str, tuple[list[str], list[list[str]]]]:
        """Every table's headers and cells in the chosen language, by table id."""
        share = self.tr("Share")
        return {
            "moderators": (
                self._group_headers(self.tr("Moderator")),
                [self._group_cells(g) for g in figures.moderators],
            ),
            "vendors": (
                self._group_headers(self.tr("Vendor")),
                [self._group_cells(g) for g in figures.vendors],
            ),
            "days": (
                self._group_headers(self.tr("Day (UTC)")),
                [self._group_cells(g) for g in figures.days],
            ),
            "action_mix": (
                [self.tr("Action"), self.tr("Decisions"), share],
                [self._share_cells(m) for m in figures.action_mix],
            ),
            "skip_reasons": (
                [self.tr("Reason"), self.tr("Skips"), share],
                [self._share_cells(m) for m in figures.skip_reasons],
            ),
            "qa_weeks": (
                [self.tr("Week"), self.tr("Reviewed"), self.tr("Upheld"), self.tr("Agreement")],
                [
                    [
                        w.week,
                        formats.number(w.reviewed),
                        formats.number(w.upheld),
                        formats.percent(w.agreement),
                    ]
                    for w in figures.qa_weeks
                ],
            ),
            "queues": (
                [
                    self.tr("Queue"),
                    self.tr("Kind"),
                    self.tr("Waiting"),
                    self.tr("Oldest case"),
                    self.tr("Target (SLA)"),
                ],
                [
                    [
                        one_line(q.name or q.queue),
                        self.tr("Escalation") if q.kind == "escalation" else self.tr("Live"),
                        formats.number(q.depth),
                        formats.duration(q.oldest_age_seconds),
                        self.tr("%n min", "a service level target", q.sla_minutes),
                    ]
                    for q in figures.queues
                ],
            ),
        }

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
