"""The pseudo-locale check for any window: every shown word marked, nothing cut.

Use from any test under tests/ui (the fixtures are re-exported by tests/ui/conftest.py)::

    def test_my_window_is_translated(qtbot, pseudo_locale):
        window = MyWindow(...)          # built after the switch, as at a sign-in
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert_translated(window)

``built_translations`` builds English and the en_XA pseudo-locale from the current sources
once per session (in a temporary folder: the committed .ts files stay as they are);
``english`` (autouse) installs English for every client test, as the app does at start, so
plural forms read right; ``pseudo_locale`` installs the pseudo-locale for one test.
``assert_translated`` fails on any visible text without the ⟦…⟧ markers (window titles,
labels, buttons, group boxes, tabs, menus and actions, tool tips, placeholders, table headers,
combo box items) and on any label, button or combo box whose text is cut without an
ellipsis.

Skipped, explicitly: a widget marked with ``ui.common.i18n.mark_untranslated`` and everything
inside it (data: names, chat, server text); the items of a combo box marked with
``mark_untranslated_items`` (languages by their own names); a text with no letter in it (a
count, a time); a QDialogButtonBox standard button that shows Qt's own text, which Qt's
qtbase_<lang>.qm translates.
Table cells are data and are never read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QPalette, Qt, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from reviewer.i18n import PSEUDO_LANGUAGE, SOURCE_LANGUAGE
from tools.translations import PSEUDO_CLOSE, PSEUDO_OPEN, build_pseudo
from ui.common import language, theme
from ui.common.i18n import UNTRANSLATED, UNTRANSLATED_ITEMS

ELLIPSIS = "…"


@dataclass(frozen=True)
class Shown:
    """One text a person sees: where, what kind, and the text."""

    where: str
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.where} {self.kind}: {self.text!r}"


@pytest.fixture(scope="session")
def built_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with reviewer_en.qm and reviewer_en_XA.qm built from the sources as they are
    now (the committed .ts files and any .qm from ``make translations`` stay as they are)."""
    folder = tmp_path_factory.mktemp("translations")
    build_pseudo(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object, built_translations: Path) -> Iterator[str]:
    """Every client test runs in English as the app does: plural forms read right. The
    windows' own language switches (the sign-in dialog's picker) use the same folder."""
    before = os.environ.get(language.FOLDER_ENV)
    os.environ[language.FOLDER_ENV] = str(built_translations)
    yield language.apply_language(SOURCE_LANGUAGE, built_translations)
    if before is None:
        os.environ.pop(language.FOLDER_ENV, None)
    else:
        os.environ[language.FOLDER_ENV] = before


