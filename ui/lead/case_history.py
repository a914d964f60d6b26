"""A read-only view of everything that happened to one case.

The original decision, its supersessions and retracts, an escalation and its outcome,
QA verdicts and disputes with their resolution, merged into one timeline (the
service builds it: ``GET /v1/audit/cases/{id}/chain``). Every name, note and title
in it came from someone else: all cells and labels are plain text.

The "Case" tab shows what the moderator saw (snapshots, chat, streamer and reports) in
the ordinary :class:`ui.case.screen.CaseView`, with no decision keys. Its content is
fetched on the pool only when the tab is first opened, into a private folder that is
deleted when the dialog closes (case media never outlives the look at it).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.chat import ChatLog
from reviewer.client.lead import LeadApi
from reviewer.formatting import one_line
from reviewer.paths import AppPaths
from reviewer.store.cache import side_folder
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.tables import fill_table, make_table
from ui.common.tasks import Runner
from ui.common.text import isolate, plain_label, set_plain


def event_text(kind: str) -> str:
    """A timeline event's name (the contract's ``ChainEventKind``); unknown: as it came."""
    words = {
        "decision": translate("DecisionChainView", "Decision"),
        "supersession": translate("DecisionChainView", "Correction"),
        "retract": translate("DecisionChainView", "Undo (retract)"),
        "escalation": translate("DecisionChainView", "Escalated"),
        "escalation_outcome": translate("DecisionChainView", "Escalation decided"),
        "qa_verdict": translate("DecisionChainView", "QA verdict"),
        "dispute": translate("DecisionChainView", "Dispute"),
        "dispute_resolution": translate("DecisionChainView", "Dispute resolved"),
    }
    return words.get(kind, kind)


def status_text(status: str) -> str:
    """A case's status (the contract's ``CaseStatus``); unknown: as it came."""
    words = {
        "open": translate("DecisionChainView", "open", "a case's status"),
        "leased": translate("DecisionChainView", "leased", "a case's status"),
        "decided": translate("DecisionChainView", "decided", "a case's status"),
        "escalated": translate("DecisionChainView", "escalated", "a case's status"),
    }
    return words.get(status, status)


def verdict_text(code: str) -> str:
    """A QA verdict (``upheld``, ``overturned``); none: a dash; unknown: as it came."""
    words = {
        "upheld": translate("QaResult", "upheld"),
        "overturned": translate("QaResult", "overturned"),
    }
    return words.get(code, code) or formats.NONE


def _dispute(status: str) -> str:
    """A dispute's state (``open``, ``accepted``, ``rejected``) in a word."""
    words = {
        "open": translate("DecisionChainView", "open", "a dispute's state"),
        "accepted": translate("DecisionChainView", "accepted", "a dispute's state"),
        "rejected": translate("DecisionChainView", "rejected", "a dispute's state"),
    }
    return words.get(status, status)


