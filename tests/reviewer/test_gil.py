"""The GIL switch interval is the desk's process setting, not a side effect of a library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.gil import FOREGROUND_SWITCH_INTERVAL_S, favour_foreground


@pytest.fixture(autouse=True)
def restore_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    yield
    sys.setswitchinterval(before)


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
