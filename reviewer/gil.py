"""How soon a thread that waits for the GIL gets it: a process setting the desk makes once.

The sync thread runs beside the GUI thread in one process. Every SQLite call of a decision
commit, and every call from Qt into Python while a window paints, gives the GIL away and
must take it back; with CPython's default switch interval (5 ms) each of those waits can
last 5 ms while the sync thread runs Python, which put the commit p99 at 20-60 ms during a
drain. This is process-wide, so the application sets it at start-up; a library class
(the sync engine) does not.
"""

from __future__ import annotations

import sys

#: the longest a thread running Python keeps the GIL from one that waits for it
FOREGROUND_SWITCH_INTERVAL_S = 0.0005


def favour_foreground(interval_s: float = FOREGROUND_SWITCH_INTERVAL_S) -> float:
    """Shorten the GIL switch interval to ``interval_s`` (never lengthen it); returns the
    interval in force before."""
    before = sys.getswitchinterval()
    if before > interval_s:
        sys.setswitchinterval(interval_s)
    return before
