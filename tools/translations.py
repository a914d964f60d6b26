"""`make translations`: extract, complete and compile the client's translations.

1. Checks every ``translate``/``tr``/``QT_TRANSLATE_NOOP`` call in ui/ and reviewer/ for the
   shapes pyside6-lupdate can read (it silently skips others; see :func:`check_sources`).
2. Runs pyside6-lupdate into resources/translations/reviewer_<lang>.ts for each shipped
   language (committed sources), then turns every message with ``%n`` into a plural
   (lupdate's Python reader misses most plural ``translate`` calls).
3. Fills reviewer_en.ts: each source as its own translation, plural forms generated from
   the ``(s)`` convention ("%n case(s)" -> "1 case" / "%n cases") with a small table of
   irregulars, so English reads right without anyone typing it.
4. Generates the pseudo-locale reviewer_en_XA.ts from the English one (never by hand).
5. Compiles every .ts to .qm with pyside6-lrelease (generated, not committed).

It prints how many source strings there are and how many are unfinished per language;
whether a language must be complete, and the quality checks on what is translated, are in
:mod:`tools.translation_checks` (run by the tests and by ``check``).

For translators and the integrator's top-up: ``untranslated --lang xx`` prints the
unfinished entries as TSV, ``apply --lang xx FILE.tsv`` writes a filled-in copy back;
``review`` writes one CSV per language for a native speaker's review.
"""

from __future__ import annotations

import argparse
import ast
import copy
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reviewer.i18n import PSEUDO_LANGUAGE, SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from tools import translation_checks, translation_review

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
SCANNED = ("ui", "reviewer")
#: the wrappers themselves pass their arguments on; they are not calls to extract
WRAPPERS = ("ui/common/i18n.py", "reviewer/i18n.py")

#: plural forms per language (Qt's numerus rules for the shipped ones)
PLURAL_FORMS = {"en": 2, "en_XA": 2, "es": 2, "ar": 6, "zh_CN": 1}

#: English plurals that are not "word" + "(suffix)": the whole token -> (one, many)
IRREGULAR = {
    "person(s)": ("person", "people"),
    "is(are)": ("is", "are"),
    "was(were)": ("was", "were"),
    "has(have)": ("has", "have"),
    "entry(ies)": ("entry", "entries"),
    "reply(ies)": ("reply", "replies"),
    "this(these)": ("this", "these"),
    "it(them)": ("it", "them"),
}
_OPTIONAL_SUFFIX = re.compile(r"(\w+)\((\w+)\)")

PSEUDO_OPEN = "⟦"
PSEUDO_CLOSE = "⟧"
#: what the pseudo-locale keeps as written: placeholders, mnemonics, entities, {names}
_KEEP = re.compile(r"%L?[1-9n]|&&|&[A-Za-z0-9]|&\w+;|\{[^{}]*\}|<[^<>]+>|\\n|\n")
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅßÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_PAD = "·"


# --- 1. the shapes lupdate can read ------------------------------------------------------------


