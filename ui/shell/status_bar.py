"""The status bar: online or offline, decisions waiting to sync, last sync, the lease
countdown, the policy version, and a button to the list of sync problems.

It is fed :class:`reviewer.sync.SyncReport` objects from the sync thread and
ticks once a second for the countdown; it never reads the network itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStatusBar, QWidget

from ui.common import a11y, formats
from ui.common.elide import ElidedLabel
from ui.common.i18n import arg, translate
from ui.common.text import set_plain

if TYPE_CHECKING:
    from reviewer.sync import SyncReport

#: show the lease countdown as a warning below this many seconds
LEASE_WARNING_S = 120


def format_countdown(seconds: float) -> str:
    """``9:05`` for minutes and seconds, ``1:02:03`` past an hour, ``0:00`` when over."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_last_sync(at: datetime | None, now: datetime) -> str:
    if at is None:
        return translate("ReviewStatusBar", "Last sync: not yet")
    age = (now - at).total_seconds()
    if age < 5:
        return translate("ReviewStatusBar", "Last sync: just now")
    if age < 90:
        seconds = int(age)
        return translate("ReviewStatusBar", "Last sync: %Ln s ago", "", seconds)
    return arg(translate("ReviewStatusBar", "Last sync: %1"), formats.time_of_day(at))


