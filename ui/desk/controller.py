"""The review loop: show a case, take one decision, make it durable, show the next.

The decision is committed to the local store on the GUI thread's own
connection (a few milliseconds, synchronous=FULL) *before* the screen moves
on; nothing waits on the network. The sync thread is only woken.

Undo (Ctrl+Z) within the grace window records a ``retract`` that supersedes
the decision and brings the case back; its cached content is held through the
window (:class:`ui.desk.sync_thread.HoldingCache`) and the service restores the
lease on a retract. Skip asks for a reason and releases the case. Handle time
counts only while a case is on screen, the app is active and review is not
paused.

Chat actions (from the chat pane) are recorded the same way, one per target, but the
case stays on screen and decidable; Ctrl+Z within the grace window retracts the last
group of them (all the targets of one confirmation) and the chat table's marks follow.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.client.taxonomy import in_language
from reviewer.follow import refusal
from reviewer.gil import foreground_write
from reviewer.store.decisions import Store, StoreError
from reviewer.store.rows import DecisionDraft, RecordedDecision
from ui.case import phases
from ui.case.account_labels import HighProfileConfirm, needs_confirmation
from ui.case.follow import refusal_text
from ui.common import a11y, formats, tasks
from ui.common.i18n import arg, translate
from ui.common.language import current_language
from ui.common.shortcuts import UNDO
from ui.common.text import plain_label

if TYPE_CHECKING:
    from reviewer.chat import ChatLog
    from ui.case.chat_actions import ChatActionRequest
    from ui.case.decision_keys import DecisionKeyFilter
    from ui.case.policy_panel import PanelDecision, PolicyPanel
    from ui.case.screen import CaseView
    from ui.desk.banner import AnnouncementBanner
    from ui.desk.sync_thread import HoldingCache, SyncThread

RETRACT = "retract"
#: cases whose detail and chat are made ready ahead of the one on screen
PREPARE_AHEAD = 2
# Getting the next cases ready (decodes queued, chat rows shaped) waits this long after a
# case is shown: after its frame and the rest of the window are painted, and well inside
# the key guard, when no decision key is taken anyway.
PREPARE_DELAY_MS = 30


class HandleClock:
    """Milliseconds a case was actually worked on: runs only while told it may."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._acc = 0.0
        self._since: float | None = None

    def reset(self, start_ms: int = 0) -> None:
        self._acc = start_ms / 1000
        self._since = None

    def set_running(self, running: bool) -> None:
        now = self._clock()
        if running and self._since is None:
            self._since = now
        elif not running and self._since is not None:
            self._acc += now - self._since
            self._since = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed_ms(self) -> int:
        extra = self._clock() - self._since if self._since is not None else 0.0
        return round((self._acc + extra) * 1000)


@dataclass
class ShownCase:
    case_id: str
    detail: contract.CaseDetail
    chat: ChatLog | None = None


@dataclass
class UndoEntry:
    decision: RecordedDecision
    case: ShownCase
    handle_ms: int
    deadline: float
    # a group of chat actions (``decision`` is the first): undone together, case unmoved
    chat: tuple[RecordedDecision, ...] = ()


