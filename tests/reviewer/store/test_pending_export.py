"""``reviewer export-pending``'s file and its reader: the decisions are read from their exact
bytes, and a file that was changed or is not an export is refused with what is wrong."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reviewer import cli, contract
from reviewer.store.decisions import Store
from reviewer.store.pending_export import read_pending_export
from tests.reviewer.store.storekit import draft, lease


def _export(tmp_path: Path, cases: int) -> tuple[Path, list[str]]:
    path = tmp_path / "desk.sqlite"
    store = Store.open(path)
    try:
        store.claim("https://cases.example", "moderator9")
        ids = lease(store, [f"c{n}" for n in range(cases)])
        decided = [store.record_decision(draft(c)).decision_id for c in ids]
    finally:
        store.close()
    target = tmp_path / "pending.json"
    out = io.StringIO()
    argv = ["export-pending", "--store", str(path), "--out", str(target), "--device-id", "d-1"]
    assert cli.main(argv, out) == 0
    return target, decided


def test_the_export_reads_back_in_chunks_of_one_batch(tmp_path: Path) -> None:
    target, decided = _export(tmp_path, contract.MAX_BATCH_DECISIONS + 3)
    export = read_pending_export(target)
    assert (export.username, export.server_url) == ("moderator9", "https://cases.example")
    assert export.chain_seq == len(decided)
    assert export.device_id == "d-1"
    assert [d.decision_id for d in export.decisions] == decided
    chunks = export.import_requests()
    assert [len(c.decisions) for c in chunks] == [contract.MAX_BATCH_DECISIONS, 3]
    assert {c.author for c in chunks} == {"moderator9"}


def _rewrite(target: Path, change: Any) -> None:
    doc = json.loads(target.read_text(encoding="utf-8"))
    change(doc)
    target.write_text(json.dumps(doc), encoding="utf-8")


def _tamper(doc: dict[str, Any]) -> None:
    item = doc["decisions"][0]
    request = json.loads(base64.b64decode(item["request_base64"]))
    request["note"] = "changed afterwards"
    item["request_base64"] = base64.b64encode(json.dumps(request).encode()).decode()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_tamper, "decision 1: the request bytes do not match their sha256"),
        (lambda doc: doc.update(format="reviewer-held-decisions/1"), "not a "),
        (lambda doc: doc.update(decisions=[]), "the export holds no decisions"),
        (lambda doc: doc.update(username=""), "the export names no author"),
        (lambda doc: doc["decisions"][0].pop("request_base64"), "decision 1: no request bytes"),
    ],
)
def test_a_changed_or_foreign_file_is_refused(tmp_path: Path, change: Any, problem: str) -> None:
    target, _decided = _export(tmp_path, 2)
    _rewrite(target, change)
    with pytest.raises(ValueError, match="^" + problem):
        read_pending_export(target)
