"""The one table builder: read-only row lists, plain-text cells, the value behind a row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from pytestqt.qtbot import QtBot

from devkit.qt import cell, cell_text, header_text
from ui.common.tables import (
    LAST,
    combo,
    combo_value,
    fill_table,
    list_view,
    make_table,
    row_height,
    select_data,
    selected_data,
    static_view,
)

Mode = QHeaderView.ResizeMode


def test_a_table_is_a_read_only_list_with_fixed_rows(parent: QWidget) -> None:
    table = make_table(parent, "things", ["Name", "Count"], "Things")
    assert table.objectName() == "things"
    assert table.accessibleName() == "Things"
    assert [header_text(table, c) for c in range(2)] == ["Name", "Count"]
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.alternatingRowColors()
    assert not table.showGrid()
    assert not table.wordWrap()
    rows = table.verticalHeader()
    assert not rows.isVisible()
    assert rows.sectionResizeMode(0) == Mode.Fixed
    assert rows.defaultSectionSize() == row_height(table)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == Mode.ResizeToContents
    assert header.stretchLastSection()


def test_stretch_picks_the_column_that_takes_the_width(parent: QWidget) -> None:
    first = make_table(parent, "a", ["A", "B", "C"], "A", stretch=0, wrap=True, row_px=32)
    header = first.horizontalHeader()
    assert not header.stretchLastSection()
    assert [header.sectionResizeMode(c) for c in range(3)] == [
        Mode.Stretch,
        Mode.ResizeToContents,
        Mode.ResizeToContents,
    ]
    assert first.wordWrap()
    assert first.verticalHeader().defaultSectionSize() == 32
    none = make_table(parent, "b", ["A", "B"], "B", stretch=None)
    assert not none.horizontalHeader().stretchLastSection()
    assert none.horizontalHeader().sectionResizeMode(1) == Mode.ResizeToContents
    last = make_table(parent, "c", ["A", "B"], "C", stretch=LAST)
    assert last.horizontalHeader().stretchLastSection()


def test_a_model_view_gets_the_same_list_look(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    list_view(view)
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert not view.verticalHeader().isVisible()
    assert view.verticalHeader().defaultSectionSize() == row_height(view)


def test_cells_are_plain_text_and_rows_carry_their_value(parent: QWidget) -> None:
    table = make_table(parent, "t", ["Who", "N"], "T")
    fill_table(table, [("<b>x</b>", "3"), ("y", "12")], numeric=(1,), data=["id-x", "id-y"])
    assert table.rowCount() == 2
    assert cell_text(table, 0, 0) == "<b>x</b>"
    assert cell(table, 1, 1).textAlignment() == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert selected_data(table) == ""
    assert select_data(table, "id-y")
    assert selected_data(table) == "id-y"
    assert not select_data(table, "id-z")
    assert selected_data(table) == "id-y"
    fill_table(table, [("z", "1")])
    assert table.rowCount() == 1
    assert cell(table, 0, 0).data(Qt.ItemDataRole.UserRole) is None


def test_a_combo_holds_values_behind_labels(parent: QWidget) -> None:
    box = combo(parent, "pick", "Pick one", [("Every queue", ""), ("Priority", "live-p")])
    assert box.objectName() == "pick"
    assert box.accessibleName() == "Pick one"
    assert combo_value(box) == ""
    box.setCurrentIndex(1)
    assert combo_value(box) == "live-p"
    box.clear()
    assert combo_value(box) == ""


def test_a_static_view_is_only_read(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    static_view(view)
    assert view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