def _set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, restyling only when it changed: a
    restyle repaints the widget and re-resolves its rules (every sync report, every case)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ReviewStatusBar(QStatusBar):
    """See the module docstring; ``problemsRequested`` opens the problems list."""

    problemsRequested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewStatusBar")
        self.setSizeGripEnabled(False)
        self._now = now
        self._last: SyncReport | None = None
        self._lease_expires_at: datetime | None = None
        #: the sync engine failed and restarts at this time (cleared by the next report)
        self._restart_at: datetime | None = None
        #: the sync thread gave up: this text stays until the window goes
        self._stopped = ""

        self.connection = self._chip("connection", self.tr("Connection"), self.tr("Connecting…"))
        self.pending = self._chip("pending", self.tr("Waiting to sync"), "")
        self.last_sync = self._chip("lastSync", self.tr("Last sync"), format_last_sync(None, now()))
        self.lease = self._chip("lease", self.tr("Lease"), self.tr("No cases leased"))
        self.policy = self._chip("policyVersion", self.tr("Policy version"), "")
        self.set_policy_version("–")
        self.set_pending(0)
        #: shown only while the data folder's disk is almost full
        self.disk = self._chip("disk", self.tr("Disk space"), "")
        self.disk.setProperty("chip", "warning")
        self.disk.hide()
        #: a newer desk is advertised: a calm note, not a warning (shown only then)
        self.newer = self._chip("newerVersion", self.tr("Newer version"), "")
        self.newer.hide()
        self.problems = QPushButton(self.tr("No sync problems"))
        self.problems.setObjectName("problemsButton")
        a11y.describe(
            self.problems,
            translate("Accessibility", "Opens the list of decisions the service refused or held"),
        )
        self.problems.setProperty("chip", "problems")
        self.problems.setAccessibleName(self.tr("Sync problems"))
        self.problems.setFlat(False)
        self.problems.clicked.connect(self.problemsRequested)
        self.message = ElidedLabel(parent=self, object_name="statusMessage", copyable=False)

        for w in (self.connection, self.pending, self.last_sync, self.lease):
            self.addWidget(w)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.disk)
        self.addPermanentWidget(self.newer)
        self.addPermanentWidget(self.policy)
        self.addPermanentWidget(self.problems)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh_clock)
        self._tick.start()

    def _chip(self, name: str, accessible: str, text: str) -> ElidedLabel:
        """A field that elides at large text sizes (its whole text in its tool tip) rather
        than pushing the window wider than the screen."""
        label = ElidedLabel(text, self, object_name=name, copyable=False)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        label.setAccessibleName(accessible)
        return label

    # -- inputs -------------------------------------------------------------------------------

    def set_policy_version(self, version: str) -> None:
        set_plain(self.policy, arg(self.tr("Policy %1"), version))

    def show_message(self, text: str) -> None:
        """A short plain-text note (e.g. "Decision recorded") beside the chips."""
        set_plain(self.message, text)

    def set_problem_count(self, count: int) -> None:
        self.problems.setText(
            self.tr("No sync problems")
            if count == 0
            else self.tr("⚠ %Ln sync problem(s)", "", count)
        )
        _set_style_property(self.problems, "alert", count > 0)

    def set_pending(self, count: int) -> None:
        set_plain(self.pending, self.tr("%Ln waiting to sync", "", count))
        _set_style_property(self.pending, "chip", "warning" if count > 0 else "")

    def set_newer_version(self, text: str) -> None:
        """ "A newer version (X) is available; ask IT." ("": hidden)."""
        set_plain(self.newer, text)
        self.newer.setVisible(bool(text))

    def set_low_disk(self, free_bytes: int | None, cache_error: str = "") -> None:
        """Warn while the disk is almost full (None: enough space), before a save fails;
        ``cache_error``: cases could not be cached already (the disk is full)."""
        if cache_error:
            set_plain(self.disk, self.tr("Disk full: cases cannot be saved"))
        elif free_bytes is not None:
            megabytes = formats.number(max(0, free_bytes) // (1024 * 1024))
            set_plain(self.disk, arg(self.tr("Disk almost full: %1 MB free"), megabytes))
        else:
            self.disk.hide()
            return
        self.disk.set_note(
            self.tr("Free some space: a decision that cannot be saved is refused, not lost.")
        )
        self.disk.show()

    def set_sync_restarting(self, seconds: float) -> None:
        """Lasting until a round succeeds: "Sync stopped: restarting in N s"."""
        self._restart_at = self._now() + timedelta(seconds=seconds)
        self._show_sync_down()

    def set_sync_stopped(self, text: str) -> None:
        """The sync thread stopped for good: say so, and keep saying it."""
        self._stopped = text
        self._restart_at = None
        self._show_sync_down()

    def _show_sync_down(self) -> bool:
        """Show the stopped state if there is one; True when it was shown."""
        if self._stopped:
            set_plain(self.connection, self._stopped)
        elif self._restart_at is not None:
            left = max(0, round((self._restart_at - self._now()).total_seconds()))
            set_plain(self.connection, self.tr("Sync stopped: restarting in %Ln s", "", int(left)))
        else:
            return False
        _set_style_property(self.connection, "chip", "warning")
        return True

    def apply_report(self, report: SyncReport) -> None:
        self._last = report
        self._restart_at = None  # a round ran: the engine is back
        if report.client_too_old:
            text, chip = self.tr("Client too old: update needed"), "warning"
        elif report.auth_expired:
            text, chip = self.tr("Signed out by the service"), "warning"
        elif report.online is None:
            text, chip = self.tr("Connecting…"), ""
        elif report.online and report.upload_error:
            # the service answers, but uploads fail: say so (the others go on meanwhile)
            text = self.tr(
                "● Online: %Ln decision(s) being retried alone", "", len(report.isolating)
            )
            if not report.isolating:
                text = self.tr("● Online: uploads failing, retrying")
            chip = "warning"
        elif report.online:
            text, chip = self.tr("● Online"), "online"
        else:
            text, chip = self.tr("● Offline: work is kept"), "offline"
        if not self._show_sync_down():
            set_plain(self.connection, text)
            _set_style_property(self.connection, "chip", chip)
        detail = report.error or report.upload_error
        self.connection.set_note(arg(self.tr("Details: %1"), detail) if detail else "")
        self.set_pending(report.pending)
        self.set_problem_count(report.problem_count)
        self.set_low_disk(report.free_bytes if report.low_disk else None, report.cache_error)
        self._lease_expires_at = report.lease_expires_at
        self.refresh_clock()

    def refresh_clock(self) -> None:
        """Once a second: lease countdown and "last sync" age."""
        now = self._now()
        report = self._last
        if self._restart_at is not None:
            self._show_sync_down()  # the countdown
        set_plain(self.last_sync, format_last_sync(report.last_sync_at if report else None, now))
        if report is not None and report.clock_skew_flagged and report.clock_skew_s is not None:
            set_plain(
                self.last_sync,
                arg(
                    self.tr("%1 · clock off by %2", "the last sync, then the clock skew"),
                    self.last_sync.text(),
                    formats.duration(abs(report.clock_skew_s)),
                ),
            )
        expires = self._lease_expires_at
        if expires is None:
            set_plain(self.lease, self.tr("No cases leased"))
            _set_style_property(self.lease, "chip", "")
        else:
            left = (expires - now).total_seconds()
            if left <= 0:
                set_plain(self.lease, self.tr("Lease ended"))
            else:
                set_plain(self.lease, arg(self.tr("Lease %1"), format_countdown(left)))
            _set_style_property(self.lease, "chip", "warning" if left < LEASE_WARNING_S else "")
        # QStatusBar keeps a chip at its first width when the text grows (large text cut it)
        self.reformat()
