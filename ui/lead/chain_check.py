"""Audit-chain check for one moderator: the chain heads their client sent, against what
the service stored.

Every client keeps a hash-chained trail of its decisions and sends the chain's sequence
number and head hash with each upload. The service recomputes the links from what it
stored and reports gaps (sequence numbers with nothing stored), edits (a link whose hash
does not match), a missing tail (the client claimed more than arrived) and regressions.
This page says it in plain words, one finding per line; "intact" when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reviewer import contract
from reviewer.client.lead import LeadApi
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.tables import combo
from ui.common.tasks import Runner
from ui.common.text import plain_label, set_plain


def _short(digest: str) -> str:
    return (digest[:12] + "…") if len(digest) > 12 else (digest or formats.NONE)


def _seqs(a: int, b: int) -> str:
    if a == b:
        return arg(translate("AuditChainView", "seq %1"), str(a))
    return arg(translate("AuditChainView", "seq %1–%2"), str(a), str(b))


def issue_word(kind: str) -> str:
    """The finding's name, in capitals so that it stands out in the list."""
    words = {
        "gap": translate("AuditChainView", "GAP", "an audit-chain finding"),
        "edit": translate("AuditChainView", "EDITED", "an audit-chain finding"),
        "missing_tail": translate("AuditChainView", "MISSING TAIL", "an audit-chain finding"),
        "regressed": translate("AuditChainView", "WENT BACKWARDS", "an audit-chain finding"),
        "claim_mismatch": translate(
            "AuditChainView", "CLAIM DOES NOT MATCH", "an audit-chain finding"
        ),
        "held": translate("AuditChainView", "HELD ON THE DESK", "an audit-chain finding"),
        "recovery": translate("AuditChainView", "RECOVERY", "an audit-chain finding"),
    }
    return words.get(kind, kind.upper())


def issue_meaning(kind: str) -> str:
    """What the finding means, in a phrase."""
    meanings = {
        "gap": translate(
            "AuditChainView",
            "sequence numbers the client used but the service has no decision for",
        ),
        "edit": translate(
            "AuditChainView", "a stored decision no longer matches the hash the client chained"
        ),
        "missing_tail": translate(
            "AuditChainView", "the client said it had decided more than the service received"
        ),
        "regressed": translate(
            "AuditChainView", "a later upload claimed a lower chain position than an earlier one"
        ),
        "claim_mismatch": translate(
            "AuditChainView", "the head given for this check is not the one on record"
        ),
        "held": translate(
            "AuditChainView",
            "decisions the desk keeps because the service kept refusing them (not lost)",
        ),
        "recovery": translate(
            "AuditChainView",
            "the desk rebuilt a damaged store and linked the new chain to the old head",
        ),
    }
    return meanings.get(kind, "")


def report_text(report: contract.AuditChainReport) -> tuple[str, str]:
    """(headline, details) in plain words; the headline starts with OK or PROBLEM.

    Worded here, in the chosen language, from the service's findings (the user names,
    device ids and details in it are data and stay as they came)."""
    findings = len(report.issues)
    held = sum(i.seq_to - i.seq_from + 1 for i in report.issues if i.kind == "held")
    if report.ok and held:
        head = arg(
            translate(
                "AuditChainView",
                "OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held "
                "on the desk, not yet sent.",
                "",
                held,
            ),
            report.username,
            str(report.stored_seq),
            _short(report.stored_head),
        )
    elif report.ok:
        head = arg(
            translate("AuditChainView", "OK: %1's audit chain is intact up to seq %2 (head %3)."),
            report.username,
            str(report.stored_seq),
            _short(report.stored_head),
        )
    else:
        head = arg(
            translate(
                "AuditChainView",
                "PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost "
                "or changed after they were made.",
                "",
                findings,
            ),
            report.username,
        )
    lines = [
        arg(
            translate("AuditChainView", "Checked %1. Stored head: seq %2, hash %3."),
            formats.date_time(report.checked_at),
            str(report.stored_seq),
            _short(report.stored_head),
        ),
        "",
    ]
    if not report.devices:
        lines.append(
            translate(
                "AuditChainView", "No decision from this moderator has reached the service yet."
            )
        )
    for dev in report.devices:
        decisions, links, uploads = dev.decisions, dev.links_checked, len(dev.uploads)
        span = (
            _seqs(dev.first_seq, dev.last_seq)
            if dev.first_seq is not None and dev.last_seq is not None
            else translate("AuditChainView", "no stored seq")
        )
        lines.append(
            arg(
                translate(
                    "AuditChainView",
                    "Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.",
                    "device, decisions stored, their seqs, claimed seq and head, links, uploads",
                ),
                dev.device_id
                or translate("AuditChainView", "(unnamed)", "a device without a name"),
                translate("AuditChainView", "%Ln decision(s) stored", "", decisions),
                span,
                str(dev.claimed_seq),
                _short(dev.claimed_head),
                translate("AuditChainView", "%Ln link(s) recomputed", "", links),
                translate("AuditChainView", "%Ln upload(s)", "", uploads),
            )
        )
    lines.append("")
    if report.issues:
        lines.append(translate("AuditChainView", "Findings:"))
        for issue in report.issues:
            word, seqs = issue_word(issue.kind), _seqs(issue.seq_from, issue.seq_to)
            meaning = issue_meaning(issue.kind)
            if issue.device_id:
                line = arg(
                    translate(
                        "AuditChainView",
                        "%1  %2 on device %3: %4",
                        "finding, seqs, device, meaning",
                    ),
                    word,
                    seqs,
                    issue.device_id,
                    meaning,
                )
            else:
                line = arg(
                    translate("AuditChainView", "%1  %2: %3", "finding, seqs, meaning"),
                    word,
                    seqs,
                    meaning,
                )
            if issue.detail:
                line = arg(
                    translate("AuditChainView", "%1. %2", "a finding, then its detail"),
                    line,
                    issue.detail,
                )
            lines.append("  " + line)
            if issue.decision_ids:
                ids = translate("AuditChainView", ", ", "between decision ids").join(
                    issue.decision_ids
                )
                lines.append("      " + arg(translate("AuditChainView", "decisions: %1"), ids))
    else:
        lines.append(
            translate(
                "AuditChainView",
                "Findings: none. Every stored link matches the chain the client sent.",
            )
        )
    if report.missing_seqs:
        lines.append("")
        lines.append(
            arg(
                translate(
                    "AuditChainView",
                    "Sequence numbers without a decision: %1; explained by guideline "
                    "acknowledgements on record: %2; unexplained: %3.",
                ),
                formats.number(report.missing_seqs),
                formats.number(report.acks_on_record),
                formats.number(report.unexplained_missing),
            )
        )
    return head, "\n".join(lines)


