"""Wellbeing on screen: staged reveal, exposure minutes, the break reminder, the idle lock
(leases released on the live service), key remaps in the settings dialog and after a new
taxonomy version, the theme switch. Fake clocks throughout: nothing sleeps."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from devkit.cases import synth_case, taxonomy
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.settings import load_settings, update_settings
from reviewer.wellbeing import RevealPolicy, sensitive_categories
from tests.ui.case.test_snapshots import sensitive_index
from tests.ui.desk.test_review_flow import WAIT_MS, Desk, fast_sync
from tests.ui.i18n_kit import assert_translated
from ui.case.screen import CaseView
from ui.common import theme
from ui.common.i18n import mark_untranslated
from ui.settings.dialog import SettingsDialog
from ui.shell.main_window import MainWindow
from ui.wellbeing.feature import format_minutes, mode_for


@pytest.fixture
def app_look() -> Iterator[QApplication]:
    """The application; its style sheet, palette and theme are put back afterwards, so a
    theme test leaves no look behind for the tests after it (sizes depend on it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.styleSheet(), QPalette(app.palette()), app.property("reviewerTheme"))
    yield app
    app.setStyleSheet(before[0])
    app.setPalette(before[1])
    app.setProperty("reviewerTheme", before[2])


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


class _Levels:
    """The reveal policy a settings save would build, swappable while a case is on screen."""

    def __init__(self, level: str, areas: dict[str, str]) -> None:
        self.policy = RevealPolicy.build(taxonomy(), dict.fromkeys(areas, level), level)

    def set(self, level: str, areas: dict[str, str]) -> None:
        self.policy = RevealPolicy.build(taxonomy(), dict.fromkeys(areas, level), level)

    def mode(self, snap: contract.Snapshot) -> str:
        return mode_for(self.policy, snap)


