"""The C heap's settings for a desk that decodes large images: a process setting made once.

Decoded snapshots are large buffers (a 1920×1080 snapshot is 8 MiB of pixels) made on the
decoder threads and freed on the GUI thread. glibc's malloc raises its mmap threshold each
time such a buffer is freed, so later ones come from its arenas (one per thread that
allocated), where freed space mostly stays with the process: the desk settled at ~400 MiB
after a few hundred live-sized cases (`python -m bench.memory`) although what it holds is
far less. A fixed mmap threshold keeps every large buffer in its own mapping, given back to
the system when freed, and two arenas keep the small objects of many threads from
spreading. Measured with the same 250 cases: 391 MiB before, 261 MiB after.

Only glibc has these settings (``mallopt``); elsewhere this does nothing. Like
:mod:`reviewer.gil`, this is the application's decision, made at start-up before threads
are started; a library class does not make it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

#: mallopt parameters (glibc's malloc.h)
M_MMAP_THRESHOLD: Final = -3
M_ARENA_MAX: Final = -8

#: allocations this large or larger get their own mapping (below: arenas)
MMAP_THRESHOLD_BYTES: Final = 1 << 20
ARENAS: Final = 2


def tune_heap(threshold: int = MMAP_THRESHOLD_BYTES, arenas: int = ARENAS) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes and its arenas at ``arenas``;
    True when both were set (False off glibc, where nothing changes)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # no C library to ask, or not glibc (musl)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, threshold)) and bool(mallopt(M_ARENA_MAX, arenas))
