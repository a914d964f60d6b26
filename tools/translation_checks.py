"""Quality checks on the translated .ts files, run by the tests and ``tools.translations check``.

No one on the team reads Arabic or Chinese natively, so the translations are checked by
rules a machine can apply: placeholders and key names survive, glossary terms are followed,
plural forms are complete, no stray Latin text remains (ar, zh_CN), no text grows past
2.5 times its source's width. Each check looks at finished entries only; whether a language
is complete is a check of its own (:func:`unfinished_entries`). docs/translations.md gives
the matching rules.

Qt-free on purpose (the width check takes a measuring function): the tests measure with
the app's font through QFontMetrics, this module only compares.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
GLOSSARY = FOLDER / "glossary.tsv"
GLOSSARY_EXCEPTIONS = FOLDER / "glossary-exceptions.tsv"

#: the languages translated from English, in the glossary's column order
TRANSLATED = ("es", "ar", "zh_CN")
#: languages whose translator has declared every entry done: from then on an unfinished
#: entry fails the tests (the integrator tops new strings up with ``tools.translations
#: untranslated``/``apply``). Add yours when your file is complete.
COMPLETE: tuple[str, ...] = ("es", "ar", "zh_CN")
#: plural forms per language (Qt's numerus rules)
PLURAL_FORMS = {"es": 2, "ar": 6, "zh_CN": 1}
#: languages whose text should hold no Latin letters except :data:`LATIN_ALLOWED`
NON_LATIN = ("ar", "zh_CN")
#: the widest a translated line may be, as a multiple of its source's widest line
MAX_WIDTH_RATIO = 2.5

PRODUCT_NAME = "Live Review Desk"

_PLACEHOLDER = re.compile(r"%L?[1-9n]")
_MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def _word(pattern: str) -> str:
    """``pattern`` not inside a Latin word (``\\b`` would not part "按" from "Enter")."""
    return rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])"


_COMBO = _word(r"(?:Ctrl|Shift|Alt|Meta)\+(?:F\d{1,2}|Enter|Return|Space|[A-Za-z0-9]|[,.;/])")
#: key names in a source: combinations, Esc, Shift, Tab, Space and F-keys anywhere; Enter and
#: Return only after a lower-case word ("press Enter"), not as a verb ("Enter your name")
_KEY_IN_SOURCE = re.compile(
    _COMBO + "|" + _word(r"Esc|Shift|Tab|Space|F\d{1,2}") + r"|(?<=[a-z,] )(?:Enter|Return)\b"
)
#: key names in a translation, wherever they stand
_KEY_ANYWHERE = re.compile(_COMBO + "|" + _word(r"Esc|Shift|Tab|Enter|Return|Space|F\d{1,2}"))

#: Latin text allowed in ar and zh_CN: the product's name, URLs, key names, placeholders,
#: units and file kinds, the names of statistics and of third-party software, and the
#: examples a person types (user names, language codes).
LATIN_ALLOWED: tuple[str, ...] = (
    re.escape(PRODUCT_NAME),
    r"https?://[^\s“”\"'<>]*",
    r"review\.example\.com",
    _KEY_ANYWHERE.pattern,
    # key caps the combination pattern leaves out: arrows after a modifier, a lone modifier
    _word(r"(?:Ctrl|Shift|Alt|Meta)\+(?:Up|Down|Left|Right|Home|End)|Ctrl|Alt|Escape"),
    _PLACEHOLDER.pattern,
    _MNEMONIC.pattern + r"[A-Za-z0-9]",  # a mnemonic, Chinese style too: "主题(&T)"
    r"\*\.(?:csv|png|json|pdf)",
    r"(?<=\w)\.pdf(?![A-Za-z])",  # a default file name's extension: "周报.pdf"
    _word(r"MB|ms|SLA|CSV|PDF|PNG|JSON|JPEG|WebP|TLS|UTC|AC1|ISO|p90"),
    _word(r"Cohen|Gwet|Krippendorff"),
    r"GNOME Keyring|KWallet|Secret Service|macOS Keychain|Windows Credential Manager",
    r"reviewer doctor",
    _word(r"northdesk|qa1|lead1|ban_account|age_restrict"),
    _word(r"en, es"),
)
_LATIN_ALLOWED = re.compile("|".join(f"(?:{pattern})" for pattern in LATIN_ALLOWED))
#: Latin letters (Latin-1 and Extended-A/B without × and ÷, which are signs)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_SINGLE_CAPITAL = re.compile(r"(?<![A-Za-z])[A-Z](?![A-Za-z])")


# --- reading a .ts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of a .ts: its source and its translation (one text per plural form)."""

    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"reviewer_{language}.ts"


