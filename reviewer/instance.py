"""One desk per profile: a lock file with its owner's pid in the data folder.

Two desks on one data folder would lease cases side by side and one's start-up purge would
delete the other's cached content. The desk takes :class:`ProfileLock` before anything else;
a second one finds it held (:class:`DeskAlreadyOpen`, naming the owner's pid), asks the first
to come forward and exits. The lock is an OS file lock (``flock``; ``msvcrt.locking`` on
Windows) held for the process's life: when a desk is killed the OS lets go of it, so a lock
file left behind names a process that is gone and is taken over (``stale_pid``); the
crash-recovery purge then runs as after any crash.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

#: the lock file's name in the data folder
LOCK_NAME = "desk.lock"


class DeskAlreadyOpen(RuntimeError):
    """Another desk holds this profile's lock."""

    def __init__(self, owner_pid: int | None, path: Path) -> None:
        self.owner_pid = owner_pid
        self.path = path
        who = f"process {owner_pid}" if owner_pid else "another process"
        super().__init__(f"Live Review Desk is already open for this profile ({who}).")


def _read_pid(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 64).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (POSIX; on Windows assumed alive)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ProfileLock:
    """The data folder's desk lock; :meth:`acquire` once at start, held until exit."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None
        #: the pid a lock file named when this desk took it over (its owner was gone)
        self.stale_pid: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DeskAlreadyOpen`; writes this process's pid."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                raise DeskAlreadyOpen(_read_pid(fd), self.path)
            previous = _read_pid(fd)
            if previous is not None and previous != os.getpid():
                self.stale_pid = previous  # the OS let go of its lock: that desk is gone
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Let go (at exit); the file stays, naming a process that no longer holds it."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
