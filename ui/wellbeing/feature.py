"""Wellbeing on the review screen: staged reveal, exposure minutes, breaks, the idle lock.

:func:`install_wellbeing` attaches a :class:`Wellbeing` to the main window. It

* tells the case view how to show each snapshot (``reviewer.wellbeing.RevealPolicy``:
  the moderator's level per policy area, else the team's, else the built-in one),
* counts the time sensitive content is on screen un-blurred, per category, and shows the
  minutes in the status bar (:class:`ExposureStatus`),
* offers a calm, non-modal break reminder after the configured minutes of exposure
  (:class:`BreakReminder`),
* locks an idle workstation (:class:`IdleLock`): review is paused (undecided cases go back
  to the queue through the sync thread's release path), the case is cleared, the window is
  covered and every action is off until the same moderator signs in again,
* applies the moderator's decision-key remaps (``reviewer.keymap``) to every taxonomy
  version and reports remaps that a new version drops or breaks,
* opens the settings dialog (Ctrl+,).

It sees the main window only through :class:`ui.desk.host.DeskHost`. Time comes from the
host's clock, so tests never sleep.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.keymap import apply_remap
from reviewer.settings import Settings, load_settings, update_settings
from reviewer.wellbeing import UNCATEGORISED, ExposureTracker, IdleTimer, RevealPolicy
from ui.case.screen import CaseView
from ui.common import a11y, tasks
from ui.common.i18n import arg, translate
from ui.common.shortcuts import SETTINGS
from ui.common.text import plain_label, plain_tooltip, set_plain
from ui.desk.host import DeskHost

#: how often (ms) the exposure minutes, the break reminder and the idle rule are checked
TICK_MS = 5_000


def mode_for(policy: RevealPolicy, snapshot: contract.Snapshot) -> str:
    """The case view's reveal mode (``ui.case.snapshots.REVEAL_MODES``) for one snapshot."""
    view = policy.view_mode(snapshot)
    if view.rest == "blur":
        return "blur_gray" if view.held == "gray" else "blur"
    return view.rest  # gray or color


