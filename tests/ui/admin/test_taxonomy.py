"""The admin's taxonomy page against the real service: draft, edit in the table, the
differences as plain text, publish after the confirmation, and a signed-in desk reading the
new version at its next policy refresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from devkit.qt import cell_text
from reviewer.client.taxonomy import TaxonomyApi
from reviewer.session import Session
from ui.admin.taxonomy import A_LABEL, TaxonomyPage
from ui.common.tasks import Runner

WAIT_MS = 20_000


@pytest.fixture
def admin_session(live_service: LiveService) -> Iterator[Session]:
    session = lead_session(live_service, "admin1")
    yield session
    session.close()


@pytest.fixture
def page(qtbot: QtBot, admin_session: Session) -> Iterator[TaxonomyPage]:
    runner: Runner[TaxonomyApi] = Runner(admin_session, TaxonomyApi)
    widget = TaxonomyPage(runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.close()


def _row_of(page: TaxonomyPage, code: str) -> int:
    table = page.actions_table
    return next(r for r in range(table.rowCount()) if cell_text(table, r, 0) == code)


def test_draft_edit_diff_publish_reaches_a_signed_in_desk(
    qtbot: QtBot, page: TaxonomyPage, live_service: LiveService
) -> None:
    desk = lead_session(live_service, "moderator1")  # signed in before the publication
    try:
        assert desk.call(lambda api: api.policies()).version == "2026.11.1"
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            page.refresh()
        assert not page.publish_button.isEnabled()  # a published version is not editable
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS) as got:
            qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
        draft = got.args[0]
        assert page.publish_button.isEnabled()
        label = page.actions_table.item(_row_of(page, "warn_streamer"), A_LABEL)
        assert label is not None
        label.setText("<b>Caution</b>")
        page.terms.setPlainText(page.terms.toPlainText() + "\nbrandnewterm")
        with qtbot.waitSignal(page.diffShown, timeout=WAIT_MS):
            qtbot.mouseClick(page.diff_button, Qt.MouseButton.LeftButton)
        text = page.diff_view.toPlainText()
        assert (
            "actions warn_streamer: label changed from “Warn streamer” to “<b>Caution</b>”" in text
        )
        assert "flagged_terms brandnewterm: added" in text

        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.confirmation.isVisible, timeout=WAIT_MS)
        assert draft in page.confirmation.text()
        with qtbot.waitSignal(page.published, timeout=WAIT_MS):
            page.confirmation.button(QMessageBox.StandardButton.Yes).click()
        assert not page.save_button.isEnabled()  # published: never changes

        served = desk.call(lambda api: api.policies())  # the desk's next refresh
        assert served.version == draft
        warn = next(a for a in served.actions if a.code == "warn_streamer")
        assert warn.label == "<b>Caution</b>"  # plain text all the way
        assert "brandnewterm" in served.flagged_terms
    finally:
        desk.close()


def test_cancel_publishes_nothing_and_every_control_is_named_and_reachable(
    qtbot: QtBot, page: TaxonomyPage, admin_session: Session
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.new_draft()
    page.ask_publish()
    qtbot.waitUntil(page.confirmation.isVisible, timeout=WAIT_MS)
    page.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    listing = admin_session.call(lambda api: TaxonomyApi(api).versions())
    assert [v.status for v in listing.versions] == ["published", "draft"]
    controls: list[QWidget] = [
        page.actions_table,
        page.areas_table,
        page.terms,
        page.diff_view,
        page.draft_button,
        page.save_button,
        page.diff_button,
        page.publish_button,
    ]
    for w in controls:
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w.objectName()
    for w in controls[:4]:
        assert w.accessibleName(), w.objectName()
    assert page.title() == "Taxonomy"
