"""A read-only view of everything that happened to one case.

The original decision, its supersessions and retracts, an escalation and its outcome,
QA verdicts and disputes with their resolution, merged into one timeline (the
service builds it: ``GET /v1/audit/cases/{id}/chain``). Every name, note and title
in it came from someone else: all cells and labels are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from ui.audit_common import AuditRunner, fill_table, fmt_seconds, fmt_time, make_table
from ui.text import isolate, one_line, plain_label, set_plain

EVENT_LABELS: dict[str, str] = {
    "decision": "Decision",
    "supersession": "Correction",
    "retract": "Undo (retract)",
    "escalation": "Escalated",
    "escalation_outcome": "Escalation decided",
    "qa_verdict": "QA verdict",
    "dispute": "Dispute",
    "dispute_resolution": "Dispute resolved",
}


class DecisionChainView(QDialog):
    """Loads and shows the chain of ``case_id``; ``loaded(str)`` fires once it is on screen,
    ``failed(str)`` with a readable message."""

    loaded = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        runner: AuditRunner,
        taxonomy: contract.PolicyTaxonomy,
        case_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionChainView")
        self.setWindowTitle(f"Case {case_id} · decision chain")
        self.runner = runner
        self.case_id = case_id
        self.chain: contract.DecisionChain | None = None
        self._actions = {a.code: a.label for a in taxonomy.actions}
        self._areas = {a.code: a.label for a in taxonomy.areas}

        self.heading = plain_label(f"Case {case_id}", self, object_name="chainHeading")
        self.heading.setProperty("role", "title")
        self.context = plain_label("Loading…", self, object_name="chainContext", selectable=True)
        self.context.setWordWrap(True)
        self.context.setProperty("role", "subtitle")

        self.timeline = make_table(
            self,
            "chainTimeline",
            ["When", "What", "Who", "Action", "Policy area", "Details"],
            "Timeline of the case",
        )
        self.decisions = make_table(
            self,
            "chainDecisions",
            [
                "Decided",
                "Moderator",
                "Action",
                "Policy area",
                "Handle time",
                "Supersedes",
                "Superseded by",
                "QA",
                "Note",
            ],
            "Decisions on the case",
        )
        self.qa = make_table(
            self,
            "chainQa",
            [
                "Reviewed",
                "QA reviewer",
                "Moderator",
                "Verdict",
                "Final",
                "QA action",
                "Dispute",
                "Dispute note",
                "Resolution",
            ],
            "QA verdicts and disputes",
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chainTabs")
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.decisions, "Decisions")
        self.tabs.addTab(self.qa, "QA and disputes")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 80, em * 45)

    def load(self) -> None:
        case_id = self.case_id
        self.runner.run(lambda api: api.case_chain(case_id), self.set_chain, self._failed)

    def _failed(self, message: str) -> None:
        set_plain(self.context, f"The chain could not be loaded: {message}")
        self.failed.emit(message)

    def _action(self, code: str) -> str:
        return self._actions.get(code, code) if code else "–"

    def _codes(self, codes: list[str]) -> str:
        return ", ".join(self._areas.get(c, c) for c in codes) or "–"

    def set_chain(self, chain: contract.DecisionChain) -> None:
        self.chain = chain
        parts = [f"Queue {chain.queue}", f"status {chain.status}"]
        if chain.streamer_handle:
            parts.append(f"streamer @{isolate(one_line(chain.streamer_handle))}")
        if chain.stream_title:
            parts.append(f"stream “{isolate(one_line(chain.stream_title))}”")
        text = " · ".join(parts)
        if chain.escalation_reason:
            text += f"\nEscalated: {one_line(chain.escalation_reason)}"
            if chain.escalation_note:
                text += f" — {isolate(one_line(chain.escalation_note))}"
        current = next(
            (d for d in chain.decisions if d.decision_id == chain.current_decision), None
        )
        if current is not None:
            text += (
                f"\nIn force: {self._action(current.action)} by {current.moderator}"
                f" ({fmt_time(current.decided_at)})"
            )
        elif chain.decisions:
            text += "\nNo decision is in force (the last one was undone)."
        set_plain(self.context, text)

        fill_table(
            self.timeline,
            [
                (
                    fmt_time(e.at),
                    EVENT_LABELS.get(e.kind, e.kind),
                    one_line(e.actor),
                    self._action(e.action),
                    self._codes(e.policy_codes),
                    one_line(e.summary),
                )
                for e in chain.events
            ],
        )
        short = {d.decision_id: f"{fmt_time(d.decided_at)} {d.moderator}" for d in chain.decisions}
        fill_table(
            self.decisions,
            [
                (
                    fmt_time(d.decided_at),
                    one_line(d.moderator),
                    self._action(d.action),
                    self._codes(d.policy_codes),
                    fmt_seconds(d.handle_time_ms),
                    short.get(d.supersedes, d.supersedes or "–") if d.supersedes else "–",
                    short.get(d.superseded_by, d.superseded_by or "–") if d.superseded_by else "–",
                    d.qa_verdict or "–",
                    one_line(d.note) or "–",
                )
                for d in chain.decisions
            ],
            numeric=(4,),
        )
        fill_table(
            self.qa,
            [
                (
                    fmt_time(q.reviewed_at),
                    one_line(q.qa_reviewer),
                    one_line(q.moderator),
                    q.verdict,
                    q.final_verdict,
                    f"{self._action(q.qa_action)} · {self._codes(q.qa_policy_codes)}",
                    "–" if q.dispute_status == "none" else q.dispute_status,
                    one_line(q.dispute_note) or "–",
                    one_line(q.resolution_note) or "–",
                )
                for q in chain.qa_results
            ],
        )
        self.tabs.setTabText(2, f"QA and disputes ({len(chain.qa_results)})")
        self.tabs.setTabText(1, f"Decisions ({len(chain.decisions)})")
        self.loaded.emit(chain.case_id)


__all__ = ["EVENT_LABELS", "DecisionChainView"]
