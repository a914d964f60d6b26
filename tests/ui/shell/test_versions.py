"""Versions and updates (#13 part 6): the About dialog, the "newer version" chip and the
"this version is too old" page, against the reference service on loopback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import reviewer
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.store.decisions import Store
from reviewer.versions import newer_available
from tests.ui.desk.test_review_flow import WAIT_MS, Desk, fast_sync
from tests.ui.i18n_kit import assert_translated
from ui.shell.about import AboutDialog
from ui.shell.signin import SignInDialog
from ui.shell.too_old import TooOldPage

CONTACT = "IT service desk, ext. 4242 <b>not bold</b>"
NEWER = "9.9.0"
DOWNLOAD = "https://it.example/desk/9.9.0"


@pytest.fixture
def site_contact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """IT's site.toml names a contact (with markup that must stay plain text)."""
    site = tmp_path / "site.toml"
    site.write_text(f'[support]\ncontact = "{CONTACT}"\n', encoding="utf-8")
    monkeypatch.setenv("REVIEWER_SITE_CONFIG", str(site))
    return CONTACT


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_versions_compare_by_number_not_by_text() -> None:
    assert newer_available("0.1.0", "0.10.0")
    assert newer_available("0.9.9", "1.0")
    assert not newer_available("0.1.0", "0.1.0")
    assert not newer_available("1.2.0", "1.1.9")
    assert not newer_available("0.1.0", None)
    assert not newer_available("0.1.0", "latest")  # unreadable: never a false prompt


def test_a_newer_version_shows_in_the_status_bar_and_the_about_dialog(
    qtbot: QtBot, live_service_factory: Callable[..., LiveService], site_contact: str
) -> None:
    service = live_service_factory(
        ["--newest-client-version", NEWER, "--client-download-url", DOWNLOAD]
    )
    desk = Desk(qtbot, service, fast_sync())
    try:
        window = desk.window
        qtbot.waitUntil(lambda: window.service_info is not None, timeout=WAIT_MS)
        chip = window.status.newer
        qtbot.waitUntil(chip.isVisible, timeout=WAIT_MS)
        assert chip.text() == f"A newer version ({NEWER}) is available; ask IT."
        assert chip.property("chip") in (None, "")  # calm: not a warning
        dialog = window.show_about()
        qtbot.waitExposed(dialog)
        assert dialog.version.text() == f"Version {reviewer.__version__}"
        assert dialog.service.text() == f"Case service: {desk.session.server_url}"
        assert dialog.service_version.text() == f"Service version: {reviewer.__version__}"
        assert dialog.it_contact.text() == f"IT contact: {site_contact}"
        assert dialog.it_contact.textFormat() == Qt.TextFormat.PlainText
        assert dialog.newer.isVisible()
        assert dialog.newer.text() == chip.text()
        assert dialog.download.text() == f"IT gets it from: {DOWNLOAD}"
        assert dialog.accessibleName() == "About Live Review Desk"
        dialog.close()
    finally:
        desk.close()


def test_no_chip_when_the_advertised_version_is_not_newer(
    qtbot: QtBot, live_service_factory: Callable[..., LiveService]
) -> None:
    service = live_service_factory(["--newest-client-version", reviewer.__version__])
    desk = Desk(qtbot, service, fast_sync())
    try:
        window = desk.window
        qtbot.waitUntil(lambda: window.service_info is not None, timeout=WAIT_MS)
        assert window.service_info is not None
        assert window.service_info.newest_client_version == reviewer.__version__
        assert not window.status.newer.isVisible()
        dialog = window.show_about()
        assert not dialog.newer.isVisible()
        assert not dialog.download.isVisible()
        dialog.close()
    finally:
        desk.close()


def test_too_old_page_keeps_every_pending_decision_for_a_newer_desk(
    qtbot: QtBot, live_service: LiveService, site_contact: str
) -> None:
    """Decided offline; the service comes back requiring 9.0.0: the window shows the
    too-old page (versions, IT contact), sync stops, sign-out still works, and the
    decisions wait on disk; a desk the service accepts, opening the same store, sends them."""
    desk = Desk(qtbot, live_service, fast_sync(lease_size=5, prefetch_depth=5, min_open=5))
    try:
        desk.acknowledge_all()
        desk.start()
        qtbot.waitUntil(
            lambda: sum(r.detail_cached for r in desk.window.store.open_cases()) >= 3,
            timeout=60_000,
        )
        live_service.stop()
        decided = [desk.decide(Qt.Key.Key_N) for _ in range(3)]
        assert desk.window.store.outbox_counts()["pending"] == 3
        live_service.extra_args = [*live_service.extra_args, "--min-client-version", "9.0.0"]
        live_service.start()
        desk.window.sync.retry_now()
        window = desk.window
        qtbot.waitUntil(
            lambda: window.pages.currentWidget() is window.too_old_page, timeout=WAIT_MS
        )
        page = desk.window.too_old_page
        assert isinstance(page, TooOldPage)
        assert page.versions.text() == (
            f"Installed version: {reviewer.__version__}. The case service needs 9.0.0 or newer."
        )
        assert page.kept.text() == (
            "3 decisions not sent yet are kept on this computer; the newer version sends "
            "them when you sign in with it."
        )
        assert site_contact in page.contact.text()
        assert desk.controller.current is None  # no case stays on screen
        assert not desk.window.queues_action.isEnabled()
        assert not desk.features.calibration_action.isEnabled()
        assert desk.window.about_action.isEnabled()
        report = desk.window.last_report
        assert report is not None
        assert report.client_too_old
        store_path = desk.window.store_path
        with qtbot.waitSignal(desk.window.signedOut, timeout=WAIT_MS):
            page.sign_out.click()
    finally:
        desk.close()
    with Store.open(store_path) as store:
        assert store.outbox_counts()["pending"] == 3  # nothing purged
    live_service.stop()
    live_service.extra_args = [
        a for a in live_service.extra_args if a not in ("--min-client-version", "9.0.0")
    ]
    live_service.start()
    newer = Desk(qtbot, live_service, fast_sync())
    try:
        assert newer.window.store_path == store_path
        newer.wait_synced()
        assert sorted(d["case_id"] for d in newer.service_decisions()) == sorted(decided)
    finally:
        newer.close()


# -- the pseudo-locale: every word translated, nothing cut -------------------------------------


def test_about_dialog_and_too_old_page_are_translated(qtbot: QtBot, pseudo_locale: str) -> None:
    info = contract.ServiceInfo(
        name="reference",
        version="0.1.0",
        min_client_version="0.1.0",
        server_time=datetime.now(UTC),
        newest_client_version=NEWER,
        client_download_url=DOWNLOAD,
    )
    dialog = AboutDialog(server_url="https://review.example.com", info=info, it_contact=CONTACT)
    _show(qtbot, dialog)
    assert dialog.newer.isVisible()
    assert_translated(dialog)
    bare = AboutDialog()
    _show(qtbot, bare)
    assert_translated(bare)
    page = TooOldPage(CONTACT)
    page.show_state("9.0.0", 4)
    _show(qtbot, page)
    page.resize(900, 600)
    assert_translated(page)


def test_the_sign_in_dialog_opens_about_with_the_it_contact(
    qtbot: QtBot, site_contact: str
) -> None:
    dialog = SignInDialog(lambda request: None)
    _show(qtbot, dialog)
    dialog.about_button.click()
    about = dialog.about_dialog
    assert about is not None
    qtbot.waitExposed(about)
    assert about.it_contact.text() == f"IT contact: {site_contact}"
    assert about.service.text() == "Case service: not signed in"
    about.close()
