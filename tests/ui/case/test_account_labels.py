"""The account's labels in the case header (plain text chips), and the high-profile
confirmation: only a fresh Enter after the key guard confirms; a held or auto-repeated key,
the action's own key and an early Enter never do; Escape cancels."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from devkit.cases import synth_case, taxonomy
from reviewer.contract import CaseLabel
from ui.case.account_labels import HighProfileConfirm, needs_confirmation
from ui.case.header import CaseHeader

UNTIL = datetime(2027, 3, 1, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def _press(widget: HighProfileConfirm, key: Qt.Key, *, autorep: bool = False) -> None:
    text = "\r" if key == Qt.Key.Key_Return else ""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text, autorep)
    QApplication.sendEvent(widget, event)


def _dialog(qtbot: QtBot, clock: FakeClock) -> HighProfileConfirm:
    dialog = HighProfileConfirm("End stream", clock=clock)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_header_shows_the_labels_as_plain_chips(qtbot: QtBot, tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    header = CaseHeader(now=lambda: datetime(2026, 12, 6, tzinfo=UTC))
    qtbot.addWidget(header)
    header.set_case(d)
    assert header.labels.isHidden()
    labelled = d.model_copy(
        update={
            "account_labels": [
                CaseLabel(kind="high_profile", expires_at=UNTIL),
                CaseLabel(kind="<b>odd</b>", expires_at=UNTIL),
            ]
        }
    )
    header.set_case(labelled)
    assert not header.labels.isHidden()
    texts = header.labels.texts()
    assert texts[0] == "High profile"
    assert "<b>odd</b>" in texts[1]  # an unknown kind: its code, as text
    for chip in header.labels.chips:
        assert chip.textFormat() == Qt.TextFormat.PlainText
    header.clear()
    assert header.labels.texts() == []
    assert header.labels.isHidden()


def test_only_severe_actions_on_high_profile_accounts_ask(tmp_path: Path) -> None:
    d = synth_case(tmp_path, index=0).detail
    actions = {a.code: a for a in taxonomy().actions}
    hp = d.model_copy(update={"account_labels": [CaseLabel(kind="high_profile", expires_at=UNTIL)]})
    partner = d.model_copy(
        update={"account_labels": [CaseLabel(kind="creator_partner", expires_at=UNTIL)]}
    )
    for code in ("end_stream", "suspend_account", "ban_account"):
        assert needs_confirmation(actions[code], hp), code
        assert not needs_confirmation(actions[code], partner), code
        assert not needs_confirmation(actions[code], d), code
    for code in ("no_violation", "warn_streamer", "mute_chat", "escalate"):
        assert not needs_confirmation(actions[code], hp), code


def test_enter_confirms_only_after_the_guard(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = _dialog(qtbot, clock)
    assert "End stream" in dialog.prompt.text()
    _press(dialog, Qt.Key.Key_Return)  # too early: ignored, not remembered
    assert dialog.isVisible()
    clock.now += 0.1
    _press(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    clock.now += 0.15
    with qtbot.waitSignal(dialog.accepted):
        _press(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_held_and_repeated_keys_never_confirm(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = _dialog(qtbot, clock)
    clock.now += 5
    results: list[int] = []
    dialog.finished.connect(results.append)
    for _ in range(10):
        _press(dialog, Qt.Key.Key_Return, autorep=True)  # Enter held since before
        _press(dialog, Qt.Key.Key_E, autorep=True)  # the action's key, held
    _press(dialog, Qt.Key.Key_E)  # the action's key again: not a confirmation
    _press(dialog, Qt.Key.Key_Space)
    assert results == []
    assert dialog.isVisible()
    _press(dialog, Qt.Key.Key_Enter)  # the keypad's Enter is Enter too
    assert results == [1]


def test_escape_cancels(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = _dialog(qtbot, clock)
    with qtbot.waitSignal(dialog.rejected):
        _press(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0