@pytest.fixture
def pseudo_locale(
    english: str, built_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The app in the pseudo-locale and in its light theme (the style sheet's paddings decide
    what fits) for one test; back to English and the look before it after."""
    monkeypatch.setenv(language.PSEUDO_ENV, "1")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = (app.style().name(), app.styleSheet(), QPalette(app.palette()))
    theme_before = app.property("reviewerTheme")
    before = QLocale()
    theme.apply_theme(app, "light")
    used = language.apply_language(PSEUDO_LANGUAGE, built_translations)
    assert used == PSEUDO_LANGUAGE, "the pseudo-locale did not load"
    yield used
    language.apply_language(english, built_translations)
    QLocale.setDefault(before)
    app.setStyle(look[0])
    app.setStyleSheet(look[1])
    app.setPalette(look[2])
    app.setProperty("reviewerTheme", theme_before)


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}({name})" if name else type(widget).__name__


def _plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _is_data(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(UNTRANSLATED):
            return True
        if current is root:
            return False
        current = current.parentWidget()
    return False


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _action_texts(actions: list[QAction], where: str, seen: set[int]) -> Iterator[Shown]:
    for action in actions:
        if id(action) in seen or action.isSeparator() or not action.isVisible():
            continue
        seen.add(id(action))
        if action.property(UNTRANSLATED):
            continue
        yield Shown(where, "action", action.text())
        tip = action.toolTip()
        if tip and tip != action.text().replace("&", ""):
            yield Shown(where, "action tool tip", _plain(tip))
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Shown(where, "menu title", menu.title())
            yield from _action_texts(menu.actions(), where, seen)


def _qt_standard_text(button: QAbstractButton) -> bool:
    """True for a QDialogButtonBox standard button that still shows Qt's own text (Qt's
    qtbase_<lang>.qm translates it); a text the app set on it is checked like any other."""
    box = button.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = None if box.isWindow() else box.parentWidget()
    if box is None:
        return False
    which = box.standardButton(button)
    if which == QDialogButtonBox.StandardButton.NoButton:
        return False
    fresh = QDialogButtonBox(which)
    try:
        own = fresh.button(which)
        return own is not None and own.text() == button.text()
    finally:
        fresh.deleteLater()


def _header_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    header = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is None or header.isHidden():
        return
    for section in range(model.columnCount()):
        if header.isSectionHidden(section):
            continue
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield Shown(where, f"header {section}", value)
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            yield Shown(where, f"header {section} tool tip", _plain(tip))


def shown_texts(root: QWidget) -> Iterator[Shown]:
    """Every text of ``root`` and its visible children that a person can read."""
    seen_actions: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) or _is_data(widget, root):
            continue
        where = _name(widget)
        if widget.isWindow() and widget.windowTitle():
            yield Shown(where, "window title", widget.windowTitle())
        if widget.toolTip():
            yield Shown(where, "tool tip", _plain(widget.toolTip()))
        if isinstance(widget, QLabel):
            yield Shown(where, "label", _plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            if not _qt_standard_text(widget):
                yield Shown(where, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(where, "group box", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield Shown(where, f"tab {index}", widget.tabText(index))
                yield Shown(where, f"tab {index} tool tip", _plain(widget.tabToolTip(index)))
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield Shown(where, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            yield Shown(where, "placeholder", widget.placeholderText())
            if not widget.isEditable() and not widget.property(UNTRANSLATED_ITEMS):
                for index in range(widget.count()):
                    yield Shown(where, f"item {index}", widget.itemText(index))
        elif isinstance(widget, QAbstractItemView):
            yield from _header_texts(widget, where)
        yield from _action_texts(widget.actions(), where, seen_actions)


def needs_marker(text: str) -> bool:
    """A text with a letter in it is a word someone must translate."""
    return any(ch.isalpha() for ch in text)


def is_marked(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith(PSEUDO_OPEN) and stripped.endswith(PSEUDO_CLOSE)


def untranslated(root: QWidget) -> list[Shown]:
    """The texts shown without the pseudo-locale's markers at both ends."""
    return [s for s in shown_texts(root) if needs_marker(s.text) and not is_marked(s.text)]


def cut_texts(root: QWidget) -> list[Shown]:
    """Labels, buttons and combo boxes whose text does not fit and is not elided (needs
    ``root`` shown).

    Pending layout requests run first: a text set a moment ago is measured in the size
    its layout gives it, as a person would see it."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    cut: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or ELLIPSIS in text:
                continue
            if widget.wordWrap():
                too_small = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                too_small = widget.minimumSizeHint().width() > widget.width() + 1
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text or ELLIPSIS in text:
                continue
            too_small = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            text = widget.currentText()
            if not text or ELLIPSIS in text:
                continue
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            needed = widget.fontMetrics().horizontalAdvance(text)
            if not widget.itemIcon(widget.currentIndex()).isNull():
                needed += widget.iconSize().width() + 4
            too_small = needed > field.width() + 1
        else:
            continue
        if too_small:
            cut.append(Shown(_name(widget), f"cut at {widget.width()} px", text))
    return cut


def assert_translated(root: QWidget) -> None:
    """Fail with every unmarked and every cut text of ``root``, one per line."""
    problems = [f"untranslated: {s}" for s in untranslated(root)]
    problems += [f"cut: {s}" for s in cut_texts(root)]
    assert not problems, "\n".join(problems)
