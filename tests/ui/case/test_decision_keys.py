"""Decision keys: one press decides once; held, doubled, early or typed keys never do."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from ui.case.decision_keys import DecisionKeyFilter, area_shortcuts, is_text_entry, parse_chord


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Rig:
    """A window with a button and a text field, the filter installed on the application."""

    def __init__(self, qtbot: QtBot) -> None:
        self.clock = FakeClock()
        self.window = QWidget()
        qtbot.addWidget(self.window)
        layout = QVBoxLayout(self.window)
        self.button = QPushButton("focus target", self.window)
        self.edit = QLineEdit(self.window)
        self.notes = QPlainTextEdit(self.window)
        for w in (self.button, self.edit, self.notes):
            layout.addWidget(w)
        self.keys = DecisionKeyFilter(clock=self.clock, scope=self.window)
        assert self.keys.set_taxonomy(taxonomy()) == []
        self.actions: list[str] = []
        self.areas: list[str] = []
        self.other: list[str] = []
        self.keys.actionKey.connect(self.actions.append)
        self.keys.areaKey.connect(self.areas.append)
        self.keys.undoRequested.connect(lambda: self.other.append("undo"))
        self.keys.skipRequested.connect(lambda: self.other.append("skip"))
        self.keys.revealChanged.connect(lambda on: self.other.append(f"reveal:{on}"))
        QApplication.instance().installEventFilter(self.keys)  # type: ignore[union-attr]
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.button.setFocus()
        qtbot.waitUntil(self.button.hasFocus)

    def press(
        self,
        key: Qt.Key,
        *,
        autorep: bool = False,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        text: str = "",
        release: bool = True,
    ) -> None:
        target = QApplication.focusWidget() or self.window
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text, autorep))
        if release:
            QApplication.sendEvent(
                target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text, autorep)
            )

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self.keys)  # type: ignore[union-attr]


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    r = Rig(qtbot)
    yield r
    r.close()


def test_a_key_decides_once(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == ["no_violation"]
    qtbot.keyClick(rig.button, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier)
    assert rig.actions == ["no_violation", "end_stream"]


def test_auto_repeat_is_ignored(rig: Rig) -> None:
    rig.press(Qt.Key.Key_N, text="n")
    for _ in range(5):
        rig.press(Qt.Key.Key_N, text="n", autorep=True)
    assert rig.actions == ["no_violation"]


def test_keys_do_nothing_while_a_text_field_has_focus(qtbot: QtBot, rig: Rig) -> None:
    rig.edit.setFocus()
    qtbot.waitUntil(rig.edit.hasFocus)
    qtbot.keyClicks(rig.edit, "nwmes")
    assert rig.actions == []
    assert rig.edit.text() == "nwmes"  # the keys went to the field, not to a decision
    qtbot.keyClick(rig.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rig.other == []  # Ctrl+Z undoes typing, not a decision
    rig.notes.setFocus()
    qtbot.waitUntil(rig.notes.hasFocus)
    qtbot.keyClicks(rig.notes, "b")
    assert rig.actions == []
    rig.button.setFocus()
    qtbot.waitUntil(rig.button.hasFocus)
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == ["no_violation"]


def test_guard_time_after_arm(qtbot: QtBot, rig: Rig) -> None:
    refusals: list[str] = []
    rig.keys.refused.connect(refusals.append)
    rig.keys.arm()
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    rig.clock.now += 0.15
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == []
    assert len(refusals) == 2
    rig.clock.now += 0.06  # 210 ms after arm()
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == ["no_violation"]


def test_double_press_decides_one_case(qtbot: QtBot, rig: Rig) -> None:
    # The shell arms the filter when the next case appears after the first decision.
    rig.keys.actionKey.connect(lambda _code: rig.keys.arm())
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    rig.clock.now += 0.05
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == ["no_violation"]


def test_undo_skip_and_area_keys(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClick(rig.button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(rig.button, Qt.Key.Key_K)
    qtbot.keyClick(rig.button, Qt.Key.Key_3)
    qtbot.keyClick(rig.button, Qt.Key.Key_0)
    assert rig.other == ["undo", "skip"]
    assert rig.areas == ["violent_graphic", "integrity_authenticity"]
    assert rig.actions == []


def test_unmapped_and_modified_keys_pass_through(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClick(rig.button, Qt.Key.Key_Q)
    qtbot.keyClick(rig.button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(rig.button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert rig.actions == []


def test_azerty_shifted_digit_picks_the_area(rig: Rig) -> None:
    # AZERTY needs Shift for a digit: Qt reports Key_3 with Shift.
    rig.press(Qt.Key.Key_3, mods=Qt.KeyboardModifier.ShiftModifier, text="3")
    assert rig.areas == ["violent_graphic"]


def test_non_latin_layout_uses_the_physical_key(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.case.decision_keys as dk

    real = dk.physical_key
    monkeypatch.setattr(dk, "physical_key", lambda event, platform=None: real(event, "xcb"))
    # Cyrillic layout: the key in the place of N types "т"; X keycode 57 is that place.
    cyr = QKeyEvent(
        QEvent.Type.KeyPress,
        0x0422,  # Qt reports a non-Latin key by its upper-case code point ("Т")
        Qt.KeyboardModifier.NoModifier,
        57,
        0,
        0,
        "т",
    )
    QApplication.sendEvent(rig.button, cyr)
    # AZERTY digit row without Shift types "&"; X keycode 10 is the place of 1.
    amp = QKeyEvent(
        QEvent.Type.KeyPress,
        Qt.Key.Key_Ampersand,
        Qt.KeyboardModifier.NoModifier,
        10,
        0,
        0,
        "&",
    )
    QApplication.sendEvent(rig.button, amp)
    assert rig.actions == ["no_violation"]
    assert rig.areas == ["harassment_bullying"]
    assert real(cyr, "windows") is None or real(cyr, "windows") != int(Qt.Key.Key_N)
    assert real(cyr, "cocoa") is None


def test_reveal_key_is_held_not_toggled(rig: Rig) -> None:
    rig.press(Qt.Key.Key_V, text="v", release=False)
    rig.press(Qt.Key.Key_V, text="v", autorep=True, release=False)
    assert rig.other == ["reveal:True"]
    target = QApplication.focusWidget()
    assert target is not None
    QApplication.sendEvent(
        target,
        QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_V, Qt.KeyboardModifier.NoModifier, "v", True),
    )
    assert rig.other == ["reveal:True"]  # an auto-repeat release is not the real release
    QApplication.sendEvent(
        target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_V, Qt.KeyboardModifier.NoModifier, "v")
    )
    assert rig.other == ["reveal:True", "reveal:False"]
    assert rig.actions == []


def test_disabled_filter_refuses_but_consumes(qtbot: QtBot, rig: Rig) -> None:
    clicked: list[bool] = []
    rig.button.clicked.connect(clicked.append)
    rig.keys.set_enabled(False)
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == []
    rig.keys.set_enabled(True)
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    assert rig.actions == ["no_violation"]


def test_keys_in_another_window_are_ignored(qtbot: QtBot, rig: Rig) -> None:
    other = QPushButton("elsewhere")
    qtbot.addWidget(other)
    qtbot.keyClick(other, Qt.Key.Key_N)
    assert rig.actions == []


def test_taxonomy_conflicts_are_reported_and_reserved_keys_move() -> None:
    tax = taxonomy()
    tax.actions[0].shortcut = "k"  # takes the skip key
    tax.actions[1].shortcut = "k"  # and a duplicate
    keys = DecisionKeyFilter()
    warnings = keys.set_taxonomy(tax)
    assert len(warnings) == 1
    assert "already" in warnings[0]
    assert keys.skip_key().lower().startswith("ctrl")
    assert keys.action_chords()["no_violation"] == "K"


def test_area_shortcuts_fill_free_digits() -> None:
    tax = taxonomy()
    for area in tax.areas:
        area.shortcut = ""
    keys = area_shortcuts(tax)
    assert list(keys.values()) == list("123456789")
    assert len(keys) == 9  # the tenth area is picked from the list


def test_parse_chord_and_text_entry(qtbot: QtBot) -> None:
    assert parse_chord("") is None
    assert parse_chord("n") == parse_chord("N")
    assert parse_chord("a, b") is None
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert is_text_entry(edit)
    notes = QPlainTextEdit()
    qtbot.addWidget(notes)
    notes.setReadOnly(True)
    assert not is_text_entry(notes)
    assert not is_text_entry(None)


def test_remaps_apply_and_conflicts_are_refused_with_the_reason() -> None:
    from ui.case.decision_keys import apply_overrides

    tax = taxonomy()
    updated, problems = apply_overrides(
        tax,
        {
            "no_violation": "j",  # free: accepted
            "ban_account": "w",  # Warn streamer's key
            "end_stream": "3",  # an area key
            "mute_chat": "Ctrl+Z",  # undo
            "age_restrict": "Left",  # navigation
            "warn_streamer": "a, b",  # not one key
            "gone_action": "q",  # not in this taxonomy version
            "escalate": "n",  # freed by the first remap: accepted
        },
    )
    keys = {a.code: a.shortcut for a in updated.actions}
    assert keys["no_violation"] == "j"
    assert keys["escalate"] == "n"
    assert keys["ban_account"] == "b"  # refused: kept the service's key
    assert keys["end_stream"] == "e"
    assert {a.code: a.shortcut for a in tax.actions}["no_violation"] == "n"  # input untouched
    assert problems == [
        "Ban account: W is already Warn streamer",
        "End stream: 3 picks a policy area",
        "Mute chat: Ctrl+Z is kept for undo",
        "Age-restrict: Left is kept for the previous snapshot",
        "Warn streamer: 'a, b' is not a single key",
        "gone_action: no such action in policy 2026.11.1",
    ]
    keys_filter = DecisionKeyFilter()
    assert keys_filter.set_taxonomy(updated) == []
    assert keys_filter.action_chords()["escalate"] == "N"


def test_remapped_keys_drive_the_filter(qtbot: QtBot, rig: Rig) -> None:
    from ui.case.decision_keys import apply_overrides

    updated, problems = apply_overrides(taxonomy(), {"no_violation": "j"})
    assert problems == []
    rig.keys.set_taxonomy(updated)
    qtbot.keyClick(rig.button, Qt.Key.Key_N)
    qtbot.keyClick(rig.button, Qt.Key.Key_J)
    assert rig.actions == ["no_violation"]


def test_shortcut_sheet_follows_the_live_mapping() -> None:
    from ui.case.decision_keys import apply_overrides

    keys = DecisionKeyFilter()
    keys.set_taxonomy(apply_overrides(taxonomy(), {"no_violation": "j"})[0])
    sheet = dict(keys.sheet())
    assert sheet["J"] == "No violation"
    assert "N" not in sheet
    assert sheet["3"].startswith("Policy area: Violent")
    assert sheet["Ctrl+Z"].startswith("Undo")
    assert sheet["K"].startswith("Skip")
    assert sheet["V"].startswith("Hold")
    assert "Left / Right" in sheet


def test_activity_is_reported_for_input_anywhere_at_most_once_a_second(
    qtbot: QtBot, rig: Rig
) -> None:
    """The idle lock and the lease renewal hear about input from this filter alone."""
    heard: list[float] = []
    rig.keys.activity.connect(lambda: heard.append(time.monotonic()))
    with qtbot.waitSignal(rig.keys.activity, timeout=3000):
        qtbot.mouseMove(rig.edit, rig.edit.rect().center())
    first = len(heard)
    rig.press(Qt.Key.Key_Shift)  # within the quiet second: reported when it ends, once
    qtbot.mouseClick(rig.button, Qt.MouseButton.LeftButton)
    assert len(heard) == first
    with qtbot.waitSignal(rig.keys.activity, timeout=3000):
        pass
    assert len(heard) == first + 1
    assert heard[-1] - heard[-2] >= 0.9


def test_arabic_azerty_and_chinese_layouts_decide_like_the_key_cap_says(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Synthesised presses with each layout's text and native key (X11 keycodes)."""
    import ui.case.decision_keys as dk

    real = dk.physical_key
    monkeypatch.setattr(dk, "physical_key", lambda event, platform=None: real(event, "xcb"))
    none = Qt.KeyboardModifier.NoModifier

    def send(key: int, scan: int, text: str) -> None:
        QApplication.sendEvent(
            rig.button, QKeyEvent(QEvent.Type.KeyPress, key, none, scan, 0, 0, text)
        )

    # Arabic (101): the key where US "N" is types "ى" (keycode 57), its cap reads "ى N"
    send(0x0649, 57, "ى")
    # Arabic digit row typing Arabic-Indic "٣" (keycode 12, the place of 3)
    send(0x0663, 12, "٣")
    # AZERTY: "A" sits where US "Q" is (keycode 24) and types "a": it is A, not Q
    send(int(Qt.Key.Key_A), 24, "a")
    # Chinese (an input method types full-width digits): "１" at keycode 10 is 1
    send(0xFF11, 10, "１")
    assert rig.actions == ["no_violation", "age_restrict"]
    assert rig.areas == ["violent_graphic", "harassment_bullying"]