def _image_area(view: CaseView) -> QImage:
    """The viewer's pixels as drawn now (a synchronous render of the widget)."""
    return view.viewer.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel over a grid of pixels (0-255)."""
    total, n = 0, 0
    for y in range(0, min(a.height(), b.height()), 7):
        for x in range(0, min(a.width(), b.width()), 7):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += (
                abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue())
            )
            n += 3
    return total / max(1, n)


def test_a_saved_reveal_level_applies_to_the_case_on_screen_and_a_tighter_veil_never_flashes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bundle = synth_case(tmp_path, want="sensitive")
    view = _case_view(qtbot)
    sensitive = next(s for s in bundle.detail.snapshots if sensitive_categories(s))
    areas = {c: "" for c in sensitive_categories(sensitive, raw=True) if c}
    levels = _Levels("colour", areas)
    view.set_reveal_policy(levels.mode)
    exposures: list[tuple[str, ...]] = []
    view.exposureChanged.connect(exposures.append)
    shown: list[str] = []
    view.caseShown.connect(shown.append)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, bundle.chat, bundle.media_path)
    i = sensitive_index(view)
    view.show_snapshot(i)
    slot = view.snapshot_slots()[i]
    assert slot.mode == "color"
    assert slot.view is not None
    assert slot.thumb is not None
    assert exposures[-1]  # colour: the content is seen as it is
    clear_image = slot.view.toImage()
    clear_keys = {slot.view.cacheKey(), slot.thumb.cacheKey()}
    clear_grab = _image_area(view)

    # every pixmap the viewer paints from here on is recorded
    painted: list[int | None] = []
    shown_pixmap = view.viewer.shown_pixmap

    def spy() -> QPixmap | None:
        pix = shown_pixmap()
        painted.append(None if pix is None else pix.cacheKey())
        return pix

    view.viewer.shown_pixmap = spy  # type: ignore[method-assign]

    # the moderator saves "blurred" for these areas: more veiled, on the case on screen
    levels.set("blurred", areas)
    changed = view.replan_reveal()
    assert i in changed
    assert view.case_id() == bundle.detail.case_id
    assert view.snapshot_slots()[i] is slot  # the same case, re-planned in place
    assert slot.mode == "blur"
    assert slot.clear_effect == "gray"
    # before any event is processed: the viewer holds no clear pixmap, the exposure stopped
    assert slot.view is None or slot.view.cacheKey() not in clear_keys
    assert slot.thumb is None or slot.thumb.cacheKey() not in clear_keys
    assert not view.viewer.showing_clear()
    assert exposures[-1] == ()
    loading_grab = _image_area(view)
    assert _mean_difference(loading_grab, clear_grab) > 8  # the clear picture is gone
    qtbot.waitUntil(lambda: slot.view is not None and slot.thumb is not None, timeout=20_000)
    assert slot.clear is not None
    assert slot.clear.toImage().isGrayscale()  # held, "blurred" shows grey only
    veiled_grab = _image_area(view)
    assert _mean_difference(veiled_grab, clear_grab) > 2
    assert painted  # the viewer did paint in between
    assert not clear_keys & {k for k in painted if k is not None}
    assert slot.view is not None
    assert slot.view.toImage() != clear_image
    assert exposures[-1] == ()  # blurred at rest is not exposure
    view.set_revealed(True)
    assert exposures[-1]  # held: grey is seen, so it counts
    view.set_revealed(False)

    # a decode of the old (clear) plan that arrives late is refused
    view_key = next(k for k in view.decodes.plan(slot) if k.kind == "view")
    stale = dataclasses.replace(view_key, effect="")
    view.decoder.decoded.emit(stale, clear_image)  # no longer awaited
    assert view.decodes.place(stale, QPixmap.fromImage(clear_image)) == 0
    assert slot.view is not None
    assert slot.view.cacheKey() not in clear_keys
    assert slot.view.toImage() != clear_image

    # and back to colour (less veiled): the case changes mode again, still without a switch
    levels.set("colour", areas)
    assert i in view.replan_reveal()
    assert slot.mode == "color"
    qtbot.waitUntil(lambda: slot.view is not None, timeout=20_000)
    assert exposures[-1]  # counted again once the colour image is on screen
    assert shown == [bundle.detail.case_id]  # never a second case shown


def test_saving_settings_in_the_window_re_plans_the_case_on_screen(
    qtbot: QtBot, tmp_path: Path, live_service: LiveService
) -> None:
    d = Desk(qtbot, live_service, fast_sync())
    try:
        bundle = synth_case(tmp_path, want="sensitive")
        view = d.window.case_view
        view.resize(1400, 900)
        with qtbot.waitSignal(view.caseShown, timeout=20_000):
            view.set_case(bundle.detail, bundle.chat, bundle.media_path)
        i = sensitive_index(view)
        view.show_snapshot(i)
        slot = view.snapshot_slots()[i]
        areas = [c for c in sensitive_categories(slot.snapshot, raw=True) if c]
        assert slot.mode != "color"
        assert d.features.wellbeing.exposure.showing == ()  # veiled at rest: not counted
        dialog = d.features.wellbeing.open_settings()
        assert isinstance(dialog, SettingsDialog)
        combos = [dialog.area_combos[code] for code in areas] + [dialog.uncategorised]
        for combo in combos:  # what the sensitive snapshot is flagged for, and "no area"
            combo.setCurrentIndex(combo.findData("colour"))
        messages: list[str] = []
        d.features.wellbeing.message.connect(messages.append)
        with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
            dialog.save_button.click()
        assert view.case_id() == bundle.detail.case_id
        assert slot.mode == "color"
        assert any("apply to this case now" in m for m in messages)
        qtbot.waitUntil(lambda: slot.view is not None, timeout=20_000)
        assert view.exposed_labels()
        # the session's exposure minutes now count this snapshot's category
        assert d.features.wellbeing.exposure.showing == view.exposed_labels()
    finally:
        d.close()


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
    wb = desk.features.wellbeing
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

    # idle: no input for the configured five minutes; a real mouse move over the case
    # counts as input (it reaches wellbeing through the window's one key filter)
    desk.clock.advance(250)
    with qtbot.waitSignal(desk.window.keys.activity, timeout=WAIT_MS):
        qtbot.mouseMove(view, view.rect().center())
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


def test_the_idle_lock_asks_for_a_new_password_after_an_admin_reset(
    qtbot: QtBot, desk: Desk, live_service: LiveService
) -> None:
    wb, lock = desk.features.wellbeing, desk.features.wellbeing.lock_screen
    desk.acknowledge_all()
    with qtbot.waitSignal(wb.locked, timeout=WAIT_MS):
        wb.lock()
    assert not lock.new_password.isVisibleTo(lock)
    with live_service.client("admin1") as admin:
        users = admin.get("/v1/admin/users").json()["items"]
        uid = next(u["user_id"] for u in users if u["username"] == "moderator1")
        reset = admin.post(
            f"/v1/admin/users/{uid}/password-reset", json={"temporary_password": "temporary-1234"}
        )
        assert reset.status_code == 200, reset.text

    qtbot.keyClicks(lock.password, "temporary-1234")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: lock.new_password.isVisibleTo(lock), timeout=WAIT_MS)
    assert lock.confirm.isVisibleTo(lock)
    assert "password was reset" in lock.error.text()
    assert wb.is_locked
    # checked on the desk before anything is sent
    qtbot.keyClicks(lock.new_password, "short")
    lock.unlock_button.click()
    assert "at least 10 characters" in lock.error.text()
    lock.new_password.clear()
    qtbot.keyClicks(lock.new_password, "chosen-password-1")
    qtbot.keyClicks(lock.confirm, "chosen-password-2")
    lock.unlock_button.click()
    assert "differ" in lock.error.text()
    assert wb.is_locked
    lock.confirm.clear()
    qtbot.keyClicks(lock.confirm, "chosen-password-1")
    with qtbot.waitSignal(wb.locked, timeout=WAIT_MS) as unlocked:
        qtbot.keyClick(lock.confirm, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert not lock.isVisible()
    assert lock.new_password.text() == ""
    assert lock.password.text() == ""
    assert live_service.login("moderator1", "chosen-password-1")["user"]["username"] == "moderator1"


def test_remaps_refused_or_deciding_rechecked_on_a_new_taxonomy_and_layout_remembered(
    qtbot: QtBot, desk: Desk, app_look: QApplication
) -> None:
    window = desk.window
    _layout_round_trip(qtbot, desk)
    dialog = desk.features.wellbeing.open_settings()
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
    desk.features.wellbeing.message.connect(messages.append)
    window.set_taxonomy(newer)
    assert any("J is already Restrict chat" in m for m in messages)
    assert load_settings().settings.shortcuts == {}
    chords = window.keys.action_chords()
    assert chords["no_violation"] == "N"
    assert chords["restrict_chat"] == "J"

    # the desktop switching light/dark keeps the theme chosen in Settings
    desk.features.wellbeing.settings = desk.features.wellbeing.settings.model_copy(
        update={"theme": "dark"}
    )
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app_look.property("reviewerTheme") == "dark"

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
    window.layout_memory.save()  # what closing the window does
    again = MainWindow(desk.session, sync_config=fast_sync(), clock=desk.clock)
    qtbot.addWidget(again)
    try:
        assert again.size() == window.size()
        restored = again.findChild(QSplitter, "reviewSplitter")
        assert restored is not None
        assert restored.sizes() == sizes
    finally:
        again.close()  # shuts it down and stops its wellbeing


def test_theme_switch_from_the_dialog(qtbot: QtBot, app_look: QApplication) -> None:
    app = app_look
    settings = update_settings(None, theme="light")
    theme.apply_theme(app, "light")
    dialog = SettingsDialog(taxonomy(), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    combo = dialog.theme_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: High contrast
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # one above it: Dark
    assert combo.currentData() == "dark"
    dialog.break_minutes.setValue(45)
    dialog.area_combos["dangerous_acts"].setCurrentIndex(
        dialog.area_combos["dangerous_acts"].findData("blurred")
    )
    dialog.save_button.click()
    assert app.property("reviewerTheme") == "dark"
    stored = load_settings().settings
    assert stored.theme == "dark"
    assert stored.break_after_minutes == 45
    assert stored.media_reveal_areas == {"dangerous_acts": "blurred"}
    assert saved == [stored]


def test_theme_chosen_and_saved_from_the_keyboard_alone(
    qtbot: QtBot, app_look: QApplication
) -> None:
    """Alt+T reaches the theme, Ctrl+S saves; a listening key button keeps Ctrl+S as a key."""
    app = app_look
    settings = update_settings(None, theme="light")
    theme.apply_theme(app, "light")
    dialog = SettingsDialog(taxonomy(), settings)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=5_000):
        dialog.show()
        dialog.activateWindow()
    saved: list[object] = []
    dialog.saved.connect(saved.append)

    button = dialog.key_buttons["no_violation"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # listen
    qtbot.keyClick(button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == []  # the key went to the button, not to the save shortcut
    assert button.text() == "Ctrl+S"

    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.theme_combo
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_End)
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_Up)  # Dark, above High contrast
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert app.property("reviewerTheme") == "dark"
    stored = load_settings().settings
    assert stored.theme == "dark"
    assert stored.shortcuts == {"no_violation": "Ctrl+S"}
    assert saved == [stored]


def test_the_calibration_window_follows_the_same_veils_and_exposure(
    qtbot: QtBot, desk: Desk
) -> None:
    """QA and dispute windows show cases too: same reveal levels, same session minutes."""
    import shiboken6

    from reviewer.wellbeing import RevealPolicy
    from tests.reviewer.wellbeing_kit import snapshot
    from ui.calibration.window import CALIBRATION_WINDOW, CalibrationWindow
    from ui.wellbeing.feature import mode_for

    wb = desk.features.wellbeing
    desk.features.calibration_action.trigger()
    cal = desk.window.tool_windows.find(CALIBRATION_WINDOW, CalibrationWindow)
    assert isinstance(cal, CalibrationWindow)
    area = desk.session.taxonomy.areas[0].code
    snap = snapshot(("graphic", 0.9, area))
    # the moderator's own level for this area (colour) reaches the QA window's case view
    wb.policy = RevealPolicy.build(desk.session.taxonomy, {area: "colour"})
    assert mode_for(wb.policy, snap) == "color"
    assert cal.case_view.reveal_mode(snap) == "color"

    before = wb.exposure.total_seconds(desk.clock())
    cal.case_view.exposureChanged.emit((area,))
    desk.clock.advance(120)
    assert wb.exposure.total_seconds(desk.clock()) - before == pytest.approx(120)
    view = cal.case_view
    cal.close()  # with the sensitive snapshot still "on screen"
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=WAIT_MS)
    stopped = wb.exposure.total_seconds(desk.clock())
    desk.clock.advance(300)
    assert wb.exposure.total_seconds(desk.clock()) == pytest.approx(stopped)


def test_the_wellbeing_widgets_in_the_pseudo_locale(
    qtbot: QtBot, pseudo_locale: str, desk: Desk
) -> None:
    """The exposure chip, the break reminder and the idle lock: every word of ours marked,
    nothing cut (the desk is built after the switch, as at a sign-in)."""
    wb = desk.features.wellbeing
    desk.window.resize(1280, 800)
    desk.acknowledge_all()
    assert_translated(wb.status)
    wb.status.show_seconds({"violent_graphic": 725.0, "uncategorised": 20.0, "x_y": 5.0}, {})
    assert_translated(wb.status)
    assert wb.settings_action.text().startswith("⟦")
    wb.reminder.remind(12)
    assert_translated(wb.reminder)
    with qtbot.waitSignal(wb.locked, timeout=WAIT_MS):
        wb.lock()
    lock = wb.lock_screen
    lock.show_error("The service said no.")  # server text: shown as it came
    mark_untranslated(lock.error)
    assert_translated(lock)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        ({"violent_graphic": 725.0, "x_y": 20.0}, "Violent 12 min · x y <1 min"),
        ({"uncategorised": 61.0}, "uncategorised 1 min"),
        ({}, ""),
    ],
)
def test_format_minutes(seconds: dict[str, float], text: str) -> None:
    """Minutes per category: the taxonomy's label, else the code read as words."""
    assert format_minutes(seconds, {"violent_graphic": "Violent"}) == text
