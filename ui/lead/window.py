"""The team lead's audit window: History, Audit chains, Guidelines, Dashboard, Breaches,
Account labels; Reports > Weekly report… (Ctrl+R); and Decisions > Import a disabled
moderator's decisions… (a desk's ``reviewer export-pending`` file).

Opened from the main window's "Team audit" action, which only leads and admins get (the
service refuses these endpoints to other roles anyway). A separate window, so that the
review loop's keys never reach it and a lead can audit beside the case screen.
Escalations need no page here: the escalation queue is on the lead's queue list and is
decided in the ordinary case view; its outcomes show in History (filter "Escalated").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.store.pending_export import read_pending_export
from ui.common.i18n import arg, translate
from ui.common.tasks import Runner
from ui.common.text import plain_label
from ui.desk.host import install_tool_action
from ui.lead.breaches import BreachesView
from ui.lead.case_history import DecisionChainView
from ui.lead.chain_check import AuditChainView
from ui.lead.decision_import import ImportSummaryDialog
from ui.lead.guidelines import GuidelinesView
from ui.lead.history import PAGE_SIZE, HistoryView
from ui.lead.labels import LabelRequestsView
from ui.lead.weekly_dialog import WeeklyReportDialog

if TYPE_CHECKING:
    from reviewer.session import Session
    from ui.desk.host import DeskHost
    from ui.lead.dashboard import DashboardView

LEAD_ROLES = ("lead", "admin")


TAB_HISTORY, TAB_CHAINS, TAB_GUIDELINES, TAB_DASHBOARD, TAB_BREACHES, TAB_LABELS = range(6)


class LeadWindow(QMainWindow):
    """Hosts the six audit pages; ``peopleLoaded(int)`` fires when the moderator and
    vendor pickers are filled (with the number of moderators)."""

    peopleLoaded = Signal(int)
    #: an import ended: the summary or the problem, as shown
    importFinished = Signal(str)
    chainOpened = Signal(DecisionChainView)

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadWindow")
        self.setWindowTitle(
            arg(self.tr("Team audit · %1 · Live Review Desk"), session.me.display_name)
        )
        self.session = session
        self._closed = False
        self.runner: Runner[LeadApi] = Runner(session, LeadApi, self)
        self.runner.problem.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        taxonomy, queues = session.taxonomy, session.queues

        self.history = HistoryView(self.runner, taxonomy, queues, page_size=page_size, parent=self)
        self.chains = AuditChainView(self.runner, self)
        self.guidelines = GuidelinesView(self.runner, queues, self)
        self.breaches = BreachesView(self.runner, self)
        self.labels = LabelRequestsView(self.runner, self)
        # The dashboard page is built when first shown.
        self.dashboard: DashboardView | None = None
        self._dashboard_host = QWidget(self)
        self._dashboard_host.setObjectName("dashboardHost")
        host = QVBoxLayout(self._dashboard_host)
        host.setContentsMargins(0, 0, 0, 0)
        self._dashboard_wait = plain_label(self.tr("Loading the charts…"), self._dashboard_host)
        self._dashboard_wait.setProperty("role", "muted")
        host.addWidget(self._dashboard_wait)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("leadTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.chains, self.tr("Audit chains"))
        self.tabs.addTab(self.guidelines, self.tr("Guidelines"))
        self.tabs.addTab(self._dashboard_host, self.tr("Dashboard"))
        self.tabs.addTab(self.breaches, self.tr("Breaches"))
        self.tabs.addTab(self.labels, self.tr("Account labels"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.history.chainRequested.connect(self.open_chain)
        self.breaches.chainRequested.connect(self.open_chain)
        self.chain_views: list[DecisionChainView] = []
        self._opened: set[int] = set()
        self._vendors: list[str] = []
        self.report_dialog: WeeklyReportDialog | None = None
        self.report_action = QAction(self.tr("Weekly report…"), self)
        self.report_action.setObjectName("weeklyReportAction")
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(self.open_weekly_report)
        self.menuBar().addMenu(self.tr("Reports")).addAction(self.report_action)
        self.import_summary: ImportSummaryDialog | None = None
        self.import_action = QAction(self.tr("Import a disabled moderator's decisions…"), self)
        self.import_action.setObjectName("importDecisionsAction")
        self.import_action.triggered.connect(self.choose_import)
        self.menuBar().addMenu(self.tr("Decisions")).addAction(self.import_action)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 120, em * 70)

    def start(self) -> None:
        """First requests: the history and the people for the pickers."""
        self._opened.add(TAB_HISTORY)
        self.history.load(contract.AuditFilter())
        self.load_people()

    def _tab_changed(self, index: int) -> None:
        if index in self._opened:
            return
        self._opened.add(index)
        if index == TAB_GUIDELINES:
            self.guidelines.refresh()
        elif index == TAB_DASHBOARD:
            self.show_dashboard().refresh()
        elif index == TAB_BREACHES:
            self.breaches.refresh()
        elif index == TAB_LABELS:
            self.labels.refresh()

    def show_dashboard(self) -> DashboardView:
        """Build the dashboard page on first use and bring it up."""
        if self.dashboard is None:
            from ui.lead.dashboard import DashboardView

            self.dashboard = DashboardView(self.runner, self.session.taxonomy, self._dashboard_host)
            self._dashboard_wait.hide()
            layout = self._dashboard_host.layout()
            assert layout is not None
            layout.addWidget(self.dashboard)
            self._opened.add(TAB_DASHBOARD)
        if self.tabs.currentIndex() != TAB_DASHBOARD:
            self.tabs.setCurrentIndex(TAB_DASHBOARD)
        return self.dashboard

    def load_people(self) -> None:
        """Moderators and vendors with decisions on record, for the pickers (typing works too)."""

        def job(api: LeadApi) -> tuple[list[tuple[str, str]], list[str]]:
            by_mod = api.metrics(group_by="moderator")
            by_vendor = api.metrics(group_by="vendor")
            mods = sorted((r.key, r.label) for r in by_mod.rows)
            return mods, sorted(r.key for r in by_vendor.rows)

        def done(result: tuple[list[tuple[str, str]], list[str]]) -> None:
            mods, vendors = result
            self.history.set_people(mods, vendors)
            self.chains.set_moderators(mods)
            self.guidelines.set_vendors(vendors)
            self._vendors = vendors
            self.peopleLoaded.emit(len(mods))

        self.runner.call(job, done)

    def open_weekly_report(self) -> WeeklyReportDialog:
        """The "Weekly report…" dialog (one at a time), with the taxonomy's labels."""
        if self.report_dialog is None:
            taxonomy = self.session.taxonomy
            names = {a.code: a.label for a in taxonomy.actions}
            names.update({a.code: a.label for a in taxonomy.areas})
            names.update({r.code: r.label for r in taxonomy.escalation_reasons})
            team = self.session.me.team if self.session.me.role == "lead" else ""
            self.report_dialog = WeeklyReportDialog(
                self.runner, names, vendors=self._vendors, team=team, parent=self
            )
        self.report_dialog.show()
        self.report_dialog.raise_()
        return self.report_dialog

    def choose_import(self) -> None:
        """Ask for a desk's export file (``reviewer export-pending``), then import it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a disabled moderator's decisions"),
            "",
            self.tr("Decision exports (*.json)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the export and upload it off the GUI thread; the answer comes back as
        :attr:`import_summary`, a refusal of the whole file in the status bar
        (``importFinished`` fires either way, with the text shown)."""

        def read() -> list[contract.DecisionImportRequest]:
            return read_pending_export(path).import_requests()

        def unreadable(exc: BaseException) -> None:
            text = arg(self.tr("This file is not a desk's decision export: %1"), str(exc))
            self.statusBar().showMessage(text, 10_000)
            self.importFinished.emit(text)

        def upload(bodies: list[contract.DecisionImportRequest]) -> None:
            self.runner.call(
                lambda api: api.import_all(bodies), self._show_import, self.importFinished.emit
            )

        self.runner.run(read, upload, unreadable)

    def _show_import(self, answer: contract.DecisionImportResponse) -> None:
        if self.import_summary is not None:
            self.import_summary.close()
        self.import_summary = ImportSummaryDialog(answer, self)
        self.import_summary.show()
        self.importFinished.emit(self.import_summary.text.toPlainText())

    def open_chain(self, case_id: str) -> DecisionChainView:
        view = DecisionChainView(self.runner, self.session.taxonomy, case_id, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.destroyed.connect(lambda _o=None, v=view: self._forget(v))
        self.chain_views.append(view)
        view.show()
        view.load()
        self.chainOpened.emit(view)
        return view

    def _forget(self, view: DecisionChainView) -> None:
        if view in self.chain_views:
            self.chain_views.remove(view)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.runner.close()
        super().closeEvent(event)


# --- the main window's entry point ------------------------------------------------------------

LEAD_WINDOW = "lead"


def install_lead(host: DeskHost) -> QAction | None:
    """Add "Team audit" to the main window's toolbar for leads and admins; None otherwise.
    The window closes with the main window (its tool windows)."""
    if host.session.me.role not in LEAD_ROLES:
        return None
    return install_tool_action(
        host,
        LEAD_WINDOW,
        text=translate("LeadWindow", "Team audit"),
        tip=translate(
            "LeadWindow", "History, audit chains, urgent guidelines and the team dashboard"
        ),
        object_name="leadAction",
        open_window=open_lead,
    )


def open_lead(host: DeskHost) -> LeadWindow:
    def build() -> LeadWindow:
        # as with calibration: no handle-time clock runs on a case while the lead audits
        host.pause_review()
        lead = LeadWindow(host.session, parent=host.frame)
        lead.setWindowFlag(Qt.WindowType.Window, True)
        lead.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lead.show()
        lead.start()
        return lead

    return host.tool_windows.open(LEAD_WINDOW, LeadWindow, build)
