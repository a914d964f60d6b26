"""Calibration mode (QA reviewers, leads, admins) and "My QA results" (moderators).

A separate window opened from the main window's toolbar, so that its keyboard loop
never reaches the moderator's review loop: the same CaseView, PolicyPanel and
DecisionKeyFilter, scoped to this window. Items arrive blind (the service sends no
reference and nothing that tells a golden item from a live one); each answer is
durable in the local calibration file before the next item shows, and a pool
thread uploads the stored bytes (exactly once, see :mod:`reviewer.calibration`).
Submitting the session opens the report (:mod:`ui.calibration.report`).

Moderators get their QA results instead: each verdict on their decisions, and a
dispute form for an overturn.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.calibration import (
    AlreadyAnswered,
    CalibrationStore,
    ItemContent,
    SyncOutcome,
    calibration_path_for,
    fetch_item_content,
    sync_answers,
)
from reviewer.client.calibration import CalibrationApi
from reviewer.formatting import one_line
from ui.calibration.report import CalibrationReportView, label_names
from ui.case.decision_keys import DecisionKeyFilter, refusal_text
from ui.case.policy_panel import PanelDecision
from ui.case.review_pane import ReviewPane
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.shortcuts import SUBMIT_SESSION
from ui.common.tables import fill_table, make_table, select_data, selected_data
from ui.common.tasks import Runner
from ui.common.text import plain_label, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewer.session import Session
    from ui.desk.host import DeskHost

PAGE_SESSIONS, PAGE_REVIEW, PAGE_REPORT, PAGE_RESULTS, PAGE_DISPUTES = 0, 1, 2, 3, 4
SUBMIT_KEY = SUBMIT_SESSION.text
#: a failed item fetch (offline) is tried again after this long
RETRY_MS = 5000


def verdict_text(code: str) -> str:
    """A QA verdict code (the contract's) as words; an unknown code as it came."""
    words = {
        "upheld": translate("QaResult", "upheld"),
        "overturned": translate("QaResult", "overturned"),
    }
    return words.get(code, code)


def dispute_text(code: str) -> str:
    """A dispute state as words ("" for none; an unknown state as it came)."""
    words = {
        "none": "",
        "open": translate("QaResult", "open, waiting for a lead"),
        "accepted": translate("QaResult", "accepted", "a dispute's state"),
        "rejected": translate("QaResult", "rejected", "a dispute's state"),
    }
    return words.get(code, code)


def _decision_text(names: dict[str, str], action: str, codes: list[str]) -> str:
    """An action and its policy areas by their taxonomy labels (service data)."""
    sep = translate("QaResult", ", ", "between policy areas")
    area = sep.join(names.get(c, c) for c in codes)
    label = names.get(action, action)
    return (
        arg(translate("QaResult", "%1 · %2", "an action, then its policy areas"), label, area)
        if area
        else label
    )


def _table(parent: QWidget, name: str, headers: list[str], accessible: str) -> QTableWidget:
    """The calibration pages' lists: taller rows, the first column takes the width, and a
    long cell wraps."""
    return make_table(parent, name, headers, accessible, stretch=0, wrap=True, row_px=32)


class SessionListPage(QWidget):
    """The sessions assigned to me, with my progress."""

    openRequested = Signal(str)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationSessions")
        title = pages.title(self.tr("Calibration sessions"), self)
        sub = pages.subtitle(
            self.tr(
                "Items are shown blind: decide each as you would a live case. Answers are kept "
                "on this computer first and sent as soon as the service is reachable."
            ),
            self,
        )
        self.table = _table(
            self,
            "sessionTable",
            [self.tr("Session"), self.tr("Items"), self.tr("Answered"), self.tr("State")],
            self.tr("Calibration sessions"),
        )
        self.table.itemActivated.connect(lambda _i: self._open())
        self.note = pages.muted(self, "sessionNote")
        self.open_button = QPushButton(self.tr("Open session"), self)
        self.open_button.setObjectName("openSession")
        a11y.describe(
            self.open_button,
            translate("Accessibility", "Opens the chosen session to answer its items"),
        )
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open)
        refresh = QPushButton(self.tr("Refresh"), self)
        a11y.describe(refresh, translate("Accessibility", "Asks the service for this list again"))
        refresh.clicked.connect(self.refreshRequested)
        buttons = pages.status_row(self.note, refresh, self.open_button)
        pages.sheet(self, [title, sub, (self.table, 1), buttons])

    def set_sessions(
        self, sessions: list[contract.CalibrationSessionSummary], me: str = ""
    ) -> None:
        rows = []
        for s in sessions:
            if me and me not in s.reviewers:
                reviewers = self.tr(", ", "between user names").join(s.reviewers)
                state = arg(self.tr("report (%1)"), reviewers)
            elif s.submitted:
                state = self.tr("submitted")
            else:
                state = self.tr("in progress") if s.answered else self.tr("new")
            count, answered = formats.number(s.item_count), formats.number(s.answered)
            rows.append([one_line(s.title), count, answered, state])
        fill_table(self.table, rows, data=[s.session_id for s in sessions])
        if sessions:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(sessions))
        if not sessions:
            set_plain(self.note, self.tr("No calibration session is assigned to you right now."))

    def selected_session(self) -> str:
        return selected_data(self.table)

    def _open(self) -> None:
        sid = self.selected_session()
        if sid:
            self.openRequested.emit(sid)


