"""The write-ahead log grown once a session (Store.reserve_log, called by the desk before its
sync thread starts): decision commits overwrite it instead of extending the file, opening a
store changes nothing, a crash copy still opens whole, and a failure never reaches the caller.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
from pathlib import Path

import pytest

from reviewer.store import decisions as store_module
from reviewer.store.decisions import LOG_RESERVE_BYTES, Store
from reviewer.store.wal import check_wal
from tests.reviewer.store.storekit import draft, lease

SIZE = 6 * 2**20  # past SQLite's automatic checkpoint (1,000 pages): commits cycle inside it


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_reserved_log_is_never_extended_by_decisions(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        assert store.reserve_log(SIZE) > 0  # a fresh store: a state row gives the log its header
        assert _wal(path).stat().st_size == SIZE
        assert stat.S_IMODE(_wal(path).stat().st_mode) == 0o600
        cases = lease(store, [f"c{i}" for i in range(300)])
        for case_id in cases:
            store.record_decision(draft(case_id))
            # every commit wrote into the reserved file: none changed its size
            assert _wal(path).stat().st_size == SIZE
        assert store.outbox_counts()["pending"] == 300
        assert store.reserve_log(SIZE) == 0  # already reserved


def test_the_desks_reserve_is_8_mib(tmp_path: Path) -> None:
    if shutil.disk_usage(tmp_path).free < LOG_RESERVE_BYTES * store_module.LOG_RESERVE_FREE_FACTOR:
        pytest.skip("too little free space here for the desk's reserve")
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        lease(store, ["c1"])
        assert store.reserve_log() > 0
        assert _wal(path).stat().st_size == LOG_RESERVE_BYTES


def test_opening_and_reading_change_no_byte_of_the_log(tmp_path: Path) -> None:
    """`reviewer doctor` opens a store to read it, while the desk may still hold it."""
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as desk:
        lease(desk, ["c1", "c2"])
        desk.truncate_wal()  # a log as short as it gets (no reserve) ...
        desk.record_decision(draft("c1"))  # ... with frames in it, the desk still open
        assert 0 < _wal(path).stat().st_size < SIZE
        before = _sha(_wal(path))
        with Store.open(path) as doctor:
            assert doctor.open_cases()
            assert doctor.quick_check() == "ok"
        assert _sha(_wal(path)) == before


def test_a_crash_copy_of_a_reserved_log_opens_with_every_decision(tmp_path: Path) -> None:
    """The files as kill -9 leaves them (copied while the store is open, as test_wal does):
    the zeros past the log's end read as its end, nothing is lost or called damaged."""
    path = tmp_path / "store.sqlite3"
    copy = tmp_path / "copy" / "store.sqlite3"
    copy.parent.mkdir()
    with Store.open(path) as store:
        store.reserve_log(SIZE)
        cases = lease(store, [f"c{i}" for i in range(30)])
        for case_id in cases:
            store.record_decision(draft(case_id))
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    found = check_wal(_wal(copy))
    assert not found.damaged
    assert 0 < found.valid_frames < found.frames  # the decisions, then the reserve
    with Store.open(copy) as reopened:
        assert reopened.outbox_counts()["pending"] == 30
        assert reopened.quick_check() == "ok"


def test_a_failed_reserve_is_logged_and_changes_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        store.truncate_wal()
        store.connection.execute("PRAGMA query_only = ON")  # every write now fails
        assert store.reserve_log(SIZE) == 0  # never raises
        assert "could not reserve the write-ahead log" in caplog.text
        assert not _wal(path).exists() or _wal(path).stat().st_size < SIZE
        store.connection.execute("PRAGMA query_only = OFF")
        lease(store, ["c1"])
        store.record_decision(draft("c1"))  # the store works the same
        assert store.outbox_counts()["pending"] == 1


def test_no_reserve_when_the_disk_is_short_of_space(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        lease(store, ["c1"])
        before = _wal(path).stat().st_size
        free = shutil.disk_usage(tmp_path).free
        too_big = free // store_module.LOG_RESERVE_FREE_FACTOR + 1
        assert store.reserve_log(too_big) == 0
        assert _wal(path).stat().st_size == before


def test_sign_out_still_empties_a_reserved_log(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        lease(store, ["c1"])
        store.reserve_log(SIZE)
        assert _wal(path).stat().st_size == SIZE
        assert store.forget_all_case_content()
        assert _wal(path).stat().st_size == 0
