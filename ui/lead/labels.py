"""Account label requests for the lead: what moderators of the team asked for (creator
partner, repeat offender, high profile, …) with their reasons, approved with an expiry or
declined. The service enforces who may decide (a lead: their team's requests) and writes
each decision to the admin log; this page only asks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.formatting import one_line
from ui.case.account_labels import label_name
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, translate
from ui.common.tables import combo, combo_value, fill_table, make_table, selected_data
from ui.common.tasks import Runner
from ui.common.text import isolate, set_plain


def _account(label: contract.AccountLabel) -> str:
    """The account by its handle when the service knows it, else by its id."""
    if label.account_handle:
        return "@" + isolate(one_line(label.account_handle))
    return isolate(one_line(label.account_id))


class LabelRequestsView(QWidget):
    """The requests of one status (pending first) and Approve / Decline for the selected
    pending one. ``loaded(int)`` fires with the number of rows after each read, ``decided(str)``
    with the new status after a decision."""

    loaded = Signal(int)
    decided = Signal(str)

    def __init__(self, runner: Runner[LeadApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelRequestsView")
        self.runner = runner
        self.items: list[contract.AccountLabel] = []
        heading = pages.title(self.tr("Account labels"), self, object_name="")
        about = pages.subtitle(
            self.tr(
                "Labels your team asked for on streamers' accounts. An approved label shows "
                "in the header of every later case of that account until it expires."
            ),
            self,
        )
        self.status = combo(
            self,
            "labelStatus",
            self.tr("Which requests"),
            [
                (self.tr("Waiting for a decision"), "pending"),
                (self.tr("Approved"), "approved"),
                (self.tr("Declined"), "declined"),
            ],
        )
        self.status.currentIndexChanged.connect(self.refresh)
        self.count = pages.muted(self, "labelCount")
        self.table = make_table(
            self,
            "labelTable",
            [
                self.tr("Account"),
                self.tr("Label"),
                self.tr("Reason"),
                self.tr("Asked by"),
                self.tr("Asked"),
                self.tr("Expires"),
            ],
            self.tr("Account label requests"),
            stretch=2,
        )
        self.days = QSpinBox(self)
        self.days.setObjectName("labelDays")
        self.days.setRange(1, contract.MAX_LABEL_DAYS)
        self.days.setValue(contract.DEFAULT_LABEL_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Expires after"))
        a11y.describe(
            self.days, translate("Accessibility", "How many days an approved label lasts")
        )
        self.note = QLineEdit(self)
        self.note.setObjectName("labelNote")
        self.note.setMaxLength(1000)
        self.note.setPlaceholderText(self.tr("Note for the requester (optional)"))
        a11y.name(
            self.note,
            self.tr("Note for the requester (optional)"),
            translate("Accessibility", "Sent with your approval or refusal"),
        )
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("labelApprove")
        a11y.describe(
            self.approve_button, translate("Accessibility", "Approves the selected label request")
        )
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.decline_button = QPushButton(self.tr("Decline"), self)
        self.decline_button.setObjectName("labelDecline")
        a11y.describe(
            self.decline_button, translate("Accessibility", "Declines the selected label request")
        )
        self.decline_button.clicked.connect(lambda: self.decide(False))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("labelRefresh")
        a11y.describe(
            self.refresh_button,
            translate("Accessibility", "Reads the label requests again from the service"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        actions = QHBoxLayout()
        actions.addWidget(self.days)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.decline_button)
        pages.card_page(
            self,
            [
                heading,
                about,
                pages.status_row(self.count, self.status, self.refresh_button),
                (self.table, 1),
                actions,
            ],
        )
        self._selection_changed()

    def refresh(self) -> None:
        status = combo_value(self.status)
        self.runner.call(lambda api: api.labels.labels(status), self.show_labels)

    def show_labels(self, found: contract.AccountLabelList) -> None:
        self.items = list(found.items)
        n = len(self.items)
        set_plain(self.count, self.tr("%Ln request(s)", "", n))
        rows = [
            [
                _account(lb),
                label_name(lb.kind),
                isolate(one_line(lb.reason)),
                isolate(one_line(lb.requested_by)),
                formats.date_time(lb.requested_at),
                formats.date(lb.expires_at) if lb.expires_at else "",
            ]
            for lb in self.items
        ]
        fill_table(self.table, rows, data=[lb.label_id for lb in self.items])
        self._selection_changed()
        self.loaded.emit(n)

    def _selection_changed(self) -> None:
        chosen = self._chosen()
        can = chosen is not None and chosen.status == "pending"
        self.approve_button.setEnabled(can)
        self.decline_button.setEnabled(can)

    def _chosen(self) -> contract.AccountLabel | None:
        label_id = selected_data(self.table)
        return next((lb for lb in self.items if lb.label_id == label_id), None)

    def decide(self, approve: bool) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.status != "pending":
            return
        body = contract.AccountLabelDecision(
            approve=approve, expires_in_days=self.days.value(), note=self.note.text().strip()
        )
        label_id = chosen.label_id

        def done(result: contract.AccountLabel) -> None:
            self.note.clear()
            template = self.tr("Approved until %1.") if approve else self.tr("Declined.")
            set_plain(
                self.count,
                arg(template, formats.date(result.expires_at) if result.expires_at else ""),
            )
            self.decided.emit(result.status)
            self.refresh()

        self.runner.call(lambda api: api.labels.decide(label_id, body), done)
