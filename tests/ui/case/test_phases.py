"""The swap's phase timing: off by default (nothing counted), on only when a benchmark says,
and nested phases counted once (exclusive), so that the phases add up to the whole."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ui.case import phases


def _burn(seconds: float) -> None:
    """Spend CPU (thread time), not wall time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


class Painted:
    @phases.timed("paint: part")
    def paint(self) -> int:
        _burn(0.002)
        return 7


@pytest.fixture(autouse=True)
def _off_after() -> Iterator[None]:
    yield
    phases.enable(False)


def test_off_by_default_counts_nothing() -> None:
    assert not phases.enabled()
    with phases.phase("layout"):
        _burn(0.001)
    assert Painted().paint() == 7
    assert phases.take() == {}


def test_nested_phases_count_once_and_add_up() -> None:
    phases.enable(True)
    start = time.thread_time()
    with phases.phase("set case"):
        _burn(0.002)
        assert Painted().paint() == 7
    whole = time.thread_time() - start
    got = phases.take()
    assert set(got) == {"set case", "paint: part"}
    assert got["paint: part"] >= 0.002
    assert got["set case"] >= 0.002
    # exclusive: the outer phase does not count its inner phase again
    assert got["set case"] + got["paint: part"] <= whole
    assert phases.take() == {}  # taken: afresh
