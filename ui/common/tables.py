"""Read-only tables of a few hundred rows at most, and the combo boxes beside them.

Rows have a fixed height (the view never measures them, see docs/field-notes.md), cells are
plain text (item views never render markup), and the value behind a row (an id) rides
in its first cell's UserRole. Every page that lists things builds its table here, so
that lists look and behave alike across the client's windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.common.i18n import translate

#: ``stretch`` of :func:`make_table`: the last column takes the spare width
LAST = -1


def row_height(widget: QWidget) -> int:
    """A table row tall enough for one line of the widget's font plus padding."""
    return widget.fontMetrics().height() + 12


def fix_rows(view: QTableView, height: int = 0) -> None:
    """Fixed row height (from the font unless given): the view never measures rows."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(1)
    header.setDefaultSectionSize(height or row_height(view))
    header.setVisible(False)


def list_view(view: QTableView, *, wrap: bool = False, row_px: int = 0) -> None:
    """A list of records: whole rows are selected one at a time, nothing is edited."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    fix_rows(view, row_px)


def static_view(view: QTableView) -> None:
    """A table to read, not to use: no selection, no focus, no scrolling of its own (it
    shows every row, and the page around it scrolls)."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def make_table(
    parent: QWidget,
    name: str,
    headers: Sequence[str],
    accessible: str,
    *,
    stretch: int | None = LAST,
    wrap: bool = False,
    row_px: int = 0,
) -> QTableWidget:
    """A read-only, row-selecting table; columns fit their contents.

    ``stretch`` is the column that takes the spare width (:data:`LAST` by default,
    None for none); ``wrap`` lets a long cell wrap instead of being elided;
    ``row_px`` fixes the row height in pixels instead of from the font.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setAccessibleDescription(
        translate("Tables", "A table: the arrow keys move between rows and cells")
    )
    table.setHorizontalHeaderLabels(list(headers))
    list_view(table, wrap=wrap, row_px=row_px)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch == LAST)
    if stretch is not None and stretch != LAST:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
    data: Sequence[Any] | None = None,
) -> None:
    """Replace the rows; cells are plain text (item views never render markup).

    ``numeric`` columns are right-aligned; ``data`` puts one value per row into the
    first cell's UserRole (see :func:`selected_data`).
    """
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(right)
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)


def selected_data(table: QTableWidget) -> str:
    """The value behind the selected row ("" when none is selected)."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows:
        return ""
    item = table.item(rows[0].row(), 0)
    return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def select_data(table: QTableWidget, value: Any) -> bool:
    """Select the row whose value is ``value``; False when no row has it."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == value:
            table.selectRow(row)
            return True
    return False


def combo(
    parent: QWidget, name: str, accessible: str, choices: Sequence[tuple[str, str]]
) -> QComboBox:
    """A combo box of (label, value) pairs; the value is in the item data."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setAccessibleDescription(translate("Tables", "Alt+Down lists the choices"))
    for label, value in choices:
        box.addItem(label, value)
    return box


def combo_value(box: QComboBox) -> str:
    """The picked item's value ("" for none)."""
    value = box.currentData()
    return str(value) if value is not None else ""
