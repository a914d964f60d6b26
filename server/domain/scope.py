"""The one shape of "scoped to the caller, else 404": a row the caller may not see and a row
that does not exist answer the same, so nobody learns what exists by probing."""

from __future__ import annotations

from typing import TypeVar

from server.errors import ApiError

T = TypeVar("T")


def one_or_404(found: T | None, detail: str) -> T:
    """``found`` when the scoped query found it; else a 404 ``not_found`` saying ``detail``."""
    if found is None:
        raise ApiError(404, "not_found", detail)
    return found
