"""Snapshot decoding off the GUI thread, with a size and allocation limit.

Snapshots are untrusted images, allowed by content: JPEG, PNG and WebP only
(:func:`sniff_format`). Each request runs as a ``QRunnable`` on one shared
``QThreadPool``: ``QImageReader`` with a 64 MB allocation limit, the declared size checked
before ``read()``, and scaled decoding (a 1080p JPEG decodes in ~18 ms, scaled to 480 px in
~5 ms). Only the finished ``QImage`` crosses to the GUI thread, through a queued signal.
A broken or oversized file ends in ``failed`` and the caller draws a placeholder.

Sensitive snapshots are blurred (or turned grey) *in the worker*: the GUI never holds the
clear pixels of a veiled request, so a clear frame can never flash before the veil.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader

from ui.common.i18n import arg, translate

ALLOCATION_LIMIT_MB = 64
MAX_SIDE = 16384
MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 32 * 1024 * 1024
CACHE_BYTES = 32 * 1024 * 1024  # the GUI keeps its own pixmaps; this only bridges prefetch
BLUR_FACTOR = 24

_limit_lock = threading.Lock()
_limit_set = False


def _ensure_allocation_limit() -> None:
    """QImageReader's limit is process wide (default 256 MB): lower it once."""
    global _limit_set
    with _limit_lock:
        if not _limit_set:
            QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
            _limit_set = True


class ImageRefused(Exception):
    """An image we will not decode: broken, too large or unreadable."""


def sniff_format(head: bytes) -> bytes | None:
    """The snapshot format by content, from the file's first bytes: JPEG, PNG or WebP only.

    An allow list: SVG, TIFF, GIF and Qt's other plugins never see an untrusted file,
    whatever its name or its declared type says.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return b"jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return b"webp"
    return None


def blurred(image: QImage) -> QImage:
    """A heavy blur made by shrinking to a few dozen pixels and smoothing back up."""
    w, h = image.width(), image.height()
    if w <= 0 or h <= 0:
        return image
    small = image.scaled(
        max(1, w // BLUR_FACTOR),
        max(1, h // BLUR_FACTOR),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _unreadable(exc: OSError) -> str:
    """Why the file could not be read, with the system's own words for the cause."""
    return arg(translate("ImageDecoder", "cannot read the file: %1"), exc.strerror or exc)


def decode_image(path: Path, target_width: int) -> QImage:
    """Decode ``path`` scaled down to at most ``target_width`` pixels wide, or raise.

    Safe to call on any thread: it uses only QImageReader and QImage.
    """
    _ensure_allocation_limit()
    try:
        size_bytes = path.stat().st_size
    except OSError as exc:
        raise ImageRefused(_unreadable(exc)) from exc
    if size_bytes == 0:
        raise ImageRefused(translate("ImageDecoder", "the file is empty"))
    if size_bytes > MAX_FILE_BYTES:
        megabytes = size_bytes >> 20
        raise ImageRefused(
            translate("ImageDecoder", "the file is too large (%Ln MB)", "", megabytes)
        )
    try:
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as exc:
        raise ImageRefused(_unreadable(exc)) from exc
    fmt = sniff_format(head)
    if fmt is None:
        raise ImageRefused(translate("ImageDecoder", "not a JPEG, PNG or WebP image"))
    reader = QImageReader(str(path), fmt)  # that plugin only: the content named it
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise ImageRefused(
            arg(
                translate("ImageDecoder", "not an image this client can read (%1)"),
                reader.errorString(),
            )
        )
    size = reader.size()
    w, h = size.width(), size.height()
    if w <= 0 or h <= 0:
        raise ImageRefused(translate("ImageDecoder", "the image does not declare its size"))
    if w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS:
        raise ImageRefused(
            arg(translate("ImageDecoder", "the image is too large (%1×%2)"), str(w), str(h))
        )
    if 0 < target_width < w:
        reader.setScaledSize(QSize(target_width, max(1, round(h * target_width / w))))
    image = reader.read()
    if image.isNull():
        raise ImageRefused(
            arg(
                translate("ImageDecoder", "the image could not be decoded (%1)"),
                reader.errorString(),
            )
        )
    if 0 < target_width < image.width():
        # Formats without scaled decoding (PNG) are scaled after the read.
        image = image.scaledToWidth(target_width, Qt.TransformationMode.SmoothTransformation)
    return image


def grayscale(image: QImage) -> QImage:
    """The staged-reveal step between blurred and colour."""
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


EFFECTS = {"": None, "blur": blurred, "gray": grayscale}


class _Relay(QObject):
    """Carries results from worker threads to the decoders on the GUI thread.

    One relay for the whole process, created on the GUI thread and never destroyed: a
    worker that finishes after its decoder is gone emits into a live object (the queued
    delivery to the dead decoder is simply dropped), and no QObject is ever deleted on a
    worker thread. Results carry the decoder's number so each decoder takes only its own.
    """

    done = Signal(int, object, QImage)
    refused = Signal(int, object, str)


