"""The Trust & Safety glossary the translators work from parses and names each term once."""

from __future__ import annotations

import csv
from importlib import resources

COLUMNS = ["term", "es", "ar", "zh_CN", "note"]


def _rows() -> list[list[str]]:
    text = (resources.files("resources.translations") / "glossary.tsv").read_text(encoding="utf-8")
    return list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_glossary_parses_with_every_cell_filled() -> None:
    header, *rows = _rows()
    assert header == COLUMNS
    assert len(rows) >= 30
    for row in rows:
        assert len(row) == len(COLUMNS), row
        assert all(cell.strip() == cell and cell for cell in row), row


def test_no_term_twice() -> None:
    terms = [row[0].casefold() for row in _rows()[1:]]
    assert len(terms) == len(set(terms)), sorted(t for t in terms if terms.count(t) > 1)


def test_the_core_vocabulary_is_there() -> None:
    terms = {row[0] for row in _rows()[1:]}
    wanted = {
        "decision", "escalate", "lease", "policy area", "overturn", "calibration",
        "golden item", "strike", "queue", "case", "moderator", "streamer", "viewer", "report",
        "snapshot", "chat log", "sign in", "sync", "held decision", "team lead", "QA reviewer",
        "agreement", "appeal", "guideline",
    }  # fmt: skip
    assert wanted <= terms, wanted - terms