def entries(path: Path) -> Iterator[Entry]:
    """Every message of the .ts at ``path``."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own .ts files
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type") or ""
                if numerus:
                    forms = tuple(form.text or "" for form in translation.findall("numerusform"))
                else:
                    forms = (translation.text or "",)
            yield Entry(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=numerus,
                finished=state not in {"unfinished", "vanished", "obsolete"} and all(forms),
                forms=forms,
            )


def unfinished_entries(items: list[Entry]) -> list[str]:
    return [entry.where for entry in items if not entry.finished]


# --- placeholders, mnemonics, key names ---------------------------------------------------------


def placeholder_problems(entry: Entry) -> list[str]:
    """``%1``…, ``%n``/``%Ln`` and key names (Ctrl+Z, Esc) appear as often as in the source.

    A plural form may leave ``%n`` out (Arabic's "one" and "two" forms often say the number
    in the word), so for plurals ``%n`` is compared only when the source has none.
    """
    problems = []
    wanted_ph = Counter(_PLACEHOLDER.findall(entry.source))
    wanted_keys = Counter(_KEY_IN_SOURCE.findall(entry.source))
    wanted_mnemonics = len(_MNEMONIC.findall(entry.source))
    for index, text in enumerate(entry.forms):
        found = Counter(_PLACEHOLDER.findall(text))
        if entry.numerus:
            for count in ("%n", "%Ln"):
                if found[count] <= wanted_ph[count]:
                    found[count] = wanted_ph[count]
        if found != wanted_ph:
            problems.append(f"form {index}: placeholders {dict(found)} != {dict(wanted_ph)}")
        keys = Counter(_KEY_ANYWHERE.findall(text))
        if keys != wanted_keys:
            problems.append(f"form {index}: key names {dict(keys)} != {dict(wanted_keys)}")
        if len(_MNEMONIC.findall(text)) != wanted_mnemonics:
            problems.append(f"form {index}: mnemonic (&) count differs")
    return problems


def plural_problems(entry: Entry, language: str) -> list[str]:
    if not entry.numerus:
        return []
    wanted = PLURAL_FORMS[language]
    if len(entry.forms) != wanted or not all(entry.forms):
        return [f"{len([f for f in entry.forms if f])} of {wanted} plural forms filled"]
    return []


# --- the glossary -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    term: str
    #: per language, the accepted renderings (the first is the preferred one)
    renderings: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]


def _term_pattern(term: str) -> re.Pattern[str]:
    """The term as a whole word or words, also with an English plural (s, es, ``(s)``)."""
    words = r"\s+".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?<![\w-]){words}(?:s|es|\(s\)|\(es\))?(?![\w-])", re.IGNORECASE)


def load_glossary(path: Path = GLOSSARY) -> list[Term]:
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    header, *body = rows
    terms = []
    for row in body:
        cells = dict(zip(header, row, strict=True))
        terms.append(
            Term(
                term=cells["term"],
                renderings={
                    lang: tuple(part.strip() for part in cells[lang].split("|"))
                    for lang in TRANSLATED
                },
                pattern=_term_pattern(cells["term"]),
            )
        )
    # longest first: "policy area" claims its words before "policy" can
    return sorted(terms, key=lambda term: -len(term.term))


def load_exceptions(path: Path = GLOSSARY_EXCEPTIONS) -> set[tuple[str, str, str]]:
    """(context, source, term) where the term's word has another sense (a "report" that is
    a document); the file says why for each."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    return {(row[0], row[1].replace("\\n", "\n"), row[2]) for row in rows[1:] if row}


