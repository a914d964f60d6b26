"""The queue page: the queues the user may pull from, each with its earliest deadline
counting down (once a second while the page is on screen)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.session import Session
from ui.common import a11y, formats
from ui.common.countdown import Countdown
from ui.common.i18n import arg, translate
from ui.common.live_line import LiveLine
from ui.common.shortcuts import SKIP, UNDO
from ui.common.text import plain_label, set_plain
from ui.common.words import role_name


class QueuePage(QWidget):
    """The queues the user may pull from, with depth and the age of the oldest case."""

    startRequested = Signal(str)
    refreshRequested = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self._now = now
        self._words = LiveLine(self)
        self._deadlines: list[datetime | None] = []
        # once a second while the page is on screen and some queue has a deadline
        self.countdown = Countdown(
            self, self.tick, lambda: any(d is not None for d in self._deadlines)
        )
        me = session.me
        hello = plain_label(arg(self.tr("Hello, %1"), me.display_name), self)
        hello.setProperty("role", "title")
        sub = plain_label(
            arg(
                self.tr(
                    "%1 · team %2 · %3. Pick a queue and start: one key decides a case, "
                    "%4 undoes it, %5 skips it."
                ),
                role_name(me.role),
                me.team,
                me.vendor,
                UNDO.text,
                SKIP.text,
            ),
            self,
        )
        sub.setProperty("role", "subtitle")
        sub.setWordWrap(True)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("queueTable")
        a11y.describe(
            self.table,
            translate(
                "Accessibility",
                "The queues you may review: depth and time to the deadline; Enter starts reviewing",
            ),
        )
        self.table.setAccessibleName(self.tr("Queues"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Queue"),
                self.tr("Kind"),
                self.tr("Waiting"),
                self.tr("Oldest case"),
                self.tr("Target (SLA)"),
                self.tr("Next deadline"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self._start())
        self.table.setMinimumHeight(160)

        self.start_button = QPushButton(self.tr("Start reviewing"))
        self.start_button.setObjectName("startReviewing")
        a11y.describe(
            self.start_button,
            translate(
                "Accessibility", "Leases cases from the chosen queue and opens the first one"
            ),
        )
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumHeight(36)
        self.start_button.clicked.connect(self._start)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        a11y.describe(
            self.refresh_button, translate("Accessibility", "Asks the service for the queues again")
        )
        self.refresh_button.setMinimumHeight(36)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.note = plain_label("", self)
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.start_button)

        card = QFrame(self)
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(hello)
        inner.addWidget(sub)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        card.setMaximumWidth(960)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)
        self.set_queues(session.queues)

    def set_queues(self, queues: list[contract.QueueInfo]) -> None:
        selected = self.selected_queue()
        self.table.setRowCount(len(queues))
        for row, q in enumerate(queues):
            cells = [
                q.name,
                self.tr("Escalation") if q.kind == "escalation" else self.tr("Live"),
                formats.number(q.depth),
                formats.duration(q.oldest_age_seconds),
                formats.duration(q.sla_minutes * 60),
                self._due(q.earliest_deadline),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, q.id)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self._deadlines = [q.earliest_deadline for q in queues]
        self.countdown.refresh()
        ids = [q.id for q in queues]
        if queues:
            # keep the moderator's choice; otherwise the first queue that has work
            first = next((i for i, q in enumerate(queues) if q.depth > 0), 0)
            self.table.selectRow(ids.index(selected) if selected in ids else first)
        self.start_button.setEnabled(bool(queues))
        set_plain(
            self.note,
            "" if queues else self.tr("No queue is open to you right now. Ask your team lead."),
        )

    def _due(self, deadline: datetime | None) -> str:
        return formats.NONE if deadline is None else self._words.due(deadline, self._now())

    def tick(self) -> None:
        """Count each queue's earliest deadline down (the timer calls it every second)."""
        for row, deadline in enumerate(self._deadlines):
            item = self.table.item(row, 5)
            if item is not None and deadline is not None:
                item.setText(self._due(deadline))

    def selected_queue(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return ""
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select_queue(self, queue_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == queue_id:
                self.table.selectRow(row)
                return True
        return False

    def _start(self) -> None:
        queue = self.selected_queue()
        if queue:
            self.startRequested.emit(queue)
