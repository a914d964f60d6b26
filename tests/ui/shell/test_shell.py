"""Small pieces of the shell, without a service: themes, status bar, banner, problems list,
the holding cache, the handle-time clock and the skip dialog."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.contract import Announcement, ReasonDef
from reviewer.store.decisions import HELD_STATUS
from reviewer.store.rows import ProblemRow
from reviewer.sync import SyncReport
from ui.common import theme
from ui.desk.banner import AnnouncementBanner
from ui.desk.controller import HandleClock, SkipReasonDialog
from ui.desk.sync_thread import HoldingCache
from ui.shell.problems_dialog import ProblemsDialog
from ui.shell.status_bar import ReviewStatusBar, format_countdown, format_last_sync

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", theme.THEMES)
def test_themes_load_through_importlib_resources(name: str, qapp: QApplication) -> None:
    qss = theme.read_qss(name)
    colours = theme.parse_palette(qss)
    assert {"window", "text", "base", "highlight"} <= set(colours)
    assert "#announcementBanner" in qss
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.styleSheet(), app.palette())
    try:
        assert theme.apply_theme(app, name) == name
        window = app.palette().color(QPalette.ColorRole.Window).name()
        assert window == colours["window"].lower()
    finally:
        app.setStyleSheet(before[0])
        app.setPalette(before[1])


@pytest.mark.parametrize("name", theme.THEMES)
def test_theme_images_resolve_to_files(name: str) -> None:
    import re
    from pathlib import Path

    qss = theme.read_qss(name)
    assert "@ICONS@" not in qss
    for url in re.findall(r"url\(([^)]+)\)", qss):
        assert Path(url).is_file(), url


def test_dark_check_box_is_visible_on_its_background(qtbot: QtBot) -> None:
    """Fusion alone drew the frame darker than the dark base: a box nobody could find."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.styleSheet(), app.palette(), app.style().name())
    try:
        theme.apply_theme(app, "dark")
        box = QCheckBox("Flagged only")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        background = image.pixelColor(image.width() - 2, image.height() // 2).lightness()
        lightest = max(
            image.pixelColor(x, y).lightness()
            for x in range(indicator.left(), indicator.right() + 1)
            for y in range(indicator.top(), indicator.bottom() + 1)
        )
        assert lightest - background > 40  # Fusion alone: 6
    finally:
        app.setStyleSheet(before[0])
        app.setPalette(before[1])
        app.setStyle(before[2])


def test_system_theme_is_the_default_and_unknown_names_are_refused(qapp: QApplication) -> None:
    assert theme.resolve("system") in theme.THEMES
    assert theme.resolve("dark") == "dark"
    with pytest.raises(ValueError, match="unknown theme"):
        theme.read_qss("neon")
    assert not theme.app_icon().isNull()


def _report(**changes: object) -> SyncReport:
    base: dict[str, object] = {
        "at": NOW,
        "online": True,
        "pending": 0,
        "synced_total": 0,
        "problem_count": 0,
    }
    base.update(changes)
    return SyncReport(**base)  # type: ignore[arg-type]


def test_status_bar_shows_connection_queue_lease_and_problems(qtbot: QtBot) -> None:
    clock = {"now": NOW}
    bar = ReviewStatusBar(now=lambda: clock["now"])
    qtbot.addWidget(bar)
    bar.apply_report(
        _report(
            online=False,
            pending=3,
            problem_count=2,
            last_sync_at=NOW - timedelta(seconds=30),
            lease_expires_at=NOW + timedelta(minutes=9, seconds=5),
            error="The case service cannot be reached.",
        )
    )
    assert bar.connection.text().startswith("● Offline")
    assert bar.pending.text() == "3 waiting to sync"
    assert bar.last_sync.text() == "Last sync: 30 s ago"
    assert bar.lease.text() == "Lease 9:05"
    assert bar.problems.text() == "⚠ 2 sync problems"
    assert bar.problems.property("alert") is True
    clock["now"] = NOW + timedelta(minutes=8)
    bar.refresh_clock()
    assert bar.lease.text() == "Lease 1:05"
    assert bar.lease.property("chip") == "warning"
    with qtbot.waitSignal(bar.problemsRequested):
        bar.problems.click()
    bar.apply_report(_report(online=True, lease_expires_at=None))
    assert bar.connection.text() == "● Online"
    assert bar.lease.text() == "No cases leased"
    assert bar.problems.text() == "No sync problems"
    assert format_countdown(3723) == "1:02:03"
    assert format_countdown(-5) == "0:00"
    assert format_last_sync(None, NOW) == "Last sync: not yet"


def _announcement(ident: str, minutes: int, **changes: object) -> Announcement:
    data: dict[str, object] = {
        "id": ident,
        "title": f"<b>{ident}</b>",
        "body": "<img src='file:///etc/hostname'> read me",
        "published_at": NOW + timedelta(minutes=minutes),
        "policy_version": "2026.11.2",
    }
    data.update(changes)
    return Announcement.model_validate(data)


def test_banner_shows_urgent_updates_oldest_first_as_plain_text(qtbot: QtBot) -> None:
    banner = AnnouncementBanner()
    qtbot.addWidget(banner)
    banner.set_announcements(
        [
            _announcement("later", 5),
            _announcement("first", 1),
            _announcement("info", 0, severity="info"),
            _announcement("seen", 2, acknowledged=True),
            _announcement("local", 3),
        ],
        already_acknowledged=["local"],
    )
    assert banner.pending()
    assert banner.title.text() == "<b>first</b>"
    assert banner.title.textFormat() == Qt.TextFormat.PlainText
    assert banner.body.textFormat() == Qt.TextFormat.PlainText
    assert "1 more" in banner.footer.text()
    with qtbot.waitSignal(banner.acknowledged) as first:
        banner.ack_button.click()
    assert first.args == ["first"]
    with qtbot.waitSignal(banner.acknowledged) as second:
        banner.ack_button.click()
    assert second.args == ["later"]
    assert not banner.pending()
    assert banner.isHidden()
    banner.set_announcements([_announcement("first", 1)])
    assert not banner.pending()  # acknowledged once: never asked again


def test_problems_list_is_plain_text_with_case_action_status_and_reason(qtbot: QtBot) -> None:
    rows = [
        ProblemRow(
            decision_id="d1",
            case_id="LV-000001",
            action="ban_account",
            status="case_conflict",
            reason="someone else decided\nthis case <b>first</b>",
            at=NOW,
        )
    ]
    dialog = ProblemsDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    _when, case_id, action, status, reason = dialog.model.row_text(0)
    assert (case_id, action) == ("LV-000001", "ban_account")
    assert status.startswith("Conflict")
    assert reason == "someone else decided this case <b>first</b>"
    empty = ProblemsDialog([])
    qtbot.addWidget(empty)
    assert not empty.empty.isHidden()


def test_a_held_decision_can_be_sent_again_from_the_problems_list(qtbot: QtBot) -> None:
    reason = "Held on this desk after 5 attempts alone: boom (HTTP 500, request id req-1)"
    rows = [
        ProblemRow("d1", "LV-1", "warn", HELD_STATUS, reason, NOW),
        ProblemRow("d2", "LV-2", "warn", "rejected", "no", NOW),
    ]
    dialog = ProblemsDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.model.row_text(0)[3].startswith("Held on this desk")
    assert "req-1" in dialog.model.row_text(0)[4]
    assert not dialog.retry.isHidden()
    with qtbot.waitSignal(dialog.retryRequested) as sent:
        dialog.retry.click()
    assert sent.args == [["d1"]]
    assert not dialog.retry.isEnabled()
    plain = ProblemsDialog(rows[1:])
    qtbot.addWidget(plain)
    assert plain.retry.isHidden()


def test_status_bar_says_when_uploads_fail_while_the_service_answers(qtbot: QtBot) -> None:
    bar = ReviewStatusBar()
    qtbot.addWidget(bar)
    bar.apply_report(_report(upload_error="boom (HTTP 500)", isolating=("d1",)))
    assert bar.connection.text() == "● Online: 1 decision being retried alone"
    assert bar.connection.property("chip") == "warning"
    assert "HTTP 500" in bar.connection.toolTip()
    bar.apply_report(_report(upload_error="boom (HTTP 500)"))
    assert bar.connection.text() == "● Online: uploads failing, retrying"
    bar.apply_report(_report())
    assert bar.connection.text() == "● Online"


def test_status_bar_keeps_saying_sync_stopped_until_a_round_runs(qtbot: QtBot) -> None:
    clock = {"now": NOW}
    bar = ReviewStatusBar(now=lambda: clock["now"])
    qtbot.addWidget(bar)
    bar.set_sync_restarting(8)
    assert bar.connection.text() == "Sync stopped: restarting in 8 s"
    bar.show_message("Decision recorded")  # a transient note does not replace it
    clock["now"] = NOW + timedelta(seconds=3)
    bar.refresh_clock()
    assert bar.connection.text() == "Sync stopped: restarting in 5 s"
    assert bar.connection.property("chip") == "warning"
    bar.apply_report(_report())
    assert bar.connection.text() == "● Online"
    bar.set_sync_stopped("Sync stopped after 6 errors in 10 minutes")
    bar.apply_report(_report())  # a late report does not hide it
    assert bar.connection.text().startswith("Sync stopped after 6")


def test_holding_cache_keeps_a_held_case_until_released(tmp_path: Path) -> None:
    cache = HoldingCache(tmp_path / "content")
    data = b"snapshot bytes"
    sha = hashlib.sha256(data).hexdigest()
    cache.put_media(sha, data)
    cache.hold("LV-1")
    cache.evict_case("LV-1", [sha])
    assert cache.media_path(sha) is not None  # held: the undo window may bring it back
    cache.unhold("LV-1", evict=True)
    assert cache.media_path(sha) is not None  # the GUI thread deletes no file
    assert cache.flush_evictions() == 1  # the sync thread does
    assert cache.media_path(sha) is None
    cache.put_media(sha, data)
    cache.hold("LV-3")
    cache.evict_case("LV-3", [sha])
    cache.unhold("LV-3", evict=True)
    cache.hold("LV-3")  # back on screen before the sync thread got to it
    assert cache.flush_evictions() == 0
    assert cache.media_path(sha) is not None
    cache.unhold("LV-3", evict=True)
    assert cache.flush_evictions() == 1
    assert cache.media_path(sha) is None
    cache.put_media(sha, data)
    cache.hold("LV-2")
    cache.evict_case("LV-2", [sha])
    cache.unhold("LV-2", evict=False)  # undone: the case is on screen again
    assert cache.media_path(sha) is not None
    cache.close()


def test_handle_clock_counts_only_while_running() -> None:
    now = {"t": 0.0}
    clock = HandleClock(lambda: now["t"])
    clock.set_running(True)
    now["t"] = 2.5
    clock.set_running(False)
    now["t"] = 60.0
    assert clock.elapsed_ms() == 2500
    clock.set_running(True)
    now["t"] = 61.0
    assert clock.elapsed_ms() == 3500
    clock.reset(1000)
    assert clock.elapsed_ms() == 1000


def test_skip_dialog_takes_a_digit(qtbot: QtBot) -> None:
    reasons = [ReasonDef(code="language", label="Language"), ReasonDef(code="other", label="Other")]
    dialog = SkipReasonDialog(reasons)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert dialog.reason() == "other"


def test_status_bar_warns_while_the_disk_is_almost_full(qtbot: QtBot) -> None:
    bar = ReviewStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.disk.isVisible()
    bar.apply_report(_report(free_bytes=150 * 1024 * 1024, low_disk=True))
    assert bar.disk.isVisible()
    assert bar.disk.text() == "Disk almost full: 150 MB free"
    bar.show_message("Decision recorded")  # a transient note does not replace it
    assert bar.disk.isVisible()
    bar.apply_report(_report(free_bytes=1024, low_disk=True, cache_error="The disk is full"))
    assert bar.disk.text() == "Disk full: cases cannot be saved"
    bar.apply_report(_report(free_bytes=5 * 1024**3, low_disk=False))  # space came back
    assert not bar.disk.isVisible()


def test_held_decisions_can_be_exported_for_support_from_the_problems_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The button asks for a file and hands its path on; cancelling hands on nothing."""
    rows = [ProblemRow("d1", "LV-1", "warn", HELD_STATUS, "boom (HTTP 500)", NOW)]
    dialog = ProblemsDialog(rows)
    qtbot.addWidget(dialog)
    assert not dialog.export.isHidden()
    target = tmp_path / "held.json"
    dialog.choose_export_path = lambda: str(target)
    with qtbot.waitSignal(dialog.exportRequested) as asked:
        dialog.export.click()
    assert asked.args == [str(target)]
    dialog.choose_export_path = lambda: ""
    with qtbot.assertNotEmitted(dialog.exportRequested):
        dialog.export.click()
    plain = ProblemsDialog([ProblemRow("d2", "LV-2", "warn", "rejected", "no", NOW)])
    qtbot.addWidget(plain)
    assert plain.export.isHidden()
