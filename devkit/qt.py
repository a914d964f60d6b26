"""Typed reads of Qt items for tests and tools: Qt answers ``None`` for an empty cell or
layout slot, and a test should fail there with a clear message, not an AttributeError."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QLayoutItem, QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column); fails when the cell is empty."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    return cell(table, row, column).text()


def header_text(table: QTableWidget, column: int) -> str:
    """The horizontal header's text of ``column``; fails when it has none."""
    item = table.horizontalHeaderItem(column)
    assert item is not None, f"no header item at {column}"
    return item.text()


def layout_item(layout: QLayout, index: int) -> QLayoutItem:
    """The layout's item at ``index``; fails when there is none."""
    item = layout.itemAt(index)
    assert item is not None, f"no layout item at {index}"
    return item
