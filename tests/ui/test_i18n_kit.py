"""The pseudo-locale check itself: it finds unmarked and cut texts and skips marked data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.i18n_kit import cut_texts, untranslated
from ui.common.formats import duration
from ui.common.i18n import mark_untranslated, translate


def _window(qtbot: QtBot, *children: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_literal_is_found_and_a_translated_text_is_not(qtbot: QtBot, pseudo_locale: str) -> None:
    marked = QLabel(duration(4 * 86400))  # "%Ln day(s)" from ui.common.formats
    literal = QPushButton("Sign in")
    window = _window(qtbot, marked, literal)
    assert marked.text().startswith("⟦")
    found = untranslated(window)
    assert [s.text for s in found] == ["Sign in"]


def test_glued_pieces_are_found(qtbot: QtBot, pseudo_locale: str) -> None:
    glued = QLabel("3 " + translate("Formats", "%1 s", "seconds with a decimal"))
    window = _window(qtbot, glued)
    assert [s.kind for s in untranslated(window)] == ["label"]


def test_data_and_numbers_are_skipped(qtbot: QtBot, pseudo_locale: str) -> None:
    name = QLabel("Mira Okafor")
    mark_untranslated(name)
    panel = QWidget()
    mark_untranslated(panel)
    QVBoxLayout(panel).addWidget(QLabel("chat line from a viewer"))
    count = QLabel("1,234 · 12:05")
    window = _window(qtbot, name, panel, count)
    assert untranslated(window) == []


def test_a_cut_label_is_found_unless_elided(qtbot: QtBot) -> None:
    long_text = "A sentence far too long for the little room it was given"
    cut = QLabel(long_text)
    cut.setFixedWidth(40)
    elided = QLabel("A sentence far…")
    elided.setFixedWidth(40)
    wrapped = QLabel(long_text)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(60, 16)
    window = _window(qtbot, cut, elided, wrapped)
    assert sorted(s.text for s in cut_texts(window)) == [long_text, long_text]


def test_qt_own_button_texts_pass_and_an_app_text_on_them_is_checked(
    qtbot: QtBot, pseudo_locale: str
) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.setText("Skip case")
    window = _window(qtbot, buttons)
    assert [s.text for s in untranslated(window)] == ["Skip case"]
