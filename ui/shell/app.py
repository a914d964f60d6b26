"""The desktop application: sign-in, then the main window; the demo service's lifetime.

Start-up order follows the cold-start budget (docs/field-notes.md): Qt and the
sign-in dialog first; httpx, keyring and the API client are imported on a pool
thread after the first paint, while the moderator reads the dialog.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from reviewer.gil import favour_foreground
from reviewer.heap import tune_heap
from reviewer.instance import DeskAlreadyOpen, ProfileLock
from reviewer.paths import AppPaths
from reviewer.session import SignInRequest
from ui.common import language, tasks, theme
from ui.common.i18n import arg, translate
from ui.shell.signin import SignInDialog
from ui.shell.single_desk import EXIT_ALREADY_OPEN, ComeForward, ask_to_come_forward
from ui.shell.trace import trace

if TYPE_CHECKING:
    from ui.shell.features import Features

APP_NAME = "Live Review Desk"

#: set by tests and the benchmark: print timing marks to stdout
TIMING_ENV = "REVIEWER_TIMING"


def _warm_imports() -> None:
    """Import what sign-in needs (httpx ~100 ms, keyring ~100 ms) off the GUI thread."""
    import keyring
    import keyring.backends.chainer  # noqa: F401


def load_preferences() -> dict[str, str]:
    """Remembered server, user and theme, read before the first window.

    reviewer.settings validates with pydantic (~300 ms to import with the wire
    contract), too slow for the cold-start budget; the sign-in dialog needs only
    a few strings, so they are read here with type and length checks. A file the
    full loader would refuse yields defaults here as well.
    """
    import json

    from reviewer.paths import AppPaths

    try:
        path = AppPaths.default().settings_path
        if path.stat().st_size > 256 * 1024:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    limits = {"server_url": 500, "username": 100, "theme": 20, "device_id": 100, "language": 20}
    prefs = {
        key: value
        for key, limit in limits.items()
        if isinstance(value := data.get(key), str) and len(value) <= limit
    }
    if type(size := data.get("text_size")) is int and 100 <= size <= 200:
        prefs["text_size"] = str(size)
    return prefs


def save_preferences(server_url: str, username: str, device_id: str = "") -> None:
    """Remember the server, user and device id for the next start (never the password)."""
    from reviewer.settings import update_settings

    changes = {"server_url": server_url, "username": username}
    if device_id:
        changes["device_id"] = device_id
    try:
        update_settings(None, **changes)
    except Exception:  # remembering is a convenience; sign-in already worked
        return


def save_language(setting: str) -> None:
    """Remember the language picked in the sign-in dialog ("system" or a language)."""
    from reviewer.settings import update_settings

    try:
        update_settings(None, language=setting)
    except Exception:  # remembering is a convenience; the language already applies
        return


def _apply_site_config(dialog: SignInDialog) -> None:
    """IT's site.toml: a locked address wins over the user's; a broken file keeps sign-in
    off with its file and line (never a fall back to the user's own address)."""
    from reviewer.site import SiteConfigError, load_site_config

    try:
        site = load_site_config()
    except SiteConfigError as exc:
        dialog.block("")
        # the problem itself stays as the core wrote it: technical, for the IT department
        if exc.line is not None:
            text = arg(
                translate(
                    "DesktopApp",
                    "The site configuration file %1, line %2: %3. Sign-in stays off until your "
                    "IT department fixes the file.",
                ),
                exc.path,
                exc.line,
                exc.problem,
            )
        else:
            text = arg(
                translate(
                    "DesktopApp",
                    "The site configuration file %1: %2. Sign-in stays off until your IT "
                    "department fixes the file.",
                ),
                exc.path,
                exc.problem,
            )
        dialog.show_error(text)
        return
    if site.lock_address:
        dialog.lock_server(site.service_address)
    elif site.service_address and not dialog.server_edit.text():
        dialog.server_edit.setText(site.service_address)


class DesktopApp(QObject):
    """Owns the windows of one run and, in demo mode, the service child process."""

    mainWindowShown = Signal(QMainWindow)
    demoReady = Signal(str)

    def __init__(
        self,
        app: QApplication,
        *,
        demo: bool = False,
        server_url: str = "",
        username: str = "",
        sign_in: Callable[[SignInRequest], Any] | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.demo = demo
        self.prefs = load_preferences()
        remembered = {} if demo else self.prefs  # the demo's loopback URL is not worth keeping
        self.server_url = server_url or remembered.get("server_url", "")
        self.username = username or remembered.get("username", "")
        self._sign_in_fn = sign_in
        self.dialog: SignInDialog | None = None
        self.window: Any = None
        self.features: Features | None = None
        self.demo_runner: Any = None
        self._stopped = False
        app.aboutToQuit.connect(self.shutdown)

    # -- start --------------------------------------------------------------------------------

    def start(self) -> None:
        self.show_sign_in()
        if self.demo:
            from ui.shell.demo import DEMO_PASSWORD, DEMO_USER, DemoRunner

            assert self.dialog is not None
            self.dialog.user_edit.setText(DEMO_USER)
            self.dialog.password_edit.setText(DEMO_PASSWORD)
            self.demo_runner = DemoRunner(parent=self)
            self.demo_runner.progress.connect(self.dialog.block)
            self.demo_runner.progress.connect(lambda _text: trace("sign-in-blocked"))
            self.demo_runner.ready.connect(self._demo_ready)
            self.demo_runner.failed.connect(self._demo_failed)
            self.demo_runner.start()
        QTimer.singleShot(0, lambda: tasks.submit(_warm_imports))

    def _demo_ready(self, base_url: str) -> None:
        print(f"Demo service: {base_url}", flush=True)
        if self.demo_runner is not None:
            print(f"Demo folder: {self.demo_runner.service.workdir}", flush=True)
        self.server_url = base_url
        if self.dialog is not None:
            self.dialog.unblock(base_url)
        trace("sign-in-ready")
        self.demoReady.emit(base_url)

    def _demo_failed(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)
        if self.dialog is not None:
            self.dialog.block("")
            self.dialog.show_error(message)

    def _do_sign_in(self, req: SignInRequest) -> Any:
        if self._sign_in_fn is not None:
            return self._sign_in_fn(req)
        from reviewer.session import sign_in

        device_id = self.prefs.get("device_id", "")
        if not device_id:
            from reviewer.settings import load_settings

            device_id = load_settings().settings.device_id  # new installs: a fresh id
        return sign_in(req, demo=self.demo, device_id=device_id)

    def show_sign_in(self, message: str = "") -> None:
        # the language chosen in the settings applies from this sign-in on (windows rebuilt)
        setting = load_preferences().get("language", language.SYSTEM)
        language.apply_language(setting)
        dialog = SignInDialog(
            self._do_sign_in,
            server_url=self.server_url,
            username=self.username,
            demo=self.demo,
        )
        dialog.setWindowIcon(theme.app_icon())
        dialog.select_language(setting)
        dialog.languageChosen.connect(save_language)
        dialog.signedIn.connect(self._signed_in)
        dialog.rejected.connect(self._sign_in_cancelled)
        if message:
            dialog.show_info(message)
        if not self.demo:
            _apply_site_config(dialog)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _sign_in_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def _signed_in(self, session: Any) -> None:
        from ui.shell.main_window import MainWindow

        if not self.demo:
            save_preferences(session.server_url, session.me.username, session.device_id)
        self.server_url = session.server_url
        self.username = session.me.username
        from reviewer.store.decisions import StoreError

        try:
            window = MainWindow(session, demo=self.demo)
        except (StoreError, OSError) as exc:
            # e.g. a store written by a newer client, or a data folder that cannot be written
            session.close()
            if self.dialog is not None:
                self.dialog.show()
                self.dialog.show_error(
                    arg(translate("DesktopApp", "The local work store cannot be opened: %1"), exc)
                )
            return
        from ui.shell.features import install_features

        self.features = install_features(window)  # the one place that knows every feature
        dialog, self.dialog = self.dialog, None
        window.setWindowIcon(theme.app_icon())
        window.signedOut.connect(self._signed_out)
        window.closed.connect(self._window_closed)
        self.window = window
        if dialog is not None:
            dialog.accept()  # after self.window is set: closing it must not quit the app
        controller = window.controller
        controller.caseShown.connect(lambda case_id: trace("case-shown", case_id))
        controller.decided.connect(lambda rec: trace("decided", rec.case_id))
        window.sync.report.connect(lambda rep: trace("sync", f"pending={rep.pending}"))
        window.show()
        window.raise_()
        window.activateWindow()
        window.start()
        trace("main-window")
        self.mainWindowShown.emit(window)

    def come_forward(self) -> None:
        """Another desk was started on this profile: show this one instead."""
        trace("come-forward")
        shown = self.window if self.window is not None else self.dialog
        if shown is not None:
            shown.showNormal()
            shown.raise_()
            shown.activateWindow()

    def _signed_out(self, message: str) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.show_sign_in(message or translate("DesktopApp", "You are signed out."))

    def _window_closed(self) -> None:
        if self.window is not None:
            self.app.quit()

    # -- stop ---------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the sync thread, then the demo service; safe to call more than once."""
        if self._stopped:
            return
        self._stopped = True
        if self.window is not None:
            self.window.shutdown()
            if self.demo:
                # the demo service and its sessions die with this run: leave no token behind
                session = self.window.session
                with contextlib.suppress(Exception):  # a locked keyring must not stop the exit
                    session.vault.delete(session.server_url, session.me.username)
        if self.demo_runner is not None:
            self.demo_runner.stop()


def install_signal_handlers(app: QApplication) -> QTimer:
    """Ctrl+C and SIGTERM quit cleanly (the demo service is stopped on the way out).

    Python runs signal handlers only between bytecodes; a short idle timer gives
    the interpreter a moment while Qt's event loop waits.
    """

    def _quit(_signum: int, _frame: object) -> None:
        app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, _quit)
    ticker = QTimer(app)
    ticker.setInterval(200)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    return ticker


def run(*, demo: bool = False, server_url: str = "", username: str = "") -> int:
    """Open the client; returns the process exit code (3: the profile is already open)."""
    started = time.perf_counter()
    tune_heap()  # before Qt starts its threads: large image buffers go back when freed
    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir = AppPaths.default().data_dir
    lock = ProfileLock(data_dir)
    try:
        lock.acquire()  # before anything reads or purges the profile
    except DeskAlreadyOpen as exc:
        told = ask_to_come_forward(data_dir)
        tail = " It was asked to come forward." if told else ""
        print(f"{exc}{tail}", file=sys.stderr, flush=True)
        return EXIT_ALREADY_OPEN
    if lock.stale_pid is not None:
        trace("stale-lock", str(lock.stale_pid))
    forward = ComeForward(data_dir, app)
    if forward.listen():
        trace("single-desk", "listening")
    favour_foreground()  # the sync thread shares the GIL with this window
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Live Review Desk")
    app.setDesktopFileName("live-review-desk")
    desktop = DesktopApp(app, demo=demo, server_url=server_url, username=username)
    forward.requested.connect(desktop.come_forward)
    theme.apply_text_size(app, int(desktop.prefs.get("text_size", "100")))
    theme.apply_theme(app, desktop.prefs.get("theme", "system"))
    theme.follow_system(app, desktop.prefs.get("theme", "system"))
    app.setWindowIcon(theme.app_icon())
    install_signal_handlers(app)
    desktop.start()
    if os.environ.get(TIMING_ENV):
        QTimer.singleShot(
            0,
            lambda: print(
                f"first-window-ms {1000 * (time.perf_counter() - started):.1f}", flush=True
            ),
        )
    try:
        code = app.exec()
    finally:
        desktop.shutdown()
        lock.release()
    return int(code)
