"""The Queues page: every queue in a plain-text table, and a form to open a Live queue or
change the selected one: its SLA, its priority weights, the teams and vendors that may pull
from it (none checked: everyone) and the actions hidden there. The lists offer only what the
service knows (teams and vendors of its accounts, the actions of its policy document), and
the service still validates each (a team gone meanwhile comes back as a problem shown under
the form)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin import pages as admin_pages
from ui.admin.choosers import CodeChecklist
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import translate
from ui.common.tables import fill_table, make_table, select_data, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain

#: the weights' fields in the form's order (contract.QueueWeightsSet)
WEIGHT_FIELDS = ("live", "viewer_tier", "report_5min", "severity", "deadline_near_seconds")


#: what the form's lists offer, read with the queues: (teams, vendors, actions as (code, label))
Choices = tuple[list[str], list[str], list[tuple[str, str]]]

#: the undo is never hidden (the service refuses it): a retract stays possible everywhere
_NEVER_HIDDEN = frozenset({"retract"})


def choices_of(users: contract.AdminUserList, policy: contract.PolicyTaxonomy) -> Choices:
    """The teams and vendors the service's accounts belong to, and the hideable actions."""
    teams = sorted({u.team for u in users.items if u.team})
    vendors = sorted({u.vendor for u in users.items if u.vendor})
    actions = [(a.code, a.label) for a in policy.actions if a.code not in _NEVER_HIDDEN]
    return teams, vendors, actions


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
        self.teams = CodeChecklist(
            "queueTeams",
            translate("QueuesPage", "Teams that may pull"),
            translate("Accessibility", "Check the teams that may pull; none checked for everyone"),
            self,
        )
        self.vendors = CodeChecklist(
            "queueVendors",
            translate("QueuesPage", "Vendors that may pull"),
            translate(
                "Accessibility", "Check the vendors that may pull; none checked for everyone"
            ),
            self,
        )
        self.hidden = CodeChecklist(
            "queueHidden",
            translate("QueuesPage", "Hidden actions"),
            translate("Accessibility", "Check the actions this queue does not offer"),
            self,
        )
        self.choices: Choices = ([], [], [])
        lists = QHBoxLayout()
        for title, checklist in (
            (translate("QueuesPage", "&Teams (none: everyone)"), self.teams),
            (translate("QueuesPage", "V&endors (none: everyone)"), self.vendors),
            (translate("QueuesPage", "&Hidden actions"), self.hidden),
        ):
            column = QVBoxLayout()
            caption = QLabel(title, self)
            caption.setBuddy(checklist)
            column.addWidget(caption)
            column.addWidget(checklist)
            lists.addLayout(column, 1)
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
                lists,
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
        def job(api: AdminApi) -> tuple[contract.AdminQueueList, Choices]:
            return api.queues(), choices_of(api.users(), api.api.policies())

        self.runner.call(job, self._show)

    def _show(self, got: tuple[contract.AdminQueueList, Choices]) -> None:
        found, self.choices = got
        self.show_queues(found)

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
            self._fill_lists([], [], [])
            return
        self.queue_id.setText(queue.queue_id)
        self.name.setText(queue.name)
        self.sla.setValue(queue.sla_minutes)
        for field in WEIGHT_FIELDS:
            self.weights[field].setValue(int(getattr(queue.weights, field)))
        self._fill_lists(queue.teams, queue.vendors, queue.hidden_actions)

    def _fill_lists(self, teams: list[str], vendors: list[str], hidden: list[str]) -> None:
        known_teams, known_vendors, actions = self.choices
        self.teams.set_choices([(t, t) for t in known_teams], teams)
        self.vendors.set_choices([(v, v) for v in known_vendors], vendors)
        self.hidden.set_choices(actions, hidden)

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
                "Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) "
                "and a name.",
            )
        )

    def create_queue(self) -> None:
        try:
            body = contract.AdminQueueCreate(
                queue_id=self.queue_id.text().strip(),
                name=self.name.text().strip(),
                sla_minutes=self.sla.value(),
                weights=self._weights(),
                teams=self.teams.checked_codes(),
                vendors=self.vendors.checked_codes(),
                hidden_actions=self.hidden.checked_codes(),
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
                teams=self.teams.checked_codes(),
                vendors=self.vendors.checked_codes(),
                hidden_actions=self.hidden.checked_codes(),
            )
        except ValidationError:
            self._check_fields()
            return
        self.runner.call(
            lambda api: api.change_queue(queue.queue_id, change),
            lambda _q: self._done(translate("QueuesPage", "The changes were saved.")),
            self._refused,
        )
