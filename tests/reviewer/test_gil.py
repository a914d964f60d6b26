"""The GIL switch interval is the desk's process setting, not a side effect of a library;
a decision commit runs on the CPU the sync thread keeps off, and puts everything back."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from reviewer.gil import (
    COMMIT_SWITCH_INTERVAL_S,
    FOREGROUND_SWITCH_INTERVAL_S,
    favour_foreground,
    foreground_write,
    keep_off_foreground_cpu,
    split_cpus,
)

T = TypeVar("T")

two_cpus = pytest.mark.skipif(
    split_cpus() is None, reason="thread affinity needs Linux and two CPUs"
)


@pytest.fixture(autouse=True)
def restore_interval_and_cpus() -> Iterator[None]:
    """Each test starts as the last one found things: a failure leaves nothing pinned."""
    before = sys.getswitchinterval()
    mask = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    yield
    sys.setswitchinterval(before)
    if mask is not None:
        os.sched_setaffinity(0, mask)


def test_favour_foreground_shortens_and_never_lengthens() -> None:
    sys.setswitchinterval(0.005)
    assert favour_foreground() == pytest.approx(0.005)
    assert sys.getswitchinterval() == pytest.approx(FOREGROUND_SWITCH_INTERVAL_S)
    sys.setswitchinterval(0.0001)
    favour_foreground()
    assert sys.getswitchinterval() == pytest.approx(0.0001)


def test_building_a_sync_engine_leaves_the_process_setting_alone(tmp_path: Path) -> None:
    from reviewer.client.credentials import MemoryVault
    from reviewer.client.tokens import TokenManager
    from reviewer.client.transport import ApiClient
    from reviewer.store.cache import ContentCache
    from reviewer.store.decisions import Store
    from reviewer.sync import SyncEngine

    sys.setswitchinterval(0.005)
    store = Store.open(tmp_path / "s.sqlite3")
    api = ApiClient("http://127.0.0.1:9", tokens=TokenManager("http://127.0.0.1:9", MemoryVault()))
    try:
        SyncEngine(store, api, ContentCache(tmp_path / "cache"))
        assert sys.getswitchinterval() == pytest.approx(0.005)
    finally:
        api.close()
        store.close()


def on_a_thread(fn: Callable[[], T]) -> T:
    """Run ``fn`` on a thread of its own (affinity set there stays there) and return it."""
    out: list[T] = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    worker.join(10)
    assert out, "the thread failed"
    return out[0]


def assert_put_back(mask: set[int]) -> None:
    """The thread has its CPUs again and the process its interval."""
    assert os.sched_getaffinity(0) == mask
    assert sys.getswitchinterval() == pytest.approx(FOREGROUND_SWITCH_INTERVAL_S)


@two_cpus
def test_a_commit_runs_on_the_foreground_cpu_with_a_short_interval_then_both_go_back() -> None:
    sys.setswitchinterval(FOREGROUND_SWITCH_INTERVAL_S)
    mask = os.sched_getaffinity(0)
    split = split_cpus()
    assert split is not None
    with foreground_write() as pinned:
        assert pinned
        assert os.sched_getaffinity(0) == {split[0]}
        assert sys.getswitchinterval() == pytest.approx(COMMIT_SWITCH_INTERVAL_S)
    assert_put_back(mask)


@two_cpus
def test_a_failed_commit_puts_both_back() -> None:
    sys.setswitchinterval(FOREGROUND_SWITCH_INTERVAL_S)
    mask = os.sched_getaffinity(0)
    with pytest.raises(RuntimeError), foreground_write():
        raise RuntimeError("the disk is full")
    assert_put_back(mask)


@two_cpus
def test_a_nested_commit_leaves_the_outer_one_pinned_and_short() -> None:
    sys.setswitchinterval(FOREGROUND_SWITCH_INTERVAL_S)
    mask = os.sched_getaffinity(0)
    with foreground_write():
        pinned_to = os.sched_getaffinity(0)
        with foreground_write() as inner_pinned:
            assert not inner_pinned  # already on one CPU
        assert os.sched_getaffinity(0) == pinned_to
        assert sys.getswitchinterval() == pytest.approx(COMMIT_SWITCH_INTERVAL_S)
    assert_put_back(mask)


@two_cpus
def test_the_sync_thread_keeps_off_the_foreground_cpu_and_no_other_thread_moves() -> None:
    mask = os.sched_getaffinity(0)
    split = split_cpus()
    assert split is not None

    def sync_thread() -> tuple[bool, set[int]]:
        return keep_off_foreground_cpu(), os.sched_getaffinity(0)

    kept, theirs = on_a_thread(sync_thread)
    assert kept
    assert theirs == set(split[1]) == mask - {split[0]}
    assert os.sched_getaffinity(0) == mask


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no thread affinity here")
def test_a_thread_allowed_one_cpu_is_left_where_it_is_but_still_commits_short() -> None:
    sys.setswitchinterval(FOREGROUND_SWITCH_INTERVAL_S)
    one = {min(os.sched_getaffinity(0))}

    def confined() -> tuple[bool, bool, float, set[int]]:
        os.sched_setaffinity(0, one)
        kept = keep_off_foreground_cpu()
        with foreground_write() as pinned:
            during = sys.getswitchinterval()
        return kept, pinned, during, os.sched_getaffinity(0)

    kept, pinned, during, after = on_a_thread(confined)
    assert (kept, pinned, after) == (False, False, one)
    assert during == pytest.approx(COMMIT_SWITCH_INTERVAL_S)
    assert sys.getswitchinterval() == pytest.approx(FOREGROUND_SWITCH_INTERVAL_S)
