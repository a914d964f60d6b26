"""The admin log page: every admin action, newest first, with the fields it changed."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin.pages import AdminPage
from ui.common import a11y, formats, pages
from ui.common.i18n import translate
from ui.common.tables import fill_table, make_table
from ui.common.tasks import Runner
from ui.common.text import set_plain


def changed_fields(entry: contract.AdminLogEntry) -> str:
    """``field: before → after`` for each field that changed (plain text, one line)."""
    keys = sorted(set(entry.before) | set(entry.after))
    parts = []
    for key in keys:
        old, new = entry.before.get(key), entry.after.get(key)
        if old != new:
            parts.append(f"{key}: {json.dumps(old)} → {json.dumps(new)}")
    return "; ".join(parts)


class AdminLogPage(AdminPage):
    """The log's latest entries in a plain-text table; ``loaded(int)`` after each read."""

    loaded = Signal(int)

    def __init__(self, runner: Runner[AdminApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminLogPage")
        self.setAccessibleName(translate("AdminLogPage", "Admin log"))
        self.runner = runner
        heading = pages.title(translate("AdminLogPage", "Admin log"), self, object_name="")
        self.status = pages.muted(self, "adminLogStatus")
        self.table = make_table(
            self,
            "adminLogTable",
            [
                translate("AdminLogPage", "When"),
                translate("AdminLogPage", "Admin"),
                translate("AdminLogPage", "Action"),
                translate("AdminLogPage", "Target"),
                translate("AdminLogPage", "Changes"),
            ],
            translate("AdminLogPage", "Admin log entries"),
        )
        self.refresh_button = QPushButton(translate("AdminLogPage", "Refresh"), self)
        self.refresh_button.setObjectName("adminLogRefresh")
        a11y.describe(
            self.refresh_button,
            translate("Accessibility", "Asks the service for the admin log again"),
        )
        self.refresh_button.setAccessibleName(translate("AdminLogPage", "Refresh the admin log"))
        self.refresh_button.clicked.connect(self.refresh)
        pages.card_page(
            self, [heading, pages.status_row(self.status, self.refresh_button), (self.table, 1)]
        )

    def title(self) -> str:
        return translate("AdminLogPage", "Admin log")

    def refresh(self) -> None:
        self.runner.call(lambda api: api.log(limit=200), self.show_log)

    def show_log(self, found: contract.AdminLogPage) -> None:
        rows = [
            [formats.date_time(e.at), e.admin, e.action, e.target, changed_fields(e)]
            for e in found.items
        ]
        fill_table(self.table, rows, data=[e.seq for e in found.items])
        count = len(found.items)
        set_plain(self.status, translate("AdminLogPage", "%n entry(ies), newest first", "", count))
        self.loaded.emit(count)
