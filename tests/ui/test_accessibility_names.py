"""Every interactive control of every window has an accessible name and a description:
never empty, never its object or class name, its name never repeated among its siblings.

The windows are built as a person meets them (a real service over loopback where they need
one), and each test fails once, with every violation of every window it built, by widget
path: a control someone added without a name shows up in the list at integration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from devkit.accessibility import violations
from devkit.cases import taxonomy
from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from reviewer.settings import load_settings
from tests.ui.desk.test_review_flow import QUEUE, WAIT_MS, Desk, fast_sync
from ui.admin.window import AdminWindow
from ui.calibration.window import CalibrationWindow, NewSessionDialog
from ui.case.account_labels import HighProfileConfirm
from ui.case.chat_actions import ChatActionDialog
from ui.desk.controller import SkipReasonDialog
from ui.desk.escalations import EscalationsWindow, EscalationWatch
from ui.lead.window import (
    TAB_BREACHES,
    TAB_CHAINS,
    TAB_DASHBOARD,
    TAB_GUIDELINES,
    TAB_LABELS,
    LeadWindow,
)
from ui.settings.dialog import SettingsDialog
from ui.shell.about import AboutDialog
from ui.shell.problems_dialog import ProblemsDialog
from ui.shell.sign_out import SigningOutPage
from ui.shell.signin import SignInDialog
from ui.shell.too_old import TooOldPage
from ui.wellbeing.feature import BreakReminder, IdleLock


class Findings:
    """Violations gathered over several windows, reported together at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def check(self, label: str, root: QWidget) -> None:
        self.lines += [f"[{label}] {v}" for v in violations(root)]

    def assert_none(self) -> None:
        assert not self.lines, f"{len(self.lines)} accessibility problems:\n" + "\n".join(
            self.lines
        )


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_checker_finds_what_a_screen_reader_would_miss(qtbot: QtBot) -> None:
    """The negative control: nameless, class-named and repeated controls are all listed."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    root.setObjectName("root")
    layout = QVBoxLayout(root)
    nameless = QLineEdit(root)
    nameless.setObjectName("nameless")
    first = QPushButton("Go", root)
    first.setToolTip("Go on")
    second = QPushButton("Go", root)
    second.setToolTip("Go on")
    classy = QPushButton("", root)
    classy.setObjectName("classy")
    classy.setAccessibleName("classy")
    for widget in (nameless, first, second, classy):
        layout.addWidget(widget)
    _show(qtbot, root)
    found = {str(v) for v in violations(root)}
    assert "root/nameless: no accessible name" in found
    assert "root/nameless: no accessible description" in found
    assert "root/QPushButton: name 'Go' repeated among siblings" in found
    assert "root/classy: accessible name is the object or class name 'classy'" in found


def test_sign_in_settings_about_sign_out_and_the_small_dialogs(qtbot: QtBot) -> None:
    findings = Findings()
    signin = SignInDialog(lambda request: None)
    _show(qtbot, signin)
    findings.check("sign-in", signin)
    settings = SettingsDialog(taxonomy(), load_settings().settings)
    _show(qtbot, settings)
    findings.check("settings", settings)
    about = AboutDialog()
    _show(qtbot, about)
    findings.check("about", about)
    page = SigningOutPage()
    _show(qtbot, page)
    findings.check("sign-out", page)
    problems = ProblemsDialog([])
    _show(qtbot, problems)
    findings.check("problems", problems)
    picker = ChatActionDialog("mute_user", 2, 3, taxonomy().areas)
    _show(qtbot, picker)
    findings.check("chat action picker", picker)
    new_session = NewSessionDialog()
    _show(qtbot, new_session)
    findings.check("new calibration session", new_session)
    skip = SkipReasonDialog(list(taxonomy().skip_reasons))
    _show(qtbot, skip)
    findings.check("skip reason", skip)
    too_old = TooOldPage("it-help@example.com")
    _show(qtbot, too_old)
    findings.check("too old", too_old)
    host = QWidget()
    _show(qtbot, host)
    reminder = BreakReminder(host)
    reminder.remind(30)
    reminder.show()
    findings.check("break reminder", reminder)
    lock = IdleLock("moderator1", host)
    lock.show()
    findings.check("idle lock", lock)
    lock.ask_new_password()
    findings.check("idle lock, new password", lock)
    high_profile = HighProfileConfirm("End stream")
    _show(qtbot, high_profile)
    findings.check("high-profile confirmation", high_profile)
    findings.assert_none()


def test_main_window_queue_page_case_screen_and_its_dialogs(
    qtbot: QtBot, live_service: LiveService
) -> None:
    findings = Findings()
    desk = Desk(qtbot, live_service, fast_sync())
    try:
        window = desk.window
        window.resize(1600, 1000)
        qtbot.waitExposed(window)
        findings.check("main window, queue page", window)
        desk.acknowledge_all()
        desk.start()
        desk.wait_for_case()
        findings.check("main window, case screen", window)
        window.show_shortcuts()
        sheet = window.shortcuts_dialog
        qtbot.waitExposed(sheet)
        findings.check("shortcut sheet", sheet)
        sheet.close()
        problems = window.show_problems()
        qtbot.waitExposed(problems)
        findings.check("problems", problems)
        problems.close()
        about = window.show_about()
        qtbot.waitExposed(about)
        findings.check("about", about)
        about.close()
    finally:
        desk.close()
    findings.assert_none()


def test_calibration_window(qtbot: QtBot, live_service: LiveService, tmp_path: Path) -> None:
    findings = Findings()
    from reviewer.client.credentials import MemoryVault
    from reviewer.session import SignInRequest, sign_in

    session = sign_in(
        SignInRequest(live_service.base_url, "admin1", "demo-admin1"), vault=(MemoryVault(), False)
    )
    window = CalibrationWindow(
        session, store_path=tmp_path / "cal.sqlite3", media_dir=tmp_path / "media"
    )
    try:
        _show(qtbot, window)
        qtbot.waitUntil(lambda: window.sessions_page.table.model().rowCount() > 0, timeout=WAIT_MS)
        findings.check("calibration", window)
    finally:
        window.shutdown()
        window.close()
        session.close()
    findings.assert_none()


def test_lead_window_and_its_pages(
    qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]
) -> None:
    findings = Findings()
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    try:
        _show(qtbot, window)
        with qtbot.waitSignal(window.peopleLoaded, timeout=WAIT_MS):
            window.start()
        qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=WAIT_MS)
        findings.check("lead, history", window)
        for tab, label in (
            (TAB_CHAINS, "lead, audit chains"),
            (TAB_GUIDELINES, "lead, guidelines"),
            (TAB_DASHBOARD, "lead, dashboard"),
            (TAB_BREACHES, "lead, breaches"),
            (TAB_LABELS, "lead, account labels"),
        ):
            window.tabs.setCurrentIndex(tab)
            findings.check(label, window)
        report = window.open_weekly_report()
        qtbot.waitExposed(report)
        findings.check("lead, weekly report", report)
        report.close()
    finally:
        window.close()
        session.close()
    findings.assert_none()


def test_admin_window_and_its_pages(qtbot: QtBot, live_service: LiveService) -> None:
    findings = Findings()
    session = lead_session(live_service, "admin1")
    window = AdminWindow(session)
    try:
        _show(qtbot, window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            findings.check(f"admin, {window.tabs.tabText(index)}", window)
    finally:
        window.close()
        session.close()
    findings.assert_none()


def test_my_escalations_window(qtbot: QtBot, live_service: LiveService) -> None:
    findings = Findings()
    session = lead_session(live_service, "moderator1")
    watch = EscalationWatch(session)
    window = EscalationsWindow(watch)
    try:
        _show(qtbot, window)
        with qtbot.waitSignal(watch.listed, timeout=WAIT_MS):
            watch.check()
        findings.check("my escalations", window)
    finally:
        watch.stop()
        window.close()
        session.close()
    findings.assert_none()


__all__ = ["QUEUE"]
