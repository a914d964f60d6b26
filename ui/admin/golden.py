"""The Golden items page: the golden cases calibration sessions draw from, with their
reference answers, a field to promote a decided case (its current decision becomes the
reference answer) and a button to retire the selected item. Reference notes are untrusted
text: they stay plain text in the table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin import pages as admin_pages
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import arg, translate
from ui.common.tables import fill_table, make_table, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain


class GoldenPage(AdminPage):
    """Golden items; ``loaded(int)`` after each read, ``changed()`` after a promotion or a
    retirement the service accepted."""

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, runner: Runner[AdminApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goldenPage")
        self.setAccessibleName(translate("GoldenPage", "Golden items"))
        self.runner = runner
        heading = pages.title(translate("GoldenPage", "Golden items"), self, object_name="")
        self.status = pages.muted(self, "goldenStatus")
        self.table = make_table(
            self,
            "goldenTable",
            [
                translate("GoldenPage", "Case"),
                translate("GoldenPage", "Queue"),
                translate("GoldenPage", "Reference action"),
                translate("GoldenPage", "Policy areas"),
                translate("GoldenPage", "Note"),
            ],
            translate("GoldenPage", "Golden items"),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button = admin_pages.button(
            self,
            "goldenRefresh",
            translate("GoldenPage", "Refresh"),
            translate("Accessibility", "Reads the golden items again from the service"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.case_id = QLineEdit(self)
        self.case_id.setObjectName("goldenCaseId")
        a11y.name(
            self.case_id,
            translate("GoldenPage", "Case id of a decided case"),
            translate("Accessibility", "Its current decision becomes the reference answer"),
        )
        self.case_id.setPlaceholderText(translate("GoldenPage", "Case id of a decided case"))
        self.case_id.returnPressed.connect(self.promote)
        self.promote_button = admin_pages.button(
            self,
            "goldenPromote",
            translate("GoldenPage", "Promote"),
            translate("Accessibility", "Makes the typed case a golden item"),
        )
        self.promote_button.clicked.connect(self.promote)
        self.retire_button = admin_pages.button(
            self,
            "goldenRetire",
            translate("GoldenPage", "Retire selected"),
            translate("Accessibility", "Calibration sessions stop drawing the selected item"),
        )
        self.retire_button.clicked.connect(self.retire)
        row = QHBoxLayout()
        row.addWidget(self.case_id, 1)
        row.addWidget(self.promote_button)
        row.addWidget(self.retire_button)
        self.result = pages.muted(self, "goldenResult")
        pages.card_page(
            self,
            [
                heading,
                pages.status_row(self.status, self.refresh_button),
                (self.table, 1),
                row,
                self.result,
            ],
        )
        self._selected()

    def title(self) -> str:
        return translate("GoldenPage", "Golden items")

    def refresh(self) -> None:
        self.runner.call(lambda api: api.golden(), self.show_items)

    def show_items(self, found: contract.GoldenItemList) -> None:
        rows = [
            [g.case_id, g.queue, g.action, ", ".join(g.policy_codes), g.note] for g in found.items
        ]
        fill_table(self.table, rows, data=[g.case_id for g in found.items])
        count = len(found.items)
        set_plain(self.status, translate("GoldenPage", "%n golden item(s)", "", count))
        self._selected()
        self.loaded.emit(count)

    def _selected(self) -> None:
        self.retire_button.setEnabled(bool(selected_data(self.table)))

    def _done(self, message: str) -> None:
        set_plain(self.result, message)
        self.changed.emit()
        self.refresh()

    def _refused(self, message: str) -> None:
        set_plain(self.result, message)

    def promote(self) -> None:
        case_id = self.case_id.text().strip()
        if not case_id:
            self._refused(translate("GoldenPage", "Type the id of a decided case."))
            return
        self.runner.call(
            lambda api: api.promote_golden(case_id),
            lambda item: self._done(
                arg(translate("GoldenPage", "%1 is a golden item now."), item.case_id)
            ),
            self._refused,
        )

    def retire(self) -> None:
        case_id = selected_data(self.table)
        if not case_id:
            return
        self.runner.call(
            lambda api: api.retire_golden(case_id),
            lambda item: self._done(arg(translate("GoldenPage", "%1 was retired."), item.case_id)),
            self._refused,
        )
