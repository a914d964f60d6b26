"""Untrusted text is shown literally: labels are PlainText, tool tips are escaped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.common.text import plain_label, plain_tooltip, set_plain

HOSTILE = '<img src="file:///etc/hostname"><b>x</b>'


def test_plain_label_shows_markup_literally(qtbot: QtBot) -> None:
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.text() == HOSTILE
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not label.openExternalLinks()
    # A label that shows it literally is at least as wide as the raw markup text.
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(HOSTILE) - 2


def test_set_plain_reasserts_plain_text(qtbot: QtBot) -> None:
    label = plain_label("")
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.AutoText)
    set_plain(label, HOSTILE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HOSTILE


def test_tooltip_escapes_markup() -> None:
    tip = plain_tooltip(HOSTILE + "\nline two")
    assert "<img" not in tip
    assert "<b>" not in tip
    assert '&lt;img src="file:///etc/hostname"&gt;&lt;b&gt;x&lt;/b&gt;' in tip
    assert "pre-wrap" in tip


def test_tooltip_is_capped() -> None:
    assert len(plain_tooltip("a" * 100_000)) < 2100
