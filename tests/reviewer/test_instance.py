"""The profile lock: held by a live process, refused naming its pid; taken over once it died."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from devkit.live_service import REPO_ROOT
from reviewer.instance import LOCK_NAME, DeskAlreadyOpen, ProfileLock

HOLDER = (
    "import sys, pathlib\n"
    "from reviewer.instance import ProfileLock\n"
    "lock = ProfileLock(pathlib.Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"  # held until the parent closes stdin or kills this process
)


def test_a_held_profile_is_refused_then_taken_over_after_a_kill(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DeskAlreadyOpen, match=f"process {holder.pid}") as caught:
            ProfileLock(tmp_path).acquire()
        assert caught.value.owner_pid == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=30)
    lock = ProfileLock(tmp_path)
    lock.acquire()
    try:
        assert lock.stale_pid == holder.pid
        assert (tmp_path / LOCK_NAME).read_text().strip() == str(os.getpid())
        assert (tmp_path / LOCK_NAME).stat().st_mode & 0o077 == 0
    finally:
        lock.release()
