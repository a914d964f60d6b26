"""A child process for test_heap: frees large buffers made between small kept objects, as a
decoder thread's images and the GUI's small objects interleave, and prints the resident
memory still held (MiB). ``tuned`` applies :func:`reviewer.heap.tune_heap` first."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reviewer.heap import tune_heap


def _rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(mode: str) -> None:
    if mode == "tuned" and not tune_heap():
        raise SystemExit("tune_heap changed nothing")
    base = _rss_mib()
    warm = bytearray(4 << 20)  # a freed large buffer: glibc raises its mmap threshold
    warm[::4096] = b"\x01" * (len(warm) // 4096)
    del warm
    keep: list[bytes] = []
    for _ in range(3):
        images = []
        for _ in range(16):
            image = bytearray(4 << 20)  # a decoded image, every page written
            image[::4096] = b"\x01" * (len(image) // 4096)
            images.append(image)
            keep.append(bytes(200))  # a small object made between two images, kept
        del images
    print(f"{_rss_mib() - base:.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
