"""A check of the store's write-ahead log before SQLite opens it.

SQLite replays the ``-wal`` file up to the first frame whose checksum fails and silently
ignores the rest, so one damaged frame drops every transaction committed after it:
decisions the desk acknowledged would vanish without a word, and the next checkpoint
would make the loss permanent. So the log is read here first, by the format SQLite
documents (https://www.sqlite.org/fileformat2.html#walformat), and a log that would lose
committed transactions is refused before anything touches it.

Not every invalid frame is damage. Frames left from an earlier generation of the log
(other salts) are stale by design, and a crash mid-transaction leaves a torn tail with no
commit after it: that transaction was never acknowledged. Damage is a bad frame of the
current generation with a complete commit frame of the same generation after it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Final

_MAGIC_LE: Final = 0x377F0682
_MAGIC_BE: Final = 0x377F0683
_HEADER: Final = 32
_FRAME_HEADER: Final = 24
_MASK: Final = 0xFFFFFFFF


@dataclass(frozen=True)
class WalCheck:
    """What the log holds; ``damaged`` when SQLite would drop committed transactions."""

    frames: int = 0
    #: frames SQLite would replay (the valid prefix of the current generation)
    valid_frames: int = 0
    #: commit frames of the current generation after the first bad frame
    lost_commits: int = 0
    detail: str = ""

    @property
    def damaged(self) -> bool:
        return bool(self.detail)


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def check_wal(wal: Path) -> WalCheck:
    """Read ``wal`` (a store's ``-wal`` file); an absent or empty log is fine."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return WalCheck()
    if len(data) < _HEADER:
        return WalCheck()  # SQLite treats a short log as empty: nothing committed in it
    magic, _version, page_size, _ckpt, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    if magic not in (_MAGIC_LE, _MAGIC_BE):
        return WalCheck(detail="the write-ahead log has no valid header")
    big = magic == _MAGIC_BE
    if _checksum(data[:24], big) != (c0, c1):
        return WalCheck(detail="the header of the write-ahead log is damaged")
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return WalCheck(detail="the write-ahead log names a bad page size")
    frame_size = _FRAME_HEADER + page_size
    frames = (len(data) - _HEADER) // frame_size
    s = (c0, c1)
    valid = 0
    first_bad = -1
    lost = 0
    for n in range(frames):
        at = _HEADER + n * frame_size
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", data[at : at + 24])
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        if first_bad < 0:
            if not ours:
                break  # an earlier generation's frames: the end of this log
            s = _checksum(
                data[at + 24 : at + frame_size], big, *_checksum(data[at : at + 8], big, *s)
            )
            if s != (f0, f1):
                first_bad = n
                continue
            valid = n + 1
        elif ours and commit:
            lost += 1
    if lost:
        return WalCheck(
            frames,
            valid,
            lost,
            f"the write-ahead log is damaged at frame {first_bad + 1} of {frames}: "
            f"{lost} committed transaction(s) after it would be lost",
        )
    return WalCheck(frames, valid)
