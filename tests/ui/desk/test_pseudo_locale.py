"""The desk's own windows in the pseudo-locale: the guideline banner and the skip dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from reviewer.contract import Announcement
from tests.ui.i18n_kit import assert_translated
from ui.desk.banner import AnnouncementBanner
from ui.desk.controller import SkipReasonDialog

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _announcement(n: int) -> Announcement:
    return Announcement(
        id=f"a{n}",
        title=f"Guideline {n} from the service",
        body="Streams that show weapons are escalated from today.",
        published_at=NOW,
        policy_version="2026.11.1",
    )


def test_the_banner_with_one_and_with_more_updates(qtbot: QtBot, pseudo_locale: str) -> None:
    banner = AnnouncementBanner()
    qtbot.addWidget(banner)
    banner.resize(1200, 160)
    banner.set_announcements([_announcement(1), _announcement(2)])
    banner.show()
    qtbot.waitExposed(banner)
    assert "2026.11.1" in banner.footer.text()
    assert_translated(banner)  # the title and body are the service's words: skipped
    banner.acknowledge_current()
    assert_translated(banner)


def test_the_skip_dialog(qtbot: QtBot, pseudo_locale: str) -> None:
    reasons = list(taxonomy().skip_reasons)
    dialog = SkipReasonDialog(reasons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_translated(dialog)
