"""The main window: queues to pull from, the case screen, the status bar.

It owns the GUI thread's Store connection, the content cache, the sync thread
and the review controller, and wires them together with signals. Network calls
(queues, policies, sign-out) go through the session on the shared pool.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from reviewer import contract
from reviewer.calibration import forget_calibration_items
from reviewer.paths import AppPaths
from reviewer.session import Session
from reviewer.store.cache import Housekeeping, recover_after_crash
from reviewer.store.decisions import Store
from reviewer.store.held_export import held_document, write_held_export
from reviewer.sync import SyncConfig, SyncReport
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.review_pane import ReviewPane
from ui.case.screen import CaseView
from ui.common import tasks
from ui.common.errors import describe_error
from ui.common.i18n import arg
from ui.common.shortcuts import PAUSE
from ui.common.text import plain_label
from ui.common.words import role_name
from ui.desk.banner import AnnouncementBanner
from ui.desk.controller import ReviewController
from ui.desk.follow_thread import Following
from ui.desk.host import TaxonomyFilter
from ui.desk.sync_thread import HoldingCache, SyncThread
from ui.desk.windows import ToolWindows
from ui.shell.about import AboutDialog, newer_version_text
from ui.shell.layout_memory import LayoutMemory
from ui.shell.problems_dialog import ProblemsDialog
from ui.shell.queue_page import QueuePage
from ui.shell.shortcut_sheet import shortcuts_text, show_shortcut_sheet
from ui.shell.sign_out import SigningOutPage, left_behind_text, signing_out_text
from ui.shell.status_bar import ReviewStatusBar
from ui.shell.too_old import TooOldPage

log = logging.getLogger(__name__)

#: how often the taxonomy (and its announcements) is fetched again
POLICY_REFRESH_MS = 5 * 60 * 1000
#: how long sign-out lets the sync thread finish its last upload and releases; past it the
#: thread is given up, the crash marker stays and the decisions wait on this machine
SIGN_OUT_DEADLINE_MS = 15_000
#: note the moderator's activity for lease renewal at most this often
ACTIVITY_THROTTLE_S = 5.0

PAGE_QUEUES, PAGE_REVIEW = 0, 1


class MainWindow(QMainWindow):
    """See the module docstring. ``signedOut(str)`` carries a message for the sign-in
    dialog; ``closed()`` fires once the window has shut its threads down;
    ``signOutStarted()`` when sign-out covers the case; ``caseViewAdded(CaseView)`` when
    another window shows cases.

    It is the features' host: it implements :class:`ui.desk.host.DeskHost`.
    """

    signedOut = Signal(str)
    closed = Signal()
    signOutStarted = Signal()
    caseViewAdded = Signal(CaseView)

    def __init__(
        self,
        session: Session,
        *,
        demo: bool = False,
        paths: AppPaths | None = None,
        sync_config: SyncConfig | None = None,
        undo_window_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        follow_hold_s: float = contract.FOLLOW_HOLD_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from reviewer.settings import load_settings

        self.setObjectName("mainWindow")
        self.session = session
        self.demo = demo
        self.clock = clock
        self.tool_windows = ToolWindows(self)
        self._taxonomy_filter: TaxonomyFilter = _unchanged
        settings = load_settings().settings
        self.paths = (paths or AppPaths.default()).ensure()
        # One store per (server, user), claimed before anything syncs: on a shared workstation
        # one moderator's pending decisions must never go out with the next person's token.
        owner = (session.server_url, session.me.username)
        self.store_path = self.paths.store_path_for(*owner)
        self.store = Store.open(self.store_path)
        try:
            self.store.claim(*owner)
        except BaseException:
            self.store.close()
            raise
        # before the sync thread starts: the session's decisions overwrite the log from here
        self.store.reserve_log()
        self.cache = HoldingCache(self.paths.content_dir)
        config = sync_config or SyncConfig(
            lease_size=settings.batch_size,
            prefetch_depth=settings.prefetch_depth,
            device_id=session.device_id,
        )
        if config.retention_s is None:  # the housekeeping job keeps the user's retention
            config = replace(config, retention_s=float(settings.retention_hours) * 3600)
        self.sync = SyncThread(
            store_path=self.store_path,
            owner=owner,
            cache=self.cache,
            api_factory=session.new_api,
            config=config,
            log_dir=self.paths.log_dir,
            parent=self,
        )
        self._shut = False
        self._signing_out = False
        self._sync_gave_up = False  # the sync thread missed the sign-out deadline
        self._sync_settled = False  # sign-out: the sync thread ended or was given up
        self._sign_out_purged = False
        self._close_after_sign_out = False
        self._sign_out_report: SyncReport | None = None
        self.sign_out_deadline_ms = SIGN_OUT_DEADLINE_MS
        self.signing_out_page: SigningOutPage | None = None
        self.last_housekeeping: Housekeeping | None = None
        self._last_activity = 0.0
        self.last_report: SyncReport | None = None
        #: the service's /v1/info answer (its version, the newest desk it advertises)
        self.service_info: contract.ServiceInfo | None = None
        self.it_contact = _site_it_contact()
        self.too_old_page: TooOldPage | None = None
        self.about_dialog: AboutDialog | None = None

        self.setWindowTitle(self._title())
        self.resize(1600, 1000)

        # pages
        self.queue_page = QueuePage(session, self)
        self.queue_page.startRequested.connect(self.start_reviewing)
        self.queue_page.refreshRequested.connect(self.refresh_queues)

        self.banner = AnnouncementBanner(self)
        review = ReviewPane(
            self, object_name="reviewPage", splitter_name="reviewSplitter", spacing=8
        )
        review.set_top(self.banner)
        self.review = review
        self.case_view = review.case_view
        self.panel = review.panel

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.queue_page)
        self.pages.addWidget(review)
        self.setCentralWidget(self.pages)

        # status bar
        self.status = ReviewStatusBar(self)
        self.status.set_policy_version(session.taxonomy.version)
        self.status.problemsRequested.connect(self.show_problems)
        self.setStatusBar(self.status)
        counts = self.store.outbox_counts()
        self._pending = counts.get("pending", 0)
        self.status.set_pending(self._pending)
        self.status.set_problem_count(counts.get("problem", 0))

        # keys and the review loop
        self.keys = DecisionKeyFilter(self, scope=self, clock=clock)
        self.keys.activity.connect(self._on_activity)
        self.controller = ReviewController(
            store=self.store,
            cache=self.cache,
            view=self.case_view,
            panel=self.panel,
            keys=self.keys,
            banner=self.banner,
            taxonomy=session.taxonomy,
            sync=self.sync,
            undo_window_s=float(
                settings.undo_window_seconds if undo_window_s is None else undo_window_s
            ),
            clock=clock,
            parent=self,
        )
        self.controller.message.connect(self.status.show_message)
        # the case on screen follows its live stream (threads of its own, not the sync step)
        self.following = Following(
            self.controller,
            lambda: self.case_view,
            api_factory=session.new_api,
            cache=self.cache,
            hold_s=follow_hold_s,
            parent=self,
        )
        self.controller.set_queues(session.queues)  # what each queue hides, as signed in
        self.banner.acknowledged.connect(lambda _id: self._focus_review())
        self.keys.helpRequested.connect(self.show_shortcuts)
        self.controller.decided.connect(lambda _d: self._count_decision())
        self.controller.undone.connect(lambda _c: self._refresh_counts())
        self.sync.report.connect(self._on_report)
        self.sync.signedOut.connect(self._on_sync_signed_out)
        self.sync.housekept.connect(self._on_housekept)
        self.sync.crashed.connect(self.status.set_sync_stopped)
        self.sync.restarting.connect(self.status.set_sync_restarting)

        self._build_toolbar()

        self._policy_timer = QTimer(self)
        self._policy_timer.setInterval(POLICY_REFRESH_MS)
        self._policy_timer.timeout.connect(self.refresh_policies)
        self._policy_timer.timeout.connect(self.refresh_service_info)
        self._sign_out_timer = QTimer(self)
        self._sign_out_timer.setSingleShot(True)
        self._sign_out_timer.timeout.connect(lambda: self._sync_done(stopped=False))
        # geometry and splitters as the moderator left them (saved on close)
        self.layout_memory = LayoutMemory(self, self.paths.config_dir / "window.ini")

    def _title(self) -> str:
        """Who is signed in where; says so when the sign-in is kept in memory only."""
        me = self.session.me
        host = urlsplit(self.session.server_url).netloc or self.session.server_url
        if self.session.memory_vault:
            template = (
                self.tr(
                    "Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only"
                    " (no system keyring)"
                )
                if self.demo
                else self.tr(
                    "Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only"
                    " (no system keyring)"
                )
            )
        else:
            template = (
                self.tr("Live Review Desk — %1 (%2) · %3 · demo")
                if self.demo
                else self.tr("Live Review Desk — %1 (%2) · %3")
            )
        return arg(template, me.display_name, me.username, host)

    # -- toolbar ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = self.toolbar = QToolBar(self.tr("Review"), self)
        bar.setObjectName("reviewToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.queues_action = QAction(self.tr("Queues"), self)
        self.queues_action.setToolTip(self.tr("Back to the list of queues (pauses review)"))
        self.queues_action.triggered.connect(self.show_queues)
        self.pause_action = QAction(self.tr("Pause"), self)
        self.pause_action.setShortcut(PAUSE.sequence())
        self.pause_action.setToolTip(
            arg(
                self.tr("Pause (%1): stop the handle-time clock and give back undecided cases"),
                PAUSE.sequence().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.pause_action.triggered.connect(self.toggle_pause)
        self.pause_action.setEnabled(False)
        self.problems_action = QAction(self.tr("Sync problems"), self)
        self.problems_action.triggered.connect(self.show_problems)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.setToolTip(
            self.tr("Release unfinished cases, remove cached case content and forget the sign-in")
        )
        self.sign_out_action.triggered.connect(self.sign_out)
        self.about_action = QAction(self.tr("About"), self)
        self.about_action.setToolTip(
            self.tr("The version of this desk, the case service and whom to ask for help")
        )
        self.about_action.triggered.connect(self.show_about)
        for action in (self.queues_action, self.pause_action, self.problems_action):
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        me = self.session.me
        self.who = plain_label(
            arg(
                self.tr("%1 · %2", "a person's name and role"), me.display_name, role_name(me.role)
            ),
            bar,
        )
        self.who.setProperty("role", "muted")
        bar.addWidget(self.who)
        bar.addAction(self.about_action)
        bar.addAction(self.sign_out_action)

    # -- the features' host (ui.desk.host.DeskHost) ---------------------------------------------

    @property
    def frame(self) -> QWidget:
        return self

    def cache_side_dir(self, name: str) -> Path:
        return self.cache.side_dir(name)

    def add_action(self, action: QAction, *, trailing: bool = False) -> None:
        if trailing:
            self.addAction(action)
            self.toolbar.addAction(action)
        else:
            self.toolbar.insertAction(self.problems_action, action)

    def add_status_widget(self, widget: QWidget) -> None:
        self.status.addPermanentWidget(widget)

    def add_review_strip(self, strip: QWidget) -> None:
        self.review.add_row(strip)  # under the banner

    def set_pages_visible(self, visible: bool) -> None:
        self.pages.setVisible(visible)

    def show_message(self, text: str) -> None:
        self.status.show_message(text)

    def add_case_view(self, view: CaseView) -> None:
        self.caseViewAdded.emit(view)

    def pause_review(self) -> bool:
        if self.controller.started and not self.controller.paused:
            self.toggle_pause()
            return True
        return False

    def review_paused(self) -> bool:
        return self.controller.started and self.controller.paused

    def apply_taxonomy_filter(self, keyed: TaxonomyFilter) -> None:
        self._taxonomy_filter = keyed
        self.controller.set_taxonomy(keyed(self.session.taxonomy))

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the sync thread and the key filter; called once the window is shown."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys)
        # After a crash no cached case content is trusted. The cache removed its files when
        # it opened; forgetting the store's case detail is one UPDATE, done here before any
        # case can be shown. The rest of the housekeeping is a job of the sync thread (first
        # in its first round, before it fetches anything, then every few minutes).
        if recover_after_crash(self.store, self.cache):
            self.status.show_message(
                self.tr(
                    "The last session did not close cleanly: cached case content was removed "
                    "and is fetched again. Your decisions are safe."
                )
            )
        self.sync.start()
        self._policy_timer.start()
        self.refresh_service_info()
        self.queue_page.table.setFocus()

    def shutdown(self) -> None:
        """Stop the sync thread (its connection and client close with it), close the store.

        Closing the application may wait for the thread (up to its stop deadline); at the end
        of a sign-out it has already ended or been given up, so nothing waits here.
        """
        if self._shut:
            return
        self._shut = True
        self._policy_timer.stop()
        self._sign_out_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        self.controller.stop()
        self.following.stop()
        stopped = False if self._sync_gave_up else self.sync.stop()
        if not stopped and not self._sync_gave_up:
            self._give_up_sync()  # a running QThread must not die with the window
        # A clean close: the next start keeps what is within retention. If the sync thread
        # did not end, or a sign-out did not get to its purge, the crash marker stays and the
        # next start purges.
        if stopped and (self._sign_out_purged or not self._signing_out):
            self.cache.close()
        self.store.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._signing_out and not self._shut:
            # Sign-out is finishing in the background: hide now, close when it is done
            # (its purge and the token's removal must not be cut short).
            self._close_after_sign_out = True
            event.ignore()
            self.hide()
            return
        self.shutdown()
        super().closeEvent(event)
        self.tool_windows.close_all()
        self.closed.emit()

    def _on_activity(self) -> None:
        """Someone is at the desk: the sync thread keeps renewing the leases."""
        now = time.monotonic()
        if now - self._last_activity > ACTIVITY_THROTTLE_S:
            self._last_activity = now
            self.sync.note_activity()

    def _on_housekept(self, done: Housekeeping) -> None:
        """The sync thread's housekeeping job ran (queued here after it finished)."""
        if self._shut:
            return
        self.last_housekeeping = done
        if self.controller.current is not None and (
            self.controller.current.case_id in done.evicted_cases
        ):
            self.status.show_message(
                self.tr(
                    "This case was leased longer ago than the retention period allows: its "
                    "cached content was removed. Decide it from what is on screen or skip it."
                )
            )

    # -- queues and review --------------------------------------------------------------------

    def start_reviewing(self, queue: str) -> None:
        self.pages.setCurrentIndex(PAGE_REVIEW)
        self.pause_action.setEnabled(True)
        self.pause_action.setText(self.tr("Pause"))
        self.controller.start(queue)
        self._focus_review()

    def _focus_review(self) -> None:
        """The banner's button while an update waits (Space acknowledges), else the case."""
        if self.banner.pending():
            self.banner.ack_button.setFocus()
        else:
            self.case_view.setFocus()

    def show_queues(self) -> None:
        if self.controller.started and not self.controller.paused:
            self.controller.pause()
        self.controller.started = False
        self.pause_action.setEnabled(False)
        self.pages.setCurrentIndex(PAGE_QUEUES)
        self.refresh_queues()

    def toggle_pause(self) -> None:
        if not self.controller.started:
            return
        if self.controller.paused:
            self.pause_action.setText(self.tr("Pause"))
            self.controller.resume()
            self.status.show_message(self.tr("Resumed."))
        else:
            released = self.controller.pause()
            self.pause_action.setText(self.tr("Resume"))
            self.status.show_message(
                self.tr(
                    "Paused. %n undecided case(s) went back to the queue; the handle-time "
                    "clock is stopped.",
                    "",
                    len(released),
                )
            )

    def refresh_queues(self) -> None:
        tasks.submit(
            lambda: self.session.call(lambda api: api.queues()),
            self._queues_read,
            lambda exc: self.status.show_message(describe_error(exc, self.session.server_url)),
        )

    def _queues_read(self, found: contract.QueueList) -> None:
        self.queue_page.set_queues(found.queues)
        self.controller.set_queues(found.queues)

    def refresh_policies(self) -> None:
        tasks.submit(
            lambda: self.session.call(lambda api: api.policies()),
            self.set_taxonomy,
            lambda _exc: None,  # offline: keep the taxonomy in force; sync shows the state
        )

    def set_taxonomy(self, taxonomy: contract.PolicyTaxonomy) -> None:
        self.session.taxonomy = taxonomy
        self.controller.set_taxonomy(self._taxonomy_filter(taxonomy))  # with the user's keys
        self.status.set_policy_version(taxonomy.version)

    def refresh_service_info(self) -> None:
        """Ask the service (unauthenticated /v1/info) for its version and the newest desk."""
        tasks.submit(
            lambda: self.session.call(lambda api: api.info()),
            self.set_service_info,
            lambda _exc: None,  # offline: the last answer stands; sync shows the state
        )

    def set_service_info(self, info: contract.ServiceInfo) -> None:
        """A newer desk advertised: a calm chip in the status bar, long before the minimum
        forces the too-old page."""
        if self._shut:
            return
        self.service_info = info
        self.status.set_newer_version(newer_version_text(info))

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(
            server_url=self.session.server_url,
            info=self.service_info,
            it_contact=self.it_contact,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    def show_shortcuts(self) -> None:
        """F1: every key of the review screen."""
        text = shortcuts_text(self.session.taxonomy, self.keys)
        self.shortcuts_dialog = show_shortcut_sheet(self, text)

    # -- sync ---------------------------------------------------------------------------------

    def _on_report(self, report: SyncReport) -> None:
        if self._shut:
            return  # a report queued before the thread stopped; the store is closed
        self.last_report = report
        # Counted on the sync thread (no SQLite count on the GUI thread per round). A decision
        # recorded after that count woke the thread, so the next report includes it.
        self._pending = report.pending
        self.status.apply_report(report)
        self.controller.on_sync_report(report)
        if report.problems_now:
            self.status.show_message(
                self.tr(
                    "%n decision(s) came back with a problem: see Sync problems.",
                    "",
                    len(report.problems_now),
                )
            )
        if report.auth_expired and not self._signing_out:
            self.sign_out(message=self.tr("Your session ended. Please sign in again."))
        elif report.client_too_old and not self._signing_out:
            self._show_too_old(report)

    def _show_too_old(self, report: SyncReport) -> None:
        """The service refuses this version: no case stays on screen and no key acts; the
        decisions not sent stay in the store (sync has stopped trying, nothing is purged)
        for a newer desk to send. Sign out and About stay available."""
        page = self.too_old_page
        if page is None:
            self.controller.stop()  # clears the case view, keys off, handle-time clock stopped
            self.keys.set_enabled(False)
            self._policy_timer.stop()
            for action in self.findChildren(QAction):  # the features' too: they need the service
                action.setEnabled(action in (self.about_action, self.sign_out_action))
            page = self.too_old_page = TooOldPage(self.it_contact, self.pages)
            page.signOutRequested.connect(self.sign_out)
            self.pages.addWidget(page)
        page.show_state(report.min_client_version, report.pending)
        self.pages.setCurrentWidget(page)
        self.pages.setVisible(True)

    def _count_decision(self) -> None:
        """One more decision waiting: shown at once without a count query on the keystroke
        path; the sync thread's next report (it was woken) brings the exact figures."""
        self._pending += 1
        self.status.set_pending(self._pending)

    def _refresh_counts(self) -> None:
        if self._shut:
            return
        counts = self.store.outbox_counts()
        self._pending = counts.get("pending", 0)
        self.status.set_pending(self._pending)
        self.status.set_problem_count(counts.get("problem", 0))

    def show_problems(self) -> ProblemsDialog:
        labels = {a.code: a.label for a in self.session.taxonomy.actions}
        dialog = ProblemsDialog(self.store.problems(), self, action_labels=labels)
        dialog.retryRequested.connect(self.retry_held)
        dialog.exportRequested.connect(self._export_held_from_dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.problems_dialog = dialog
        return dialog

    def retry_held(self, decision_ids: list[str]) -> int:
        """Put held decisions back in the outbox (a short store write) and wake sync."""
        if self._shut:
            return 0
        changed = self.store.retry_held(decision_ids)
        self._refresh_counts()
        self.sync.retry_now()
        return changed

    def export_held(self, target: Path) -> int:
        """Write the held decisions (request bytes and the service's answers) for support;
        returns how many. The decisions stay in the store."""
        held = self.store.held_decisions()
        write_held_export(target, held_document(held, owner=self.store.owner()))
        return len(held)

    def _export_held_from_dialog(self, path: str) -> None:
        try:
            count = self.export_held(Path(path))
        except OSError as exc:
            self.show_message(
                arg(self.tr("Could not write %1: %2"), path, exc.strerror or type(exc).__name__)
            )
            return
        self.show_message(arg(self.tr("%n held decision(s) written to %1", "", count), path))

    # -- sign out -----------------------------------------------------------------------------

    def sign_out(self, message: str = "") -> None:
        """Sign out without waiting on anything: the case goes at once, the rest follows.

        The window covers the case and turns keys off immediately, then the sync thread
        sends its last decisions, releases the open cases, purges and ends in the background
        (``finished``); the final purge and the token's removal run on the pool; then
        ``signedOut`` brings the sign-in dialog back. A thread that misses
        :attr:`sign_out_deadline_ms` is given up: the crash marker stays (the next start
        purges) and the pending decisions wait on this machine for the next sign-in.
        """
        if self._signing_out or self._shut:
            return
        self.following.stop()
        self._signing_out = True
        self._sign_out_message = message or self.tr("You are signed out.")
        self._cover_for_sign_out()
        self.sync.finished.connect(self._on_sync_finished)
        self.sync.progress.connect(self._on_sign_out_progress)
        if self.sync.isRunning():
            self.sync.request_sign_out()
            self._sign_out_timer.start(max(0, int(self.sign_out_deadline_ms)))
        else:
            self._sync_done(stopped=True)

    def _cover_for_sign_out(self) -> None:
        """Nothing of the case stays visible and no key acts, from this moment on."""
        self._policy_timer.stop()
        self.controller.stop()  # clears the case view, keys off, handle-time clock stopped
        self.keys.set_enabled(False)
        self.signOutStarted.emit()  # wellbeing: no idle lock or break reminder over the sign-out
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for action in self.findChildren(QAction):
            action.setEnabled(False)
        for top in QApplication.topLevelWidgets():  # calibration, team audit: they show cases
            if top is not self and top.isVisible() and self._owns(top):
                top.hide()
        page = self.signing_out_page
        if page is None:
            page = self.signing_out_page = SigningOutPage(self.pages)
            self.pages.addWidget(page)
        page.say(signing_out_text(self._pending))
        self.pages.setCurrentWidget(page)
        self.pages.setVisible(True)
        self.status.show_message(signing_out_text(self._pending))

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _on_sync_signed_out(self, report: object) -> None:
        """The engine's sign-out ran (last upload, releases, purge); ``finished`` follows."""
        if isinstance(report, SyncReport):
            self._sign_out_report = report

    def _on_sign_out_progress(self, phase: str, done: int, total: int) -> None:
        """The last upload counts down on the page (thousands of decisions take a while)."""
        if phase == "upload" and not self._sync_settled and self.signing_out_page is not None:
            self.signing_out_page.say(signing_out_text(max(0, total - done)))

    def _say(self, text: str) -> None:
        if self.signing_out_page is not None and not self._sync_gave_up:
            self.signing_out_page.say(text)

    def _on_sync_finished(self) -> None:
        if self._signing_out:
            self._sync_done(stopped=True)

    def _give_up_sync(self) -> None:
        self._sync_gave_up = True
        self.sync.abandon()

    def _sync_done(self, *, stopped: bool) -> None:
        """The sync thread ended (or missed its deadline): purge on the pool, then sign out."""
        if self._shut or self._sync_settled:
            return
        self._sync_settled = True
        self._sign_out_timer.stop()
        if stopped:
            stopped = self.sync.wait(1000)  # ``finished`` was emitted: the thread is ending
        if not stopped:
            self._give_up_sync()
        report = self._sign_out_report
        pending = report.pending if report is not None and stopped else self._count_pending()
        left = left_behind_text(pending, gave_up=not stopped)
        if left:
            self._sign_out_message = arg(
                self.tr("%1 %2", "two sentences, one after the other"), self._sign_out_message, left
            )
        if not stopped:
            note = left or self.tr("The case service did not answer in time.")
            self.status.show_message(note)
            if self.signing_out_page is not None:
                self.signing_out_page.say(arg(self.tr("Still signing out. %1"), note))
        # One short UPDATE on this thread's connection (the engine did it too if it got that
        # far); the files go on the pool, and only when no sync thread can still write.
        self.store.forget_all_case_content()
        cache, store_path = self.cache, self.store.path
        self._say(self.tr("Signing out: removing cached case content…"))

        def purge() -> None:
            if stopped:
                cache.purge_all()
            forget_calibration_items(store_path)

        def purged(_result: object = None) -> None:
            self._sign_out_purged = stopped
            self._end_session()

        def purge_failed(exc: BaseException) -> None:
            log.warning("sign-out purge failed; the next start purges", exc_info=exc)
            self._end_session()

        tasks.submit(purge, purged, purge_failed)

    def _end_session(self) -> None:
        """Revoke the session and forget the token (pool: it may wait on the network)."""
        if self._shut:
            return
        self._say(self.tr("Signing out: ending your session with the service…"))
        tasks.submit(self.session.sign_out, self._finish_sign_out, self._logout_failed)

    def _count_pending(self) -> int:
        if self._shut:
            return self._pending
        return self.store.outbox_counts().get("pending", 0)

    def _logout_failed(self, exc: BaseException) -> None:
        log.info("sign-out: the session could not be revoked (%s)", type(exc).__name__)
        self._finish_sign_out()

    def _finish_sign_out(self, _result: object = None) -> None:
        if self._shut:
            return  # the application closed meanwhile
        self.shutdown()
        if not self._close_after_sign_out:
            self.signedOut.emit(self._sign_out_message)
        self.close()

    # -- helpers for tests and the benchmark --------------------------------------------------

    def now(self) -> datetime:
        return datetime.now(UTC)


def _site_it_contact() -> str:
    """The site file's IT contact ("" when there is none; sign-in already refused a
    broken file, so a file broken since then only loses the contact)."""
    from reviewer.site import SiteConfigError, load_site_config

    try:
        return load_site_config().it_contact
    except SiteConfigError:
        return ""


def _unchanged(taxonomy: contract.PolicyTaxonomy) -> contract.PolicyTaxonomy:
    return taxonomy
