"""The decode pipeline's typed keys: a decode goes only where the slot's current plan wants
exactly it, so clear pixels never land under a veil."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from itertools import product
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtGui import QColor, QImage, QPixmap
from pytestqt.qtbot import QtBot

from reviewer.contract import SensitivityLabel, Snapshot
from ui.case.decode import (
    CLEAR_KINDS,
    MAX_ZOOM_DECODE_WIDTH,
    DecodeKey,
    DecodePipeline,
    Effect,
    Kind,
    fits,
    planned_effect,
)
from ui.case.decoder import ImageDecoder
from ui.case.snapshots import REVEAL_MODES, SnapshotSlot

KINDS: tuple[Kind, ...] = get_args(Kind)
EFFECTS: tuple[Effect, ...] = get_args(Effect)


def snapshot(sha: str = "a" * 64, *, sensitive: bool = True) -> Snapshot:
    score = 0.9 if sensitive else 0.1
    return Snapshot(
        sha256=sha,
        offset_seconds=12.0,
        captured_at=datetime(2026, 1, 1, tzinfo=UTC),
        width=1280,
        height=720,
        size_bytes=1000,
        labels=[SensitivityLabel(label="gore", score=score, policy_code="violent_graphic")],
    )


def pipeline(qtbot: QtBot) -> DecodePipeline:
    decoder = ImageDecoder()
    return DecodePipeline(decoder, thumb_width=lambda: 224, view_width=lambda: 960)


def pixmap() -> QPixmap:
    pix = QPixmap(8, 8)
    pix.fill(QColor(10, 200, 30))
    return pix


def test_a_key_is_a_frozen_value() -> None:
    key = DecodeKey("a" * 64, "view", "blur", 960)
    assert key == DecodeKey("a" * 64, "view", "blur", 960)
    assert len({key, DecodeKey("a" * 64, "view", "blur", 960)}) == 1
    assert key != dataclasses.replace(key, effect="")
    with pytest.raises(dataclasses.FrozenInstanceError):
        key.effect = ""  # type: ignore[misc]


@pytest.mark.parametrize("mode", REVEAL_MODES)
def test_every_key_of_a_plan_fits_its_slot(qtbot: QtBot, mode: str) -> None:
    slot = SnapshotSlot.of(snapshot(), mode)
    decodes = pipeline(qtbot)
    plan = decodes.plan(slot) + decodes.zoom_plan(slot)
    assert all(fits(key, slot) for key in plan)
    kinds = {key.kind for key in plan}
    assert bool(kinds & CLEAR_KINDS) == slot.veiled  # a clear image only for a veiled slot
    assert {k.width for k in plan if k.kind.startswith("zoom")} <= {MAX_ZOOM_DECODE_WIDTH}


def test_the_plans_effects() -> None:
    blur, gray = SnapshotSlot.of(snapshot(), "blur"), SnapshotSlot.of(snapshot(), "gray")
    colour = SnapshotSlot.of(snapshot(), "color")
    blurred_level = SnapshotSlot.of(snapshot(), "blur_gray")  # the wellbeing level "blurred"
    assert [planned_effect(blur, k) for k in KINDS] == ["blur", "blur", "", "blur", ""]
    assert [planned_effect(gray, k) for k in KINDS] == ["gray", "gray", "", "gray", ""]
    assert [planned_effect(colour, k) for k in KINDS] == ["", "", None, "", None]
    assert [planned_effect(blurred_level, k) for k in KINDS] == [
        "blur",
        "blur",
        "gray",
        "blur",
        "gray",
    ]


@pytest.mark.parametrize(("mode", "kind", "effect"), list(product(REVEAL_MODES, KINDS, EFFECTS)))
def test_a_decode_fits_only_the_plan_it_was_made_for(mode: str, kind: Kind, effect: Effect) -> None:
    slot = SnapshotSlot.of(snapshot(), mode)
    key = DecodeKey(slot.snapshot.sha256, kind, effect, 960)
    assert fits(key, slot) == (planned_effect(slot, kind) == effect)
    assert not fits(dataclasses.replace(key, sha256="b" * 64), slot)  # another image


@pytest.mark.parametrize("mode", ["blur", "gray", "blur_gray"])
@pytest.mark.parametrize("kind", ["thumb", "view", "zoom"])
def test_a_veiled_slot_refuses_clear_pixels_at_rest(qtbot: QtBot, mode: str, kind: Kind) -> None:
    """The safety case: a veiled slot's rest images never take an unveiled decode."""
    slot = SnapshotSlot.of(snapshot(), mode)
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    clear = DecodeKey(slot.snapshot.sha256, kind, "", 960)
    assert decodes.place(clear, pixmap()) == 0
    assert slot.thumb is slot.view is slot.view_hi is None


