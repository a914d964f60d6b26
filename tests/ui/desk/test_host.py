"""Features plug into the main window through the host interface only.

A fake host (no main window, no shell) installs the calibration and team-audit features;
the real main window conforms to the same Protocol (checked by mypy, see ``_conforms``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.session import Session, SignInRequest, sign_in
from tests.ui.desk.test_review_flow import WAIT_MS, FakeClock
from ui.calibration.window import CALIBRATION_WINDOW, CalibrationWindow, install_calibration
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.screen import CaseView
from ui.desk.host import DeskHost, TaxonomyFilter
from ui.desk.windows import ToolWindows
from ui.lead.window import install_lead
from ui.shell.main_window import MainWindow


class FakeHost(QObject):
    """Just the host interface, recording what the features ask of it."""

    signOutStarted = Signal()
    signedOut = Signal(str)
    closed = Signal()
    caseViewAdded = Signal(object)

    def __init__(self, session: Session, root: Path) -> None:
        super().__init__()
        self.session = session
        self._frame = QWidget()
        self.clock: Callable[[], float] = FakeClock()
        self.store_path = root / "store.sqlite3"
        self.root = root
        self.tool_windows = ToolWindows(self._frame)
        self.case_view = CaseView(self._frame)
        self.keys = DecisionKeyFilter(self._frame, scope=self._frame, clock=self.clock)
        self.actions: list[tuple[str, bool]] = []
        self.added_views: list[CaseView] = []
        self.pauses = 0
        self.messages: list[str] = []

    @property
    def frame(self) -> QWidget:
        return self._frame

    def cache_side_dir(self, name: str) -> Path:
        return self.root / "side" / name

    def add_action(self, action: QAction, *, trailing: bool = False) -> None:
        self.actions.append((action.objectName(), trailing))

    def add_status_widget(self, widget: QWidget) -> None:
        widget.setParent(self._frame)

    def add_review_strip(self, strip: QWidget) -> None:
        strip.setParent(self._frame)

    def set_pages_visible(self, visible: bool) -> None:
        pass

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def add_case_view(self, view: CaseView) -> None:
        self.added_views.append(view)
        self.caseViewAdded.emit(view)

    def pause_review(self) -> bool:
        self.pauses += 1
        return False

    def review_paused(self) -> bool:
        return False

    def apply_taxonomy_filter(self, keyed: TaxonomyFilter) -> None:
        keyed(self.session.taxonomy)

    def sign_out(self, message: str = "") -> None:
        self.signedOut.emit(message)


def _conforms(window: MainWindow, fake: FakeHost) -> tuple[DeskHost, DeskHost]:
    """mypy: the main window and the fake are both hosts (structural typing)."""
    return window, fake


@pytest.fixture
def host(qtbot: QtBot, live_service: LiveService, tmp_path: Path) -> Iterator[FakeHost]:
    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), False),
    )
    fake = FakeHost(session, tmp_path)
    qtbot.addWidget(fake.frame)
    yield fake
    fake.tool_windows.close_all()
    session.close()


def test_calibration_installs_and_opens_through_the_host_only(qtbot: QtBot, host: FakeHost) -> None:
    action = install_calibration(host)
    assert host.actions == [("calibrationAction", False)]
    assert action.text() == "My QA results"  # a moderator

    action.trigger()
    window = host.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow)
    assert isinstance(window, CalibrationWindow)
    qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    assert host.pauses == 1  # one loop at a time
    assert host.added_views == [window.case_view]  # wellbeing would watch it too

    action.trigger()  # open again: the same window comes to the front
    assert host.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow) is window
    assert host.pauses == 1

    host.signedOut.emit("")  # sign-out closes it (and purges its snapshots)
    assert host.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow) is None
    assert not window.isVisible()


def test_team_audit_is_not_installed_for_a_moderator(host: FakeHost) -> None:
    assert install_lead(host) is None
    assert host.actions == []


def test_tool_windows_open_or_raise_and_forget_a_closed_window(qtbot: QtBot) -> None:
    frame = QWidget()
    qtbot.addWidget(frame)
    windows = ToolWindows(frame)
    built: list[QWidget] = []

    def build() -> QWidget:
        w = QWidget(frame)
        w.setWindowTitle(f"tool {len(built)}")
        built.append(w)
        w.show()
        return w

    first = windows.open("tool", QWidget, build)
    assert windows.open("tool", QWidget, build) is first
    assert len(built) == 1
    assert windows.find("tool", QDialog) is None  # another kind under the key: not it
    first.close()
    assert windows.find("tool", QWidget) is None
    second = windows.open("tool", QWidget, build)
    assert second is not first
    other = windows.open("other", QWidget, build)
    windows.close_all()
    assert not second.isVisible()
    assert not other.isVisible()
    assert windows.find("tool", QWidget) is None
    assert windows.find("other", QWidget) is None
