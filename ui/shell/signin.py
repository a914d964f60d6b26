"""The sign-in dialog: server URL, user, password; one clear message per failure.

The network call runs on the shared QThreadPool through :func:`ui.common.tasks.submit`;
the dialog only swaps between "ready", "busy" and "error" states. Every message
is plain text (server text is untrusted) and says what to do next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.client.urls import normalise_url
from reviewer.session import SignInRequest
from ui.common import a11y, language, tasks
from ui.common.errors import describe_error, describe_url_problem
from ui.common.i18n import arg, mark_untranslated_items, translate
from ui.shell.about import AboutDialog

#: the service's own minimum (contract.NewPassword), checked here so the person is told at once
NEW_PASSWORD_MIN = 10


class SignInDialog(QDialog):
    """Collects credentials and runs ``sign_in`` off the GUI thread.

    ``sign_in`` receives a :class:`SignInRequest` on a pool thread and returns a
    session object (whatever the app needs), which arrives in :attr:`signedIn`.

    The language picker applies a language at once (translators, locale) and the dialog
    retranslates itself on ``QEvent.LanguageChange``; :attr:`languageChosen` carries the
    setting ("system" or a language) for the app to remember.
    """

    signedIn = Signal(object)
    languageChosen = Signal(str)

    def __init__(
        self,
        sign_in: Callable[[SignInRequest], Any],
        *,
        server_url: str = "",
        username: str = "",
        password: str = "",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._busy = False
        self._blocked = False
        self._server_locked = False
        self._demo = demo
        self.setObjectName("signInDialog")

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setWordWrap(True)

        self.server_edit = QLineEdit(server_url)
        self.user_edit = QLineEdit(username)
        self.password_edit = QLineEdit(password)
        a11y.describe(
            self.password_edit,
            translate("Accessibility", "Your password for the case service; never stored"),
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # the dialog's width comes from its fields: a minimum width set on the dialog or the
        # card would win over the layout and squeeze the texts of a longer language
        self.server_edit.setMinimumWidth(280)
        # asked for only after password-change-required (an admin reset the password)
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setObjectName("newPassword")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("confirmPassword")
        for secret in (self.new_password_edit, self.confirm_edit):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._changing = False
        for edit in (
            self.server_edit,
            self.user_edit,
            self.password_edit,
            self.new_password_edit,
            self.confirm_edit,
        ):
            edit.setMinimumHeight(30)
            edit.textEdited.connect(self._on_edited)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.server_label = QLabel()
        self.user_label = QLabel()
        self.password_label = QLabel()
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        self.new_password_label = QLabel()
        self.confirm_label = QLabel()
        form.addRow(self.new_password_label, self.new_password_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        self._form = form
        self._show_change_rows(False)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setContentsMargins(10, 8, 10, 8)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.language_box.setObjectName("languagePicker")
        a11y.describe(
            self.language_box,
            translate("Accessibility", "The language of this window and of the desk"),
        )
        # as wide as its longest item in the language shown (items change on a switch)
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        mark_untranslated_items(self.language_box)  # languages by their own names (data)
        self.language_box.addItem("", language.SYSTEM)
        for code in language.available_languages():
            # each language by its own name: data from Qt's locale tables, never translated
            self.language_box.addItem(language.display_name(code), code)
        self.language_box.setCurrentIndex(0)
        self.language_box.currentIndexChanged.connect(self._on_language_picked)
        self.language_label.setBuddy(self.language_box)

        self.sign_in_button = QPushButton()
        a11y.describe(
            self.sign_in_button, translate("Accessibility", "Signs in to the case service")
        )
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setMinimumHeight(34)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton()
        a11y.describe(
            self.quit_button, translate("Accessibility", "Closes the desk without signing in")
        )
        # Enter never quits: Quit is never the default, not even while it has focus
        # (Escape or a click quits)
        self.quit_button.setAutoDefault(False)
        self.quit_button.setMinimumHeight(34)
        self.quit_button.clicked.connect(self.reject)
        self.about_button = QPushButton()
        self.about_button.setObjectName("signInAbout")
        a11y.describe(
            self.about_button,
            translate("Accessibility", "The version, the licences and where to get help"),
        )
        self.about_button.setAutoDefault(False)
        self.about_button.setMinimumHeight(34)
        self.about_button.clicked.connect(self.show_about)
        self.about_dialog: AboutDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_label)
        buttons.addWidget(self.language_box)
        buttons.addStretch(1)
        buttons.addWidget(self.about_button)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        card = QFrame()
        card.setObjectName("card")

        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 22, 24, 22)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 18, 18, 18)
        outer.addWidget(card)

        # Only now that the button belongs to the dialog does setDefault reach QDialog: set
        # before, QDialog.show() made the first auto-default button (Quit) the default and
        # Enter in the password field quit the application.
        self.sign_in_button.setDefault(True)
        self.retranslate()
        self._focus_first_empty()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every fixed text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Sign in · Live Review Desk"))
        self.title.setText(self.tr("Live Review Desk"))
        self.subtitle.setText(
            self.tr("Demo: a case service with seeded cases runs on this computer.")
            if self._demo
            else self.tr("Sign in to review Live cases.")
        )
        self.server_label.setText(self.tr("Case service"))
        self.user_label.setText(self.tr("User"))
        self.password_label.setText(self.tr("Password"))
        self.server_edit.setPlaceholderText(self.tr("https://review.example.com"))
        self.server_edit.setAccessibleName(self.tr("Case service address"))
        self.user_edit.setPlaceholderText(self.tr("your user name"))
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.new_password_label.setText(self.tr("New password"))
        self.new_password_edit.setAccessibleName(self.tr("New password"))
        self.confirm_label.setText(self.tr("Repeat it"))
        self.confirm_edit.setAccessibleName(self.tr("Repeat the new password"))
        if self._server_locked:
            self.server_edit.setToolTip(self.tr("Set by your IT department for this computer."))
        self.language_label.setText(self.tr("&Language"))
        self.language_box.setItemText(0, self.tr("Follow the system"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.about_button.setText(self.tr("About"))
        self.about_button.setAccessibleName(self.tr("About Live Review Desk"))

    def show_about(self) -> AboutDialog:
        """The version and the site's IT contact, before anyone signs in."""
        from reviewer.site import SiteConfigError, load_site_config

        try:
            contact = load_site_config().it_contact
        except SiteConfigError:
            contact = ""  # the dialog already says what is wrong with the file
        dialog = AboutDialog(it_contact=contact, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    def select_language(self, setting: str) -> None:
        """Show ``setting`` ("system" or a language) as chosen, without applying it."""
        index = self.language_box.findData(setting)
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(0, index))
        self.language_box.blockSignals(False)

    def _on_language_picked(self, index: int) -> None:
        setting = str(self.language_box.itemData(index))
        language.apply_language(setting)  # Qt sends LanguageChange: retranslate() follows
        self.languageChosen.emit(setting)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state --------------------------------------------------------------------------------

    def _focus_first_empty(self) -> None:
        """The first empty field, else the password: Enter there signs in (the default)."""
        for edit in (self.server_edit, self.user_edit, self.password_edit):
            if not edit.text() and not edit.isReadOnly():
                edit.setFocus()
                return
        self.password_edit.setFocus()

    def _show(self, text: str, role: str) -> None:
        self.message.setProperty("role", role)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        style = self.message.style()
        style.unpolish(self.message)
        style.polish(self.message)

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def _update_enabled(self) -> None:
        enabled = not self._busy and not self._blocked
        self.sign_in_button.setEnabled(enabled)
        for edit in (self.server_edit, self.user_edit, self.password_edit):
            edit.setReadOnly(self._busy)
        if self._server_locked:
            self.server_edit.setReadOnly(True)

    def lock_server(self, server_url: str) -> None:
        """IT's site file locks the address: shown, never editable, never the user's own."""
        self._server_locked = True
        self.server_edit.setText(server_url)
        self.server_edit.setReadOnly(True)
        self.retranslate()
        self._focus_first_empty()

    def block(self, message: str) -> None:
        """Keep sign-in disabled (e.g. while the demo service starts) with a reason."""
        self._blocked = True
        self.show_info(message)
        self._update_enabled()

    def unblock(self, server_url: str | None = None) -> None:
        self._blocked = False
        if server_url is not None and not self._server_locked:
            self.server_edit.setText(server_url)
        self._show("", "info")
        self._update_enabled()
        self._focus_first_empty()

    def _on_edited(self, _text: str) -> None:
        if self.message.property("role") == "error":
            self._show("", "info")

    # -- sign in ------------------------------------------------------------------------------

    def _show_change_rows(self, shown: bool) -> None:
        """Show the new-password rows (after password-change-required) or hide them."""
        self._changing = shown
        for widget in (
            self.new_password_label,
            self.new_password_edit,
            self.confirm_label,
            self.confirm_edit,
        ):
            widget.setVisible(shown)
        if not shown:
            self.new_password_edit.clear()
            self.confirm_edit.clear()

    def request(self) -> SignInRequest:
        return SignInRequest(
            server_url=normalise_url(self.server_edit.text()),
            username=self.user_edit.text().strip(),
            password=self.password_edit.text(),
            new_password=self.new_password_edit.text() if self._changing else "",
        )

    def submit(self) -> None:
        """Validate locally, then sign in on the pool; the dialog stays responsive."""
        if self._busy or self._blocked:
            return
        req = self.request()
        problem = describe_url_problem(req.server_url)
        if problem is None and not req.username:
            problem = self.tr("Enter your user name.")
        if problem is None and not req.password:
            problem = self.tr("Enter your password.")
        if problem is None and self._changing:
            if len(req.new_password) < NEW_PASSWORD_MIN:
                problem = arg(
                    self.tr("Choose a new password of at least %1 characters."), NEW_PASSWORD_MIN
                )
            elif req.new_password != self.confirm_edit.text():
                problem = self.tr("The two new passwords differ: type the same one twice.")
        if problem is not None:
            self.show_error(problem)
            return
        self.server_edit.setText(req.server_url)
        self._busy = True
        self._update_enabled()
        self.show_info(arg(self.tr("Signing in to %1…"), req.server_url))
        tasks.submit(
            lambda: self._sign_in(req),
            self._on_signed_in,
            lambda exc: self._on_failed(exc, req.server_url),
        )

    def _on_signed_in(self, session: Any) -> None:
        self._busy = False
        self.password_edit.clear()
        self._show_change_rows(False)
        self._update_enabled()
        self._show("", "info")
        self.signedIn.emit(session)  # the receiver closes the dialog once its window is up

    def _on_failed(self, exc: BaseException, server_url: str) -> None:
        self._busy = False
        self._update_enabled()
        self.show_error(describe_error(exc, server_url))
        from reviewer.client.errors import InvalidCredentials, PasswordChangeRequired

        if isinstance(exc, PasswordChangeRequired):
            self._show_change_rows(True)
            self.show_error(
                self.tr(
                    "Your password was reset. Choose a new password, type it twice and sign "
                    "in again (the password field keeps the temporary one)."
                )
            )
            self.new_password_edit.setFocus()
            return
        if isinstance(exc, InvalidCredentials):
            self.password_edit.selectAll()
            self.password_edit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.password_edit.clear()
        self._show_change_rows(False)
        super().closeEvent(event)
