"""A damaged write-ahead log at start-up (issue 14, part 4): SQLite would silently drop
every transaction after the bad frame, so the store refuses to open it and touches
nothing, ``reviewer doctor`` says what is wrong, and ``reviewer recover-store`` moves it
aside and says what it could not read.

The log is real: decisions committed by a store that is still open (as when the desk was
killed), copied out with their ``-wal``; one byte of a frame's page is then flipped.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store, StoreDamagedError
from reviewer.store.wal import check_wal
from tests.reviewer.store.storekit import draft, lease

DECISIONS = 12


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _crashed_copy(source_dir: Path, target: Path) -> list[str]:
    """Decisions committed into the log of a store left open; its files copied to ``target``."""
    path = source_dir / "live.sqlite3"
    store = Store.open(path)
    try:
        lease(store, [f"c{i}" for i in range(DECISIONS)])
        made = [store.record_decision(draft(f"c{i}")).decision_id for i in range(DECISIONS)]
        assert check_wal(_wal(path)).valid_frames > DECISIONS  # all still in the log
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        shutil.copyfile(_wal(path), _wal(target))
    finally:
        store.close()
    return made


def _flip(wal: Path, frame: int) -> None:
    data = bytearray(wal.read_bytes())
    page_size = int.from_bytes(data[8:12], "big")
    data[32 + frame * (24 + page_size) + 24 + 100] ^= 0xFF
    wal.write_bytes(bytes(data))


def _sqlite_count(path: Path) -> int:
    """What plain SQLite shows of the decisions (on a throwaway copy: it rewrites the log)."""
    probe = path.with_name("probe.sqlite3")
    shutil.copyfile(path, probe)
    shutil.copyfile(_wal(path), _wal(probe))
    conn = sqlite3.connect(probe)
    try:
        return int(conn.execute("SELECT count(*) FROM decisions").fetchone()[0])
    finally:
        conn.close()


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def test_an_intact_log_and_a_torn_tail_open(tmp_path: Path) -> None:
    path = tmp_path / "copy" / "store.sqlite3"
    made = _crashed_copy(tmp_path, path)
    assert not check_wal(_wal(path)).damaged
    # a crash mid-append: the last frame is cut short (that transaction was never acknowledged)
    wal = _wal(path)
    wal.write_bytes(wal.read_bytes()[:-100])
    assert not check_wal(wal).damaged
    with Store.open(path) as store:
        assert len(store.recent_decisions(100)) in (DECISIONS - 1, DECISIONS)
        assert store.decision(made[0]) is not None


def test_a_damaged_log_is_refused_untouched_named_by_doctor_and_recovered(
    tmp_path: Path,
) -> None:
    path = AppPaths.default().ensure().store_path
    made = _crashed_copy(tmp_path, path)
    _flip(_wal(path), check_wal(_wal(path)).valid_frames // 2)  # past the schema's own frames
    check = check_wal(_wal(path))
    assert check.damaged
    assert check.lost_commits > 0
    # what SQLite alone would do: fewer decisions, and no word about it
    assert _sqlite_count(path) < DECISIONS
    before = (_sha(path), _sha(_wal(path)))

    with pytest.raises(StoreDamagedError, match="write-ahead log"):
        Store.open(path)
    assert (_sha(path), _sha(_wal(path))) == before  # the files untouched

    code, text = _run("doctor", "--store", str(path), "--server", "")
    assert code == 1
    line = next(x for x in text.splitlines() if x.startswith("store"))
    assert "PROBLEM" in line
    assert "write-ahead log" in line
    assert "recover-store" in line
    assert (_sha(path), _sha(_wal(path))) == before

    code, text = _run("recover-store", "--store", str(path))
    assert code == 0, text
    assert "write-ahead log" in text  # says what it could not read
    (aside,) = [
        p for p in path.parent.iterdir() if re.fullmatch(r".*\.damaged-\d{8}T\d{6}Z", p.name)
    ]
    assert _sha(aside) == before[0]
    assert _sha(_wal(aside)) == before[1]
    with Store.open(path) as fresh:
        queued = [i.decision_id for i in fresh.pending_outbox(100)]
        assert queued  # what the log's valid frames held is queued again
        assert queued == made[: len(queued)]  # in order, nothing invented
