"""The sign-in dialog: server URL, user, password; one clear message per failure.

The network call runs on the shared QThreadPool through :func:`ui.common.tasks.submit`;
the dialog only swaps between "ready", "busy" and "error" states. Every message
is plain text (server text is untrusted) and says what to do next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
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

from reviewer.client.urls import check_url, normalise_url
from reviewer.session import SignInRequest
from ui.common import tasks
from ui.common.errors import describe_error


class SignInDialog(QDialog):
    """Collects credentials and runs ``sign_in`` off the GUI thread.

    ``sign_in`` receives a :class:`SignInRequest` on a pool thread and returns a
    session object (whatever the app needs), which arrives in :attr:`signedIn`.
    """

    signedIn = Signal(object)

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
        self.setObjectName("signInDialog")
        self.setWindowTitle("Sign in · Live Review Desk")
        self.setMinimumWidth(460)

        title = QLabel("Live Review Desk")
        title.setProperty("role", "title")
        subtitle = QLabel(
            "Demo: a case service with seeded cases runs on this computer."
            if demo
            else "Sign in to review Live cases."
        )
        subtitle.setProperty("role", "subtitle")
        subtitle.setWordWrap(True)

        self.server_edit = QLineEdit(server_url)
        self.server_edit.setPlaceholderText("https://review.example.com")
        self.server_edit.setAccessibleName("Case service address")
        self.user_edit = QLineEdit(username)
        self.user_edit.setPlaceholderText("your user name")
        self.user_edit.setAccessibleName("User name")
        self.password_edit = QLineEdit(password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        for edit in (self.server_edit, self.user_edit, self.password_edit):
            edit.setMinimumHeight(30)
            edit.textEdited.connect(self._on_edited)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow("Case service", self.server_edit)
        form.addRow("User", self.user_edit)
        form.addRow("Password", self.password_edit)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setContentsMargins(10, 8, 10, 8)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.sign_in_button = QPushButton("Sign in")
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setMinimumHeight(34)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton("Quit")
        # Enter never quits: Quit is never the default, not even while it has focus
        # (Escape or a click quits)
        self.quit_button.setAutoDefault(False)
        self.quit_button.setMinimumHeight(34)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 22, 24, 22)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(subtitle)
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
        self._focus_first_empty()

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
        self.server_edit.setToolTip(self.tr("Set by your IT department for this computer."))
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

    def request(self) -> SignInRequest:
        return SignInRequest(
            server_url=normalise_url(self.server_edit.text()),
            username=self.user_edit.text().strip(),
            password=self.password_edit.text(),
        )

    def submit(self) -> None:
        """Validate locally, then sign in on the pool; the dialog stays responsive."""
        if self._busy or self._blocked:
            return
        req = self.request()
        problem = check_url(req.server_url)
        if problem is None and not req.username:
            problem = "Enter your user name."
        if problem is None and not req.password:
            problem = "Enter your password."
        if problem is not None:
            self.show_error(problem)
            return
        self.server_edit.setText(req.server_url)
        self._busy = True
        self._update_enabled()
        self.show_info(f"Signing in to {req.server_url}…")
        tasks.submit(
            lambda: self._sign_in(req),
            self._on_signed_in,
            lambda exc: self._on_failed(exc, req.server_url),
        )

    def _on_signed_in(self, session: Any) -> None:
        self._busy = False
        self.password_edit.clear()
        self._update_enabled()
        self._show("", "info")
        self.signedIn.emit(session)  # the receiver closes the dialog once its window is up

    def _on_failed(self, exc: BaseException, server_url: str) -> None:
        self._busy = False
        self._update_enabled()
        self.show_error(describe_error(exc, server_url))
        from reviewer.client.errors import InvalidCredentials

        if isinstance(exc, InvalidCredentials):
            self.password_edit.selectAll()
            self.password_edit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.password_edit.clear()
        super().closeEvent(event)
