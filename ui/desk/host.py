"""What a feature (calibration, team audit, wellbeing) may use of the main window.

The shell's main window implements :class:`DeskHost` structurally; a feature takes the
host, never the window class, so it never imports the shell and reads nothing private.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reviewer import contract
from reviewer.session import Session
from ui.case.decision_keys import DecisionKeyFilter
from ui.case.screen import CaseView
from ui.desk.windows import ToolWindows

#: adapts each taxonomy version before the review loop gets it (the moderator's key remaps)
TaxonomyFilter = Callable[[contract.PolicyTaxonomy], contract.PolicyTaxonomy]


class DeskHost(Protocol):
    """The main window as a feature sees it.

    Signals: ``signOutStarted()`` (the case is covered; nothing may cover the sign-out
    page), ``signedOut(str)``, ``closed()``, ``caseViewAdded(CaseView)`` (another window
    shows cases: see :meth:`add_case_view`).
    """

    @property
    def session(self) -> Session: ...

    @property
    def frame(self) -> QWidget:
        """The window: parent of a feature's actions, dialogs, windows and overlays."""
        ...

    @property
    def clock(self) -> Callable[[], float]:
        """Monotonic seconds, the window's (tests pass a fake one)."""
        ...

    @property
    def store_path(self) -> Path:
        """The signed-in user's work store (side files such as calibration sit beside it)."""
        ...

    def cache_side_dir(self, name: str) -> Path:
        """A folder for case content that another window keeps (purged with the cache)."""
        ...

    @property
    def tool_windows(self) -> ToolWindows: ...

    @property
    def case_view(self) -> CaseView:
        """The review screen's case view: reveal policy, exposure, clearing."""
        ...

    @property
    def keys(self) -> DecisionKeyFilter:
        """The one application-wide key filter: its ``activity`` and on/off."""
        ...

    @property
    def signOutStarted(self) -> SignalInstance: ...

    @property
    def signedOut(self) -> SignalInstance: ...

    @property
    def closed(self) -> SignalInstance: ...

    @property
    def caseViewAdded(self) -> SignalInstance: ...

    def add_action(self, action: QAction, *, trailing: bool = False) -> None:
        """Put ``action`` on the toolbar: before "Sync problems", or last (``trailing``,
        also a window action so that its shortcut works anywhere in the window)."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent chip in the status bar."""
        ...

    def add_review_strip(self, strip: QWidget) -> None:
        """A strip above the case, under the guideline banner."""
        ...

    def set_pages_visible(self, visible: bool) -> None:
        """Hide the window's pages under a cover (the idle lock), or show them again."""
        ...

    def show_message(self, text: str) -> None:
        """Plain text in the status bar."""
        ...

    def add_case_view(self, view: CaseView) -> None:
        """Another window shows cases: features that watch the case view watch it too."""
        ...

    def pause_review(self) -> bool:
        """Pause the review loop if it runs (undecided cases go back to the queue, the
        handle-time clock stops); True if it was running."""
        ...

    def review_paused(self) -> bool:
        """Review was started and is paused now."""
        ...

    def apply_taxonomy_filter(self, keyed: TaxonomyFilter) -> None:
        """Run every taxonomy version through ``keyed`` before the review loop gets it,
        starting with the one in force now (call again to re-apply)."""
        ...

    def sign_out(self, message: str = "") -> None: ...


def install_tool_action(
    host: DeskHost,
    key: str,
    *,
    text: str,
    tip: str,
    object_name: str,
    open_window: Callable[[DeskHost], object],
) -> QAction:
    """The toolbar action that opens a feature's tool window (``key`` in the host's tool
    windows), which closes at sign-out: what the lead and admin windows share. The caller
    decides who gets it and translates ``text`` and ``tip``."""
    action = QAction(text, host.frame)
    action.setObjectName(object_name)
    action.setToolTip(tip)
    host.add_action(action)
    action.triggered.connect(lambda: open_window(host))
    host.signedOut.connect(lambda _m: host.tool_windows.close(key))
    return action
