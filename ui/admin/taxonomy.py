"""The admin's policy taxonomy page: draft a new version from the current one, edit the
actions' and areas' labels, keys, descriptions and rules and the flagged terms, see the
differences from the current version as plain text, publish after a confirmation.

Action codes are fixed (the service carries out no others): their rows can be relabelled and
re-keyed, never added. Everything the service sends is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reviewer import contract
from reviewer.client.taxonomy import TaxonomyApi
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import arg, mark_untranslated, mark_untranslated_items, translate
from ui.common.tables import make_table
from ui.common.tasks import Runner
from ui.common.text import set_plain

#: the editable columns of the actions table (code is column 0, read-only)
A_LABEL, A_KEY, A_DESC, A_POLICY, A_NOTE = 1, 2, 3, 4, 5
#: the editable columns of the areas table
R_LABEL, R_KEY, R_DESC, R_REVEAL = 1, 2, 3, 4


def _text(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
    )
    return item


def _fixed(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _check(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


class TaxonomyPage(AdminPage):
    """Draft, edit, compare, publish. ``loaded(str)`` fires with the version shown after each
    read or write; ``published(str)`` with the version just published."""

    loaded = Signal(str)
    published = Signal(str)
    diffShown = Signal()

    def __init__(self, runner: Runner[TaxonomyApi], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomyPage")
        self.setAccessibleName(self.tr("Policy taxonomy"))
        self.runner = runner
        self.shown: contract.TaxonomyVersion | None = None
        self.current = ""
        heading = pages.title(self.tr("Policy taxonomy"), self, object_name="")
        about = pages.subtitle(
            self.tr(
                "Draft a new version from the current one, edit it, check the differences and "
                "publish it. Desks take a published version at their next policy refresh."
            ),
            self,
        )
        self.status = pages.muted(self, "taxonomyStatus")
        self.actions_table = make_table(
            self,
            "taxonomyActions",
            [
                self.tr("Action"),
                self.tr("Label"),
                self.tr("Key"),
                self.tr("Description"),
                self.tr("Needs a policy area"),
                self.tr("Needs a note"),
            ],
            self.tr("Actions"),
        )
        self.areas_table = make_table(
            self,
            "taxonomyAreas",
            [
                self.tr("Area"),
                self.tr("Label"),
                self.tr("Key"),
                self.tr("Description"),
                self.tr("Media reveal"),
            ],
            self.tr("Policy areas"),
        )
        for table in (self.actions_table, self.areas_table):
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            mark_untranslated_items(table)  # the cells are data; the headers are ours
        terms_label = QLabel(self.tr("Flagged terms, one a line:"), self)
        self.terms = QPlainTextEdit(self)
        self.terms.setObjectName("taxonomyTerms")
        a11y.describe(
            self.terms, translate("Accessibility", "Terms the chat highlights, one per line")
        )
        self.terms.setAccessibleName(self.tr("Flagged terms"))
        self.terms.setTabChangesFocus(True)
        terms_label.setBuddy(self.terms)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setObjectName("taxonomyDiff")
        a11y.describe(
            self.diff_view,
            translate("Accessibility", "What the draft changes from the published version"),
        )
        self.diff_view.setAccessibleName(self.tr("Differences from the current version"))
        self.diff_view.setReadOnly(True)
        self.diff_view.setTabChangesFocus(True)
        mark_untranslated(self.diff_view)
        self.draft_button = self._button(self.tr("New &draft"), "taxonomyDraft", self.new_draft)
        a11y.describe(
            self.draft_button,
            translate("Accessibility", "Starts a draft from the published taxonomy"),
        )
        self.save_button = self._button(self.tr("&Save draft"), "taxonomySave", self.save)
        a11y.describe(
            self.save_button, translate("Accessibility", "Saves the draft without publishing it")
        )
        self.diff_button = self._button(self.tr("Show di&fferences"), "taxonomyShowDiff", self.diff)
        a11y.describe(self.diff_button, translate("Accessibility", "Shows what the draft changes"))
        self.publish_button = self._button(
            self.tr("&Publish…"), "taxonomyPublish", self.ask_publish
        )
        a11y.describe(
            self.publish_button, translate("Accessibility", "Publishes the draft to every desk")
        )
        self.confirmation = QMessageBox(self)
        self.confirmation.setObjectName("taxonomyConfirm")
        self.confirmation.setIcon(QMessageBox.Icon.Question)
        self.confirmation.setWindowTitle(self.tr("Publish the taxonomy"))
        self.confirmation.setTextFormat(Qt.TextFormat.PlainText)
        self.confirmation.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        self.confirmation.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation.accepted.connect(self.publish)
        pages.card_page(
            self,
            [
                heading,
                about,
                pages.status_row(
                    self.status,
                    self.draft_button,
                    self.save_button,
                    self.diff_button,
                    self.publish_button,
                ),
                (self.actions_table, 2),
                (self.areas_table, 2),
                terms_label,
                (self.terms, 1),
                (self.diff_view, 1),
            ],
        )
        self._enable()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def title(self) -> str:
        return self.tr("Taxonomy")

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.call(lambda api: api.versions(), self.show_versions, self._failed)

    def show_versions(self, listing: contract.TaxonomyVersionList) -> None:
        self.current = listing.current
        draft = next((v for v in listing.versions if v.status == "draft"), None)
        current = next((v for v in listing.versions if v.version == listing.current), None)
        shown = draft or current
        if shown is not None:
            self.show_version(shown)
        else:
            set_plain(self.status, arg(self.tr("Current version: %1"), listing.current))
            self.loaded.emit(listing.current)

    def show_version(self, version: contract.TaxonomyVersion) -> None:
        self.shown = version
        t = version.taxonomy
        self.actions_table.setRowCount(len(t.actions))
        for row, a in enumerate(t.actions):
            self.actions_table.setItem(row, 0, _fixed(a.code))
            self.actions_table.setItem(row, A_LABEL, _text(a.label))
            self.actions_table.setItem(row, A_KEY, _text(a.shortcut))
            self.actions_table.setItem(row, A_DESC, _text(a.description))
            self.actions_table.setItem(row, A_POLICY, _check(a.requires_policy))
            self.actions_table.setItem(row, A_NOTE, _check(a.requires_note))
        self.areas_table.setRowCount(len(t.areas))
        for row, p in enumerate(t.areas):
            self.areas_table.setItem(row, 0, _fixed(p.code))
            self.areas_table.setItem(row, R_LABEL, _text(p.label))
            self.areas_table.setItem(row, R_KEY, _text(p.shortcut))
            self.areas_table.setItem(row, R_DESC, _text(p.description))
            self.areas_table.setItem(row, R_REVEAL, _text(p.media_reveal))
        self.terms.setPlainText("\n".join(t.flagged_terms))
        if version.status == "draft":
            status = self.tr("Draft %1 (the current version is %2)")
        else:
            status = self.tr("Published version %1 (current: %2); make a draft to change it")
        set_plain(self.status, arg(status, version.version, self.current or version.version))
        self._enable()
        self.loaded.emit(version.version)

    def _enable(self) -> None:
        draft = self.shown is not None and self.shown.status == "draft"
        self.save_button.setEnabled(draft)
        self.diff_button.setEnabled(draft)
        self.publish_button.setEnabled(draft)
        self.draft_button.setEnabled(not draft)
        for table in (self.actions_table, self.areas_table):
            table.setEnabled(draft)
        self.terms.setReadOnly(not draft)

    def _failed(self, message: str) -> None:
        set_plain(self.status, message)

    # -- writing ------------------------------------------------------------------------------

    def new_draft(self) -> None:
        self.runner.call(lambda api: api.draft(), self.show_version, self._failed)

    def edit(self) -> contract.TaxonomyEdit:
        """The draft as the tables and the terms now say it."""
        assert self.shown is not None
        t = self.shown.taxonomy
        actions = [
            a.model_copy(
                update={
                    "label": _cell(self.actions_table, row, A_LABEL),
                    "shortcut": _cell(self.actions_table, row, A_KEY),
                    "description": _cell(self.actions_table, row, A_DESC),
                    "requires_policy": _checked(self.actions_table, row, A_POLICY),
                    "requires_note": _checked(self.actions_table, row, A_NOTE),
                }
            )
            for row, a in enumerate(t.actions)
        ]
        areas = [
            p.model_copy(
                update={
                    "label": _cell(self.areas_table, row, R_LABEL),
                    "shortcut": _cell(self.areas_table, row, R_KEY),
                    "description": _cell(self.areas_table, row, R_DESC),
                    "media_reveal": _cell(self.areas_table, row, R_REVEAL),
                }
            )
            for row, p in enumerate(t.areas)
        ]
        terms = [line.strip() for line in self.terms.toPlainText().splitlines() if line.strip()]
        return contract.TaxonomyEdit(
            actions=actions,
            areas=areas,
            skip_reasons=t.skip_reasons,
            escalation_reasons=t.escalation_reasons,
            flagged_terms=terms,
        )

    def save(self) -> None:
        if self.shown is None:
            return
        version, edit = self.shown.version, self.edit()
        self.runner.call(lambda api: api.save(version, edit), self.show_version, self._failed)

    def diff(self) -> None:
        """Save, then show what the draft changes against the current version."""
        if self.shown is None:
            return
        version, edit = self.shown.version, self.edit()

        def job(api: TaxonomyApi) -> tuple[contract.TaxonomyVersion, contract.TaxonomyDiff]:
            return api.save(version, edit), api.diff(version)

        self.runner.call(job, self._show_diff, self._failed)

    def _show_diff(self, answer: tuple[contract.TaxonomyVersion, contract.TaxonomyDiff]) -> None:
        saved, found = answer
        self.show_version(saved)
        self.diff_view.setPlainText(self.diff_text(found))
        self.diffShown.emit()

    def diff_text(self, found: contract.TaxonomyDiff) -> str:
        """One line a change, in the person's language; the values as the service sent them."""
        if not found.changes:
            return arg(self.tr("No differences from version %1."), found.base)
        lines = [arg(self.tr("Changes from version %1 to %2:"), found.base, found.version)]
        for c in found.changes:
            if c.change == "added":
                line = arg(self.tr("%1 %2: added"), c.section, c.code)
            elif c.change == "removed":
                line = arg(self.tr("%1 %2: removed"), c.section, c.code)
            else:
                line = arg(
                    self.tr("%1 %2: %3 changed from “%4” to “%5”"),
                    c.section,
                    c.code,
                    c.field,
                    c.before,
                    c.after,
                )
            lines.append(line)
        return "\n".join(lines)

    def ask_publish(self) -> None:
        if self.shown is None:
            return
        self.confirmation.setText(
            arg(
                self.tr(
                    "Publish version %1? It never changes after this; desks switch to it at "
                    "their next policy refresh."
                ),
                self.shown.version,
            )
        )
        self.confirmation.open()

    def publish(self) -> None:
        if self.shown is None:
            return
        version, edit = self.shown.version, self.edit()

        def job(api: TaxonomyApi) -> contract.TaxonomyVersion:
            api.save(version, edit)
            return api.publish(version)

        self.runner.call(job, self._published, self._failed)

    def _published(self, version: contract.TaxonomyVersion) -> None:
        self.current = version.version
        self.show_version(version)
        self.published.emit(version.version)
