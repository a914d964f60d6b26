"""Untrusted snapshots decode off the GUI thread; broken and oversized files fail cleanly."""

from __future__ import annotations

import struct
import threading
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from ui.case.decoder import (
    ALLOCATION_LIMIT_MB,
    MAX_PIXELS,
    ImageDecoder,
    ImageRefused,
    blurred,
    decode_image,
)


def write_jpeg(path: Path, size: tuple[int, int] = (1280, 720)) -> Path:
    img = Image.new("RGB", size, (30, 120, 200))
    for x in range(0, size[0], 80):
        img.paste((250, 250, 250), (x, 0, x + 8, size[1]))
    img.save(path, "JPEG", quality=85)
    return path


def write_png_header(path: Path, width: int, height: int) -> Path:
    """A PNG that declares a huge size: signature, IHDR and a tiny IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
    data += chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def test_allocation_limit_is_lowered(qtbot: QtBot) -> None:
    ImageDecoder()
    assert QImageReader.allocationLimit() == ALLOCATION_LIMIT_MB


def test_decode_scales_down(tmp_path: Path) -> None:
    image = decode_image(write_jpeg(tmp_path / "a"), 480)
    assert image.width() == 480
    assert image.height() == 270


def test_broken_and_oversized_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg" * 10)
    with pytest.raises(ImageRefused):
        decode_image(broken, 480)
    with pytest.raises(ImageRefused, match="too large"):
        decode_image(write_png_header(tmp_path / "huge", 20000, 20000), 480)
    # 8000x8000 RGBA would pass Qt's default 256 MB limit; our size check refuses it
    with pytest.raises(ImageRefused, match="too large"):
        decode_image(write_png_header(tmp_path / "big", 8000, 8000), 480)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    with pytest.raises(ImageRefused, match="empty"):
        decode_image(empty, 480)
    with pytest.raises(ImageRefused):
        decode_image(tmp_path / "missing", 480)


def test_decoder_works_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    decoder = ImageDecoder()
    path = write_jpeg(tmp_path / "ok")
    threads: list[int] = []
    import ui.case.decoder as images_mod

    real = images_mod.decode_image

    def spy(p: Path, w: int) -> QImage:
        threads.append(threading.get_ident())
        return real(p, w)

    images_mod.decode_image = spy  # type: ignore[assignment]
    try:
        with qtbot.waitSignal(decoder.decoded, timeout=10_000) as blocker:
            decoder.request("k1", path, 320)
    finally:
        images_mod.decode_image = real
    key, image = blocker.args
    assert key == "k1"
    assert image.width() == 320
    assert threads
    assert threads[0] != threading.get_ident()
    assert decoder.cached("k1") is not None
    assert decoder.pending() == 0
    # a cached key answers at once, without another decode
    got: list[str] = []
    decoder.decoded.connect(lambda k, _img: got.append(k))
    decoder.request("k1", path, 320)
    assert got == ["k1"]


def test_decoder_reports_failures(qtbot: QtBot, tmp_path: Path) -> None:
    decoder = ImageDecoder()
    huge = write_png_header(tmp_path / "huge", 20000, 20000)
    with qtbot.waitSignal(decoder.failed, timeout=10_000) as blocker:
        decoder.request("huge", huge, 480)
    assert blocker.args[0] == "huge"
    assert "too large" in blocker.args[1]
    assert decoder.failure("huge") == blocker.args[1]
    broken = tmp_path / "broken"
    broken.write_bytes(b"GIF89a" + b"\x00" * 20)
    with qtbot.waitSignal(decoder.failed, timeout=10_000):
        decoder.request("broken", broken, 480)


def test_blur_happens_in_the_worker(qtbot: QtBot, tmp_path: Path) -> None:
    decoder = ImageDecoder()
    path = write_jpeg(tmp_path / "s")
    with qtbot.waitSignal(decoder.decoded, timeout=10_000) as clear:
        decoder.request("clear", path, 640)
    with qtbot.waitSignal(decoder.decoded, timeout=10_000) as blur:
        decoder.request("blur", path, 640, blur=True)
    a, b = clear.args[1], blur.args[1]
    assert a.size() == b.size()
    # the white stripes are gone: the blurred pixel sits near the blue mean
    assert a.pixelColor(1, 100).red() > 200
    assert b.pixelColor(1, 100).red() < 150
    assert blurred(QImage()).isNull()


def test_cache_is_bounded(qtbot: QtBot, tmp_path: Path) -> None:
    decoder = ImageDecoder(cache_bytes=640 * 360 * 4 * 2 + 10)
    path = write_jpeg(tmp_path / "c")
    for key in ("a", "b", "c"):
        with qtbot.waitSignal(decoder.decoded, timeout=10_000):
            decoder.request(key, path, 640)
    assert decoder.cached("a") is None
    assert decoder.cached("b") is not None
    assert decoder.cached("c") is not None
    decoder.clear()
    assert decoder.cached("c") is None


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
    b'<image href="file:///etc/passwd" width="64" height="64"/></svg>'
)


def test_only_jpeg_png_and_webp_are_decoded(tmp_path: Path) -> None:
    """Allowed by content: an SVG and a TIFF are refused even though Qt could read them
    (and even named .jpg, as a content-addressed cache file has no meaningful name)."""
    svg = tmp_path / "a.jpg"
    svg.write_bytes(SVG)  # its sha256 would match: the cache checks the hash, not the format
    tiff = tmp_path / "b.jpg"
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    assert image.save(str(tmp_path / "b.tiff"))  # the format from the name, then renamed
    (tmp_path / "b.tiff").rename(tiff)
    assert QImageReader(str(tiff)).canRead()  # Qt would have decoded it
    for path in (svg, tiff):
        with pytest.raises(ImageRefused, match="not a JPEG, PNG or WebP"):
            decode_image(path, 100)
    webp = tmp_path / "c.bin"
    assert image.save(str(tmp_path / "c.webp"))
    (tmp_path / "c.webp").rename(webp)
    assert decode_image(webp, 16).width() == 16
    assert decode_image(write_jpeg(tmp_path / "d.bin", (64, 36)), 32).width() == 32


def test_a_real_image_just_over_the_pixel_cap_is_refused(tmp_path: Path) -> None:
    side = 6325  # 6325² = 40,005,625: just over MAX_PIXELS (40,000,000)
    assert side * side > MAX_PIXELS > (side - 1) ** 2
    image = QImage(side, side, QImage.Format.Format_Mono)  # 5 MB to build, a small PNG
    image.fill(0)
    path = tmp_path / "big.png"
    assert image.save(str(path))
    with pytest.raises(ImageRefused, match="too large"):
        decode_image(path, 480)
