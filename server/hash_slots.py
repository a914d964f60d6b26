"""Password-hashing slots shared by every worker of one service on one host.

An argon2 hash takes a core and 19 MiB for tens of milliseconds. A limit inside each worker
lets workers x limit hashes run at once, more than the cores once there are more workers
than cores, and a sign-in flood then slows every signed-in request on the host. So the
limit is N lock files (``slot-0`` ... ``slot-N-1``) in a runtime folder named by a hash of
the database URL: every process serving that database on this host (the workers of one
`serve`, or separate `serve` processes on one SQLite file) takes one with a non-blocking
``fcntl.flock`` before it hashes, and polls again after a short wait until the sign-in's
deadline. The kernel drops a lock when its holder dies, so a killed worker frees its slot.

Where ``fcntl`` is missing (Windows) each process falls back to a semaphore of
max(1, cores // workers) and says once in the log that the limit is per process.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import platformdirs

T = TypeVar("T")

if sys.platform != "win32":
    import fcntl

    #: whether this platform has the advisory file locks the shared slots need
    FILE_LOCKS = True

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # Windows: no fcntl
    FILE_LOCKS = False

    def _try_lock(fd: int) -> bool:
        return False

    def _unlock(fd: int) -> None:
        return None


#: a file each hash appends "<pid> <start> <end>" to (monotonic seconds): how the tests
#: watch, from outside, how many hashes run at once across processes. Unset in production.
HASH_LOG_ENV = "REVIEWER_SERVER_HASH_LOG"

#: the pause between two tries over the slots (jittered so pollers do not move in step)
_POLL_SECONDS = 0.004

_log = logging.getLogger(__name__)


def runtime_root() -> Path:
    """The user's runtime folder for the service (XDG_RUNTIME_DIR on Linux), or a folder of
    this user's under the temp folder when there is none."""
    if sys.platform.startswith("linux") and not os.environ.get("XDG_RUNTIME_DIR"):
        return Path(tempfile.gettempdir()) / f"reviewer-server-{os.getuid()}"
    return Path(platformdirs.user_runtime_dir("reviewer-server", appauthor=False))


def slots_folder(database_url: str, root: Path | None = None) -> Path:
    """Where the slot files of the service on ``database_url`` live."""
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:24]
    return (root or runtime_root()) / "hash-slots" / digest


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) owner-only; refuse one another user could write to,
    since whoever can hold the lock files can stop every sign-in."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for part in (folder, folder.parent, folder.parent.parent):
        info = os.lstat(part)
        if not stat.S_ISDIR(info.st_mode):
            raise OSError(f"{part} is not a folder")
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise OSError(f"{part} belongs to another user")
        if info.st_mode & 0o022:
            raise OSError(f"{part} may be written by other users")


class HashSlots:
    """At most ``slots`` hashes at once across the processes that share ``database_url``."""

    def __init__(
        self,
        slots: int,
        database_url: str,
        *,
        workers: int = 1,
        root: Path | None = None,
        file_locks: bool = FILE_LOCKS,
    ) -> None:
        """``file_locks`` False: the per-process fallback, as on Windows."""
        self.slots = max(1, slots)
        self.folder: Path | None = None
        self._database_url = database_url
        self._root = root
        self._fds: list[int] = []  # raw descriptors: opened on first use, closed by close()
        self._opening = threading.Lock()
        self._local = [threading.Lock() for _ in range(self.slots)]
        self._fallback: threading.BoundedSemaphore | None = None
        self._per_process_size = max(1, (os.cpu_count() or 1) // max(1, workers))
        if not file_locks:
            self._per_process("this platform has no fcntl file locks")

    def _open(self) -> None:
        """Open the slot files (once; the first sign-in pays for it)."""
        with self._opening:
            if self._fds or self._fallback is not None:
                return
            folder = slots_folder(self._database_url, self._root)
            fds: list[int] = []
            try:
                _private_folder(folder)
                for i in range(self.slots):
                    fds.append(os.open(folder / f"slot-{i}", os.O_RDWR | os.O_CREAT, 0o600))
            except OSError as exc:
                for fd in fds:
                    os.close(fd)
                self._per_process(f"cannot use {folder}: {exc}")
                return
            self.folder = folder
            self._fds = fds

    def _per_process(self, why: str) -> None:
        size = self._per_process_size
        self._fallback = threading.BoundedSemaphore(size)
        _log.warning(
            "password hashing is limited per process (%d at once), not across workers: %s",
            size,
            why,
        )

    @property
    def shared(self) -> bool:
        """Whether the limit holds across processes (lock files), not per process."""
        return self._fallback is None

    def close(self) -> None:
        """Close the slot files (a slot still held is freed with them)."""
        with self._opening:
            for fd in self._fds:
                os.close(fd)
            self._fds = []

    def run(self, work: Callable[[], T], deadline: float) -> tuple[bool, T | None]:
        """``(True, work())`` run under a slot, or ``(False, None)`` when no slot came free
        before ``deadline`` (``time.monotonic()``). Blocks: call it in a worker thread."""
        if not self._fds:
            self._open()
        if self._fallback is not None:
            if not self._fallback.acquire(timeout=max(0.0, deadline - time.monotonic())):
                return False, None
            try:
                return True, _logged(work)
            finally:
                self._fallback.release()
        slot = self._take(deadline)
        if slot is None:
            return False, None
        try:
            return True, _logged(work)
        finally:
            self._give_back(slot)

    def _take(self, deadline: float) -> int | None:
        first = random.randrange(self.slots)  # spreading load, not a secret
        while True:
            for step in range(self.slots):
                i = (first + step) % self.slots
                # flock belongs to the open file, which this process's threads share: the
                # thread lock keeps two threads of one process off one slot
                if not self._local[i].acquire(blocking=False):
                    continue
                if _try_lock(self._fds[i]):
                    return i
                self._local[i].release()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(left, _POLL_SECONDS * (0.5 + random.random())))

    def _give_back(self, slot: int) -> None:
        _unlock(self._fds[slot])
        self._local[slot].release()


def _logged(work: Callable[[], T]) -> T:
    """``work()``, with its start and end appended to $REVIEWER_SERVER_HASH_LOG when set."""
    where = os.environ.get(HASH_LOG_ENV)
    if not where:
        return work()
    start = time.monotonic()
    try:
        return work()
    finally:
        end = time.monotonic()
        with open(where, "a", encoding="ascii") as log:  # one short append: atomic
            log.write(f"{os.getpid()} {start:.6f} {end:.6f}\n")
