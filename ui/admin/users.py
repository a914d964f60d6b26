"""The Users page: every account in a plain-text table, and a form to create one, change the
selected one (role, team, vendor, review languages), disable or enable it, or reset its
password to a temporary one that it must replace at its next sign-in."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reviewer import contract
from reviewer.client.admin import AdminApi
from ui.admin.pages import AdminPage
from ui.common import a11y, pages
from ui.common.i18n import translate
from ui.common.tables import combo, combo_value, fill_table, make_table, select_data, selected_data
from ui.common.tasks import Runner
from ui.common.text import set_plain

ROLES: tuple[contract.Role, ...] = ("moderator", "qa", "lead", "admin")


def _languages(text: str) -> list[str]:
    """Review languages as typed: codes separated by commas or spaces."""
    return sorted({part.strip().lower() for part in text.replace(",", " ").split() if part})


class UsersPage(AdminPage):
    """Accounts and their edits; ``loaded(int)`` after each read, ``changed()`` after an edit
    the service accepted (the admin log has a new entry)."""

    loaded = Signal(int)
    changed = Signal()

    def __init__(
        self, runner: Runner[AdminApi], my_user_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.setAccessibleName(translate("UsersPage", "Users"))
        self.runner = runner
        self.my_user_id = my_user_id
        self.users: dict[str, contract.AdminUser] = {}
        heading = pages.title(translate("UsersPage", "Users"), self, object_name="")
        self.status = pages.muted(self, "usersStatus")
        self.table = make_table(
            self,
            "usersTable",
            [
                translate("UsersPage", "User name"),
                translate("UsersPage", "Name"),
                translate("UsersPage", "Role"),
                translate("UsersPage", "Team"),
                translate("UsersPage", "Vendor"),
                translate("UsersPage", "Languages"),
                translate("UsersPage", "Status"),
            ],
            translate("UsersPage", "Accounts"),
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button = self._button("usersRefresh", translate("UsersPage", "Refresh"))
        a11y.describe(
            self.refresh_button, translate("Accessibility", "Asks the service for the users again")
        )
        self.refresh_button.clicked.connect(self.refresh)

        self.username = self._line("userName", translate("UsersPage", "User name"))
        a11y.describe(self.username, translate("Accessibility", "The name a person signs in with"))
        self.display_name = self._line("userDisplayName", translate("UsersPage", "Display name"))
        a11y.describe(self.display_name, translate("Accessibility", "The name others see"))
        self.role = combo(
            self,
            "userRole",
            translate("UsersPage", "Role"),
            [
                (translate("UsersPage", "Moderator"), "moderator"),
                (translate("UsersPage", "QA reviewer"), "qa"),
                (translate("UsersPage", "Team lead"), "lead"),
                (translate("UsersPage", "Admin"), "admin"),
            ],
        )
        self.team = self._line("userTeam", translate("UsersPage", "Team"))
        a11y.describe(
            self.team, translate("Accessibility", "The team whose lead sees this person's work")
        )
        self.vendor = self._line("userVendor", translate("UsersPage", "Vendor"))
        a11y.describe(
            self.vendor, translate("Accessibility", "The vendor site this person works for")
        )
        self.languages = self._line("userLanguages", translate("UsersPage", "Review languages"))
        self.languages.setPlaceholderText(translate("UsersPage", "e.g. en, es"))
        self.password = self._line("userTempPassword", translate("UsersPage", "Temporary password"))
        a11y.describe(
            self.password,
            translate("Accessibility", "A password the person must change at the first sign-in"),
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for label, field in (
            (translate("UsersPage", "&User name:"), self.username),
            (translate("UsersPage", "&Display name:"), self.display_name),
            (translate("UsersPage", "&Role:"), self.role),
            (translate("UsersPage", "&Team:"), self.team),
            (translate("UsersPage", "&Vendor:"), self.vendor),
            (translate("UsersPage", "Review &languages:"), self.languages),
            (translate("UsersPage", "Tem&porary password:"), self.password),
        ):
            form.addRow(label, field)
        self.create_button = self._button("userCreate", translate("UsersPage", "Create user"))
        a11y.describe(
            self.create_button, translate("Accessibility", "Creates the user from the fields above")
        )
        self.create_button.clicked.connect(self.create_user)
        self.save_button = self._button("userSave", translate("UsersPage", "Save changes"))
        a11y.describe(
            self.save_button, translate("Accessibility", "Saves the chosen user's changes")
        )
        self.save_button.clicked.connect(self.save)
        self.toggle_button = self._button("userToggle", translate("UsersPage", "Disable"))
        a11y.describe(
            self.toggle_button,
            translate("Accessibility", "Disables or enables the chosen user's sign-in"),
        )
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = self._button("userReset", translate("UsersPage", "Reset password"))
        a11y.describe(
            self.reset_button,
            translate("Accessibility", "Sets a temporary password for the chosen user"),
        )
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.save_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        self.result = pages.muted(self, "usersResult")
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

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def title(self) -> str:
        return translate("UsersPage", "Users")

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.call(lambda api: api.users(), self.show_users)

    def show_users(self, found: contract.AdminUserList) -> None:
        keep = selected_data(self.table)
        self.users = {u.user_id: u for u in found.items}
        active, disabled = translate("UsersPage", "active"), translate("UsersPage", "disabled")
        rows = [
            [
                u.username,
                u.display_name,
                u.role,
                u.team,
                u.vendor,
                ", ".join(u.languages),
                active if u.active else disabled,
            ]
            for u in found.items
        ]
        fill_table(self.table, rows, data=[u.user_id for u in found.items])
        if keep:
            select_data(self.table, keep)
        count = len(found.items)
        set_plain(self.status, translate("UsersPage", "%n account(s)", "", count))
        self._selected()
        self.loaded.emit(count)

    def selected_user(self) -> contract.AdminUser | None:
        return self.users.get(selected_data(self.table))

    def _selected(self) -> None:
        user = self.selected_user()
        for button in (self.save_button, self.toggle_button, self.reset_button):
            button.setEnabled(user is not None)
        if user is None:
            return
        self.username.setText(user.username)
        self.display_name.setText(user.display_name)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.team.setText(user.team)
        self.vendor.setText(user.vendor)
        self.languages.setText(", ".join(user.languages))
        text = (
            translate("UsersPage", "Disable") if user.active else translate("UsersPage", "Enable")
        )
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)

    # --- editing -----------------------------------------------------------------------------

    def _done(self, message: str) -> None:
        set_plain(self.result, message)
        self.changed.emit()
        self.refresh()

    def _refused(self, message: str) -> None:
        set_plain(self.result, message)

    def create_user(self) -> None:
        try:
            body = contract.AdminUserCreate(
                username=self.username.text().strip(),
                display_name=self.display_name.text().strip(),
                role=self._role(),
                team=self.team.text().strip(),
                vendor=self.vendor.text().strip(),
                languages=_languages(self.languages.text()),
                temporary_password=self.password.text(),
            )
        except ValidationError:
            self._refused(
                translate(
                    "UsersPage",
                    "Fill in every field: lower-case user name, team and vendor, two-letter "
                    "language codes and a temporary password of at least 10 characters.",
                )
            )
            return
        self.password.clear()
        self.runner.call(
            lambda api: api.create_user(body),
            lambda _u: self._done(translate("UsersPage", "The account was created.")),
            self._refused,
        )

    def _role(self) -> contract.Role:
        value = combo_value(self.role)
        return next((r for r in ROLES if r == value), "moderator")

    def save(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            change = contract.AdminUserChange(
                display_name=self.display_name.text().strip(),
                role=self._role(),
                team=self.team.text().strip(),
                vendor=self.vendor.text().strip(),
                languages=_languages(self.languages.text()),
            )
        except ValidationError:
            self._refused(
                translate(
                    "UsersPage",
                    "Check the fields: lower-case team and vendor, two-letter language codes.",
                )
            )
            return
        self.runner.call(
            lambda api: api.change_user(user.user_id, change),
            lambda _u: self._done(translate("UsersPage", "The changes were saved.")),
            self._refused,
        )

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        change = contract.AdminUserChange(active=not user.active)
        message = (
            translate("UsersPage", "The account was disabled: its sessions have ended.")
            if user.active
            else translate("UsersPage", "The account was enabled.")
        )
        self.runner.call(
            lambda api: api.change_user(user.user_id, change),
            lambda _u: self._done(message),
            self._refused,
        )

    def reset_password(self) -> None:
        user = self.selected_user()
        temporary = self.password.text()
        if user is None:
            return
        if len(temporary) < 10:
            self._refused(
                translate("UsersPage", "Type a temporary password of at least 10 characters.")
            )
            return
        self.password.clear()
        self.runner.call(
            lambda api: api.reset_password(user.user_id, temporary),
            lambda _u: self._done(
                translate(
                    "UsersPage",
                    "The password was reset: the account must choose a new one at its next "
                    "sign-in.",
                )
            ),
            self._refused,
        )
