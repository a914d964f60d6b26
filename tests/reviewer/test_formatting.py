"""Formatters of the core, as every window and export shows their figures."""

from __future__ import annotations

from reviewer.formatting import one_line

HOSTILE = '<img src="file:///etc/hostname"><b>x</b>'


def test_one_line_collapses_breaks() -> None:
    assert one_line("a\nb\tc\r\nd") == "a b c d"
    assert one_line(HOSTILE) == HOSTILE
