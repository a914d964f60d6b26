"""CSV files safe to open in a spreadsheet (no Qt here); what the lead's files hold is
:mod:`reviewer.lead.tables`.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
some also after a leading tab or carriage return (OWASP "CSV Injection"). Every text cell
that starts with one of those, or with the apostrophe itself, gets a leading apostrophe,
which spreadsheets show as "text, not a formula". :func:`read_csv` strips exactly one
leading apostrophe again, so a write/read round trip gives back the original strings.
Numbers are written as numbers (a negative number is data, not a formula).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
Cell = str | int | float | bool | datetime | None


def escape_cell(value: Cell) -> str:
    """The text written for one cell: formulas defused, numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    if text.startswith(FORMULA_TRIGGERS) or text.startswith(ESCAPE):
        return ESCAPE + text
    return text


def unescape_cell(text: str) -> str:
    """The inverse of :func:`escape_cell` for text cells."""
    return text[1:] if text.startswith(ESCAPE) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write atomically (temp file, then rename) as UTF-8 with a BOM so spreadsheets pick
    the encoding; returns the number of data rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([escape_cell(h) for h in header])
            for row in rows:
                writer.writerow([escape_cell(c) for c in row])
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a file written by :func:`write_csv`, cells unescaped (as text)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = [[unescape_cell(c) for c in row] for row in csv.reader(fh)]
    if not table:
        return [], []
    return table[0], table[1:]