@dataclass(frozen=True)
class SourceProblem:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _is_literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_comment(node: ast.expr) -> bool:
    return _is_literal(node) or (isinstance(node, ast.Constant) and node.value is None)


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def check_file(path: Path) -> list[SourceProblem]:
    """Calls that lupdate would skip or misread, so their strings never reach a translator.

    lupdate's Python reader wants literal strings for context, source and comment, no
    keyword arguments, and (for ``translate``) a plural count that is a plain name or a
    number: ``translate("Ctx", "%n case(s)", "", count)``. ``self.tr`` takes any count.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    problems: list[SourceProblem] = []

    def bad(node: ast.AST, what: str) -> None:
        problems.append(SourceProblem(path, getattr(node, "lineno", 0), what))

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in {"translate", "QT_TRANSLATE_NOOP"}:
            if isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"QCoreApplication", "QApplication", "i18n"}
            ):
                continue  # another object's translate (e.g. a QTranslator), not ours
            args = node.args
            if node.keywords:
                bad(node, f"{name}() with keyword arguments: lupdate skips the call")
            if len(args) < 2 or not (_is_literal(args[0]) and _is_literal(args[1])):
                bad(node, f"{name}() needs a literal context and a literal source text")
                continue
            if len(args) >= 3 and not _is_comment(args[2]):
                bad(node, f"{name}(): the comment must be a literal string or None")
            if len(args) >= 4 and not (
                isinstance(args[3], ast.Name)
                or (isinstance(args[3], ast.Constant) and isinstance(args[3].value, int))
            ):
                bad(node, f"{name}(): the count must be a plain name (assign it first)")
        elif name == "tr" and isinstance(node.func, ast.Attribute):
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                continue
            if node.keywords:
                bad(node, "self.tr() with keyword arguments: lupdate skips the call")
            if not node.args or not _is_literal(node.args[0]):
                bad(node, "self.tr() needs a literal source text")
            elif len(node.args) >= 2 and not _is_comment(node.args[1]):
                bad(node, "self.tr(): the comment must be a literal string or None")
    return problems


def python_files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        yield from sorted(root.rglob("*.py"))


def _classes(path: Path) -> Iterator[ast.ClassDef]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ClassDef):
            yield node


def _uses_self_tr(cls: ast.ClassDef) -> bool:
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
        for node in ast.walk(cls)
    )


def check_subclassed_tr(paths: Iterable[Path]) -> list[SourceProblem]:
    """A class that calls ``self.tr`` must not be subclassed: at run time ``tr`` looks the
    text up under the subclass's name, where lupdate never put it."""
    files = list(paths)
    with_tr = {cls.name for path in files for cls in _classes(path) if _uses_self_tr(cls)}
    problems = []
    for path in files:
        for cls in _classes(path):
            for base in cls.bases:
                name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                if name in with_tr:
                    problems.append(
                        SourceProblem(
                            path,
                            cls.lineno,
                            f"{cls.name} derives from {name}, which uses self.tr: "
                            f'use translate("{name}", …) in {name}',
                        )
                    )
    return problems


def check_sources(repo: Path = REPO) -> list[SourceProblem]:
    problems: list[SourceProblem] = []
    files = list(python_files(repo / name for name in SCANNED))
    for path in files:
        if path.relative_to(repo).as_posix() not in WRAPPERS:
            problems.extend(check_file(path))
    return problems + check_subclassed_tr(files)


# --- 2. and 3. the .ts files ------------------------------------------------------------------


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make .venv/.dev-installed)")
    return found


