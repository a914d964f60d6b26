"""Numbers, durations and times as a person reads them, for every window and export.

Qt-free so that the core, the CLI and tests share one formatter per kind of figure.
"""

from __future__ import annotations

from datetime import datetime


def format_age(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 48 * 3600:
        return f"{s // 3600} h {(s % 3600) // 60:02d} min"
    return f"{s // 86400} days"


def fmt_time(value: datetime | None) -> str:
    """Local wall-clock time, to the minute: how a lead reads a shift."""
    if value is None:
        return "–"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_seconds(ms: float | None) -> str:
    """A handle time in seconds with one decimal (``–`` when there is none)."""
    if ms is None:
        return "–"
    return f"{ms / 1000:.1f} s"


def fmt_pct(value: float | None) -> str:
    """A 0..1 share as a percentage with one decimal."""
    if value is None:
        return "–"
    return f"{100 * value:.1f} %"


def format_offset(offset_ms: int) -> str:
    """Time since stream start as h:mm:ss (always with hours, so the column width is stable)."""
    seconds = max(0, int(offset_ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def one_line(text: str) -> str:
    """Collapse line breaks and tabs so that a single-line cell or label stays one line."""
    if "\n" in text or "\r" in text or "\t" in text:
        return " ".join(text.split())
    return text
