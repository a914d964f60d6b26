"""State lines for a driving process (the end-to-end test, the screenshot tool)."""

from __future__ import annotations

import os

#: set by the end-to-end test and the screenshot tool: print state changes to stdout
TRACE_ENV = "REVIEWER_TRACE"


def trace(event: str, detail: str = "") -> None:
    """One line per state change for a driving process (never case content)."""
    if os.environ.get(TRACE_ENV):
        print(f"trace {event} {detail}".rstrip(), flush=True)
