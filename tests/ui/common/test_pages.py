"""The page scaffold: titles in the theme's roles, sheets and cards with their margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from devkit.qt import layout_item
from ui.common import pages

HOSTILE = "<b>not bold</b>"


def test_labels_are_plain_text_in_their_roles(parent: QWidget) -> None:
    title = pages.title(HOSTILE, parent)
    sub = pages.subtitle("What this page is for.", parent)
    status = pages.muted(parent, "pageStatus")
    quiet = pages.muted(parent, wrap=False)
    assert title.objectName() == "pageTitle"
    assert title.property("role") == "title"
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == HOSTILE
    assert sub.property("role") == "subtitle"
    assert sub.wordWrap()
    assert status.objectName() == "pageStatus"
    assert status.property("role") == "muted"
    assert status.text() == ""
    assert status.wordWrap()
    assert not quiet.wordWrap()
    assert pages.title("x", parent, object_name="").objectName() == ""


def test_a_sheet_fills_the_page_in_order_with_stretch(parent: QWidget) -> None:
    title = pages.title("Sheet", parent)
    body = QLabel("body", parent)
    button = QPushButton("Go", parent)
    status = pages.muted(parent)
    row = pages.status_row(status, button)
    layout = pages.sheet(parent, [title, (body, 1), row])
    assert layout is parent.layout()
    assert layout.contentsMargins().left() == 28
    assert layout.contentsMargins().top() == 24
    assert layout.spacing() == 12
    assert [layout_item(layout, i).widget() for i in range(2)] == [title, body]
    assert layout_item(layout, 2).layout() is row
    assert [layout.stretch(i) for i in range(3)] == [0, 1, 0]
    assert row.stretch(0) == 1
    assert layout_item(row, 1).widget() is button


def test_a_card_page_holds_one_card(parent: QWidget) -> None:
    title = pages.title("Card", parent)
    body = QLabel("body", parent)
    frame = pages.card_page(parent, [title, (body, 1)])
    assert frame.objectName() == "card"
    assert frame.parent() is parent
    outer = parent.layout()
    assert isinstance(outer, QVBoxLayout)
    assert outer.contentsMargins().left() == 12
    assert layout_item(outer, 0).widget() is frame
    inner = frame.layout()
    assert inner is not None
    assert inner.contentsMargins().left() == 16
    assert inner.spacing() == 10
    assert title.parent() is frame
    assert body.parent() is frame


def test_a_card_can_keep_the_style_spacing(parent: QWidget) -> None:
    plain = QFrame(parent)
    style_spacing = QVBoxLayout(plain).spacing()
    frame = pages.card(parent, [QLabel("x", parent)], spacing=None)
    inner = frame.layout()
    assert inner is not None
    assert inner.spacing() == style_spacing