def test_the_held_image_of_the_blurred_level_is_never_colour(qtbot: QtBot) -> None:
    slot = SnapshotSlot.of(snapshot(), "blur_gray")
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    for kind in CLEAR_KINDS:
        assert decodes.place(DecodeKey(slot.snapshot.sha256, kind, "", 960), pixmap()) == 0
    assert slot.clear is slot.clear_hi is None
    assert decodes.place(DecodeKey(slot.snapshot.sha256, "clear", "gray", 960), pixmap()) == 1
    assert slot.clear is not None


def test_a_colour_slot_takes_no_held_image(qtbot: QtBot) -> None:
    slot = SnapshotSlot.of(snapshot(sensitive=False))
    assert not slot.veiled
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    for kind, effect in product(CLEAR_KINDS, EFFECTS):
        assert decodes.place(DecodeKey(slot.snapshot.sha256, kind, effect, 960), pixmap()) == 0
    assert slot.clear is slot.clear_hi is None


def test_a_decode_goes_into_every_slot_of_its_image_and_no_other(qtbot: QtBot) -> None:
    twice = [SnapshotSlot.of(snapshot(), "blur") for _ in range(2)]
    other = SnapshotSlot.of(snapshot("b" * 64), "blur")
    decodes = pipeline(qtbot)
    decodes.show([*twice, other], lambda _sha: None)
    view = DecodeKey("a" * 64, "view", "blur", 960)
    assert decodes.place(view, pixmap()) == 2
    assert all(s.view is not None for s in twice)
    assert other.view is None


def test_nothing_is_placed_once_the_case_is_gone(qtbot: QtBot) -> None:
    slot = SnapshotSlot.of(snapshot(), "blur")
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    decodes.forget()
    assert decodes.place(DecodeKey("a" * 64, "view", "blur", 960), pixmap()) == 0
    assert not decodes.waiting()


def test_a_missing_file_fails_the_slot_without_waiting(qtbot: QtBot) -> None:
    slot = SnapshotSlot.of(snapshot(), "blur")
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    assert slot.error == "the image is not in the local cache"
    assert not decodes.waiting()


def test_an_unawaited_decode_is_ignored(qtbot: QtBot) -> None:
    """A decode that lands for no one (an old plan, another user of the decoder) changes
    nothing and asks for no redraw."""
    slot = SnapshotSlot.of(snapshot(), "blur")
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: None)
    redraws: list[None] = []
    decodes.changed.connect(lambda: redraws.append(None))
    image = pixmap().toImage()
    decodes.decoder.decoded.emit(DecodeKey("a" * 64, "view", "", 960), image)
    decodes.decoder.decoded.emit("a string key", image)
    assert slot.view is None
    assert not redraws


def test_a_snapshot_on_screen_is_held_once_as_a_pixmap(qtbot: QtBot, tmp_path: Path) -> None:
    """The decoder's images only bridge a decode to its conversion: once a pixmap holds the
    pixels, the decoder lets its copy go (a long shift held each snapshot twice)."""
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    path = tmp_path / "a.png"
    assert image.save(str(path))  # PNG, from the name
    slot = SnapshotSlot.of(snapshot(sensitive=False), "blur")
    decodes = pipeline(qtbot)
    decodes.show([slot], lambda _sha: path)
    qtbot.waitUntil(
        lambda: not decodes.waiting() and slot.view is not None and slot.thumb is not None
    )
    for key in decodes.plan(slot):
        assert decodes.decoder.cached(key) is None
    view = slot.view
    assert view is not None
    assert decodes.pixmap_cache_bytes() >= view.width() * view.height() * 4