_relay: _Relay | None = None
_next_decoder = 0


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _DecodeTask(QRunnable):
    def __init__(
        self, relay: _Relay, owner: int, key: Hashable, path: Path, width: int, effect: str
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._owner = owner
        self._key = key
        self._path = path
        self._width = width
        self._effect = EFFECTS[effect]

    def run(self) -> None:
        try:
            image = decode_image(self._path, self._width)
            if self._effect is not None:
                image = self._effect(image)
        except ImageRefused as exc:
            self._relay.refused.emit(self._owner, self._key, str(exc))
        except Exception as exc:  # a decoder bug must not take the worker thread down
            self._relay.refused.emit(
                self._owner,
                self._key,
                arg(translate("ImageDecoder", "decoding failed: %1"), type(exc).__name__),
            )
        else:
            self._relay.done.emit(self._owner, self._key, image)


class ImageDecoder(QObject):
    """Decodes snapshots on a shared thread pool and keeps a small in-memory LRU of results.

    ``request(key, path, width)`` answers later through ``decoded`` or ``failed``. A key is
    any hashable value (the case view's is :class:`ui.case.decode.DecodeKey`) and comes back
    as it was given. The
    cache (``cached(key)``) lets a prefetched case draw without waiting for an event loop
    turn. The cache is bounded in bytes so memory stays flat over a long shift.
    """

    decoded = Signal(object, QImage)
    failed = Signal(object, str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        super().__init__(parent)
        _ensure_allocation_limit()
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        global _next_decoder
        _next_decoder += 1
        self._id = _next_decoder
        relay = _shared_relay()
        relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        relay.refused.connect(self._on_refused, Qt.ConnectionType.QueuedConnection)
        self._cache: OrderedDict[Hashable, QImage] = OrderedDict()
        self._cache_bytes = 0
        self._cache_limit = cache_bytes
        self._failures: dict[Hashable, str] = {}
        self._in_flight: set[Hashable] = set()

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def request(
        self, key: Hashable, path: Path, target_width: int, *, blur: bool = False, effect: str = ""
    ) -> None:
        """Decode ``path`` for ``key``; a key already cached, failed or in flight is not redone.

        ``effect`` ("blur" or "gray"; ``blur=True`` means "blur") is applied in the worker,
        so the GUI thread never holds the clear pixels of a veiled request.
        """
        effect = "blur" if blur else effect
        if effect not in EFFECTS:
            raise ValueError(f"unknown image effect {effect!r}")
        if key in self._cache:
            self._cache.move_to_end(key)
            self.decoded.emit(key, self._cache[key])
            return
        if key in self._failures:
            self.failed.emit(key, self._failures[key])
            return
        if key in self._in_flight:
            return
        self._in_flight.add(key)
        self._pool.start(_DecodeTask(_shared_relay(), self._id, key, path, target_width, effect))

    def cached(self, key: Hashable) -> QImage | None:
        """The decoded image for ``key`` if it is in memory (no decode is started)."""
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        return image

    def release(self, key: Hashable) -> None:
        """Drop the decoded image for ``key``: its user converted it and holds the pixels
        now (a pixmap). The cache only bridges a decode to that conversion; keeping both
        held every snapshot twice (up to 32 MiB more in a long shift)."""
        image = self._cache.pop(key, None)
        if image is not None:
            self._cache_bytes -= image.sizeInBytes()

    def failure(self, key: Hashable) -> str | None:
        """Why ``key`` could not be decoded, if it failed before."""
        return self._failures.get(key)

    def pending(self) -> int:
        """How many requests are still decoding."""
        return len(self._in_flight)

    def clear(self) -> None:
        """Forget every decoded image (sign-out, idle lock)."""
        self._cache.clear()
        self._cache_bytes = 0
        self._failures.clear()

    @Slot(int, object, QImage)
    def _on_done(self, owner: int, key: Hashable, image: QImage) -> None:
        if owner != self._id:
            return
        self._in_flight.discard(key)
        self._store(key, image)
        self.decoded.emit(key, image)

    @Slot(int, object, str)
    def _on_refused(self, owner: int, key: Hashable, reason: str) -> None:
        if owner != self._id:
            return
        self._in_flight.discard(key)
        if len(self._failures) > 1000:
            self._failures.clear()
        self._failures[key] = reason
        self.failed.emit(key, reason)

    def _store(self, key: Hashable, image: QImage) -> None:
        size = image.sizeInBytes()
        if size > self._cache_limit:
            return
        old = self._cache.pop(key, None)
        if old is not None:
            self._cache_bytes -= old.sizeInBytes()
        self._cache[key] = image
        self._cache_bytes += size
        while self._cache_bytes > self._cache_limit and self._cache:
            _, evicted = self._cache.popitem(last=False)
            self._cache_bytes -= evicted.sizeInBytes()
