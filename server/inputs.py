"""What every request must be before a route sees it: no NUL character anywhere (PostgreSQL
cannot store one, and no field means one), no query parameter twice, and a JSON body that is
shallow, has no repeated keys and no lone surrogate (they cannot be stored as UTF-8). The
edge middleware (``server.problems.EdgeMiddleware``) answers 400 for anything else, so that
no such input reaches the database and fails there as a 500.

Everything here is bounded by the body's size limit, not by a number the client chose.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

#: nesting deeper than any request of the contract (a decision batch is 4 levels)
MAX_JSON_DEPTH = 16

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class BadInput(ValueError):
    """Why a request is refused before routing (the text goes into the 400's detail)."""


def check_target(path: str, query_string: bytes) -> None:
    """The decoded path and the raw query string: no NUL, valid UTF-8, no parameter twice
    (no route takes a list from the query: a repeat means the client is confused)."""
    if "\x00" in path:
        raise BadInput("The path contains a NUL character.")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in path):
        raise BadInput("The path is not valid UTF-8.")
    raw = unquote_to_bytes(query_string.replace(b"+", b" "))
    if b"\x00" in raw:
        raise BadInput("The query string contains a NUL character.")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("The query string is not valid UTF-8.") from None
    names = [name for name, _value in parse_qsl(query_string.decode("latin-1"))]
    if len(set(names)) != len(names):
        raise BadInput("The query string repeats a parameter.")


def _depth(body: bytes) -> int:
    """How deep the brackets nest outside strings; stops counting past the limit."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', body)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return depth
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _no_repeats(pairs: list[tuple[str, Any]]) -> None:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise BadInput("A JSON object repeats a key.")
    for key in keys:
        _check_text(key)
    for _key, value in pairs:
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    _check_text(item)


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput("A JSON string holds a lone surrogate.") from None


def check_json_body(body: bytes) -> None:
    """A JSON body the contract could mean; malformed JSON is left to the route (its 400)."""
    if _NUL_ESCAPE.search(body):
        raise BadInput("A JSON string contains a NUL character.")
    if _depth(body) > MAX_JSON_DEPTH:
        raise BadInput(f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.")
    try:
        json.loads(body, object_pairs_hook=_no_repeats)
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, BadInput):
            raise
        return  # not JSON at all: the route answers that itself
