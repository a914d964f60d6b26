"""The shortcut sheet (F1): every key of the review screen, as plain text in a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from ui.case.decision_keys import DecisionKeyFilter, area_shortcuts
from ui.common import a11y
from ui.common.i18n import translate
from ui.common.shortcuts import CHAT_SHEET, REVEAL, REVIEW_SHEET, SKIP, sheet_lines


def _needs(requires_policy: bool, requires_note: bool) -> str:
    if requires_policy and requires_note:
        return translate("ShortcutSheet", "(needs a policy area and a note)")
    if requires_policy:
        return translate("ShortcutSheet", "(needs a policy area)")
    if requires_note:
        return translate("ShortcutSheet", "(needs a note)")
    return ""


def shortcuts_text(taxonomy: contract.PolicyTaxonomy, keys: DecisionKeyFilter) -> str:
    """Every key of the review screen, as plain text: the keys in force, remaps included.
    Action and area labels come from the taxonomy (the service's words, shown as they are)."""
    chords = keys.action_chords()
    lines = [
        translate(
            "ShortcutSheet", "Decisions (one key records the decision and shows the next case):"
        )
    ]
    for action in taxonomy.actions:
        if action.code in chords:
            tail = _needs(action.requires_policy, action.requires_note)
            lines.append(f"  {chords[action.code]:>8}  {action.label}  {tail}".rstrip())
    lines.append("")
    lines.append(translate("ShortcutSheet", "Policy areas (pick before the action):"))
    labels = {a.code: a.label for a in taxonomy.areas}
    for code, key in area_shortcuts(taxonomy).items():
        lines.append(f"  {key:>8}  {labels.get(code, code)}")
    lines.append("")
    rebound = {SKIP: SKIP.rebound(keys.skip_key()), REVEAL: REVEAL.rebound(keys.reveal_key())}
    lines += sheet_lines([rebound.get(entry, entry) for entry in REVIEW_SHEET])
    lines.append("")
    lines.append(
        translate("ShortcutSheet", "In the chat (click or Tab into it; Shift selects several):")
    )
    lines += sheet_lines(CHAT_SHEET)
    lines.append("")
    lines.append(
        translate(
            "ShortcutSheet", "Keys do nothing while you type in a text field; Esc leaves the field."
        )
    )
    return "\n".join(lines)


def show_shortcut_sheet(parent: QWidget, sheet: str) -> QDialog:
    """Open the sheet over ``parent`` (window-modal; it deletes itself when closed)."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(translate("ShortcutSheet", "Keyboard shortcuts · Live Review Desk"))
    text = QPlainTextEdit(dialog)
    a11y.name(
        text,
        translate("Accessibility", "Keyboard shortcuts"),
        translate("Accessibility", "Every key of the desk, one per line"),
    )
    text.setReadOnly(True)
    text.setPlainText(sheet)
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    buttons = a11y.describe_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
