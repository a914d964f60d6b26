""" "My escalations": the cases the signed-in user escalated, with the lead's outcome, in a
tool window opened from the toolbar or with Ctrl+Shift+E; and a watch that reads the list
on a timer (off the GUI thread) and says in the status bar when an escalation is resolved.

Everything shown here is the service's data or the lead's words: plain text only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from reviewer import contract
from reviewer.client.labels import LabelsApi
from reviewer.formatting import one_line
from reviewer.session import Session
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.tables import fill_table, make_table
from ui.common.tasks import Runner
from ui.common.text import isolate, set_plain
from ui.desk.host import DeskHost

#: how often the watch reads the list (ms): an outcome is news, not an alarm
WATCH_MS = 60_000
ESCALATIONS_WINDOW = "escalations"
ESCALATIONS_KEY = "Ctrl+Shift+E"
#: roles that escalate cases (QA reviewers answer calibration items instead)
ESCALATING_ROLES = ("moderator", "lead", "admin")


def _words(code: str) -> str:
    return isolate(one_line(code).replace("_", " "))


class EscalationWatch(QObject):
    """Reads ``/v1/escalations/mine`` every ``interval_ms`` and on :meth:`check`.

    ``listed(object)`` carries each fresh MyEscalationList; ``resolved(object)`` the
    escalations that gained an outcome since the last read (never those resolved before
    the first read: that is history, not news)."""

    listed = Signal(object)
    resolved = Signal(object)

    def __init__(
        self, session: Session, parent: QObject | None = None, *, interval_ms: int = WATCH_MS
    ) -> None:
        super().__init__(parent)
        self.runner: Runner[LabelsApi] = Runner(session, LabelsApi, self)
        self._known: set[str] | None = None  # escalations with an outcome, as last read
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.close()

    def check(self) -> None:
        self.runner.call(lambda api: api.my_escalations(), self.take)

    def take(self, found: contract.MyEscalationList) -> None:
        """A fresh list (the GUI thread): announce what was resolved since the last one."""
        done = {e.decision_id for e in found.items if e.outcome is not None}
        if self._known is not None:
            news = [e for e in found.items if e.decision_id in done - self._known]
            if news:
                self.resolved.emit(news)
        self._known = done if self._known is None else self._known | done
        self.listed.emit(found)


def resolved_message(news: list[contract.MyEscalation]) -> str:
    """The status bar's words for newly resolved escalations."""
    if len(news) == 1 and news[0].outcome is not None:
        first = news[0]
        assert first.outcome is not None
        return arg(
            translate("MyEscalations", "Your escalation of case %1 was resolved: %2 (by %3)."),
            first.case_id,
            _words(first.outcome.action),
            isolate(one_line(first.outcome.decided_by)),
        )
    n = len(news)
    return translate("MyEscalations", "%n of your escalations were resolved.", "", n)


class EscalationsWindow(QWidget):
    """The list: case, streamer, reason, when, the outcome, who decided, the lead's note."""

    def __init__(self, watch: EscalationWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationsWindow")
        self.setWindowTitle(self.tr("My escalations · Live Review Desk"))
        self.watch = watch
        heading = pages.title(self.tr("My escalations"), self, object_name="")
        about = pages.subtitle(
            self.tr("Cases you escalated, newest first, with what the lead decided."), self
        )
        self.count = pages.muted(self, "escalationCount")
        self.table = make_table(
            self,
            "escalationTable",
            [
                self.tr("Case"),
                self.tr("Streamer"),
                self.tr("Reason"),
                self.tr("Escalated"),
                self.tr("Outcome"),
                self.tr("Decided by"),
                self.tr("Lead's note"),
            ],
            self.tr("My escalations"),
        )
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("escalationRefresh")
        a11y.describe(
            self.refresh_button,
            translate("Accessibility", "Reads your escalations again from the service"),
        )
        self.refresh_button.clicked.connect(watch.check)
        watch.listed.connect(self.show_list)
        pages.card_page(
            self,
            [heading, about, pages.status_row(self.count, self.refresh_button), (self.table, 1)],
        )
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 90, em * 40)

    def show_list(self, found: contract.MyEscalationList) -> None:
        items = found.items
        waiting = sum(1 for e in items if e.outcome is None)
        set_plain(
            self.count,
            arg(
                self.tr("%1 · %2", "escalations shown · still waiting"),
                self.tr("%Ln escalation(s)", "", len(items)),
                self.tr("%Ln waiting for a lead", "", waiting),
            ),
        )
        rows = [
            [
                e.case_id,
                "@" + isolate(one_line(e.streamer_handle)) if e.streamer_handle else "",
                _words(e.escalation_reason),
                formats.date_time(e.decided_at),
                _words(e.outcome.action) if e.outcome else self.tr("waiting"),
                isolate(one_line(e.outcome.decided_by)) if e.outcome else "",
                isolate(one_line(e.outcome.note)) if e.outcome else "",
            ]
            for e in items
        ]
        fill_table(self.table, rows, data=[e.case_id for e in items])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.listed.disconnect(self.show_list)
        super().closeEvent(event)


@dataclass(frozen=True)
class MyEscalations:
    """What the feature put on the main window."""

    watch: EscalationWatch
    action: QAction
    open_window: Callable[[], EscalationsWindow]


def install_escalations(host: DeskHost) -> MyEscalations | None:
    """The "My escalations" action (Ctrl+Shift+E) and the watch that reports outcomes in
    the status bar; None for roles that do not escalate."""
    if host.session.me.role not in ESCALATING_ROLES:
        return None
    watch = EscalationWatch(host.session, host.frame)
    watch.resolved.connect(lambda news: host.show_message(resolved_message(news)))
    action = QAction(translate("MyEscalations", "My escalations"), host.frame)
    action.setObjectName("escalationsAction")
    action.setShortcut(QKeySequence(ESCALATIONS_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(
        arg(
            translate("MyEscalations", "Cases you escalated and the lead's outcome (%1)"),
            ESCALATIONS_KEY,
        )
    )
    host.add_action(action, trailing=True)

    def open_window() -> EscalationsWindow:
        def build() -> EscalationsWindow:
            window = EscalationsWindow(watch, host.frame)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.show()
            watch.check()
            return window

        return host.tool_windows.open(ESCALATIONS_WINDOW, EscalationsWindow, build)

    action.triggered.connect(open_window)

    def signed_out(_message: str) -> None:
        host.tool_windows.close(ESCALATIONS_WINDOW)
        watch.stop()

    host.signedOut.connect(signed_out)
    host.closed.connect(watch.stop)
    watch.start()
    return MyEscalations(watch, action, open_window)
