"""Comparing desk versions: the service advertises a newer one before it requires it.

Core, no Qt: the main window and the About dialog ask it whether to say "ask IT", and the
service reads the desk's version header with the same parser.
"""

from __future__ import annotations

import re

_VERSION_RE = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


def parse_version(text: str) -> tuple[int, int, int] | None:
    """'0.1.0', 'reviewer/0.1.0' or 'live-review-desk/1.2 (linux)' -> a comparable tuple;
    None when the text holds no version."""
    match = _VERSION_RE.search(text)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)


def newer_available(installed: str, advertised: str | None) -> bool:
    """Whether the service advertises a version newer than ``installed`` (an unreadable
    advertisement says nothing: never a false "update" prompt)."""
    if not advertised:
        return False
    mine, theirs = parse_version(installed), parse_version(advertised)
    return mine is not None and theirs is not None and theirs > mine
