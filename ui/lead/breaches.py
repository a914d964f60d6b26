"""SLA breaches as they happen: how many cases went past their deadline in the last day and
which, the latest first. Read again every 30 seconds while the page is on screen, and on
Refresh; a row's case opens its decision chain (double-click), as in History."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from reviewer import contract
from reviewer.client.lead import LeadApi
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.tables import fill_table, make_table, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain

#: how often the page reads the breaches again while it is shown (ms)
REFRESH_MS = 30_000


class BreachesView(QWidget):
    """The count and the list; ``loaded(int)`` fires with the count after each read."""

    loaded = Signal(int)
    chainRequested = Signal(str)

    def __init__(self, runner: Runner[LeadApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breachesView")
        self.runner = runner
        heading = pages.title(self.tr("SLA breaches"), self, object_name="")
        about = pages.subtitle(
            self.tr(
                "Cases that went past their deadline in the last 24 hours, still waiting or "
                "decided late. The list reads itself again every 30 seconds."
            ),
            self,
        )
        self.count = pages.muted(self, "breachCount")
        self.table = make_table(
            self,
            "breachTable",
            [
                self.tr("Case"),
                self.tr("Queue"),
                self.tr("Deadline"),
                self.tr("Over by"),
                self.tr("Decided"),
            ],
            self.tr("SLA breaches"),
        )
        self.table.itemActivated.connect(self._open)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("breachRefresh")
        a11y.describe(
            self.refresh_button,
            translate("Accessibility", "Reads the SLA breaches again from the service"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.every = QTimer(self)
        self.every.setInterval(REFRESH_MS)
        self.every.timeout.connect(self.refresh)
        pages.card_page(
            self,
            [heading, about, pages.status_row(self.count, self.refresh_button), (self.table, 1)],
        )

    def refresh(self) -> None:
        self.runner.call(lambda api: api.breaches(), self.show_breaches)

    def show_breaches(self, found: contract.BreachList) -> None:
        count = found.count
        set_plain(
            self.count,
            arg(
                self.tr("%Ln breach(es) in the last 24 hours, as of %1", "", count),
                formats.time_of_day(found.server_time.astimezone(UTC)),
            ),
        )
        rows = [
            [
                b.case_id,
                b.queue,
                formats.date_time(b.deadline),
                formats.duration(b.overdue_seconds),
                formats.date_time(b.decided_at) if b.decided_at else self.tr("not yet"),
            ]
            for b in found.items
        ]
        fill_table(self.table, rows, numeric=(3,), data=[b.case_id for b in found.items])
        self.loaded.emit(count)

    def _open(self) -> None:
        case_id = selected_data(self.table)
        if case_id:
            self.chainRequested.emit(case_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.every.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.every.stop()
