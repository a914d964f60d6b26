"""A case's language, and the lease's language-first rule.

The language comes from the stream's metadata when it names one, else from the chat's
dominant script (a script most languages share, Latin, says nothing: ""). A moderator with
review languages is offered the cases in those languages (and those of unknown language);
another case reaches them only when its deadline is near, which already ranks first
(server.domain.priority). Computed in SQL at lease time.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import ColumnElement, or_, true

from server.models.core import Case

#: scripts that name one language well enough for a queue (the first word of a character's
#: Unicode name); Latin, Common and CJK ideographs shared by zh/ja are left out
SCRIPT_LANGUAGE: Mapping[str, str] = {
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "THAI": "th",
    "DEVANAGARI": "hi",
    "HEBREW": "he",
    "GREEK": "el",
}
#: characters read from the chat at most: the dominant script shows in a sample
SAMPLE_CHARS = 20_000


def dominant_script_language(texts: Iterable[str]) -> str:
    """The language of the chat's dominant script among ``SCRIPT_LANGUAGE``'s, counted over
    letters only; "" when Latin (or nothing) dominates."""
    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        for ch in text:
            if not ch.isalpha():
                continue
            seen += 1
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[SCRIPT_LANGUAGE.get(script, "")] += 1
        if seen >= SAMPLE_CHARS:
            break
    if not counts:
        return ""
    language, _n = counts.most_common(1)[0]
    return language


def case_language(stream: Mapping[str, object], chat_texts: Iterable[str]) -> str:
    """The stream's ISO 639-1 language when its metadata names one, else the chat's."""
    code = stream.get("language")
    if isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha():
        return code.lower()
    return dominant_script_language(chat_texts)


def offered(languages: Sequence[str], near: ColumnElement[bool]) -> ColumnElement[bool]:
    """SQL: the case may be offered to a moderator reviewing ``languages`` (none: every
    case): one of their languages, an unknown language, or a deadline near."""
    if not languages:
        return true()
    return or_(Case.language.in_(list(languages)), Case.language == "", near)
