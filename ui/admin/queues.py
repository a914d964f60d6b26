"""The Queues page: every queue in a plain-text table, and a form to open a Live queue or
change the selected one: its SLA, its priority weights, the teams and vendors that may pull
from it (empty: everyone) and the actions hidden there. The service validates each list (an
unknown team, vendor or action comes back as a problem shown under the form)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin import pages as admin_pages
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import translate
from ui.common.tables import fill_table, make_table, select_data, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain

#: the weights' fields in the form's order (contract.QueueWeightsSet)
WEIGHT_FIELDS = ("live", "viewer_tier", "report_5min", "severity", "deadline_near_seconds")


def codes(text: str) -> list[str]:
    """Codes as typed: separated by commas or spaces, lower case, each once, sorted."""
    return sorted({part.strip().lower() for part in text.replace(",", " ").split() if part})


class QueuesPage(AdminPage):
    """Queues and their edits; ``loaded(int)`` after each read, ``changed()`` after an edit
    the service accepted (the admin log has a new entry)."""

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, runner: Runner[AdminApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuesPage")
        self.setAccessibleName(translate("QueuesPage", "Queues"))
        self.runner = runner
        self.queues: dict[str, contract.AdminQueue] = {}
        heading = pages.title(translate("QueuesPage", "Queues"), self, object_name="")
        self.status = pages.muted(self, "queuesStatus")
        self.table = make_table(
            self,
            "queuesTable",
            [
                translate("QueuesPage", "Queue"),
                translate("QueuesPage", "Name"),
                translate("QueuesPage", "Kind"),
                translate("QueuesPage", "SLA (min)"),
                translate("QueuesPage", "Teams"),
                translate("QueuesPage", "Vendors"),
                translate("QueuesPage", "Hidden actions"),
            ],
            translate("QueuesPage", "Queues"),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button = admin_pages.button(
            self,
            "queuesRefresh",
            translate("QueuesPage", "Refresh"),
            translate("Accessibility", "Reads the queues again from the service"),
        )
        self.refresh_button.clicked.connect(self.refresh)

        self.queue_id = self._line(
            "queueId",
            translate("QueuesPage", "Queue id"),
            translate("Accessibility", "The lower-case code of a new queue"),
        )
        self.name = self._line(
            "queueName",
            translate("QueuesPage", "Name"),
            translate("Accessibility", "The queue's name as moderators see it"),
        )
        self.sla = self._spin(
            "queueSla",
            translate("QueuesPage", "SLA in minutes"),
            translate("Accessibility", "How long a case may wait in this queue"),
            1,
            10_080,
        )
        self.sla.setValue(60)
        self.weights: dict[str, QSpinBox] = {
            "live": self._spin(
                "weightLive",
                translate("QueuesPage", "Weight of live"),
                translate("Accessibility", "Priority added while the stream is live"),
                0,
                100_000,
            ),
            "viewer_tier": self._spin(
                "weightViewers",
                translate("QueuesPage", "Weight of the audience tier"),
                translate("Accessibility", "Priority added per audience tier"),
                0,
                100_000,
            ),
            "report_5min": self._spin(
                "weightReports",
                translate("QueuesPage", "Weight of a report in the last 5 minutes"),
                translate("Accessibility", "Priority added per recent report"),
                0,
                100_000,
            ),
            "severity": self._spin(
                "weightSeverity",
                translate("QueuesPage", "Weight of severity"),
                translate("Accessibility", "Priority added per severity step"),
                0,
                100_000,
            ),
            "deadline_near_seconds": self._spin(
                "weightNear",
                translate("QueuesPage", "Deadline near, in seconds"),
                translate("Accessibility", "How close a deadline must be to raise the priority"),
                0,
                86_400,
            ),
        }
        for field, value in zip(WEIGHT_FIELDS, (400, 60, 25, 50, 300), strict=True):
            self.weights[field].setValue(value)
        self.teams = self._line(
            "queueTeams",
            translate("QueuesPage", "Teams that may pull"),
            translate("Accessibility", "Team codes separated by commas; empty for everyone"),
        )
        self.vendors = self._line(
            "queueVendors",
            translate("QueuesPage", "Vendors that may pull"),
            translate("Accessibility", "Vendor codes separated by commas; empty for everyone"),
        )
        self.hidden = self._line(
            "queueHidden",
            translate("QueuesPage", "Hidden actions"),
            translate("Accessibility", "Action codes this queue does not offer"),
        )
        everyone = translate("QueuesPage", "empty: everyone")
        self.teams.setPlaceholderText(everyone)
        self.vendors.setPlaceholderText(everyone)
        self.hidden.setPlaceholderText(translate("QueuesPage", "e.g. ban_account, age_restrict"))
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (translate("QueuesPage", "Queue &id:"), self.queue_id),
            (translate("QueuesPage", "&Name:"), self.name),
            (translate("QueuesPage", "&SLA (minutes):"), self.sla),
            (translate("QueuesPage", "Weight: &live:"), self.weights["live"]),
            (translate("QueuesPage", "Weight: &audience tier:"), self.weights["viewer_tier"]),
            (translate("QueuesPage", "Weight: &reports (5 min):"), self.weights["report_5min"]),
            (translate("QueuesPage", "Weight: se&verity:"), self.weights["severity"]),
            (
                translate("QueuesPage", "&Deadline near (seconds):"),
                self.weights["deadline_near_seconds"],
            ),
            (translate("QueuesPage", "&Teams:"), self.teams),
            (translate("QueuesPage", "V&endors:"), self.vendors),
            (translate("QueuesPage", "&Hidden actions:"), self.hidden),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        self.create_button = admin_pages.button(
            self,
            "queueCreate",
            translate("QueuesPage", "Create queue"),
            translate("Accessibility", "Opens a new Live queue with the fields above"),
        )
        self.create_button.clicked.connect(self.create_queue)
        self.save_button = admin_pages.button(
            self,
            "queueSave",
            translate("QueuesPage", "Save changes"),
            translate("Accessibility", "Saves the fields above to the selected queue"),
        )
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.result = pages.muted(self, "queuesResult")
        pages.card_page(
            self,
            [
                heading,
                pages.status_row(self.status, self.refresh_button),
                (self.table, 1),
                form,
                buttons,
                self.result,
            ],
        )
        self._selected()

    def _line(self, name: str, accessible: str, description: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        return a11y.name(line, accessible, description)

    def _spin(self, name: str, accessible: str, description: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        a11y.name(spin, accessible, description)
        spin.setRange(low, high)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("M") * 12)  # a number, not a line
        return spin

    def title(self) -> str:
        return translate("QueuesPage", "Queues")

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.call(lambda api: api.queues(), self.show_queues)

    def show_queues(self, found: contract.AdminQueueList) -> None:
        keep = selected_data(self.table)
        self.queues = {q.queue_id: q for q in found.items}
        live, escalation = translate("QueuesPage", "Live"), translate("QueuesPage", "escalation")
        rows = [
            [
                q.queue_id,
                q.name,
                live if q.kind == "live" else escalation,
                str(q.sla_minutes),
                ", ".join(q.teams),
                ", ".join(q.vendors),
                ", ".join(q.hidden_actions),
            ]
            for q in found.items
        ]
        fill_table(self.table, rows, data=[q.queue_id for q in found.items])
        if keep:
            select_data(self.table, keep)
        count = len(found.items)
        set_plain(self.status, translate("QueuesPage", "%n queue(s)", "", count))
        self._selected()
        self.loaded.emit(count)

    def selected_queue(self) -> contract.AdminQueue | None:
        return self.queues.get(selected_data(self.table))

    def _selected(self) -> None:
        queue = self.selected_queue()
        self.save_button.setEnabled(queue is not None)
        if queue is None:
            return
        self.queue_id.setText(queue.queue_id)
        self.name.setText(queue.name)
        self.sla.setValue(queue.sla_minutes)
        for field in WEIGHT_FIELDS:
            self.weights[field].setValue(int(getattr(queue.weights, field)))
        self.teams.setText(", ".join(queue.teams))
        self.vendors.setText(", ".join(queue.vendors))
        self.hidden.setText(", ".join(queue.hidden_actions))

    # --- editing -----------------------------------------------------------------------------

    def _weights(self) -> contract.QueueWeightsSet:
        return contract.QueueWeightsSet(
            live=self.weights["live"].value(),
            viewer_tier=self.weights["viewer_tier"].value(),
            report_5min=self.weights["report_5min"].value(),
            severity=self.weights["severity"].value(),
            deadline_near_seconds=self.weights["deadline_near_seconds"].value(),
        )

    def _done(self, message: str) -> None:
        set_plain(self.result, message)
        self.changed.emit()
        self.refresh()

    def _refused(self, message: str) -> None:
        set_plain(self.result, message)

    def _check_fields(self) -> None:
        self._refused(
            translate(
                "QueuesPage",
                "Check the fields: a lower-case queue id, a name, and lower-case team, vendor "
                "and action codes.",
            )
        )

    def create_queue(self) -> None:
        try:
            body = contract.AdminQueueCreate(
                queue_id=self.queue_id.text().strip(),
                name=self.name.text().strip(),
                sla_minutes=self.sla.value(),
                weights=self._weights(),
                teams=codes(self.teams.text()),
                vendors=codes(self.vendors.text()),
                hidden_actions=codes(self.hidden.text()),
            )
        except ValidationError:
            self._check_fields()
            return
        self.runner.call(
            lambda api: api.create_queue(body),
            lambda _q: self._done(translate("QueuesPage", "The queue was created.")),
            self._refused,
        )

    def save(self) -> None:
        queue = self.selected_queue()
        if queue is None:
            return
        try:
            change = contract.AdminQueueChange(
                name=self.name.text().strip(),
                sla_minutes=self.sla.value(),
                weights=self._weights(),
                teams=codes(self.teams.text()),
                vendors=codes(self.vendors.text()),
                hidden_actions=codes(self.hidden.text()),
            )
        except ValidationError:
            self._check_fields()
            return
        self.runner.call(
            lambda api: api.change_queue(queue.queue_id, change),
            lambda _q: self._done(translate("QueuesPage", "The changes were saved.")),
            self._refused,
        )
