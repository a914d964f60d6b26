"""tune_heap gives freed image buffers back to the system (a real child process, glibc)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from tests.reviewer.heap_child import __file__ as CHILD

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt's settings are glibc's",
)


def _held_mib(mode: str) -> float:
    done = subprocess.run(
        [sys.executable, CHILD, mode], capture_output=True, text=True, timeout=60, check=True
    )
    return float(done.stdout.strip())


def test_freed_image_buffers_go_back_to_the_system() -> None:
    # 48 buffers of 4 MiB made and freed between small objects that stay
    assert _held_mib("tuned") < 16


def test_without_it_the_same_buffers_stay_with_the_process() -> None:
    # the control: the measure sees what the tuning prevents (glibc's raised threshold)
    assert _held_mib("plain") >= 32
