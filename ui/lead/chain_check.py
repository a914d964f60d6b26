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
from reviewer.lead.chains import report_text
from ui.common import pages
from ui.common.tables import combo
from ui.common.tasks import Runner
from ui.common.text import plain_label, set_plain


class AuditChainView(QWidget):
    """Pick a moderator, check, read the verdict. ``checked(bool)`` carries ``ok``."""

    checked = Signal(bool)

    def __init__(self, runner: Runner[LeadApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditChainView")
        self.runner = runner
        self.report: contract.AuditChainReport | None = None
        title = pages.title("Audit chain check", self)
        sub = pages.subtitle(
            "Compares the chain heads a moderator's client sent with the decisions the "
            "service stored: a gap, an edited decision or a missing tail shows here.",
            self,
        )
        self.moderator = combo(self, "chainModerator", "Moderator to check", [])
        self.moderator.setEditable(True)
        self.moderator.setPlaceholderText("username")
        self.moderator.setMinimumContentsLength(24)
        self.check_button = QPushButton("Check chain", self)
        self.check_button.setObjectName("chainCheck")
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(plain_label("Moderator", self))
        row.addWidget(self.moderator)
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.headline = plain_label("", self, object_name="chainHeadline")
        self.headline.setWordWrap(True)
        self.headline.setMargin(self.fontMetrics().height() // 3)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("chainDetails")
        self.details.setAccessibleName("Audit chain findings")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        pages.card_page(self, [title, sub, row, self.headline, (self.details, 1)])

    def set_moderators(self, moderators: Sequence[tuple[str, str]]) -> None:
        current = self.moderator.currentText()
        self.moderator.clear()
        for username, name in moderators:
            self.moderator.addItem(f"{username} · {name}" if name else username, username)
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
            set_plain(self.headline, "Pick or type a moderator's username first.")
            return
        self.check_button.setEnabled(False)
        set_plain(self.headline, f"Checking {user}…")
        self.headline.setProperty("role", "")
        self.runner.call(lambda api: api.chain_report(user), self.show_report, self._failed)

    def _failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self._set_role("error")
        set_plain(self.headline, f"The check could not run: {message}")

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
