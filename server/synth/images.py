"""Procedural JPEG stream snapshots: a simple scene, the stream timestamp and the case id.

Nothing here depicts anything real: a snapshot that upstream classifiers
"labelled" sensitive gets an abstract hatched panel naming its label, so the
client's blur and reveal can be exercised without disturbing content.
Backgrounds are cached per palette and orientation, which keeps a snapshot at
a couple of milliseconds (JPEG encoding dominates).
"""

from __future__ import annotations

import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

LANDSCAPE = (640, 360)
PORTRAIT = (360, 640)
JPEG_QUALITY = 70

PALETTES: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = [
    ((20, 24, 60), (120, 60, 160)),  # evening purple
    ((10, 60, 90), (90, 190, 200)),  # teal studio
    ((60, 20, 20), (220, 120, 60)),  # warm lamp
    ((15, 40, 15), (110, 180, 90)),  # outdoor green
    ((30, 30, 30), (140, 140, 150)),  # grey desk
    ((70, 40, 10), (240, 200, 120)),  # kitchen
    ((5, 10, 40), (40, 90, 200)),  # game blue
    ((50, 0, 40), (230, 80, 160)),  # neon pink
]


@lru_cache(maxsize=64)
def _background(palette: int, size: tuple[int, int], grain: bool = False) -> Image.Image:
    """A vertical two-colour gradient with a floor band; cached, callers copy it.

    ``grain`` adds sensor noise, so that a full-HD frame weighs (and decodes) like a
    camera's rather than like a flat drawing that JPEG squeezes to almost nothing.
    """
    top, bottom = PALETTES[palette % len(PALETTES)]
    w, h = size
    ramp = Image.linear_gradient("L").resize((w, h))
    img = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), ramp)
    draw = ImageDraw.Draw(img)
    floor = int(h * 0.78)
    draw.rectangle((0, floor, w, h), fill=tuple(c // 2 for c in bottom))
    if grain:
        noise = Image.effect_noise(size, 40).convert("RGB")
        img = Image.blend(img, noise, 0.12)
    return img


@lru_cache(maxsize=8)
def _hatch(size: tuple[int, int]) -> Image.Image:
    """A red hatched panel that stands in for flagged content (cached per size)."""
    w, h = size
    panel = Image.new("RGB", size, (150, 0, 0))
    draw = ImageDraw.Draw(panel)
    for x in range(-h, w, 12):
        draw.line((x, h, x + h, 0), fill=(230, 60, 60), width=3)
    return panel


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font: the same glyphs on every machine, no system fonts needed."""
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=2048)
def _sprite(text: str, size: int, stroke: int) -> Image.Image:
    """White text with a black outline on transparency, rendered once and pasted many times.

    Rasterising text is most of the cost of a snapshot; the same strings (digits,
    "LIVE", a case id) recur on every snapshot, so they are cached.
    """
    font = _font(size)
    ascent, descent = font.getmetrics() if isinstance(font, ImageFont.FreeTypeFont) else (size, 0)
    width = int(font.getlength(text)) + 2 * stroke
    sprite = Image.new("RGBA", (max(1, width), ascent + descent + 2 * stroke), (0, 0, 0, 0))
    ImageDraw.Draw(sprite).text(
        (stroke, stroke), text, font=font, fill="white", stroke_width=stroke, stroke_fill="black"
    )
    return sprite


def _paste(img: Image.Image, sprite: Image.Image, xy: tuple[int, int]) -> None:
    img.paste(sprite, xy, sprite)


def _stamp(img: Image.Image, text: str, size: int, stroke: int, xy: tuple[int, int]) -> None:
    _paste(img, _sprite(text, size, stroke), xy)


def format_offset(offset_seconds: float) -> str:
    """Stream time as H:MM:SS, the way a player shows it ("00:12:34")."""
    total = int(offset_seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def render_snapshot(
    rng: random.Random,
    *,
    case_id: str,
    offset_seconds: float,
    palette: int,
    portrait: bool,
    sensitive_label: str | None,
    scale: int = 1,
) -> tuple[bytes, int, int]:
    """Draw one snapshot and return (jpeg bytes, width, height).

    ``scale`` 3 draws the same scene at 1920x1080 (or 1080x1920), grained like a camera
    frame: what a real Live snapshot weighs. The random draws do not depend on it.
    """
    base_w, base_h = PORTRAIT if portrait else LANDSCAPE
    size = (base_w * scale, base_h * scale)
    w, h = base_w, base_h  # the scene is laid out in base units, drawn at ``scale``
    img = _background(palette % len(PALETTES), size, scale > 1).copy()
    draw = ImageDraw.Draw(img)

    def at(x: int, y: int) -> tuple[int, int]:
        return x * scale, y * scale

    def box(x0: int, y0: int, x1: int, y1: int) -> tuple[int, int, int, int]:
        return x0 * scale, y0 * scale, x1 * scale, y1 * scale

    # Props: a few shapes around the room, then the streamer's silhouette.
    for _ in range(rng.randrange(3, 7)):
        x0 = rng.randrange(0, w - 40)
        y0 = rng.randrange(0, int(h * 0.75))
        x1 = x0 + rng.randrange(20, w // 3)
        y1 = y0 + rng.randrange(20, h // 3)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle(box(x0, y0, x1, y1), fill=colour)
        else:
            draw.ellipse(box(x0, y0, x1, y1), fill=colour)
    cx = w // 2 + rng.randrange(-w // 6, w // 6)
    head = min(w, h) // 9
    body_top = int(h * 0.42)
    skin = (rng.randrange(120, 240), rng.randrange(90, 200), rng.randrange(70, 170))
    shirt = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    draw.ellipse(box(cx - head, body_top - 2 * head - 4, cx + head, body_top - 4), fill=skin)
    draw.rounded_rectangle(
        box(cx - 2 * head, body_top, cx + 2 * head, h), radius=head * scale, fill=shirt
    )

    if sensitive_label:
        # An abstract hatched panel standing in for the flagged region.
        px, py = rng.randrange(0, w // 2), rng.randrange(h // 6, h // 2)
        img.paste(_hatch((w * scale // 3, h * scale // 4)), at(px, py))
        _stamp(img, f"[{sensitive_label}]", 16 * scale, 0, at(px + 6, py + 6))

    # Overlay: LIVE badge, case id, and the big stream timestamp.
    draw.rectangle(box(10, 10, 62, 34), fill=(220, 20, 40))
    _stamp(img, "LIVE", 18 * scale, 0, at(16, 13))
    _stamp(img, case_id, 18 * scale, 2 * scale, at(70, 11))
    _stamp(img, "synthetic", 14 * scale, 0, at(10, h - 22))
    big = (44 if portrait else 56) * scale
    glyphs = [_sprite(ch, big, 3 * scale) for ch in format_offset(offset_seconds)]
    x = w * scale - 20 * scale - sum(g.width for g in glyphs)
    for g in glyphs:
        _paste(img, g, (x, h * scale - 12 * scale - g.height))
        x += g.width - 6 * scale  # strokes of neighbouring digits overlap

    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY)
    return buf.getvalue(), w * scale, h * scale
