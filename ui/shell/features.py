"""The one composition root of the features: calibration, team audit, admin and wellbeing are
installed on the main window here, through its host interface (``ui.desk.host``).

The main window knows no feature; a feature knows only the host. The features know
nothing of each other: what one offers another goes through the host (calibration's case
view reaches wellbeing as ``caseViewAdded``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ui.admin.window import install_admin
from ui.calibration.window import install_calibration
from ui.desk.escalations import MyEscalations, install_escalations
from ui.desk.host import DeskHost
from ui.lead.window import install_lead
from ui.shell.trace import trace
from ui.wellbeing.feature import Wellbeing, install_wellbeing


@dataclass(frozen=True)
class Features:
    """What the features put on one main window (for the app, the tests and the bench)."""

    calibration_action: QAction  # Calibration / My QA results
    lead_action: QAction | None  # Team audit: leads and admins only
    wellbeing: Wellbeing
    admin_action: QAction | None = None  # Admin console: admins only
    escalations: MyEscalations | None = None  # My escalations: those who escalate


def install_features(host: DeskHost) -> Features:
    """Install every feature on ``host`` (once per main window, before it is shown)."""
    calibration_action = install_calibration(host)
    lead_action = install_lead(host)
    admin_action = install_admin(host)
    escalations = install_escalations(host)
    # staged reveal, exposure minutes, breaks, idle lock, key remaps, Ctrl+, settings
    wellbeing = install_wellbeing(host)
    wellbeing.settingsOpened.connect(lambda: trace("settings-open"))
    wellbeing.settingsClosed.connect(_trace_settings_closed)
    return Features(calibration_action, lead_action, wellbeing, admin_action, escalations)


def _trace_settings_closed(saved: bool) -> None:
    """The dialog is hidden (``finished`` follows ``hide``): say so, with the theme in force."""
    app = QApplication.instance()
    name = app.property("reviewerTheme") if app is not None else None
    trace("settings-closed", f"saved={int(saved)} theme={name}")
