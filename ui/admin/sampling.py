"""The QA sampling page: the share of each queue's decisions that enters the QA pool (escalated
decisions always do), and a percent field to change the selected queue's rate. A new rate
applies to decisions from then on; the service logs each change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin import pages as admin_pages
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import arg, translate
from ui.common.tables import fill_table, make_table, select_data, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain


def percent(rate: float) -> int:
    """A rate as the whole percent the field shows."""
    return round(rate * 100)


class SamplingPage(AdminPage):
    """QA sampling rates per queue; ``loaded(int)`` after each read, ``changed()`` after a
    rate the service accepted."""

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, runner: Runner[AdminApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samplingPage")
        self.setAccessibleName(translate("SamplingPage", "QA sampling"))
        self.runner = runner
        self.rates: dict[str, float] = {}
        heading = pages.title(translate("SamplingPage", "QA sampling"), self, object_name="")
        explain = pages.muted(self, "samplingExplain")
        set_plain(
            explain,
            translate(
                "SamplingPage",
                "The share of each queue's decisions that enters the QA pool. Escalated "
                "decisions always enter it.",
            ),
        )
        self.status = pages.muted(self, "samplingStatus")
        self.table = make_table(
            self,
            "samplingTable",
            [translate("SamplingPage", "Queue"), translate("SamplingPage", "Sampled")],
            translate("SamplingPage", "Sampling rates"),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button = admin_pages.button(
            self,
            "samplingRefresh",
            translate("SamplingPage", "Refresh"),
            translate("Accessibility", "Reads the sampling rates again from the service"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.rate = QSpinBox(self)
        self.rate.setObjectName("samplingRate")
        a11y.name(
            self.rate,
            translate("SamplingPage", "Sampling rate in percent"),
            translate("Accessibility", "The share of the selected queue's decisions sampled"),
        )
        self.rate.setRange(0, 100)
        self.rate.setSuffix(translate("SamplingPage", " %"))
        self.save_button = admin_pages.button(
            self,
            "samplingSave",
            translate("SamplingPage", "Set rate"),
            translate("Accessibility", "Applies the rate to decisions from now on"),
        )
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.rate)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.result = pages.muted(self, "samplingResult")
        pages.card_page(
            self,
            [
                heading,
                explain,
                pages.status_row(self.status, self.refresh_button),
                (self.table, 1),
                row,
                self.result,
            ],
        )
        self._selected()

    def title(self) -> str:
        return translate("SamplingPage", "QA sampling")

    def refresh(self) -> None:
        self.runner.call(lambda api: api.sampling(), self.show_rates)

    def show_rates(self, found: contract.QaSamplingList) -> None:
        keep = selected_data(self.table)
        self.rates = {r.queue: r.rate for r in found.rates}
        rows = [
            [r.queue, arg(translate("SamplingPage", "%1 %"), percent(r.rate))] for r in found.rates
        ]
        fill_table(self.table, rows, data=[r.queue for r in found.rates])
        if keep:
            select_data(self.table, keep)
        count = len(found.rates)
        set_plain(self.status, translate("SamplingPage", "%n queue(s)", "", count))
        self._selected()
        self.loaded.emit(count)

    def _selected(self) -> None:
        queue = selected_data(self.table)
        self.save_button.setEnabled(bool(queue))
        if queue in self.rates:
            self.rate.setValue(percent(self.rates[queue]))

    def save(self) -> None:
        queue = selected_data(self.table)
        if not queue:
            return
        rate = self.rate.value() / 100
        self.runner.call(
            lambda api: api.set_sampling(queue, rate),
            lambda _r: self._done(translate("SamplingPage", "The rate was set.")),
            lambda message: set_plain(self.result, message),
        )

    def _done(self, message: str) -> None:
        set_plain(self.result, message)
        self.changed.emit()
        self.refresh()