class QaResultsPage(QWidget):
    """A moderator's QA results: each verdict on their decisions; an overturn can be
    disputed once, with a note that a lead reads."""

    refreshRequested = Signal()
    disputeRequested = Signal(str, str)  # result id, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaResults")
        title = pages.title(self.tr("My QA results"), self)
        sub = pages.subtitle(
            self.tr(
                "QA reviewers re-review a sample of decided cases blind. An overturned decision "
                "can be disputed with a note; your team lead decides."
            ),
            self,
        )
        self.table = _table(
            self,
            "qaResultTable",
            [
                self.tr("Case"),
                self.tr("Your decision"),
                self.tr("QA decision"),
                self.tr("Verdict"),
                self.tr("Dispute"),
            ],
            self.tr("QA results"),
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("disputeNote")
        self.note.setAccessibleName(self.tr("Dispute note"))
        self.note.setPlaceholderText(self.tr("Why the decision was right (a lead reads this)"))
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._selection_changed)
        self.send = QPushButton(self.tr("Dispute this overturn"), self)
        self.send.setObjectName("sendDispute")
        self.send.clicked.connect(self._send)
        self.message = pages.muted(self, "qaMessage")
        refresh = QPushButton(self.tr("Refresh"), self)
        a11y.describe(refresh, translate("Accessibility", "Asks the service for this list again"))
        refresh.clicked.connect(self.refreshRequested)
        row = pages.status_row(self.message, refresh, self.send)
        pages.sheet(self, [title, sub, (self.table, 1), self.note, row])
        self.results: dict[str, contract.QaResult] = {}
        self._names: dict[str, str] = {}
        self._selection_changed()

    def set_results(self, results: list[contract.QaResult], names: dict[str, str]) -> None:
        self._names = names
        selected = self.selected_result()
        self.results = {r.result_id: r for r in results}
        rows = []
        for r in results:
            verdict = (
                verdict_text(r.verdict)
                if r.final_verdict == r.verdict
                else arg(
                    self.tr("%1 → %2 after dispute"),
                    verdict_text(r.verdict),
                    verdict_text(r.final_verdict),
                )
            )
            rows.append(
                [
                    arg(self.tr("%1 · %2", "a case, then its queue"), r.case_id, r.queue),
                    _decision_text(names, r.decision_action, r.decision_policy_codes),
                    _decision_text(names, r.qa_action, r.qa_policy_codes),
                    verdict,
                    dispute_text(r.dispute_status),
                ]
            )
        fill_table(self.table, rows, data=[r.result_id for r in results])
        if selected:
            select_data(self.table, selected)
        overturned = sum(1 for r in results if r.final_verdict == "overturned")
        set_plain(
            self.message,
            arg(
                self.tr("%1, %2 overturned.", "QA results, how many of them overturned"),
                self.tr("%Ln QA result(s)", "", len(results)),
                formats.number(overturned),
            )
            if results
            else self.tr("No QA results yet."),
        )
        self._selection_changed()

    def selected_result(self) -> str:
        return selected_data(self.table)

    def select_result(self, result_id: str) -> bool:
        return select_data(self.table, result_id)

    def _disputable(self) -> contract.QaResult | None:
        r = self.results.get(self.selected_result())
        if r is None or r.verdict != "overturned" or r.dispute_status != "none":
            return None
        return r

    def _selection_changed(self) -> None:
        r = self._disputable()
        self.note.setEnabled(r is not None)
        self.send.setEnabled(r is not None and bool(self.note.toPlainText().strip()))

    def _send(self) -> None:
        r = self._disputable()
        note = self.note.toPlainText().strip()
        if r is not None and note:
            self.send.setEnabled(False)
            self.disputeRequested.emit(r.result_id, note[: contract.MAX_NOTE_CHARS])


