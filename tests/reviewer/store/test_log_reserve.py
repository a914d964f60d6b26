"""The write-ahead log is grown once, after the GUI's connection first writes
(Store.reserve_log), so decision commits overwrite it instead of extending the file; opening
alone changes nothing, and a crash copy still opens whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from reviewer.store import decisions as store_module
from reviewer.store.decisions import LOG_RESERVE_BYTES, Store
from reviewer.store.wal import check_wal
from tests.reviewer.store.storekit import draft, lease


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def test_opening_reserves_the_log_and_decisions_never_extend_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        cases = lease(store, [f"c{i}" for i in range(400)])
        assert _wal(path).stat().st_size == LOG_RESERVE_BYTES
        for case_id in cases:
            store.record_decision(draft(case_id))
            # every commit wrote into the reserved file: none changed its size
            assert _wal(path).stat().st_size == LOG_RESERVE_BYTES
        assert store.outbox_counts()["pending"] == 400
        assert store.reserve_log() == 0  # already reserved


def test_the_sync_threads_connection_does_not_reserve(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as gui:
        lease(gui, ["c1"])
        gui.truncate_wal()
        assert _wal(path).stat().st_size == 0
        with Store.open(path, background=True) as sync:
            sync.set_state("probe", "1")
            assert 0 < _wal(path).stat().st_size < LOG_RESERVE_BYTES


def test_opening_and_reading_leave_the_log_alone(tmp_path: Path) -> None:
    """`reviewer doctor` opens a store to read it: no byte of the log may change."""
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        lease(store, ["c1"])
        store.truncate_wal()
    with Store.open(path) as store:
        assert store.open_cases()
        assert store.quick_check() == "ok"
        assert _wal(path).stat().st_size == 0


def test_a_crash_copy_of_a_reserved_log_opens_with_every_decision(tmp_path: Path) -> None:
    """The files as kill -9 leaves them (copied while the store is open, as test_wal does):
    the zeros past the log's end read as its end, nothing is lost or called damaged."""
    path = tmp_path / "store.sqlite3"
    copy = tmp_path / "copy" / "store.sqlite3"
    copy.parent.mkdir()
    with Store.open(path) as store:
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


def test_no_reserve_when_the_disk_is_short_of_space(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        store.truncate_wal()
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
        assert _wal(path).stat().st_size == LOG_RESERVE_BYTES
        assert store.forget_all_case_content()
        assert _wal(path).stat().st_size == 0