def lupdate(ts: Path, language: str, repo: Path = REPO) -> None:
    subprocess.run(  # noqa: S603 - Qt's tool beside our interpreter, fixed arguments
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *(str(repo / name) for name in SCANNED),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=repo,
        capture_output=True,  # "Removed plural forms" notes on every run: not news
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(  # noqa: S603 - Qt's tool beside our interpreter, fixed arguments
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def read_ts(path: Path) -> ET.ElementTree[ET.Element]:
    return ET.parse(path)  # noqa: S314 - our own .ts files, written by lupdate and us


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """The .ts as lupdate writes it: XML declaration, DOCTYPE, four-space indent."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[ET.Element]:
    yield from tree.getroot().iter("message")


def source_of(message: ET.Element) -> str:
    return message.findtext("source") or ""


def is_plural_source(text: str) -> bool:
    return "%n" in text or "%Ln" in text


def make_plurals(tree: ET.ElementTree[ET.Element], language: str) -> None:
    """Every message with ``%n`` becomes a plural with the language's number of forms."""
    forms = PLURAL_FORMS.get(language, 2)
    for message in messages(tree):
        if not is_plural_source(source_of(message)) or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        old = translation.text or ""
        translation.text = None
        translation.set("type", "unfinished")
        for index in range(forms):
            form = ET.SubElement(translation, "numerusform")
            form.text = old if index == 0 and old else ""


def saved_plurals(path: Path) -> dict[tuple[str, str, str], tuple[list[str], str | None]]:
    """The plural forms (and the finished state) of each plural message in the .ts at
    ``path``, read before lupdate runs: lupdate's Python reader takes most plural calls for
    plain ones and keeps only the first form, which :func:`make_plurals` cannot bring back."""
    saved: dict[tuple[str, str, str], tuple[list[str], str | None]] = {}
    for context, message in _contexts(read_ts(path)):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        saved[_key(context, message)] = (forms, translation.get("type"))
    return saved


def restore_plurals(
    tree: ET.ElementTree[ET.Element],
    saved: dict[tuple[str, str, str], tuple[list[str], str | None]],
) -> None:
    """Put back the plural forms :func:`saved_plurals` kept, when the form count still fits."""
    for context, message in _contexts(tree):
        kept = saved.get(_key(context, message))
        translation = message.find("translation")
        if kept is None or translation is None or message.get("numerus") != "yes":
            continue
        forms_text, state = kept
        forms = translation.findall("numerusform")
        if len(forms) != len(forms_text) or not any(forms_text):
            continue
        for form, text in zip(forms, forms_text, strict=True):
            form.text = text or None
        if state is None:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", state)


def english_forms(source: str) -> tuple[str, str]:
    """("1 case" form, "many cases" form) from the ``(s)`` convention and :data:`IRREGULAR`."""

    def pick(which: int) -> str:
        def replace(match: re.Match[str]) -> str:
            token = match.group(0)
            if token in IRREGULAR:
                return IRREGULAR[token][which]
            return match.group(1) + (match.group(2) if which else "")

        return _OPTIONAL_SUFFIX.sub(replace, source)

    return pick(0), pick(1)


def fill_english(tree: ET.ElementTree[ET.Element]) -> None:
    """English is the source language: each text is its own translation; plurals get forms."""
    for message in messages(tree):
        source = source_of(message)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form_text in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = source


# --- 4. the pseudo-locale ---------------------------------------------------------------------


def pseudo(text: str) -> str:
    """Accented, about 40% longer, with markers at both ends; placeholders stay intact."""
    if not text:
        return text
    out: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    padding = max(1, math.ceil(len(text) * 0.4) - 2)
    return f"{PSEUDO_OPEN}{body}{_PAD * padding}{PSEUDO_CLOSE}"


def pseudo_tree(english: ET.ElementTree[ET.Element]) -> ET.ElementTree[ET.Element]:
    root = copy.deepcopy(english.getroot())
    root.set("language", PSEUDO_LANGUAGE)
    tree: ET.ElementTree[ET.Element] = ET.ElementTree(root)
    for message in messages(tree):
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(form.text or source_of(message))
        else:
            translation.text = pseudo(source_of(message))
    return tree


# --- 5. the report ------------------------------------------------------------------------------


def unfinished(tree: ET.ElementTree[ET.Element]) -> int:
    count = 0
    for message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            count += 1
            continue
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        if not all(texts):
            count += 1
    return count


def ts_path(folder: Path, language: str) -> Path:
    return folder / f"reviewer_{language}.ts"


def update(folder: Path = FOLDER, repo: Path = REPO) -> dict[str, int]:
    """Steps 2-4 into ``folder``; the unfinished count per language (and "source": total)."""
    folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, int] = {}
    for language in SHIPPED_LANGUAGES:
        path = ts_path(folder, language)
        plurals = saved_plurals(path) if path.exists() else {}
        lupdate(path, language, repo)
        tree = read_ts(path)
        make_plurals(tree, language)
        restore_plurals(tree, plurals)
        if language == SOURCE_LANGUAGE:
            fill_english(tree)
            write_ts(pseudo_tree(tree), ts_path(folder, PSEUDO_LANGUAGE))
            report["source"] = sum(1 for _ in messages(tree))
        write_ts(tree, path)
        report[language] = unfinished(tree)
    return report


def build_pseudo(folder: Path, repo: Path = REPO) -> Path:
    """The pseudo-locale's .qm from the current sources, built in ``folder`` (tests use a
    temporary one, so the committed .ts files stay as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    english = ts_path(folder, SOURCE_LANGUAGE)
    lupdate(english, SOURCE_LANGUAGE, repo)
    tree = read_ts(english)
    make_plurals(tree, SOURCE_LANGUAGE)
    fill_english(tree)
    write_ts(tree, english)
    pseudo = ts_path(folder, PSEUDO_LANGUAGE)
    write_ts(pseudo_tree(tree), pseudo)
    for ts in (english, pseudo):
        lrelease(ts, ts.with_suffix(".qm"))
    return pseudo.with_suffix(".qm")


def release(folder: Path = FOLDER) -> list[Path]:
    """Every .ts in ``folder`` to its .qm; the pseudo-locale is generated first if missing."""
    english = ts_path(folder, SOURCE_LANGUAGE)
    if english.exists() and not ts_path(folder, PSEUDO_LANGUAGE).exists():
        write_ts(pseudo_tree(read_ts(english)), ts_path(folder, PSEUDO_LANGUAGE))
    made = []
    for ts in sorted(folder.glob("reviewer_*.ts")):
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        made.append(qm)
    return made


# --- 6. translator's round trip: unfinished entries out as TSV, translations back in ----------

#: the TSV columns of ``untranslated`` and ``apply``; a plural has one column per form
TSV_COLUMNS = ("context", "source", "comment", "forms")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(following, "\\" + following))
    return "".join(out)


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, source_of(message), message.findtext("comment") or "")


def _contexts(tree: ET.ElementTree[ET.Element]) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished"}:
        return True
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return not all(texts)


def untranslated_rows(path: Path, language: str) -> Iterator[list[str]]:
    """context, source, comment, number of forms (0: not a plural), then empty cells."""
    for context, message in _contexts(read_ts(path)):
        if not _is_unfinished(message):
            continue
        forms = PLURAL_FORMS[language] if message.get("numerus") == "yes" else 0
        yield [*(_escape(cell) for cell in _key(context, message)), str(forms)]


def apply_rows(path: Path, rows: Iterable[list[str]]) -> tuple[int, list[str]]:
    """Write translations (context, source, comment, forms, text…) into the .ts at ``path``;
    returns how many were applied and what matched nothing or was incomplete."""
    tree = read_ts(path)
    index = {_key(context, message): message for context, message in _contexts(tree)}
    applied = 0
    problems: list[str] = []
    for row in rows:
        if len(row) < 5 or not row[0] or row[0] == "context":
            continue
        key = (_unescape(row[0]), _unescape(row[1]), _unescape(row[2]))
        texts = [_unescape(cell) for cell in row[4:]]
        message = index.get(key)
        if message is None:
            problems.append(f"no such message: {key}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if len(texts) != len(forms) or not all(texts):
                problems.append(f"{key}: {len(forms)} plural forms wanted, {len(texts)} given")
                continue
            for form, text in zip(forms, texts, strict=True):
                form.text = text
        else:
            if not texts[0]:
                problems.append(f"{key}: empty translation")
                continue
            translation.text = texts[0]
        translation.attrib.pop("type", None)
        applied += 1
    write_ts(tree, path)
    return applied, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command",
        nargs="?",
        default="all",
        choices=["all", "check", "release", "untranslated", "apply", "review"],
        help="all (default): check, update the .ts and compile; check: the call shapes and "
        "the translation checks; release: compile the committed .ts only (packaging); "
        "untranslated: the unfinished entries of --lang as TSV on stdout; apply: write a "
        "filled-in TSV back into --lang's .ts; review: one CSV per language for review",
    )
    parser.add_argument("file", nargs="?", type=Path, help="apply: the filled-in TSV")
    parser.add_argument("--lang", choices=[lang for lang in SHIPPED_LANGUAGES if lang != "en"])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "translations-review")
    options = parser.parse_args(argv)
    if options.command == "release":
        made = release()
        print(f"translations: {len(made)} .qm files in {FOLDER.relative_to(REPO)}")
        return 0
    if options.command in {"untranslated", "apply"}:
        if options.lang is None:
            parser.error(f"{options.command} needs --lang")
        path = ts_path(FOLDER, options.lang)
        if options.command == "untranslated":
            print("\t".join(TSV_COLUMNS))
            for row in untranslated_rows(path, options.lang):
                print("\t".join(row))
            return 0
        if options.file is None:
            parser.error("apply needs the TSV file")
        lines = options.file.read_text(encoding="utf-8").splitlines()
        applied, refused = apply_rows(path, (line.split("\t") for line in lines))
        for refusal in refused:
            print(refusal, file=sys.stderr)
        print(f"translations: {applied} entries applied to {path.name}")
        return 1 if refused else 0
    if options.command == "review":
        for written in translation_review.write_all(options.out):
            print(f"translations: {written}")
        return 0
    problems = check_sources()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"translations: {len(problems)} call(s) lupdate cannot read", file=sys.stderr)
        return 1
    if options.command == "check":
        text = [
            found
            for language in translation_checks.TRANSLATED
            for found in translation_checks.text_problems(language)
        ]
        for found in text:
            print(found, file=sys.stderr)
        if text:
            print(f"translations: {len(text)} translation problem(s)", file=sys.stderr)
        return 1 if text else 0
    report = update()
    release()
    total = report.pop("source")
    print(f"translations: {total} source strings")
    for language, count in report.items():
        print(f"  {language}: {count} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