class AuditChainView(QWidget):
    """Pick a moderator, check, read the verdict. ``checked(bool)`` carries ``ok``."""

    checked = Signal(bool)

    def __init__(self, runner: Runner[LeadApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditChainView")
        self.runner = runner
        self.report: contract.AuditChainReport | None = None
        title = pages.title(self.tr("Audit chain check"), self)
        sub = pages.subtitle(
            self.tr(
                "Compares the chain heads a moderator's client sent with the decisions the "
                "service stored: a gap, an edited decision or a missing tail shows here."
            ),
            self,
        )
        self.moderator = combo(self, "chainModerator", self.tr("Moderator to check"), [])
        self.moderator.setEditable(True)
        self.moderator.setPlaceholderText(self.tr("username"))
        self.moderator.setMinimumContentsLength(24)
        self.check_button = QPushButton(self.tr("Check chain"), self)
        self.check_button.setObjectName("chainCheck")
        a11y.describe(
            self.check_button,
            translate(
                "Accessibility", "Verifies the chosen moderator's audit chain against the service"
            ),
        )
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Moderator"), self))
        row.addWidget(self.moderator)
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.headline = plain_label("", self, object_name="chainHeadline")
        self.headline.setWordWrap(True)
        self.headline.setMargin(self.fontMetrics().height() // 3)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("chainDetails")
        a11y.describe(
            self.details, translate("Accessibility", "What the chain check found, link by link")
        )
        self.details.setAccessibleName(self.tr("Audit chain findings"))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        pages.card_page(self, [title, sub, row, self.headline, (self.details, 1)])

    def set_moderators(self, moderators: Sequence[tuple[str, str]]) -> None:
        current = self.moderator.currentText()
        self.moderator.clear()
        for username, name in moderators:
            text = arg(self.tr("%1 · %2", "a user name, then a display name"), username, name)
            self.moderator.addItem(text if name else username, username)
        index = self.moderator.findText(current)
        self.moderator.setCurrentIndex(max(0, index))

    def username(self) -> str:
        text = self.moderator.currentText().strip()
        index = self.moderator.findText(text)
        if index >= 0:
            return str(self.moderator.itemData(index) or text)
        return text

    def check(self) -> None:
        user = self.username()
        if not user:
            set_plain(self.headline, self.tr("Pick or type a moderator's username first."))
            return
        self.check_button.setEnabled(False)
        set_plain(self.headline, arg(self.tr("Checking %1…"), user))
        self.headline.setProperty("role", "")
        self.runner.call(lambda api: api.chain_report(user), self.show_report, self._failed)

    def _failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self._set_role("error")
        set_plain(self.headline, arg(self.tr("The check could not run: %1"), message))

    def _set_role(self, role: str) -> None:
        self.headline.setProperty("role", role)
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def show_report(self, report: contract.AuditChainReport) -> None:
        self.report = report
        self.check_button.setEnabled(True)
        head, details = report_text(report)
        self._set_role("info" if report.ok else "error")
        set_plain(self.headline, head)
        self.details.setPlainText(details)
        self.checked.emit(report.ok)
