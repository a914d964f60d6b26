"""Collecting and printing benchmark rows."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    what: str
    measured: str
    budget: str
    baseline: str
    verdict: str


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank: simple and honest for small samples."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def median(values: list[float]) -> float:
    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "within" if ok else "OVER"


def render(rows: list[Row]) -> str:
    headers = ("what", "measured", "budget", "naive baseline", "")
    cells = [(r.what, r.measured, r.budget, r.baseline, r.verdict) for r in rows]
    cols = list(zip(*cells, strict=True))
    widths = [max(len(h), *(len(c) for c in col)) for h, col in zip(headers, cols, strict=True)]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    for r in rows:
        row = (r.what, r.measured, r.budget, r.baseline, r.verdict)
        out.append(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(out)


def load_row(load: str) -> Row:
    """The machine's load average before the run, printed with the rows: figures are
    quotable only from a quiet machine."""
    one = float(load.split(",")[0])
    return Row(
        "load average before the run (1, 5, 15 min)",
        load,
        "< 0.3 (a quiet machine)",
        "–",
        "quiet" if one < 0.3 else "BUSY",
    )
