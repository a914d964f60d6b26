"""The admin's console window: one tab per page (Users, Queues, Golden items, QA sampling,
Policy taxonomy, Admin log).

Opened from the main window's "Admin" action, which only admins get (the service refuses
``/v1/admin`` to every other role anyway). A separate window, like the lead's, so that the
review loop's keys never reach it. Each page is an ``AdminPage`` and reads its data when
its tab is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from reviewer.client.admin import AdminApi
from reviewer.client.taxonomy import TaxonomyApi
from ui.admin.golden import GoldenPage
from ui.admin.log import AdminLogPage
from ui.admin.pages import AdminPage
from ui.admin.queues import QueuesPage
from ui.admin.sampling import SamplingPage
from ui.admin.taxonomy import TaxonomyPage
from ui.admin.users import UsersPage
from ui.common.i18n import arg, translate
from ui.common.tasks import Runner
from ui.desk.host import install_tool_action

if TYPE_CHECKING:
    from reviewer.session import Session
    from ui.desk.host import DeskHost

ADMIN_ROLES = ("admin",)


class AdminWindow(QMainWindow):
    """Hosts the admin pages in tabs; a page reads the service when its tab first shows."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminWindow")
        self.setWindowTitle(arg(self.tr("Admin · %1 · Live Review Desk"), session.me.display_name))
        self.session = session
        self.runner: Runner[AdminApi] = Runner(session, AdminApi, self)
        self.runner.problem.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.users = UsersPage(self.runner, session.me.user_id, self)
        self.queues = QueuesPage(self.runner, self)
        self.golden = GoldenPage(self.runner, self)
        self.sampling = SamplingPage(self.runner, self)
        self.log = AdminLogPage(self.runner, self)
        self.taxonomy_runner: Runner[TaxonomyApi] = Runner(session, TaxonomyApi, self)
        self.taxonomy_runner.problem.connect(
            lambda text: self.statusBar().showMessage(text, 10_000)
        )
        self.taxonomy = TaxonomyPage(self.taxonomy_runner, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("Admin pages"))
        self.tabs.setDocumentMode(True)
        self.pages: list[AdminPage] = []
        for page in (
            self.users,
            self.queues,
            self.golden,
            self.sampling,
            self.taxonomy,
            self.log,
        ):
            self.add_page(page)
        for changing in (self.users, self.queues, self.golden, self.sampling):
            changing.changed.connect(self.log.refresh)
        self.queues.changed.connect(self.sampling.refresh)  # a new queue has a rate
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._opened: set[int] = set()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 110, em * 60)

    def add_page(self, page: AdminPage) -> None:
        """Add one page as a tab (the taxonomy page plugs in here too)."""
        self.pages.append(page)
        self.tabs.addTab(page, page.title())

    def start(self) -> None:
        """The first tab's data."""
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index in self._opened or not 0 <= index < len(self.pages):
            return
        self._opened.add(index)
        self.pages[index].refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.close()
        self.taxonomy_runner.close()
        super().closeEvent(event)


# --- the main window's entry point ------------------------------------------------------------

ADMIN_WINDOW = "admin"


def install_admin(host: DeskHost) -> QAction | None:
    """Add "Admin" to the main window's toolbar for admins; None for every other role.
    The window closes with the main window (its tool windows)."""
    if host.session.me.role not in ADMIN_ROLES:
        return None
    return install_tool_action(
        host,
        ADMIN_WINDOW,
        text=translate("AdminWindow", "Admin"),
        tip=translate("AdminWindow", "Users, queues, golden items, QA sampling and the admin log"),
        object_name="adminAction",
        open_window=open_admin,
    )


def open_admin(host: DeskHost) -> AdminWindow:
    def build() -> AdminWindow:
        host.pause_review()  # no handle-time clock runs on a case while the admin works
        window = AdminWindow(host.session, parent=host.frame)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.start()
        return window

    return host.tool_windows.open(ADMIN_WINDOW, AdminWindow, build)