class SkipReasonDialog(QDialog):
    """Pick why a case is skipped (the taxonomy's short list); Enter confirms, Esc cancels."""

    def __init__(self, reasons: list[contract.ReasonDef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skipDialog")
        self.setWindowTitle(self.tr("Skip this case"))
        self.setModal(True)
        self.setMinimumWidth(440)
        intro = plain_label(
            self.tr("Why are you skipping this case? It goes back to the queue."), self
        )
        intro.setWordWrap(True)
        hint = plain_label(
            self.tr("Press a number, or pick a reason and press Enter. Esc cancels."), self
        )
        hint.setProperty("role", "muted")
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("skipReasons")
        a11y.describe(
            self.reasons, translate("Accessibility", "Why you skip this case; the lead sees it")
        )
        self.reasons.setAccessibleName(self.tr("Skip reasons"))
        for n, reason in enumerate(reasons, 1):
            # the reasons are the taxonomy's words (the service's), shown as they came
            item = QListWidgetItem(f"{n}  {reason.label}" if n <= 9 else reason.label)
            item.setData(Qt.ItemDataRole.UserRole, reason.code)
            self.reasons.addItem(item)
        if reasons:
            self.reasons.setCurrentRow(0)
        self.reasons.itemActivated.connect(lambda _item: self.accept())
        self.reasons.setSpacing(4)
        self.reasons.setMinimumHeight(min(9, max(3, len(reasons))) * 34)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skip case"))
        a11y.describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.reasons.setFocus()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= self.reasons.count():
            self.reasons.setCurrentRow(int(text) - 1)
            self.accept()
            return
        super().keyPressEvent(event)

    def choose(self, code: str) -> bool:
        for row in range(self.reasons.count()):
            if self.reasons.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.reasons.setCurrentRow(row)
                return True
        return False

    def reason(self) -> str:
        item = self.reasons.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class ReviewController(QObject):
    """Drives the case screen; see the module docstring.

    Signals: ``caseShown(str)`` (a case id, or "" when none is on screen),
    ``decided(object)`` (a RecordedDecision, already durable), ``undone(str)``,
    ``skipped(str, str)`` (case id, reason), ``message(str)`` (plain text for
    the status bar), ``waiting(str)`` (no case on screen, and why).
    """

    caseShown = Signal(str)
    decided = Signal(RecordedDecision)
    undone = Signal(str)
    skipped = Signal(str, str)
    message = Signal(str)
    waiting = Signal(str)

    def __init__(
        self,
        *,
        store: Store,
        cache: HoldingCache,
        view: CaseView,
        panel: PolicyPanel,
        keys: DecisionKeyFilter,
        banner: AnnouncementBanner,
        taxonomy: contract.PolicyTaxonomy,
        sync: SyncThread | None = None,
        undo_window_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.cache = cache
        self.view = view
        self.panel = panel
        self.keys = keys
        self.banner = banner
        self.sync = sync
        self.undo_window_s = undo_window_s
        self._clock = clock
        self.taxonomy = taxonomy
        self.handle = HandleClock(clock)
        self.current: ShownCase | None = None
        self.queue = ""
        #: queue id -> actions an admin hid there (GET /v1/queues): left off the panel
        self.hidden_by_queue: dict[str, frozenset[str]] = {}
        self.started = False
        self.paused = False
        self._app_active = self._initial_app_state()
        self._undo: list[UndoEntry] = []
        from ui.desk.sync_thread import pending_releases

        # a skip the last run could not send yet (offline) stays skipped across a restart
        self._skipped: set[str] = {c for ids, _r in pending_releases(store) for c in ids}
        self._chats: dict[str, ChatLog] = {}
        self._details: dict[str, contract.CaseDetail] = {}
        self._loading: set[str] = set()
        self._prepared: set[str] = set()
        self._next_up = ""  # the case after the one on screen, as last prepared
        self.skip_dialog: SkipReasonDialog | None = None
        #: the high-profile confirmation while it is open
        self.confirm_dialog: HighProfileConfirm | None = None

        keys.actionKey.connect(self.on_action_key)
        keys.areaKey.connect(panel.select_area)
        keys.undoRequested.connect(self.undo)
        keys.skipRequested.connect(self.skip)
        keys.refused.connect(self._on_refused)
        keys.revealChanged.connect(view.set_revealed)
        panel.decisionRequested.connect(self.record)
        view.chatActionRequested.connect(self.record_chat_action)
        panel.messageChanged.connect(self._panel_message)
        banner.acknowledged.connect(self.acknowledge)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        self.set_taxonomy(taxonomy)

    # -- configuration ------------------------------------------------------------------------

    @staticmethod
    def _initial_app_state() -> bool:
        state = QGuiApplication.applicationState()
        return state == Qt.ApplicationState.ApplicationActive

    def set_taxonomy(self, taxonomy: contract.PolicyTaxonomy) -> None:
        """A (new) taxonomy: keys, panel and the announcements to acknowledge; its labels in
        the desk's language (English where the service sent none)."""
        taxonomy = in_language(taxonomy, current_language())
        self.taxonomy = taxonomy
        self.panel.set_taxonomy(taxonomy)
        self.keys.set_taxonomy(taxonomy)
        self.view.set_chat_actions(taxonomy.areas)
        self.banner.set_announcements(taxonomy.announcements, self.store.pending_acks())

    def set_queues(self, queues: Sequence[contract.QueueInfo]) -> None:
        """The queues as last read: which actions each hides (applied from the next case
        shown, and to the one on screen now)."""
        self.hidden_by_queue = {q.id: frozenset(q.hidden_actions) for q in queues}
        if self.current is not None:
            self.panel.set_queue_hidden(self._hidden_for(self.current.detail))

    def _hidden_for(self, detail: contract.CaseDetail) -> frozenset[str]:
        return self.hidden_by_queue.get(detail.queue, frozenset())

    def set_app_active(self, active: bool) -> None:
        """The application gained or lost activation (minimised, another app in front)."""
        self._app_active = active
        self._update_clock()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        self.set_app_active(state == Qt.ApplicationState.ApplicationActive)

    def _update_clock(self) -> None:
        self.handle.set_running(self.current is not None and self._app_active and not self.paused)

    # -- start, pause, resume -----------------------------------------------------------------

    def start(self, queue: str) -> None:
        """Review ``queue``: ask sync for a batch and show the first case that is ready."""
        self.queue = queue
        self.started = True
        self.paused = False
        self.keys.set_enabled(True)
        if self.sync is not None:
            self.sync.set_queue(queue)
            self.sync.note_activity()
            self.sync.wake()
        self.show_next()

    def pause(self) -> list[str]:
        """Stop the clock, hide the case, give back every undecided case; returns their ids."""
        self.paused = True
        self._update_clock()
        self.current = None
        self.view.clear(self.tr("Paused. Your undecided cases went back to the queue."))
        self.panel.reset()
        self.keys.set_enabled(False)
        ids = [r.case_id for r in self.store.open_cases(include_expired=True)]
        self._skipped.update(ids)
        if self.sync is not None:
            self.sync.set_queue("")
            if ids:
                self.sync.release(ids, "")
        self.caseShown.emit("")
        self.waiting.emit("paused")
        return ids

    def resume(self) -> None:
        self.start(self.queue)

    def stop(self) -> None:
        """Sign-out or close: no case on screen, clock stopped."""
        self.started = False
        self.current = None
        self._update_clock()
        self.view.clear("")
        self.keys.set_enabled(False)

    # -- showing cases ------------------------------------------------------------------------

    def _candidates(self) -> list[str]:
        on_screen = self.current.case_id if self.current else None
        return [
            r.case_id
            for r in self.store.open_cases()
            if r.detail_cached and r.case_id not in self._skipped and r.case_id != on_screen
        ]

    @property
    def skipped_cases(self) -> frozenset[str]:
        """Cases skipped and not yet released back to the queue (kept across a restart)."""
        return frozenset(self._skipped)

    def upcoming(self) -> list[str]:
        """The cases the desk would show next, in order: cached, not skipped, not on screen."""
        return self._candidates()

    def prepared_for(self, case_id: str) -> bool:
        """``case_id`` is built ahead in the case view's hidden body (its chat parsed, its
        layout done, its first rows shaped): its swap then only shows it and paints (what a
        benchmark waits for before it presses the next key)."""
        return self.view.prepared_case() == case_id

    def show_next(self) -> bool:
        """Show the next ready case; returns False (and says why) when none is ready."""
        if not self.started or self.paused:
            return False
        for case_id in self._candidates():
            detail = self._details.get(case_id) or self.store.case_detail(case_id)
            if detail is not None:
                self._show(ShownCase(case_id, detail, self._chats.get(case_id)))
                return True
        self.current = None
        self._update_clock()
        self.panel.reset()
        why = (
            self.tr("Getting the next cases…")
            if self.queue
            else self.tr("Choose a queue to start.")
        )
        self.view.clear(why)
        self.caseShown.emit("")
        self.waiting.emit(why)
        return False

    def _show(self, case: ShownCase, handle_ms: int = 0) -> None:
        if case.chat is None and case.case_id in self._chats:
            case = replace(case, chat=self._chats[case.case_id])  # an undone case, still parsed
        self.current = case
        self.panel.reset()
        self.panel.set_queue_hidden(self._hidden_for(case.detail))
        # the header's line: live, viewers, and the lease's report velocity (given with the
        # case: set after the swap, a changed line would miss the swap's first frame)
        self.view.set_case(
            case.detail,
            case.chat,
            self.cache.media_path,
            self.taxonomy.flagged_terms,
            why=self.store.case_priority(case.case_id),
        )
        if case.chat is None and case.detail.chat_count:
            self._load_chat(case.case_id)
        self._mark_chat_actions(case.case_id)
        self.keys.arm()
        self.handle.reset(handle_ms)
        self._update_clock()
        self.caseShown.emit(case.case_id)
        # after this case is drawn, not inside the keystroke: get the next ones ready
        QTimer.singleShot(PREPARE_DELAY_MS, self._prepare_ahead)

    def _prepare_ahead(self) -> None:
        """Decode the next cases' snapshots and parse their chat before they are needed."""
        if not self.started or self.paused:
            return  # also: a timer that fires after sign-out finds the store closed
        ahead = self._candidates()[:PREPARE_AHEAD]
        self._next_up = ahead[0] if ahead else ""
        keep = set(ahead)
        if self.current is not None:
            keep.add(self.current.case_id)
        if self._undo:  # the chat of the case Ctrl+Z brings back first (see _slim_undo)
            keep.add(self._undo[-1].case.case_id)
        for cached in (self._chats, self._details):
            for case_id in list(cached):
                if case_id not in keep:
                    del cached[case_id]
        self._prepared &= keep
        for case_id in ahead:
            if case_id in self._prepared:
                continue
            detail = self.store.case_detail(case_id)
            if detail is None:
                continue
            self._details[case_id] = detail
            self._prepared.add(case_id)
            self.view.prefetch(detail, self.cache.media_path)
            if detail.chat_count:
                self._load_chat(case_id)

        if ahead:
            self._prepare_next(ahead[0])

    def _prepare_next(self, case_id: str) -> None:
        """Build the next case in the case view's hidden body while this case is read (once
        its chat is parsed): its swap then only shows it and paints."""
        if not self.started or self.paused or self.view.prepared_case() == case_id:
            return  # also: a chat parsed after sign-out finds the store closed
        detail, log = self._details.get(case_id), self._chats.get(case_id)
        if detail is None or (log is None and detail.chat_count):
            return  # the chat is still being parsed: its ``done`` comes back here
        self.view.prepare(
            detail,
            log,
            self.cache.media_path,
            self.taxonomy.flagged_terms,
            why=self.store.case_priority(case_id),
        )

    def _load_chat(self, case_id: str) -> None:
        """Parse the cached chat pages on the pool; the log reaches the view when done."""
        if case_id in self._chats or case_id in self._loading:
            return
        from reviewer.chat import ChatLog

        self._loading.add(case_id)
        pages = self.cache.chat_pages(case_id)

        def load() -> ChatLog:
            return ChatLog.from_pages(pages, case_id)

        def done(log: ChatLog) -> None:
            self._loading.discard(case_id)
            self._chats[case_id] = log
            if self.current is not None and self.current.case_id == case_id:
                self.current.chat = log
                self.view.set_chat(log)
            elif case_id == self._next_up:
                self._prepare_next(case_id)

        def failed(exc: BaseException) -> None:
            self._loading.discard(case_id)
            if self.current is not None and self.current.case_id == case_id:
                self.view.set_chat(None, self.tr("The chat log could not be read from the cache."))

        tasks.submit(load, done, failed)

    def on_sync_report(self, report: object) -> None:
        """Sync moved something: show a case if none is on screen; forget released skips."""
        released = getattr(report, "released_now", ())
        self._skipped.difference_update(released)
        if self.started and not self.paused:
            if self.current is None and not self.show_next():
                if (
                    getattr(report, "online", False)
                    and getattr(report, "open_cases", 1) == 0
                    and not getattr(report, "error", "")
                ):
                    why = self.tr(
                        "No cases are waiting in this queue right now; checking again shortly."
                    )
                    self.view.clear(why)
                    self.waiting.emit(why)
            elif getattr(report, "prefetched_now", ()):
                # on a timer, not now: a report can arrive inside a keystroke's frame (its
                # queued signal is delivered with the swap's posted events)
                QTimer.singleShot(PREPARE_DELAY_MS, self._prepare_ahead)

    # -- deciding -----------------------------------------------------------------------------

    def _gate(self) -> str:
        """Why a decision cannot be taken now ("" when it can)."""
        if self.paused:
            return self._paused_text()
        if self.current is None:
            return self.tr("No case on screen.")
        if self.banner.pending():
            return self.tr(
                "Read and acknowledge the urgent guideline update above before deciding."
            )
        return ""

    def _record(self, draft: DecisionDraft) -> RecordedDecision:
        """Commit one decision on the foreground CPU (reviewer.gil.foreground_write: the sync
        thread's GIL handoffs would otherwise queue this thread behind it)."""
        with foreground_write():
            return self.store.record_decision(draft)

    def _ask_confirmation(self, decision: PanelDecision, case: ShownCase) -> bool:
        """Open the high-profile prompt when ``decision`` needs it; True if it did."""
        action = next((a for a in self.taxonomy.actions if a.code == decision.action), None)
        if action is None or not needs_confirmation(action, case.detail):
            return False
        dialog = HighProfileConfirm(action.label, self.view.window(), clock=self._clock)
        dialog.accepted.connect(lambda: self._confirmed(decision, case.case_id))
        dialog.finished.connect(self._confirm_closed)
        self.confirm_dialog = dialog
        dialog.open()
        return True

    def _confirm_closed(self) -> None:
        if self.confirm_dialog is not None:
            self.confirm_dialog.deleteLater()
            self.confirm_dialog = None

    def _confirmed(self, decision: PanelDecision, case_id: str) -> None:
        if self.current is not None and self.current.case_id == case_id:
            self.record(decision, confirmed=True)

    def on_action_key(self, code: str) -> None:
        if self.sync is not None:
            self.sync.note_activity()
        why = self._gate()
        if why:
            self.message.emit(why)
            return
        self.panel.request_action(code)

    def live_changed(self, detail: contract.CaseDetail) -> None:
        """The followed case on screen changed (``ui.desk.follow_thread.Following``): a
        decision is judged by the stream as it stands now."""
        if self.current is not None and self.current.case_id == detail.case_id:
            self.current.detail = detail
        if detail.case_id in self._details:
            self._details[detail.case_id] = detail

    def record(
        self, decision: PanelDecision, *, confirmed: bool = False
    ) -> RecordedDecision | None:
        """Commit the decision durably, then show the next case. A severe action on a
        high-profile account asks for Enter first (``confirmed``: it was given)."""
        why = self._gate()
        case = self.current
        if why or case is None:
            self.message.emit(why or self.tr("No case on screen."))
            return None
        refused = refusal(decision.action, case.detail)
        if refused:
            # e.g. ending a stream that has ended: the reason, and nothing recorded
            self.panel.refuse(refusal_text(refused))
            return None
        if not confirmed and self._ask_confirmation(decision, case):
            return None
        draft = DecisionDraft(
            case_id=case.case_id,
            action=decision.action,
            policy_codes=tuple(decision.policy_codes),
            note=decision.note,
            escalation_reason=decision.escalation_reason,
            supersedes=None,
            policy_version=self.taxonomy.version,
            handle_time_ms=self.handle.elapsed_ms(),
            confirmed_high_profile=confirmed,
        )
        try:
            with phases.phase("commit"):
                recorded = self._record(draft)
        except (StoreError, ValueError) as exc:
            self.message.emit(arg(self.tr("Not recorded: %1"), exc))
            return None
        self.cache.hold(case.case_id)
        entry = UndoEntry(recorded, case, draft.handle_time_ms, self._clock() + self.undo_window_s)
        self._undo.append(entry)
        self._slim_undo()
        QTimer.singleShot(int(self.undo_window_s * 1000), lambda: self._expire(entry))
        if self.sync is not None:
            self.sync.note_activity()
            # The upload starts once the next case is drawn: started now, the sync thread
            # would run Python (batch, HTTP) beside the swap's paint and take the GIL from it.
            # The decision is durable already; 30 ms later on the wire changes nothing.
            QTimer.singleShot(PREPARE_DELAY_MS, self.sync.wake)
        label = self._label(decision.action)
        self.current = None
        self.decided.emit(recorded)
        self.message.emit(
            arg(
                self.tr("%1 recorded · %2 undoes it for %3"),
                label,
                UNDO.text,
                formats.duration(self.undo_window_s),
            )
        )
        self.show_next()
        return recorded

    def record_chat_action(self, request: ChatActionRequest) -> list[RecordedDecision]:
        """Commit one chat action per target of ``request``; the case stays on screen."""
        from ui.case.chat_actions import action_label

        why = self._gate()
        case = self.current
        if why or case is None:
            self.message.emit(why or self.tr("No case on screen."))
            return []
        recorded: list[RecordedDecision] = []
        for target in request.targets:
            draft = DecisionDraft(
                case_id=case.case_id,
                action=request.action,
                policy_codes=(request.policy_code,),
                note="",
                escalation_reason="",
                supersedes=None,
                policy_version=self.taxonomy.version,
                handle_time_ms=self.handle.elapsed_ms(),
                kind="chat_action",
                target=target,
                duration_s=request.duration_s,
            )
            try:
                recorded.append(self._record(draft))
            except (StoreError, ValueError) as exc:
                self.message.emit(arg(self.tr("Not recorded: %1"), exc))
                break
        if recorded:
            entry = UndoEntry(
                recorded[0], case, 0, self._clock() + self.undo_window_s, tuple(recorded)
            )
            self._undo.append(entry)
            QTimer.singleShot(int(self.undo_window_s * 1000), lambda: self._expire(entry))
            if self.sync is not None:
                self.sync.note_activity()
                self.sync.wake()
            self._mark_chat_actions(case.case_id)
            self.message.emit(
                arg(
                    self.tr("%1: %2 recorded · %3 undoes it for %4"),
                    action_label(request.action),
                    self.tr("%n chat action(s)", "", len(recorded)),
                    UNDO.text,
                    formats.duration(self.undo_window_s),
                )
            )
        return recorded

    def _mark_chat_actions(self, case_id: str) -> None:
        """The chat table marks what the store records as acted on (and not undone)."""
        if self.current is None or self.current.case_id != case_id:
            return  # that case is not on screen: its marks are read when it is shown
        standing = self.store.chat_actions(case_id)
        self.view.chat.set_actioned(
            frozenset(a.target_id for a in standing if a.target_kind == "message"),
            frozenset(a.target_id for a in standing if a.target_kind == "chatter"),
        )

    def _label(self, code: str) -> str:
        for action in self.taxonomy.actions:
            if action.code == code:
                return action.label
        return code

    # -- undo ---------------------------------------------------------------------------------

    def _slim_undo(self) -> None:
        """Only the newest undo entry keeps its case's parsed chat; an older one parses it
        again from the held cache if it is undone. Deciding quickly (ten obvious cases in
        ten seconds) kept every log of the grace window in memory: 78 logs, 140 MiB of
        strings in `make bench`'s memory row, and a 200,000-message log is 25 MiB alone."""
        for older in self._undo[:-1]:
            if older.case.chat is not None and older.case is not self.current:
                older.case = replace(older.case, chat=None)

    def _expire(self, entry: UndoEntry) -> None:
        if entry in self._undo:
            self._undo.remove(entry)
            if not entry.chat:  # a chat action never held the case's content
                self.cache.unhold(entry.case.case_id, evict=True)

    def undo_entries(self) -> tuple[UndoEntry, ...]:
        """The decisions still within their grace window, oldest first."""
        return tuple(self._undo)

    def undoable(self) -> UndoEntry | None:
        now = self._clock()
        live = [e for e in self._undo if e.deadline > now]
        return live[-1] if live else None

    def undo(self) -> RecordedDecision | None:
        """Retract the latest decision within the grace window and bring its case back."""
        if self.sync is not None:
            self.sync.note_activity()
        if self.paused:
            self.message.emit(self._paused_text())
            return None
        entry = self.undoable()
        if entry is None:
            self.message.emit(
                arg(
                    self.tr("Nothing to undo: a decision can be undone for %1."),
                    formats.duration(self.undo_window_s),
                )
            )
            return None
        if entry.chat:
            return self._undo_chat_actions(entry)
        case = entry.case
        draft = DecisionDraft(
            case_id=case.case_id,
            action=RETRACT,
            policy_codes=(),
            note="",
            escalation_reason="",
            supersedes=entry.decision.decision_id,
            policy_version=self.taxonomy.version,
            handle_time_ms=0,
        )
        try:
            recorded = self._record(draft)
        except (StoreError, ValueError) as exc:
            self.message.emit(arg(self.tr("Undo failed: %1"), exc))
            return None
        self._undo.remove(entry)
        self.cache.unhold(case.case_id, evict=False)
        if self.store.case_detail(case.case_id) is None:
            # sync already dropped the stored detail; the case is ours again, so keep it
            self.store.save_case_detail(case.detail)
        if self.sync is not None:
            self.sync.wake()
        self._show(case, handle_ms=entry.handle_ms)
        self.undone.emit(case.case_id)
        self.message.emit(
            arg(self.tr("Undone: %1 was retracted."), self._label(entry.decision.action))
        )
        return recorded

    def _undo_chat_actions(self, entry: UndoEntry) -> RecordedDecision | None:
        """Retract every chat action of the group; the case on screen stays where it is."""
        from ui.case.chat_actions import action_label

        last: RecordedDecision | None = None
        for action in entry.chat:
            payload = json.loads(action.payload)
            target = payload.get("target") or {}
            draft = DecisionDraft(
                case_id=action.case_id,
                action=RETRACT,
                policy_codes=(),
                note="",
                escalation_reason="",
                supersedes=action.decision_id,
                policy_version=self.taxonomy.version,
                handle_time_ms=0,
                kind="chat_action",
                target=(str(target.get("kind")), str(target.get("id"))) if target else None,
            )
            try:
                last = self._record(draft)
            except (StoreError, ValueError) as exc:
                self.message.emit(arg(self.tr("Undo failed: %1"), exc))
                break
        self._undo.remove(entry)
        if self.sync is not None:
            self.sync.wake()
        self._mark_chat_actions(entry.case.case_id)
        if last is not None:
            self.message.emit(
                arg(
                    self.tr("Undone: %1 (%2)."),
                    action_label(entry.decision.action),
                    self.tr("%n chat action(s)", "", len(entry.chat)),
                )
            )
        return last

    # -- skip ---------------------------------------------------------------------------------

    def skip(self) -> None:
        """Ask for a reason (non-blocking dialog); the case is released when one is chosen."""
        if self.sync is not None:
            self.sync.note_activity()
        if self.paused or self.current is None:
            self.message.emit(self.tr("No case on screen to skip."))
            return
        if self.skip_dialog is not None:
            return
        parent = self.view.window()
        dialog = SkipReasonDialog(list(self.taxonomy.skip_reasons), parent)
        case_id = self.current.case_id
        self.skip_dialog = dialog
        dialog.accepted.connect(lambda: self.skip_with(case_id, dialog.reason()))
        dialog.rejected.connect(lambda: self.message.emit(self.tr("Skip cancelled.")))
        dialog.finished.connect(self._skip_dialog_closed)
        dialog.open()

    def _skip_dialog_closed(self) -> None:
        dialog, self.skip_dialog = self.skip_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def skip_with(self, case_id: str, reason: str) -> None:
        """Release ``case_id`` with ``reason`` and move on."""
        if self.current is None or self.current.case_id != case_id:
            return
        self._skipped.add(case_id)
        if self.sync is not None:
            self.sync.release([case_id], reason)
        label = next((r.label for r in self.taxonomy.skip_reasons if r.code == reason), reason)
        self.current = None
        self.skipped.emit(case_id, reason)
        self.message.emit(arg(self.tr("Skipped (%1). The case went back to the queue."), label))
        self.show_next()

    # -- announcements ------------------------------------------------------------------------

    def acknowledge(self, announcement_id: str) -> None:
        """Durable and audited locally first; sync sends it to the service."""
        self.store.record_ack(announcement_id)
        if self.sync is not None:
            self.sync.wake()
        self.message.emit(
            self.tr("Guideline update acknowledged.")
            if not self.banner.pending()
            else self.tr("Acknowledged. One more update to read.")
        )

    # -- messages -----------------------------------------------------------------------------

    def _on_refused(self, why: str) -> None:
        if why == "decision keys are paused" and self.paused:
            self.message.emit(self._paused_text())

    def _paused_text(self) -> str:
        return self.tr("Review is paused. Press Resume to continue.")

    def _panel_message(self, text: str) -> None:
        if text:
            self.message.emit(text)