class DisputesPage(QWidget):
    """A lead's open disputes: the moderator's decision, the QA verdict and the moderator's
    note side by side; accepting lets the decision stand, rejecting keeps the overturn."""

    refreshRequested = Signal()
    resolveRequested = Signal(str, str, str)  # result id, outcome, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disputes")
        title = pages.title(self.tr("Open disputes"), self)
        self.table = _table(
            self,
            "disputeTable",
            [
                self.tr("Case"),
                self.tr("Moderator"),
                self.tr("Decision"),
                self.tr("QA decision"),
                self.tr("Moderator's note"),
            ],
            self.tr("Open disputes"),
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("resolutionNote")
        self.note.setAccessibleName(self.tr("Resolution note"))
        self.note.setPlaceholderText(self.tr("Your answer to the moderator (optional)"))
        self.note.setMaximumHeight(80)
        self.accept = QPushButton(self.tr("Accept: the decision stands"), self)
        self.accept.setObjectName("acceptDispute")
        self.accept.clicked.connect(lambda: self._resolve("accepted"))
        self.reject = QPushButton(self.tr("Reject: the overturn stands"), self)
        self.reject.setObjectName("rejectDispute")
        self.reject.clicked.connect(lambda: self._resolve("rejected"))
        self.message = pages.muted(self, "disputeMessage", wrap=False)
        refresh = QPushButton(self.tr("Refresh"), self)
        a11y.describe(refresh, translate("Accessibility", "Asks the service for this list again"))
        refresh.clicked.connect(self.refreshRequested)
        row = pages.status_row(self.message, refresh, self.reject, self.accept)
        pages.sheet(self, [title, (self.table, 1), self.note, row])
        self.results: dict[str, contract.QaResult] = {}
        self._selection_changed()

    def set_results(self, results: list[contract.QaResult], names: dict[str, str]) -> None:
        self.results = {r.result_id: r for r in results}
        rows = [
            [
                arg(self.tr("%1 · %2", "a case, then its queue"), r.case_id, r.queue),
                r.moderator,
                _decision_text(names, r.decision_action, r.decision_policy_codes),
                _decision_text(names, r.qa_action, r.qa_policy_codes),
                one_line(r.dispute_note),
            ]
            for r in results
        ]
        fill_table(self.table, rows, data=[r.result_id for r in results])
        for row, r in enumerate(results):
            note = self.table.item(row, 4)
            if note is not None:
                note.setToolTip(plain_tooltip(r.dispute_note))
        set_plain(
            self.message,
            self.tr("%Ln open dispute(s).", "", len(results))
            if results
            else self.tr("No open disputes."),
        )
        self._selection_changed()

    def selected_result(self) -> str:
        return selected_data(self.table)

    def _selection_changed(self) -> None:
        ok = self.selected_result() in self.results
        self.accept.setEnabled(ok)
        self.reject.setEnabled(ok)

    def _resolve(self, outcome: str) -> None:
        rid = self.selected_result()
        if rid in self.results:
            self.accept.setEnabled(False)
            self.reject.setEnabled(False)
            note = self.note.toPlainText().strip()[: contract.MAX_NOTE_CHARS]
            self.resolveRequested.emit(rid, outcome, note)


class NewSessionDialog(QDialog):
    """A lead or admin builds a session: golden cases drawn at random, and the oldest
    sampled live decisions of the QA pool, for one or several reviewers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New calibration session"))
        self.title = QLineEdit(self)
        self.title.setObjectName("sessionTitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("Week 48 golden set"))
        self.reviewers = QLineEdit(self)
        self.reviewers.setObjectName("sessionReviewers")
        self.reviewers.setPlaceholderText(self.tr("qa1, lead1", "example user names"))
        self.golden = QSpinBox(self)
        self.golden.setObjectName("goldenCount")
        a11y.describe(
            self.golden,
            translate(
                "Accessibility", "How many golden cases with a known answer the session holds"
            ),
        )
        self.golden.setRange(0, contract.MAX_CALIBRATION_ITEMS)
        self.golden.setValue(10)
        self.live = QSpinBox(self)
        self.live.setObjectName("liveCount")
        a11y.describe(
            self.live,
            translate("Accessibility", "How many sampled live decisions the session holds"),
        )
        self.live.setRange(0, contract.MAX_CALIBRATION_ITEMS)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reviewers (user names)"), self.reviewers)
        form.addRow(self.tr("Golden items"), self.golden)
        form.addRow(self.tr("Sampled live decisions"), self.live)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        a11y.describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def request(self) -> contract.CalibrationSessionCreate:
        """The request the fields describe; ValueError (pydantic's) when they are not valid."""
        names = [n.strip() for n in self.reviewers.text().replace(";", ",").split(",")]
        return contract.CalibrationSessionCreate(
            title=self.title.text().strip(),
            reviewers=[n for n in names if n],
            golden_count=self.golden.value(),
            live_count=self.live.value(),
        )


class CalibrationWindow(QMainWindow):
    """See the module docstring. ``reportShown(str)`` carries the session id once a report is
    on screen; ``itemShown(str)`` an item id once it is drawn; ``synced(object)`` each
    upload's :class:`SyncOutcome`; ``resultsShown(int)`` the number of QA results listed."""

    reportShown = Signal(str)
    itemShown = Signal(str)
    synced = Signal(SyncOutcome)
    resultsShown = Signal(int)
    problem = Signal(str)

    def __init__(
        self,
        session: Session,
        *,
        store_path: Path,
        media_dir: Path,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("calibrationWindow")
        self.session = session
        self.store_path = Path(store_path)
        self.media_dir = Path(media_dir)
        self.clock = clock
        self.cal_store = CalibrationStore.open(self.store_path)
        self.moderator = session.me.role == "moderator"
        self.setWindowTitle(
            self.tr("My QA results — Live Review Desk")
            if self.moderator
            else self.tr("Calibration — Live Review Desk")
        )
        self.resize(1500, 950)
        self.names = label_names(session.taxonomy)

        self.session_id = ""
        self.items: list[contract.CalibrationItem] = []
        self.current: contract.CalibrationItem | None = None
        self.content: dict[str, ItemContent] = {}
        self._shown_at = 0.0
        self._syncing = False
        self._sync_again = False
        self._filter_installed = False
        self._closed = False
        self._fetching: set[str] = set()
        # every request: a failure is said in the toolbar and emitted as ``problem``
        self.runner: Runner[CalibrationApi] = Runner(session, CalibrationApi, self)
        self.runner.problem.connect(self.show_message)
        self.runner.problem.connect(self.problem)

        # pages
        self.sessions_page = SessionListPage(self)
        self.sessions_page.openRequested.connect(self.open_session)
        self.sessions_page.refreshRequested.connect(self.refresh)
        review = ReviewPane(self, object_name="calibrationReview")
        self.case_view = review.case_view
        self.panel = review.panel
        self.panel.set_taxonomy(session.taxonomy)
        self.panel.title.setText(self.tr("Your answer"))
        self.progress = plain_label("", self, object_name="calibrationProgress")
        f = self.progress.font()
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.progress.setFont(f)
        self.sync_state = plain_label("", self, object_name="calibrationSyncState")
        self.sync_state.setProperty("role", "muted")
        self.submit_button = QPushButton(self.tr("Submit session (Ctrl+Enter)"), self)
        self.submit_button.setObjectName("submitSession")
        self.submit_button.setProperty("primary", True)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.setEnabled(False)
        self.submit_button.clicked.connect(self.submit)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.sync_state)
        top.addWidget(self.submit_button)
        review.set_top(top)

        self.report_view = CalibrationReportView(self)
        report_page = QFrame(self)
        report_page.setObjectName("calibrationReportPage")
        pl = QVBoxLayout(report_page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.report_view, 1)

        self.results_page = QaResultsPage(self)
        self.results_page.refreshRequested.connect(self.refresh)
        self.results_page.disputeRequested.connect(self.dispute)
        self.disputes_page = DisputesPage(self)
        self.disputes_page.refreshRequested.connect(self.refresh_disputes)
        self.disputes_page.resolveRequested.connect(self.resolve)

        self.pages = QStackedWidget(self)
        pages = (self.sessions_page, review, report_page, self.results_page, self.disputes_page)
        for page in pages:
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        bar = QToolBar(self.tr("Calibration"), self)
        bar.setObjectName("calibrationToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.back_action = QAction(self.tr("Sessions"), self)
        self.back_action.triggered.connect(self.show_sessions)
        self.disputes_action = QAction(self.tr("Disputes"), self)
        self.disputes_action.setToolTip(self.tr("Moderators' disputes of overturned decisions"))
        self.disputes_action.triggered.connect(self.show_disputes)
        if not self.moderator:
            bar.addAction(self.back_action)
        self.new_session_action = QAction(self.tr("New session…"), self)
        self.new_session_action.triggered.connect(self.new_session)
        if session.me.role in ("lead", "admin"):
            bar.addAction(self.new_session_action)
            bar.addAction(self.disputes_action)
        self.message = plain_label("", bar, object_name="calibrationMessage")
        self.message.setWordWrap(False)
        bar.addWidget(self.message)

        # keys: the same filter as the review loop, scoped to this window
        self.keys = DecisionKeyFilter(self, scope=self, clock=clock)
        self.keys.set_taxonomy(session.taxonomy)
        self.panel.bind_keys(self.keys)
        self.keys.revealChanged.connect(self.case_view.set_revealed)
        self.keys.refused.connect(
            lambda why: self.show_message(arg(self.tr("Key ignored: %1."), refusal_text(why)))
        )
        self.keys.set_enabled(False)
        self.panel.decisionRequested.connect(self.record)
        self.case_view.caseShown.connect(self._on_item_drawn)
        SUBMIT_SESSION.install(self, self.submit)
        self.case_view.set_reveal_key_text(self.keys.reveal_key())
        self.pages.setCurrentIndex(PAGE_RESULTS if self.moderator else PAGE_SESSIONS)
        self.refresh()

    # -- life cycle ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self.pages.currentIndex() == PAGE_REVIEW:
            self._install_filter()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._remove_filter()
        super().hideEvent(event)

    def _install_filter(self) -> None:
        """Decision keys only while the review page is up: elsewhere (sessions, report, QA
        results) letters must reach the widgets, even when disabled keys would be refused."""
        app = QApplication.instance()
        if app is not None and not self._filter_installed and not self._closed:
            app.installEventFilter(self.keys)
            self._filter_installed = True

    def _remove_filter(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filter_installed:
            app.removeEventFilter(self.keys)
            self._filter_installed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.runner.close()
        self._remove_filter()
        self.case_view.clear("")
        self.case_view.purge_images()
        self.cal_store.close()

    def _purge_session_media(self) -> None:
        """The session is submitted: its snapshots need not stay on this computer."""
        for item in self.items:
            self.content.pop(item.item_id, None)
            for snap in item.case.snapshots:
                (self.media_dir / snap.sha256).unlink(missing_ok=True)

    def purge_media(self) -> None:
        """Sign-out: cached snapshots of calibration items leave the disk."""
        shutil.rmtree(self.media_dir, ignore_errors=True)

    def show_message(self, text: str) -> None:
        set_plain(self.message, one_line(text)[:300])

    # -- background work ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.moderator:
            self.runner.call(
                lambda cal: cal.qa_results().items,
                self._show_results,
            )
            return
        self.runner.call(
            lambda cal: cal.sessions().sessions, self._show_sessions, self._sessions_offline
        )

    def _show_sessions(self, sessions: list[contract.CalibrationSessionSummary]) -> None:
        self.cal_store.save_sessions(sessions)
        self.sessions_page.set_sessions(sessions, self.session.me.username)
        self.show_message("")
        if self.cal_store.counts().get("pending"):
            self.sync_now()  # answers recorded while offline (or before a sign-out) go now

    def _sessions_offline(self, _message: str) -> None:
        cached = self.cal_store.sessions()
        if cached:
            self.sessions_page.set_sessions(cached, self.session.me.username)

    def show_sessions(self) -> None:
        self.keys.set_enabled(False)
        self._remove_filter()
        self.case_view.clear("")
        self.pages.setCurrentIndex(PAGE_SESSIONS)
        self.refresh()

    # -- a session ----------------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        summary = next((s for s in self.cal_store.sessions() if s.session_id == session_id), None)
        me = self.session.me.username
        overseeing = summary is not None and me not in summary.reviewers
        if summary is not None and (summary.submitted or overseeing):
            # a submitted session, or one a lead created for others: its report
            self.runner.call(lambda cal: cal.report(session_id), self._show_report)
            return

        def offline(_message: str) -> None:
            cached = self.cal_store.items(session_id)
            if cached:
                self._start(session_id, cached)

        def got(items: contract.CalibrationItemList) -> None:
            self.cal_store.save_items(items)
            self._start(session_id, self.cal_store.items(session_id))

        self.runner.call(lambda cal: cal.items(session_id), got, offline)

    def _start(self, session_id: str, items: list[contract.CalibrationItem]) -> None:
        self.session_id = session_id
        self.items = items
        self.pages.setCurrentIndex(PAGE_REVIEW)
        self._install_filter()
        self._next()

    def _answered(self) -> set[str]:
        return {a.item_id for a in self.cal_store.answers(self.session_id)}

    def _next(self) -> None:
        """Show the first unanswered item, or the invitation to submit."""
        answered = self._answered()
        total = len(self.items)
        remaining = [i for i in self.items if i.item_id not in answered]
        self.submit_button.setEnabled(not remaining and total > 0)
        self.panel.reset()
        self._update_sync_state()
        if not remaining:
            self.current = None
            self.keys.set_enabled(False)
            set_plain(self.progress, self.tr("All %Ln item(s) answered.", "", total))
            self.case_view.clear(
                arg(
                    self.tr(
                        "All %Ln item(s) are answered. Submit the session (%1) to see your report.",
                        "",
                        total,
                    ),
                    SUBMIT_KEY,
                )
            )
            return
        item = remaining[0]
        self.current = item
        set_plain(
            self.progress,
            arg(
                self.tr("Item %1 of %2 · %3 answered · blind review"),
                formats.number(item.position + 1),
                formats.number(total),
                formats.number(len(answered)),
            ),
        )
        self.keys.set_enabled(False)
        content = self.content.get(item.item_id)
        if content is not None:
            self._show(content)
            return
        self.case_view.clear(self.tr("Loading the item…"))
        self._fetch(item)

    def _fetch(self, item: contract.CalibrationItem) -> None:
        """Fetch an item's chat and snapshots on the pool; show it if it is the current one,
        then fetch the next one ahead (the whole session ends up on disk, for offline work)."""
        if item.item_id in self._fetching or item.item_id in self.content:
            return
        self._fetching.add(item.item_id)

        def got(result: ItemContent) -> None:
            self._fetching.discard(item.item_id)
            self.content[item.item_id] = result
            if self.current is not None and self.current.item_id == item.item_id:
                self._show(result)
            self._prefetch_after(item)

        def failed(_message: str) -> None:
            self._fetching.discard(item.item_id)
            if self.current is not None and self.current.item_id == item.item_id:
                self.case_view.clear(
                    self.tr(
                        "This item could not be loaded (see the message above); trying again "
                        "in a few seconds."
                    )
                )
                QTimer.singleShot(RETRY_MS, lambda: self._retry(item.item_id))

        media_dir = self.media_dir  # worker closures never hold the window itself
        self.runner.call(lambda cal: fetch_item_content(cal, item, media_dir), got, failed)

    def _retry(self, item_id: str) -> None:
        if not self._closed and self.current is not None and self.current.item_id == item_id:
            self._fetch(self.current)

    def _prefetch_after(self, item: contract.CalibrationItem) -> None:
        answered = self._answered()
        later = [
            i
            for i in self.items
            if i.position > item.position
            and i.item_id not in answered
            and i.item_id not in self.content
        ]
        if later:
            self._fetch(later[0])

    def _show(self, content: ItemContent) -> None:
        media = content.media
        self.case_view.set_case(
            content.item.case, content.chat, media.get, self.session.taxonomy.flagged_terms
        )
        self._shown_at = self.clock()
        self.keys.arm()
        self.keys.set_enabled(True)
        self.case_view.setFocus()

    def _on_item_drawn(self, item_id: str) -> None:
        if self.current is not None and item_id == self.current.item_id:
            self.itemShown.emit(item_id)

    def record(self, decision: PanelDecision) -> None:
        """One key decided: the answer is durable before the next item shows."""
        item = self.current
        if item is None or not self.session_id:
            return
        handle_ms = int(max(0.0, self.clock() - self._shown_at) * 1000)
        try:
            self.cal_store.record_answer(
                self.session_id,
                item.item_id,
                decision.action,
                decision.policy_codes,
                decision.note,
                handle_ms,
            )
        except AlreadyAnswered:
            self.show_message(self.tr("This item already has your answer."))
        self.content.pop(item.item_id, None)
        self.sync_now()
        self._next()

    # -- sync and submit ----------------------------------------------------------------------

    def _update_sync_state(self) -> None:
        counts = self.cal_store.counts(self.session_id) if self.session_id else {}
        pending, problems = counts.get("pending", 0), counts.get("problem", 0)
        waiting = self.tr("%Ln answer(s) waiting to sync", "", pending)
        refused = self.tr("%Ln refused by the service", "answers", problems)
        if pending and problems:
            text = arg(self.tr("%1 · %2", "two sync states"), waiting, refused)
        elif pending or problems:
            text = waiting if pending else refused
        else:
            text = self.tr("All answers synced")
        set_plain(self.sync_state, text)

    def _sync_job(self) -> Callable[[CalibrationApi], SyncOutcome]:
        """The upload, for a pool thread: its own connection to the calibration file, and
        nothing of the window (a widget must never be released on a worker thread)."""
        path = self.store_path

        def job(cal: CalibrationApi) -> SyncOutcome:
            store = CalibrationStore.open(path)
            try:
                return sync_answers(store, cal)
            finally:
                store.close()

        return job

    def is_syncing(self) -> bool:
        """An upload of answers is under way (tests wait for it to finish)."""
        return self._syncing

    def sync_now(self) -> None:
        if self._syncing:
            self._sync_again = True
            return
        self._syncing = True

        def finished(result: Any) -> None:
            self._syncing = False
            self._update_sync_state()
            if isinstance(result, SyncOutcome):
                if result.problems:
                    first = result.problems[0]
                    why = first.reason or first.result
                    self.show_message(arg(self.tr("An answer was refused: %1"), why))
                self.synced.emit(result)
            if self._sync_again:
                self._sync_again = False
                self.sync_now()

        def failed(_message: str) -> None:
            finished(None)

        self.runner.call(self._sync_job(), finished, failed)

    def submit(self) -> None:
        if not self.session_id or not self.submit_button.isEnabled():
            return
        self.submit_button.setEnabled(False)
        sid = self.session_id
        upload = self._sync_job()
        self.show_message(self.tr("Sending your answers and submitting…"))

        def job(cal: CalibrationApi) -> contract.CalibrationReport:
            outcome = upload(cal)
            refused = len(outcome.problems)
            if refused:
                raise RuntimeError(
                    translate(  # thread-safe: this runs on a pool thread
                        "CalibrationWindow",
                        "%Ln answer(s) was(were) refused; see the message above",
                        "",
                        refused,
                    )
                )
            return cal.submit(sid)

        def failed(_message: str) -> None:
            self.submit_button.setEnabled(True)
            self._update_sync_state()

        self.runner.call(job, self._show_report, failed)

    def _show_report(self, report: contract.CalibrationReport) -> None:
        self.cal_store.save_report(report)
        if report.session_id == self.session_id:
            self._purge_session_media()
        self.keys.set_enabled(False)
        self._remove_filter()
        self.current = None
        self.case_view.clear("")
        self.report_view.set_report(report, self.session.taxonomy)
        self.pages.setCurrentIndex(PAGE_REPORT)
        self.show_message("")
        self.reportShown.emit(report.session_id)

    # -- moderators ---------------------------------------------------------------------------

    def _show_results(self, results: list[contract.QaResult]) -> None:
        self.results_page.set_results(results, self.names)
        self.resultsShown.emit(len(results))

    def new_session(self) -> NewSessionDialog:
        """Ask for a title, reviewers and counts; create the session on the service."""
        dialog = NewSessionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            try:
                body = dialog.request()
            except ValueError as exc:
                why = str(exc).splitlines()[0] if str(exc) else ""
                self.show_message(arg(self.tr("The session was not created: %1"), why))
                return

            def done(summary: contract.CalibrationSessionSummary) -> None:
                reviewers = self.tr(", ", "between user names").join(summary.reviewers)
                self.show_message(
                    arg(
                        self.tr("Session created: %Ln item(s) for %1.", "", summary.item_count),
                        reviewers,
                    )
                )
                self.show_sessions()

            self.runner.call(lambda cal: cal.create_session(body), done)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.new_session_dialog = dialog
        return dialog

    def show_disputes(self) -> None:
        self.keys.set_enabled(False)
        self._remove_filter()
        self.case_view.clear("")
        self.pages.setCurrentIndex(PAGE_DISPUTES)
        self.refresh_disputes()

    def refresh_disputes(self) -> None:
        self.runner.call(
            lambda cal: cal.qa_results(dispute="open").items,
            lambda results: self.disputes_page.set_results(results, self.names),
        )

    def resolve(self, result_id: str, outcome: str, note: str) -> None:
        def done(r: contract.QaResult) -> None:
            self.disputes_page.note.clear()
            if r.dispute_status == "accepted":
                told = self.tr("Dispute accepted: %1 was told.")
            elif r.dispute_status == "rejected":
                told = self.tr("Dispute rejected: %1 was told.")
            else:
                told = self.tr("Dispute answered: %1 was told.")
            self.show_message(arg(told, r.moderator))
            self.refresh_disputes()

        self.runner.call(lambda cal: cal.resolve(result_id, outcome, note), done)

    def dispute(self, result_id: str, note: str) -> None:
        def done(_r: contract.QaResult) -> None:
            self.results_page.note.clear()
            self.show_message(self.tr("Your dispute was sent to your team lead."))
            self.refresh()

        self.runner.call(lambda cal: cal.dispute(result_id, note), done)


# --- the main window's entry point ------------------------------------------------------------

CALIBRATION_WINDOW = "calibration"


def calibration_label(role: str) -> str:
    if role == "moderator":
        return translate("CalibrationWindow", "My QA results")
    return translate("CalibrationWindow", "Calibration")


def install_calibration(host: DeskHost) -> QAction:
    """Add the Calibration (or My QA results) action to the main window's toolbar."""
    role = host.session.me.role
    action = QAction(calibration_label(role), host.frame)
    action.setObjectName("calibrationAction")
    action.setToolTip(
        translate("CalibrationWindow", "Your QA results and disputes")
        if role == "moderator"
        else translate(
            "CalibrationWindow",
            "Calibration sessions assigned to you: blind review and agreement report",
        )
    )
    host.add_action(action)
    action.triggered.connect(lambda: open_calibration(host))
    # sign-out: the cached snapshots go first; a plain close leaves them within retention
    host.signedOut.connect(lambda _m: close_calibration(host, purge=True))
    return action


def open_calibration(host: DeskHost) -> CalibrationWindow:
    def build() -> CalibrationWindow:
        host.pause_review()  # one loop at a time: the moderator's cases go back
        cal = CalibrationWindow(
            host.session,
            store_path=calibration_path_for(host.store_path),
            media_dir=host.cache_side_dir("calibration"),
            clock=host.clock,
            parent=host.frame,
        )
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        host.add_case_view(cal.case_view)  # QA reviewers see the same content: same veils
        cal.show()
        return cal

    return host.tool_windows.open(CALIBRATION_WINDOW, CalibrationWindow, build)


def close_calibration(host: DeskHost, *, purge: bool) -> None:
    cal = host.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow)
    if cal is not None:
        try:
            if purge:
                cal.purge_media()
        except RuntimeError:  # already deleted with its parent
            pass
    host.tool_windows.close(CALIBRATION_WINDOW)