def format_minutes(seconds: Mapping[str, float], labels: Mapping[str, str] | None = None) -> str:
    """``Violent and graphic content 12 min · Minor safety 3 min`` (under a minute: <1).

    ``labels`` names the categories (policy areas, from the service); a category without
    one is its code read as words."""
    names = labels or {}
    parts = []
    for cat, secs in seconds.items():
        mins = int(secs // 60)
        shown = (
            translate("ExposureStatus", "%Ln min", "minutes seen", mins)
            if mins
            else translate("ExposureStatus", "<1 min")
        )
        if cat in names:
            name = names[cat]
        elif cat == UNCATEGORISED:
            name = translate(
                "ExposureStatus", "uncategorised", "sensitive content without a policy area"
            )
        else:
            name = cat.replace("_", " ")
        parts.append(
            arg(translate("ExposureStatus", "%1 %2", "a category, then its minutes"), name, shown)
        )
    return translate("ExposureStatus", " · ", "between categories").join(parts)


class ExposureStatus(QLabel):
    """Minutes of sensitive content seen this session, per category (status bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exposureStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Sensitive content seen this session"))
        self.setProperty("chip", "exposure")
        self.show_seconds({}, {})

    def show_seconds(self, seconds: dict[str, float], labels: dict[str, str]) -> None:
        if not seconds:
            text = self.tr("Sensitive seen: none")
        else:
            total = int(sum(seconds.values()) // 60)
            top = dict(list(seconds.items())[:2])
            more = len(seconds) > 2
            text = arg(
                self.tr("Sensitive seen: %1 …") if more else self.tr("Sensitive seen: %1"),
                format_minutes(top, labels),
            )
            self.setToolTip(
                plain_tooltip(  # the labels come from the service: never rich text
                    arg(
                        self.tr(
                            "Minutes of sensitive content on screen un-blurred this session "
                            "(about %Ln min in all):\n%1",
                            "",
                            total,
                        ),
                        format_minutes(seconds, labels),
                    )
                )
            )
        set_plain(self, text)
        self.setAccessibleDescription(text)


class BreakReminder(QFrame):
    """A quiet strip above the case: a break is due. Never modal; Esc-free, one click away.

    Signals: ``breakRequested()`` (pause review), ``dismissed()``.
    """

    breakRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakReminder")
        self.setAccessibleName(self.tr("Break reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label("", self, object_name="breakReminderText")
        self.text.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Take a break (pause)"), self)
        self.pause_button.setObjectName("breakPause")
        a11y.describe(
            self.pause_button,
            translate("Accessibility", "Pauses review for a break"),
        )
        self.pause_button.clicked.connect(self.breakRequested)
        self.dismiss_button = QPushButton(self.tr("Not now"), self)
        self.dismiss_button.setObjectName("breakDismiss")
        a11y.describe(
            self.dismiss_button,
            translate("Accessibility", "Hides this reminder and goes on reviewing"),
        )
        self.dismiss_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    def remind(self, minutes: int) -> None:
        set_plain(
            self.text,
            self.tr(
                "You have looked at sensitive content for about %Ln minute(s). "
                "A few minutes away from the screen helps; your place is kept.",
                "",
                minutes,
            ),
        )
        self.setVisible(True)


class IdleLock(QFrame):
    """Covers the whole window after inactivity; the same moderator's password unlocks.
    When an admin reset that password meanwhile, the lock asks for a new one (typed twice)
    and unlocks with it, like the sign-in dialog's new-password step.

    Signals: ``unlockRequested(str, str)`` (the password, and the new password: "" unless
    the new-password step is shown), ``signOutRequested()``.
    """

    unlockRequested = Signal(str, str)
    signOutRequested = Signal()

    def __init__(self, username: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleLock")
        self.setAccessibleName(self.tr("Workstation locked"))
        self.setAutoFillBackground(True)
        title = plain_label(self.tr("Locked"), self)
        title.setProperty("role", "title")
        self.explain = plain_label("", self, object_name="idleLockText")
        self.explain.setWordWrap(True)
        who = plain_label(arg(self.tr("Signed in as %1"), username), self)
        who.setProperty("role", "muted")
        self.password = QLineEdit(self)
        self.password.setObjectName("idleLockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        self.changing = False
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("idleLockNewPassword")
        self.new_password.setAccessibleName(self.tr("New password"))
        self.new_password.setPlaceholderText(self.tr("New password"))
        a11y.describe(
            self.new_password,
            translate("Accessibility", "An admin reset your password: choose a new one"),
        )
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("idleLockConfirm")
        self.confirm.setAccessibleName(self.tr("New password again"))
        self.confirm.setPlaceholderText(self.tr("New password again"))
        a11y.describe(
            self.confirm, translate("Accessibility", "The new password once more, to catch typos")
        )
        for secret in (self.new_password, self.confirm):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Sign in again"), self)
        self.unlock_button.setObjectName("idleUnlock")
        a11y.describe(
            self.unlock_button, translate("Accessibility", "Unlocks the desk with your password")
        )
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self._submit)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setObjectName("idleSignOut")
        a11y.describe(
            self.sign_out_button,
            translate("Accessibility", "Signs out of the desk instead of unlocking it"),
        )
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.error = plain_label("", self, object_name="idleLockError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setContentsMargins(6, 3, 6, 3)

        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.explain)
        inner.addWidget(who)
        inner.addWidget(self.password)
        inner.addWidget(self.new_password)
        inner.addWidget(self.confirm)
        inner.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.show_change_step(False)
        self.setVisible(False)
        parent.installEventFilter(self)

    def cover(self, message: str) -> None:
        set_plain(self.explain, message)
        self.error.setVisible(False)
        self.password.clear()
        self.show_change_step(False)
        self.busy(False)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(True)
        self.raise_()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_change_step(self, shown: bool) -> None:
        """Show the new-password fields (after ``password-change-required``) or hide and
        clear them."""
        self.changing = shown
        for secret in (self.new_password, self.confirm):
            secret.setVisible(shown)
            if not shown:
                secret.clear()

    def ask_new_password(self) -> None:
        """The service answered ``password-change-required``: an admin reset the password.
        The password field keeps the temporary one; the new one is typed twice."""
        self.show_change_step(True)
        self.show_error(
            self.tr(
                "Your password was reset. Choose a new password, type it twice and sign in "
                "again (the password field keeps the temporary one)."
            )
        )
        self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def busy(self, busy: bool) -> None:
        for field in (self.password, self.new_password, self.confirm):
            field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        set_plain(self.error, text)
        self.error.setVisible(True)
        self.busy(False)
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if not self.password.text():
            return
        new = self.new_password.text() if self.changing else ""
        if self.changing and len(new) < contract.NEW_PASSWORD_MIN:
            self.show_error(
                arg(
                    self.tr("Choose a new password of at least %1 characters."),
                    contract.NEW_PASSWORD_MIN,
                )
            )
            self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.changing and new != self.confirm.text():
            self.show_error(self.tr("The two new passwords differ: type the same one twice."))
            self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.busy(True)
        self.unlockRequested.emit(self.password.text(), new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and watched is parent and parent is not None:
            self.setGeometry(parent.rect())
        return False


class Wellbeing(QObject):
    """See the module docstring. ``locked(bool)`` fires when the idle lock goes on or off;
    ``message(str)`` carries plain text for the status bar; ``settingsOpened()`` and
    ``settingsClosed(bool)`` (saved or not) follow the settings dialog."""

    locked = Signal(bool)
    message = Signal(str)
    settingsOpened = Signal()
    settingsClosed = Signal(bool)

    def __init__(self, host: DeskHost, parent: QObject | None = None) -> None:
        super().__init__(parent or host.frame)
        self.host = host
        self._clock = host.clock
        self.settings: Settings = load_settings().settings
        self.exposure = ExposureTracker(self.settings.break_after_minutes)
        self.idle = IdleTimer(self.settings.idle_after_seconds, self._clock())
        self.policy = RevealPolicy.build(
            host.session.taxonomy, self.settings.media_reveal_areas, self.settings.media_reveal
        )
        self.is_locked = False
        self._disabled: list[QAction] = []
        self._hidden: list[QWidget] = []
        self._stopped = False
        self._checked_version = ""
        self._labels: dict[str, str] = {}
        self.settings_dialog: QDialog | None = None

        self._other_views: list[CaseView] = []
        host.case_view.set_reveal_policy(lambda snap: mode_for(self.policy, snap))
        host.case_view.exposureChanged.connect(self._on_exposure)
        host.caseViewAdded.connect(self._on_case_view_added)

        self.status = ExposureStatus()
        host.add_status_widget(self.status)
        self.reminder = BreakReminder(host.frame)
        host.add_review_strip(self.reminder)
        self.reminder.breakRequested.connect(self._take_break)
        self.reminder.dismissed.connect(self._dismiss_break)
        self.lock_screen = IdleLock(host.session.me.username, host.frame)
        self.lock_screen.unlockRequested.connect(self.unlock)
        self.lock_screen.signOutRequested.connect(self._sign_out)

        self.settings_action = QAction(self.tr("Settings…"), host.frame)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(SETTINGS.sequence())
        self.settings_action.setToolTip(
            self.tr("Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme")
        )
        self.settings_action.triggered.connect(self.open_settings)
        host.add_action(self.settings_action, trailing=True)
        self.message.connect(host.show_message)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        # activity comes from the window's key filter (the one application-wide filter)
        host.keys.activity.connect(self._on_activity)
        host.signOutStarted.connect(self._on_sign_out_started)
        host.signedOut.connect(self.stop)
        host.closed.connect(self.stop)
        # the desktop switched light/dark: keep the theme chosen in Settings (after any
        # handler connected at start-up for the theme of that time)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme)
        host.apply_taxonomy_filter(self.keyed)

    def stop(self) -> None:
        """The window is going: no more ticks, no more input watching."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.host.keys.activity.disconnect(self._on_activity)
        with contextlib.suppress(RuntimeError, TypeError):
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_scheme)

    def _on_sign_out_started(self) -> None:
        """No idle lock or break reminder over the sign-out page."""
        self.stop()
        self.lock_screen.setVisible(False)
        self.reminder.setVisible(False)

    def _on_scheme(self, *_: object) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from ui.common import theme

            theme.apply_theme(app, self.settings.theme)

    # -- settings -----------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """New settings (saved by the dialog): reveal levels, limits and keys take effect."""
        self.settings = settings
        self.exposure.set_break_after(settings.break_after_minutes)
        self.idle.set_idle_after(settings.idle_after_seconds, self._clock())
        self.host.apply_taxonomy_filter(self.keyed)
        self.message.emit(self.tr("Settings saved. Reveal levels apply to this case now."))

    def keyed(self, taxonomy: contract.PolicyTaxonomy) -> contract.PolicyTaxonomy:
        """``taxonomy`` with the moderator's remaps; a new version re-checks them."""
        self._labels = {a.code: a.label for a in taxonomy.areas}
        self.policy = RevealPolicy.build(
            taxonomy, self.settings.media_reveal_areas, self.settings.media_reveal
        )
        # new levels (saved settings, or a team default in a new taxonomy) apply to the
        # case on screen at once, not from the next case: a tighter veil must not wait
        self.host.case_view.replan_reveal()
        for view in self._live_views():
            view.replan_reveal()
        remap = dict(self.settings.shortcuts)
        updated, check = apply_remap(taxonomy, remap)
        new_version = taxonomy.version != self._checked_version
        self._checked_version = taxonomy.version
        if not check.ok and new_version:
            # keep the file equal to the keys in force, and say what changed, once
            with contextlib.suppress(OSError, ValueError):
                self.settings = update_settings(None, shortcuts=check.accepted)
            from ui.settings.dialog import refusal_text  # loaded with the dialog, not at start

            reasons = [refusal_text(r) for r in check.refused]
            gone = self.tr("Your key for “%1” was removed: that action is gone")
            reasons += [arg(gone, code) for code in check.dropped]
            self.message.emit(
                arg(
                    self.tr("Policy %1: some of your keys changed. %2"),
                    taxonomy.version,
                    self.tr("; ", "between reasons").join(reasons),
                )
            )
        return updated

    def open_settings(self) -> QDialog:
        from ui.settings.dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return self.settings_dialog
        dialog = SettingsDialog(self.host.session.taxonomy, self.settings, self.host.frame)
        dialog.saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "settings_dialog", None))
        dialog.finished.connect(
            lambda result: self.settingsClosed.emit(result == QDialog.DialogCode.Accepted.value)
        )
        dialog.open()
        self.settings_dialog = dialog
        self.settingsOpened.emit()
        return dialog

    # -- exposure and breaks ------------------------------------------------------------------

    def attach_case_view(self, view: CaseView) -> None:
        """Another window that shows cases (QA calibration) uses the same reveal levels and
        its sensitive minutes count toward the same session exposure."""
        view.set_reveal_policy(lambda snap: mode_for(self.policy, snap))
        view.exposureChanged.connect(self._on_exposure)
        # a window closed with a sensitive snapshot on screen stops counting with it
        view.destroyed.connect(lambda *_: self._on_exposure(()))
        self._other_views.append(view)

    def _on_case_view_added(self, view: object) -> None:
        if isinstance(view, CaseView):
            self.attach_case_view(view)

    def _live_views(self) -> list[CaseView]:
        self._other_views = [v for v in self._other_views if shiboken6.isValid(v)]
        return list(self._other_views)

    def _on_exposure(self, codes: object) -> None:
        categories = tuple(codes) if isinstance(codes, tuple) else ()
        self.exposure.show(categories, self._clock())
        self._show_minutes()

    def _show_minutes(self) -> None:
        self.status.show_seconds(self.exposure.seconds(self._clock()), self._labels)

    def check(self) -> None:
        """Tick: update the minutes, remind of a break, lock when idle."""
        now = self._clock()
        self._show_minutes()
        if self.is_locked:
            return
        if self.exposure.break_due(now) and not self.reminder.isVisible():
            self.reminder.remind(int(self.exposure.total_seconds(now) // 60))
        if self.idle.is_idle(now):
            self.lock()

    def _take_break(self) -> None:
        self.exposure.took_break(self._clock())
        self.reminder.setVisible(False)
        self.host.pause_review()

    def _dismiss_break(self) -> None:
        self.exposure.took_break(self._clock())
        self.reminder.setVisible(False)

    # -- idle lock ----------------------------------------------------------------------------

    def _on_activity(self) -> None:
        if not self.is_locked:
            self.idle.activity(self._clock())

    def lock(self) -> None:
        """Pause review (leases released), hide the case, cover the window, turn actions off."""
        if self.is_locked:
            return
        self.is_locked = True
        host, w = self.host, self.host.frame
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and w.isAncestorOf(modal):
            modal.reject()
        reviewing = host.pause_review()  # releases every undecided case through the sync thread
        host.case_view.clear(self.tr("Locked"))
        self.exposure.stop(self._clock())
        self.reminder.setVisible(False)
        host.keys.set_enabled(False)
        self._disabled = [a for a in w.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        host.set_pages_visible(False)
        # other windows of the app (calibration, team audit) show cases too: hide them
        self._hidden = [
            t
            for t in QApplication.topLevelWidgets()
            if t is not w and t.isVisible() and t.isWindow() and not isinstance(t, QDialog)
        ]
        for t in self._hidden:
            t.hide()
        minutes = max(1, round(self.settings.idle_after_seconds / 60))
        self.lock_screen.cover(
            self.tr(
                "Nothing happened for %Ln minute(s), so the case was hidden and your "
                "undecided cases went back to the queue. Enter your password to continue.",
                "",
                minutes,
            )
            if reviewing
            else self.tr(
                "Nothing happened for %Ln minute(s), so this workstation was locked. Enter "
                "your password to continue.",
                "",
                minutes,
            )
        )
        self.locked.emit(True)

    def unlock(self, password: str, new_password: str = "") -> None:
        """Sign in again as the same moderator (on the pool); unlock when it works. With
        ``new_password`` (the lock's new-password step), replace the temporary password an
        admin set with it and sign in."""
        session = self.host.session
        username = session.me.username

        def sign_in() -> Any:
            return session.call(
                lambda api: session.tokens.sign_in(
                    api, username, password, session.device_id, new_password
                )
            )

        def done(me: Any) -> None:
            if getattr(me, "username", None) != username:
                self.lock_screen.show_error(self.tr("That sign-in is for another account."))
                return
            self._unlocked()

        def failed(exc: BaseException) -> None:
            from reviewer.client.errors import PasswordChangeRequired
            from ui.common.errors import describe_error

            if isinstance(exc, PasswordChangeRequired):
                self.lock_screen.ask_new_password()
                return
            self.lock_screen.show_error(describe_error(exc, session.server_url))

        tasks.submit(sign_in, done, failed)

    def _unlocked(self) -> None:
        self.is_locked = False
        self.lock_screen.password.clear()
        self.lock_screen.show_change_step(False)  # no password stays in a hidden field
        self.lock_screen.setVisible(False)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.host.set_pages_visible(True)
        for t in self._hidden:
            t.show()
        self._hidden = []
        self.idle.activity(self._clock())
        self.locked.emit(False)
        if self.host.review_paused():
            self.message.emit(self.tr("Welcome back. Review is paused: press Ctrl+P to resume."))
        else:
            self.message.emit(self.tr("Welcome back."))

    def _sign_out(self) -> None:
        self.host.sign_out(message=self.tr("You are signed out (the workstation was locked)."))


def install_wellbeing(host: DeskHost) -> Wellbeing:
    """Attach wellbeing to the main window through its host interface."""
    return Wellbeing(host)
