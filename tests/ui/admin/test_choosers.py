"""The admin's code checklist: Space checks the current code, filling it is not an edit,
a set code that is no longer offered stays checked and marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.admin.choosers import CodeChecklist


def _list(qtbot: QtBot) -> CodeChecklist:
    made = CodeChecklist("teams", "Teams", "Check the teams")
    qtbot.addWidget(made)
    made.set_choices([("team-a", "team-a"), ("ban_account", "Ban account")], ["team-a"])
    made.show()
    return made


def test_space_checks_the_current_code_and_says_so(qtbot: QtBot) -> None:
    checklist = _list(qtbot)
    checklist.setFocus()
    checklist.setCurrentRow(1)
    with qtbot.waitSignal(checklist.edited, timeout=2000):
        qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.checked_codes() == ["ban_account", "team-a"]
    assert checklist.item(1).text() == "Ban account (ban_account)"


def test_filling_is_not_an_edit_and_a_gone_code_is_kept(qtbot: QtBot) -> None:
    checklist = _list(qtbot)
    with qtbot.assertNotEmitted(checklist.edited):
        checklist.set_checked(["team-old"])
    assert checklist.checked_codes() == ["team-old"]
    assert checklist.offered_codes() == ["team-a", "ban_account", "team-old"]
    assert "no longer offered" in checklist.item(2).text()
