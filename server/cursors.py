"""Opaque page cursors: base64 of ``kind:position``, so a cursor of one list is refused by
another (a 400) instead of paging it from a meaningless place."""

from __future__ import annotations

import base64
import binascii

from reviewer import contract
from server.errors import ApiError


def encode_cursor(kind: str, position: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{position}".encode()).rstrip(b"=").decode()


def decode_cursor(kind: str, cursor: str) -> int:
    """The position in a cursor of this kind, within what a BIGINT holds; anything else is a
    400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        got_kind, _, pos = raw.partition(":")
        value = int(pos)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "The cursor is not valid here.") from None
    if got_kind != kind or not 0 <= value <= contract.MAX_SEQ:
        raise ApiError(400, "bad_request", "The cursor is not valid here.")
    return value