_ARABIC_ARTICLE = re.compile(r"^([وفبك]?)ال(?=\w\w)")


def normalise(text: str, language: str) -> str:
    """For comparing a translation with the glossary: case and accents folded; in Arabic
    also the diacritics, hamza seats, the definite article and ta marbuta (ة as ت)."""
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", text) if unicodedata.category(char) != "Mn"
    ).casefold()
    if language == "ar":
        folded = folded.replace("ة", "ت").replace("ى", "ي").replace("ـ", "")
        words = []
        for word in folded.split():
            word = _ARABIC_ARTICLE.sub(r"\1", word)
            words.append("ل" + word[2:] if word.startswith("لل") else word)
        folded = " ".join(words)
    return folded


def terms_in(source: str, glossary: list[Term]) -> list[Term]:
    """The glossary terms in ``source``, longest first, none inside another's match or inside
    the product's name."""
    taken = [False] * len(source)
    for match in re.finditer(re.escape(PRODUCT_NAME), source):
        taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    found = []
    for term in glossary:
        for match in term.pattern.finditer(source):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            if term not in found:
                found.append(term)
    return found


def glossary_problems(
    entry: Entry, language: str, glossary: list[Term], exceptions: set[tuple[str, str, str]]
) -> list[str]:
    """Each glossary term in the source is rendered as the glossary says, in every form."""
    problems = []
    for term in terms_in(entry.source, glossary):
        if (entry.context, entry.source, term.term) in exceptions:
            continue
        wanted = [normalise(option, language) for option in term.renderings[language]]
        for index, text in enumerate(entry.forms):
            have = normalise(text, language)
            if not any(option in have for option in wanted):
                problems.append(
                    f"form {index}: {term.term!r} should read "
                    f"{' or '.join(term.renderings[language])!r}"
                )
    return problems


# --- Latin letters in ar and zh_CN --------------------------------------------------------------


def latin_problems(entry: Entry) -> list[str]:
    """Latin words left in a translation after the allowed tokens are taken out. A single
    capital letter is allowed when the source has it too (a key cap: "V, K, F1")."""
    source_capitals = set(_SINGLE_CAPITAL.findall(entry.source))
    problems = []
    for index, text in enumerate(entry.forms):
        rest = _LATIN_ALLOWED.sub(" ", text)
        words = [
            word
            for word in _LATIN.findall(rest)
            if not (len(word) == 1 and word in source_capitals)
        ]
        if words:
            problems.append(f"form {index}: Latin text {words}")
    return problems


# --- width --------------------------------------------------------------------------------------


def width_problems(entry: Entry, measure: Callable[[str], float]) -> list[str]:
    """The widest line of each form against the widest line of the source."""
    limit = MAX_WIDTH_RATIO * max(measure(line) for line in entry.source.split("\n"))
    problems = []
    for index, text in enumerate(entry.forms):
        widest = max(measure(line) for line in text.split("\n"))
        if widest > limit:
            problems.append(
                f"form {index}: {widest:.0f} px wide, more than {MAX_WIDTH_RATIO}× the "
                f"source's ({limit / MAX_WIDTH_RATIO:.0f} px)"
            )
    return problems


# --- all together -------------------------------------------------------------------------------


def text_problems(language: str, folder: Path = FOLDER) -> list[str]:
    """Every problem the Qt-free checks find in the finished entries of one language."""
    glossary = load_glossary()
    exceptions = load_exceptions()
    problems: list[str] = []
    for entry in entries(ts_path(language, folder)):
        if not entry.finished:
            continue
        found = (
            placeholder_problems(entry)
            + plural_problems(entry, language)
            + glossary_problems(entry, language, glossary, exceptions)
            + (latin_problems(entry) if language in NON_LATIN else [])
        )
        problems.extend(f"{language}: {entry.where}: {what}" for what in found)
    return problems