class DecisionChainView(QDialog):
    """Loads and shows the chain of ``case_id``; ``loaded(str)`` fires once it is on screen,
    ``failed(str)`` with a readable message."""

    loaded = Signal(str)
    failed = Signal(str)
    #: the case content is on screen (every snapshot drawn or failed)
    caseShown = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        taxonomy: contract.PolicyTaxonomy,
        case_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionChainView")
        self.setWindowTitle(arg(self.tr("Case %1 · decision chain"), case_id))
        self.runner = runner
        self.case_id = case_id
        self.chain: contract.DecisionChain | None = None
        self._actions = {a.code: a.label for a in taxonomy.actions}
        self._areas = {a.code: a.label for a in taxonomy.areas}
        self._flagged = list(taxonomy.flagged_terms)

        self.heading = pages.title(
            arg(self.tr("Case %1"), case_id), self, object_name="chainHeading"
        )
        self.context = plain_label(
            self.tr("Loading…"), self, object_name="chainContext", selectable=True
        )
        self.context.setWordWrap(True)
        self.context.setProperty("role", "subtitle")

        self.timeline = make_table(
            self,
            "chainTimeline",
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Policy area"),
                self.tr("Details"),
            ],
            self.tr("Timeline of the case"),
        )
        self.decisions = make_table(
            self,
            "chainDecisions",
            [
                self.tr("Decided"),
                self.tr("Moderator"),
                self.tr("Action"),
                self.tr("Policy area"),
                self.tr("Handle time"),
                self.tr("Supersedes"),
                self.tr("Superseded by"),
                self.tr("QA"),
                self.tr("Note"),
            ],
            self.tr("Decisions on the case"),
        )
        self.qa = make_table(
            self,
            "chainQa",
            [
                self.tr("Reviewed"),
                self.tr("QA reviewer"),
                self.tr("Moderator"),
                self.tr("Verdict"),
                self.tr("Final"),
                self.tr("QA action"),
                self.tr("Dispute"),
                self.tr("Dispute note"),
                self.tr("Resolution"),
            ],
            self.tr("QA verdicts and disputes"),
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chainTabs")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        self.tabs.addTab(self.qa, self.tr("QA and disputes"))
        self.case_host = QWidget(self)
        self.case_host.setObjectName("chainCaseHost")
        host = QVBoxLayout(self.case_host)
        host.setContentsMargins(0, 0, 0, 0)
        self._case_layout = host
        self.case_note = plain_label("", self.case_host, object_name="chainCaseNote")
        self.case_note.setProperty("role", "muted")
        host.addWidget(self.case_note)
        self.case_view: Any = None  # a CaseView, built when the tab is first opened
        self._media_dir: Path | None = None
        self._closed = False
        self.tabs.addTab(self.case_host, self.tr("Case"))
        self.tabs.currentChanged.connect(self._tab_changed)

        buttons = a11y.describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 80, em * 45)

    # -- the case content ----------------------------------------------------------------------

    @property
    def media_dir(self) -> Path | None:
        """The folder this view keeps the case's media in while open (under the content cache)."""
        return self._media_dir

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.case_host and self.case_view is None:
            self.load_case()

    def load_case(self) -> None:
        """Fetch the case detail, its chat and snapshots on the pool, then show them."""
        from ui.case.screen import CaseView

        # the case needs the room the desk gives it: a dialog sized for tables cuts it
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(self.width(), em * 120), max(self.height(), em * 70))
        self.case_view = CaseView(self.case_host)
        self.case_view.caseShown.connect(self.caseShown)
        self._case_layout.addWidget(self.case_view, 1)
        set_plain(self.case_note, self.tr("Loading the case…"))
        # under the content cache, so a crash, a sign-out or the retention sweep clears it
        cache = side_folder(AppPaths.default().ensure().content_dir, "case-views")
        self._media_dir = Path(tempfile.mkdtemp(prefix="chain-", dir=cache))
        media_dir, case_id = self._media_dir, self.case_id

        def job(api: Any) -> tuple[contract.CaseDetail, ChatLog, dict[str, Path]]:
            base = api.api  # the plain ApiClient under the audit calls
            detail = base.case_detail(case_id)
            chat = ChatLog(case_id)
            cursor: str | None = None
            while True:
                _raw, page = base.chat_page_raw(case_id, cursor)
                chat.append_page(page)
                cursor = page.next_cursor
                if not cursor or not len(page):
                    break
            paths: dict[str, Path] = {}
            for snap in detail.snapshots:
                path = media_dir / snap.sha256
                if not path.exists():
                    path.write_bytes(base.media(snap.sha256))
                    path.chmod(0o600)
                paths[snap.sha256] = path
            return detail, chat, paths

        def done(result: tuple[contract.CaseDetail, ChatLog, dict[str, Path]]) -> None:
            if self._closed:
                return
            detail, chat, paths = result
            self.case_note.hide()
            self.case_view.set_case(detail, chat, paths.get, self._flagged)

        def failed(message: str) -> None:
            set_plain(self.case_note, arg(self.tr("The case could not be loaded: %1"), message))

        self.runner.call(job, done, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._purge()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._purge()
        super().done(result)

    def _purge(self) -> None:
        """Forget the case content: images off screen, the media folder deleted."""
        self._closed = True
        if self.case_view is not None:
            self.case_view.clear("")
            self.case_view.purge_images()
        if self._media_dir is not None:
            shutil.rmtree(self._media_dir, ignore_errors=True)
            self._media_dir = None

    # -- the chain ----------------------------------------------------------------------------

    def load(self) -> None:
        case_id = self.case_id
        self.runner.call(lambda api: api.case_chain(case_id), self.set_chain, self._failed)

    def _failed(self, message: str) -> None:
        set_plain(self.context, arg(self.tr("The chain could not be loaded: %1"), message))
        self.failed.emit(message)

    def _action(self, code: str) -> str:
        return self._actions.get(code, code) if code else formats.NONE

    def _codes(self, codes: list[str]) -> str:
        sep = self.tr(", ", "between policy areas")
        return sep.join(self._areas.get(c, c) for c in codes) or formats.NONE

    def _context_lines(self, chain: contract.DecisionChain) -> list[str]:
        """The case in a few lines: where, who, why escalated, what is in force."""
        status = status_text(chain.status)
        line = arg(self.tr("Queue %1 · status %2"), chain.queue, status)
        if chain.streamer_handle:
            handle = isolate(one_line(chain.streamer_handle))
            line = arg(self.tr("%1 · streamer @%2"), line, handle)
        if chain.stream_title:
            title = isolate(one_line(chain.stream_title))
            line = arg(self.tr("%1 · stream “%2”"), line, title)
        lines = [line]
        if chain.escalation_reason and chain.escalation_note:
            lines.append(
                arg(
                    self.tr("Escalated: %1 — %2"),
                    one_line(chain.escalation_reason),
                    isolate(one_line(chain.escalation_note)),
                )
            )
        elif chain.escalation_reason:
            lines.append(arg(self.tr("Escalated: %1"), one_line(chain.escalation_reason)))
        current = next(
            (d for d in chain.decisions if d.decision_id == chain.current_decision), None
        )
        if current is not None:
            lines.append(
                arg(
                    self.tr("In force: %1 by %2 (%3)"),
                    self._action(current.action),
                    current.moderator,
                    formats.date_time(current.decided_at),
                )
            )
        elif chain.decisions:
            lines.append(self.tr("No decision is in force (the last one was undone)."))
        return lines

    def set_chain(self, chain: contract.DecisionChain) -> None:
        self.chain = chain
        set_plain(self.context, "\n".join(self._context_lines(chain)))

        fill_table(
            self.timeline,
            [
                (
                    formats.date_time(e.at),
                    event_text(e.kind),
                    one_line(e.actor),
                    self._action(e.action),
                    self._codes(e.policy_codes),
                    one_line(e.summary),
                )
                for e in chain.events
            ],
        )
        when_who = self.tr("%1 %2", "when a decision was made, by whom")
        short = {
            d.decision_id: arg(when_who, formats.date_time(d.decided_at), d.moderator)
            for d in chain.decisions
        }
        none = formats.NONE
        fill_table(
            self.decisions,
            [
                (
                    formats.date_time(d.decided_at),
                    one_line(d.moderator),
                    self._action(d.action),
                    self._codes(d.policy_codes),
                    formats.seconds(d.handle_time_ms),
                    short.get(d.supersedes, d.supersedes) if d.supersedes else none,
                    short.get(d.superseded_by, d.superseded_by) if d.superseded_by else none,
                    verdict_text(d.qa_verdict),
                    one_line(d.note) or none,
                )
                for d in chain.decisions
            ],
            numeric=(4,),
        )
        fill_table(
            self.qa,
            [
                (
                    formats.date_time(q.reviewed_at),
                    one_line(q.qa_reviewer),
                    one_line(q.moderator),
                    verdict_text(q.verdict),
                    verdict_text(q.final_verdict),
                    arg(
                        self.tr("%1 · %2", "an action, then its policy areas"),
                        self._action(q.qa_action),
                        self._codes(q.qa_policy_codes),
                    ),
                    none if q.dispute_status == "none" else _dispute(q.dispute_status),
                    one_line(q.dispute_note) or none,
                    one_line(q.resolution_note) or none,
                )
                for q in chain.qa_results
            ],
        )
        qa_count, decision_count = (
            formats.number(len(chain.qa_results)),
            formats.number(len(chain.decisions)),
        )
        self.tabs.setTabText(2, arg(self.tr("QA and disputes (%1)"), qa_count))
        self.tabs.setTabText(1, arg(self.tr("Decisions (%1)"), decision_count))
        self.loaded.emit(chain.case_id)


__all__ = ["DecisionChainView", "event_text", "status_text", "verdict_text"]
