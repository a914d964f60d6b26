"""Wellbeing on screen: staged reveal, exposure minutes, the break reminder, the idle lock
(leases released on the live service), key remaps in the settings dialog and after a new
taxonomy version, the theme switch. Fake clocks throughout: nothing sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from reviewer import contract
from reviewer.settings import load_settings, update_settings
from reviewer.wellbeing import RevealPolicy, sensitive_categories
from tests.live_service import LiveService
from tests.ui.test_review_flow import WAIT_MS, Desk, fast_sync
from tests.ui.test_snapshots import sensitive_index
from tools.shot_case_view import synth_case, taxonomy
from ui import theme
from ui.case_view import CaseView
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.wellbeing import mode_for


def _case_view(qtbot: QtBot) -> CaseView:
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    return view


def test_staged_reveal_levels_shape_what_is_drawn_and_what_counts_as_exposure(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    view = _case_view(qtbot)
    sensitive = next(s for s in bundle.detail.snapshots if sensitive_categories(s))
    areas = {c: "colour" for c in sensitive_categories(sensitive, raw=True) if c}

    def show(level: str) -> int:
        personal = {c: level for c in areas}
        policy = RevealPolicy.build(taxonomy(), personal, level)
        view.set_reveal_policy(lambda snap: mode_for(policy, snap))
        with qtbot.waitSignal(view.caseShown, timeout=20_000):
            view.set_case(bundle.detail, bundle.chat, bundle.media_path)
        i = sensitive_index(view)
        view.show_snapshot(i)
        return i

    exposures: list[tuple[str, ...]] = []
    view.exposureChanged.connect(exposures.append)

    # blurred: blurred at rest, and even held it is grey, never colour
    i = show("blurred")
    slot = view.snapshot_slots()[i]
    assert slot.mode == "blur"
    assert slot.clear is not None
    assert slot.clear.toImage().isGrayscale()
    assert not slot.view.toImage().isGrayscale()  # type: ignore[union-attr]
    assert exposures == []
    view.set_revealed(True)
    assert view.viewer.showing_clear()
    assert exposures[-1]  # held: the moderator sees it (grey), so it counts
    view.set_revealed(False)
    assert exposures[-1] == ()

    # hold to reveal: blurred at rest, colour while held
    i = show("hold_to_reveal")
    slot = view.snapshot_slots()[i]
    assert slot.mode == "blur"
    assert slot.clear is not None
    assert not slot.clear.toImage().isGrayscale()

    # grayscale: grey at rest, and grey on screen is exposure
    exposures.clear()
    i = show("grayscale")
    slot = view.snapshot_slots()[i]
    assert slot.mode == "gray"
    assert slot.view.toImage().isGrayscale()  # type: ignore[union-attr]
    assert exposures
    assert exposures[-1]

    # colour: as it is, nothing held back
    i = show("colour")
    slot = view.snapshot_slots()[i]
    assert not slot.veiled
    assert slot.clear is None


# -- with a signed-in window on the live service -------------------------------------------------


@pytest.fixture
def desk(qtbot: QtBot, live_service: LiveService) -> Iterator[Desk]:
    update_settings(None, idle_after_seconds=300, break_after_minutes=2)
    d = Desk(qtbot, live_service, fast_sync())
    yield d
    d.close()


def test_exposure_minutes_break_reminder_and_idle_lock_that_releases_leases(
    qtbot: QtBot, desk: Desk, live_service: LiveService
) -> None:
    wb = desk.window.wellbeing
    view = desk.window.case_view
    desk.acknowledge_all()
    desk.start()
    case_id = desk.wait_for_case()

    # exposure: the case view reports sensitive pixels on screen; minutes per category
    view.exposureChanged.emit(("violent_graphic",))
    desk.clock.advance(90)
    wb.check()
    assert "Violent and graphic content 1 min" in wb.status.text()
    assert not wb.reminder.isVisible()
    desk.clock.advance(31)  # 2 minutes and a second of exposure: the reminder is due
    view.exposureChanged.emit(())
    wb.check()
    assert wb.reminder.isVisible()
    assert "2 minutes" in wb.reminder.text.text()
    wb.reminder.dismiss_button.click()
    assert not wb.reminder.isVisible()
    assert not wb.is_locked  # 121 s without input: under the 5 minutes

    # idle: no input for the configured five minutes
    wb.idle.activity(desk.clock())
    desk.clock.advance(299)
    wb.check()
    assert not wb.is_locked
    desk.clock.advance(1)
    with qtbot.waitSignal(wb.locked, timeout=WAIT_MS):
        wb.check()
    assert wb.lock_screen.isVisible()
    assert "went back to the queue" in wb.lock_screen.explain.text()
    assert not desk.window.pages.isVisible()  # content hidden
    assert view.case_id() is None
    assert desk.controller.current is None
    assert not desk.window.pause_action.isEnabled()
    assert not desk.window.keys.is_enabled()
    qtbot.waitUntil(lambda: desk.window.store.case_state(case_id) == "released", timeout=WAIT_MS)
    with live_service.client("admin1") as client:
        assert client.get(f"/v1/cases/{case_id}").json()["status"] == "open"

    # a wrong password keeps the lock; the right one lifts it
    lock = wb.lock_screen
    qtbot.keyClicks(lock.password, "wrong-password")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=WAIT_MS)
    assert wb.is_locked
    lock.password.clear()
    qtbot.keyClicks(lock.password, "demo-moderator1")
    with qtbot.waitSignal(wb.locked, timeout=WAIT_MS) as unlocked:
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert not lock.isVisible()
    assert desk.window.pages.isVisible()
    assert desk.window.pause_action.isEnabled()
    assert desk.window.pause_action.text() == "Resume"  # still paused: resume is a choice
    desk.window.pause_action.trigger()
    desk.wait_for_case()


def test_remaps_refused_or_deciding_rechecked_on_a_new_taxonomy_and_layout_remembered(
    qtbot: QtBot, desk: Desk
) -> None:
    window = desk.window
    _layout_round_trip(qtbot, desk)
    dialog = window.wellbeing.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    button = dialog.key_buttons["no_violation"]
    assert button.text() == "N"

    def press_new_key(
        key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        qtbot.keyClick(button, Qt.Key.Key_Space)  # listen
        assert button.listening
        qtbot.keyClick(button, key, mods)

    press_new_key(Qt.Key.Key_W)
    assert "W is already Warn streamer" in dialog.key_error_text()
    assert button.text() == "N"
    press_new_key(Qt.Key.Key_V)
    assert "V is kept for holding to reveal" in dialog.key_error_text()
    press_new_key(Qt.Key.Key_3)
    assert "3 picks the policy area" in dialog.key_error_text()
    press_new_key(Qt.Key.Key_J)
    assert dialog.key_error_text() == ""
    assert button.text() == "J"
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.save_button.click()
    assert load_settings().settings.shortcuts == {"no_violation": "J"}
    assert window.keys.action_chords()["no_violation"] == "J"

    # the remapped key decides; the old one no longer does
    desk.acknowledge_all()
    desk.start()
    case_id = desk.wait_for_case()
    with qtbot.waitSignal(desk.controller.decided, timeout=WAIT_MS) as decided:
        desk.press(Qt.Key.Key_J)
    assert decided.args[0].case_id == case_id
    assert decided.args[0].action == "no_violation"

    # a new taxonomy version puts J on a new action: the remap is reported and dropped
    newer = window.session.taxonomy.model_copy(deep=True)
    newer.version = "2099.1"
    newer.actions.append(
        contract.ActionDef(code="restrict_chat", label="Restrict chat", shortcut="j")
    )
    messages: list[str] = []
    window.wellbeing.message.connect(messages.append)
    window.set_taxonomy(newer)
    assert any("J is already Restrict chat" in m for m in messages)
    assert load_settings().settings.shortcuts == {}
    chords = window.keys.action_chords()
    assert chords["no_violation"] == "N"
    assert chords["restrict_chat"] == "J"

    # the desktop switching light/dark keeps the theme chosen in Settings
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.wellbeing.settings = window.wellbeing.settings.model_copy(update={"theme": "dark"})
    try:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert app.property("reviewerTheme") == "dark"
    finally:
        theme.apply_theme(app, "light")

    # closing the window saves its layout
    ini = window.paths.config_dir / "window.ini"
    ini.unlink(missing_ok=True)
    window.close()
    assert ini.is_file()


def _layout_round_trip(qtbot: QtBot, desk: Desk) -> None:
    """Geometry and splitters saved by one window come back in the next (same screen)."""
    window = desk.window
    # restoreGeometry keeps a window on its screen (offscreen: a small one), so fit in it
    window.resize(window.screen().availableGeometry().size() - QSize(40, 40))
    splitter = window.findChild(QSplitter, "reviewSplitter")
    assert splitter is not None
    splitter.setSizes([500, 300])
    sizes = splitter.sizes()
    window.wellbeing.save_layout()  # what closing the window does
    again = MainWindow(desk.session, sync_config=fast_sync(), clock=desk.clock)
    qtbot.addWidget(again)
    try:
        assert again.size() == window.size()
        restored = again.findChild(QSplitter, "reviewSplitter")
        assert restored is not None
        assert restored.sizes() == sizes
    finally:
        again.close()  # shuts it down and stops its wellbeing


def test_theme_switch_from_the_dialog(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = update_settings(None, theme="light")
    theme.apply_theme(app, "light")
    dialog = SettingsDialog(taxonomy(), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    combo = dialog.theme_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: Dark
    assert combo.currentData() == "dark"
    dialog.break_minutes.setValue(45)
    dialog.area_combos["dangerous_acts"].setCurrentIndex(
        dialog.area_combos["dangerous_acts"].findData("blurred")
    )
    try:
        dialog.save_button.click()
        assert app.property("reviewerTheme") == "dark"
        stored = load_settings().settings
        assert stored.theme == "dark"
        assert stored.break_after_minutes == 45
        assert stored.media_reveal_areas == {"dangerous_acts": "blurred"}
        assert saved == [stored]
    finally:
        theme.apply_theme(app, "light")
