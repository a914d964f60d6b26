"""Urgent guidelines: a lead or admin writes and publishes one, then sees who has read it.

The target is everyone, one vendor site or one queue. The announcement reaches the
moderators' banner with the next taxonomy fetch; the acknowledgement table lists every
targeted person in the caller's scope, acknowledged or not yet. Titles and bodies are
shown as plain text everywhere (they are untrusted in the moderators' clients too).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from reviewer import contract
from reviewer.client.lead import LeadApi
from reviewer.formatting import one_line
from ui.common import a11y, formats, pages
from ui.common.i18n import arg, mark_untranslated, translate
from ui.common.tables import combo, combo_value, fill_table, make_table, selected_data
from ui.common.tasks import Runner
from ui.common.text import plain_label, set_plain
from ui.common.words import role_name


def target_text(target: str, value: str) -> str:
    """Who a guideline is for: everyone, or one vendor or queue by its name (data)."""
    if target == "all":
        return translate("GuidelinesView", "Everyone")
    if target == "vendor":
        return arg(translate("GuidelinesView", "Vendor: %1"), value)
    if target == "queue":
        return arg(translate("GuidelinesView", "Queue: %1"), value)
    return arg(translate("GuidelinesView", "%1: %2", "a target kind, then its name"), target, value)


class GuidelinesView(QWidget):
    """Compose and publish on the left; published guidelines and their acks on the right.

    ``published(str)`` carries the new announcement id; ``acksShown(str)`` fires whenever
    an acknowledgement table is on screen; ``failed(str)`` with a readable message.
    """

    published = Signal(str)
    acksShown = Signal(str)
    listed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        queues: Sequence[contract.QueueInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinesView")
        self.runner = runner
        self.items: list[contract.PublishedAnnouncement] = []
        self.acks: contract.AckTable | None = None
        self._select_after: str = ""
        self._acks_asked = 0

        # -- compose
        heading = pages.title(self.tr("Publish an urgent guideline"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("guidelineTitle")
        self.title_edit.setAccessibleName(self.tr("Guideline title"))
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("One line moderators read first"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("guidelineBody")
        a11y.describe(
            self.body_edit, translate("Accessibility", "The guideline as moderators will read it")
        )
        self.body_edit.setAccessibleName(self.tr("Guideline text"))
        self.body_edit.setPlaceholderText(
            self.tr("What changes, from when, and what to do instead.")
        )
        self.body_edit.setTabChangesFocus(True)
        self.target = combo(
            self,
            "guidelineTarget",
            self.tr("Who must read it"),
            [
                (self.tr("Everyone"), "all"),
                (self.tr("One vendor"), "vendor"),
                (self.tr("One queue"), "queue"),
            ],
        )
        self.vendor_edit = QLineEdit(self)
        self.vendor_edit.setObjectName("guidelineVendor")
        self.vendor_edit.setAccessibleName(self.tr("Vendor that must read it"))
        self.vendor_edit.setPlaceholderText(self.tr("vendor name, e.g. northdesk"))
        self.vendor_edit.setMaxLength(64)
        self.queue_box = combo(
            self,
            "guidelineQueue",
            self.tr("Queue whose moderators must read it"),
            [(q.name, q.id) for q in queues],
        )
        mark_untranslated(self.queue_box)  # the service's queue names
        self.target.currentIndexChanged.connect(self._target_changed)
        self.requires_ack = QCheckBox(self.tr("Moderators must acknowledge it"), self)
        self.requires_ack.setObjectName("guidelineRequiresAck")
        a11y.describe(
            self.requires_ack,
            translate("Accessibility", "Moderators must acknowledge it before their next case"),
        )
        self.requires_ack.setChecked(True)
        self.publish_button = QPushButton(self.tr("Publish"), self)
        self.publish_button.setObjectName("guidelinePublish")
        a11y.describe(
            self.publish_button,
            translate("Accessibility", "Publishes the guideline to the chosen moderators at once"),
        )
        self.publish_button.setProperty("primary", True)
        self.publish_button.clicked.connect(self.publish)
        self.message = plain_label("", self, object_name="guidelineMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Vendor"), self.vendor_edit)
        form.addRow(self.tr("Queue"), self.queue_box)
        form.addRow("", self.requires_ack)
        buttons = pages.status_row(self.message, self.publish_button)
        compose = pages.card(self, [heading, (form, 1), buttons], spacing=None)

        # -- published and acks
        listed = pages.title(self.tr("Published guidelines"), self, object_name="")
        self.list_table = make_table(
            self,
            "guidelineList",
            [self.tr("Published"), self.tr("Title"), self.tr("Target"), self.tr("Read")],
            self.tr("Published guidelines"),
            stretch=1,  # the title takes the room, counts stay beside it
        )
        self.list_table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("guidelineRefresh")
        a11y.describe(
            self.refresh_button,
            translate("Accessibility", "Asks the service for the guidelines again"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.ack_summary = plain_label("", self, object_name="ackSummary")
        self.ack_summary.setWordWrap(True)
        self.ack_table = make_table(
            self,
            "ackTable",
            [
                self.tr("Name"),
                self.tr("Username"),
                self.tr("Role"),
                self.tr("Vendor"),
                self.tr("Team"),
                self.tr("Acknowledged"),
            ],
            self.tr("Who has acknowledged the guideline"),
            stretch=0,
        )
        top = pages.status_row(listed, self.refresh_button)
        right = pages.card(
            self,
            [top, (self.list_table, 2), self.ack_summary, (self.ack_table, 3)],
            spacing=None,
        )

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(compose)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        pages.framed(self, splitter)
        self._target_changed()

    # -- compose ------------------------------------------------------------------------------

    def _target_changed(self) -> None:
        target = combo_value(self.target)
        self.vendor_edit.setEnabled(target == "vendor")
        self.queue_box.setEnabled(target == "queue")

    def set_vendors(self, vendors: Sequence[str]) -> None:
        from PySide6.QtWidgets import QCompleter

        self.vendor_edit.setCompleter(QCompleter(list(vendors), self.vendor_edit))

    def draft(self) -> contract.AnnouncementCreate:
        """The announcement the form describes; ValueError says what is missing."""
        target = combo_value(self.target) or "all"
        value = ""
        if target == "vendor":
            value = self.vendor_edit.text().strip()
        elif target == "queue":
            value = combo_value(self.queue_box)
        title = self.title_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        if not title:
            raise ValueError(self.tr("Give the guideline a title."))
        if not body:
            raise ValueError(self.tr("Write what the guideline says."))
        if target == "vendor" and not value:
            raise ValueError(self.tr("Name the vendor that must read it."))
        if target == "queue" and not value:
            raise ValueError(self.tr("Name the queue that must read it."))
        return contract.AnnouncementCreate(
            title=title,
            body=body,
            target=target,
            target_value=value,
            requires_ack=self.requires_ack.isChecked(),
        )

    def publish(self) -> None:
        try:
            body = self.draft()
        except ValueError as exc:
            self._say(str(exc).removeprefix("Value error, "), error=True)
            return
        self.publish_button.setEnabled(False)
        self._say(self.tr("Publishing…"))

        def done(item: contract.PublishedAnnouncement) -> None:
            self.publish_button.setEnabled(True)
            self.title_edit.clear()
            self.body_edit.clear()
            self._say(
                self.tr(
                    "Published to %Ln person(s): it shows in their banner with the next "
                    "policy refresh.",
                    "",
                    item.targeted,
                )
            )
            self._select_after = item.announcement.id
            self.published.emit(item.announcement.id)
            self.refresh()

        def failed(message: str) -> None:
            self.publish_button.setEnabled(True)
            self._say(arg(self.tr("Not published: %1"), message), error=True)
            self.failed.emit(message)

        self.runner.call(lambda api: api.publish(body), done, failed)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        set_plain(self.message, text)

    # -- list and acks ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (keeping the selection) and the selected guideline's acks."""
        self.runner.call(lambda api: api.announcements().items, self.set_items, self.failed.emit)

    def set_items(self, items: list[contract.PublishedAnnouncement]) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = ""
        self.items = sorted(items, key=lambda i: i.announcement.published_at, reverse=True)
        self.list_table.blockSignals(True)
        fill_table(
            self.list_table,
            [
                (
                    formats.date_time(i.announcement.published_at),
                    one_line(i.announcement.title),
                    target_text(i.target, i.target_value),
                    arg(
                        self.tr("%1 of %2", "acknowledged of targeted"),
                        formats.number(i.acknowledged),
                        formats.number(i.targeted),
                    )
                    if i.announcement.requires_ack
                    else self.tr("info", "a guideline that needs no acknowledgement"),
                )
                for i in self.items
            ],
            data=[i.announcement.id for i in self.items],
        )
        self.list_table.blockSignals(False)
        self.listed.emit(len(self.items))
        ids = [i.announcement.id for i in self.items]
        if ids:
            self.list_table.blockSignals(True)
            self.list_table.selectRow(ids.index(keep) if keep in ids else 0)
            self.list_table.blockSignals(False)
            self.load_acks(self.selected_id())

    def selected_id(self) -> str:
        return selected_data(self.list_table)

    def _selection_changed(self) -> None:
        selected = self.selected_id()
        if selected:
            self.load_acks(selected)

    def load_acks(self, announcement_id: str) -> None:
        self._acks_asked += 1
        asked = self._acks_asked

        def done(table: contract.AckTable) -> None:
            if asked == self._acks_asked:  # only the newest answer: an older one is stale
                self.set_acks(table)

        self.runner.call(lambda api: api.acks(announcement_id), done, self.failed.emit)

    def set_acks(self, table: contract.AckTable) -> None:
        if table.announcement_id != self.selected_id():
            return  # the lead picked another guideline meanwhile
        self.acks = table
        missing = table.targeted - table.acknowledged
        summary = (
            self.tr("“%1” · %2 · %3 of %4 acknowledged, %5 not yet")
            if missing
            else self.tr("“%1” · %2 · %3 of %4 acknowledged, everyone has read it")
        )
        set_plain(
            self.ack_summary,
            arg(
                summary,
                one_line(table.title),
                target_text(table.target, table.target_value),
                formats.number(table.acknowledged),
                formats.number(table.targeted),
                formats.number(missing),
            ),
        )
        rows = sorted(table.rows, key=lambda r: (r.acknowledged, r.vendor, r.username))
        fill_table(
            self.ack_table,
            [
                (
                    one_line(r.display_name),
                    r.username,
                    role_name(r.role),
                    one_line(r.vendor),
                    one_line(r.team),
                    formats.date_time(r.acknowledged_at)
                    if r.acknowledged
                    else self.tr("not yet", "not acknowledged yet"),
                )
                for r in rows
            ],
            data=[r.username for r in rows],
        )
        self.acksShown.emit(table.announcement_id)

    def ack_state(self) -> dict[str, bool]:
        """username → acknowledged, as the table on screen shows it (for tests and tools)."""
        if self.acks is None:
            return {}
        return {r.username: r.acknowledged for r in self.acks.rows}
