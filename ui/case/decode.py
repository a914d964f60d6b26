"""The snapshot decode pipeline: what each snapshot needs decoded, and where a decode may go.

Each snapshot slot has a plan (:meth:`DecodePipeline.plan`): a thumbnail and a viewer image,
both wearing the slot's veil (blur or grey, none for colour), and for a veiled slot the clear
image that is painted only while held; zooming in adds both at full resolution. A decode is
named by a :class:`DecodeKey` (the image, what it is for, the effect the worker applies and
the width). A decoded pixmap goes only into the slots whose *current* plan asks for exactly
that kind and effect (:func:`fits`): a decode of an older plan that lands late (the wellbeing
level changed meanwhile) never puts clear pixels under a veil. This decides whether clear
pixels ever show under a veil: keep it small and tested (``tests/ui/case/test_decode.py``).

The worker threads are :class:`ui.case.decoder.ImageDecoder`'s; this module keeps the GUI
side: converted pixmaps in a bounded LRU, which decodes the case on screen still waits for,
which were asked ahead for the next cases, and the zoom decodes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from ui.case.decoder import ImageDecoder
from ui.case.snapshots import SnapshotSlot, to_pixmap
from ui.common.i18n import translate

MAX_ZOOM_DECODE_WIDTH = 2560
# Decoded pixmaps kept for the current and the next few cases (a case is ~15-25 MB at
# 1080p-ish viewer widths); bounded so that memory stays flat over a thousand cases.
PIXMAP_CACHE_BYTES = 64 * 1024 * 1024
#: a prefetch that is never used (cases skipped) must not grow the set without end
MAX_PREFETCHING = 200

#: what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots
#: only), and the two viewer images again at full resolution for zooming
Kind = Literal["thumb", "view", "clear", "zoom", "zoom_clear"]
#: what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)
Effect = Literal["", "blur", "gray"]
CLEAR_KINDS: frozenset[Kind] = frozenset({"clear", "zoom_clear"})

MediaPath = Callable[[str], Path | None]


@dataclass(frozen=True, slots=True)
class DecodeKey:
    """One decode of one snapshot: the decoder's cache key and the plan entry it answers.

    ``effect`` is what the worker applies: the slot's veil for ``thumb``, ``view`` and
    ``zoom``; the held image's effect (``gray`` for the wellbeing level "blurred", else
    none) for ``clear`` and ``zoom_clear``. Not tied to a case: the same snapshot in two
    cases, or a case prepared ahead, shares its decodes.
    """

    sha256: str
    kind: Kind
    effect: Effect
    width: int


def _effect(name: str) -> Effect:
    if name == "blur":
        return "blur"
    if name == "gray":
        return "gray"
    return ""


def veil_effect(slot: SnapshotSlot) -> Effect:
    """The effect of the slot's images at rest: its veil, or none for colour."""
    return _effect(slot.mode)


def planned_effect(slot: SnapshotSlot, kind: Kind) -> Effect | None:
    """The effect the slot's current plan wants for ``kind``; None when the plan has no
    such image (a clear image for a slot that is not veiled)."""
    if kind in CLEAR_KINDS:
        return _effect(slot.clear_effect) if slot.veiled else None
    return veil_effect(slot)


def fits(key: DecodeKey, slot: SnapshotSlot) -> bool:
    """True when the decode ``key`` belongs to the slot's current plan (same snapshot, a
    kind the plan has, with the plan's effect). Anything else must never be painted there."""
    return key.sha256 == slot.snapshot.sha256 and planned_effect(slot, key.kind) == key.effect


def _pixmap_bytes(pix: QPixmap) -> int:
    return pix.width() * pix.height() * max(1, pix.depth() // 8)


class DecodePipeline(QObject):
    """Decodes for the case on screen and the cases prepared ahead, and where each goes.

    The case view hands over its slots (:meth:`show`), the cases ahead (:meth:`prefetch`)
    and a zoom (:meth:`zoom`); decodes land in the slots through :meth:`place`, the one gate.
    A case built ahead in a hidden body hands over its slots too (:meth:`stage`): they are
    filled like the ones on screen, and :meth:`show_staged` makes them the ones on screen.
    Signals: ``changed()`` when a decode or failure of the case on screen landed (redraw);
    ``zoomed()`` when a full-resolution image landed (repaint the viewer); ``thumbReady(str,
    QPixmap)`` (sha256, thumbnail as planned, veiled or not) when a prefetched thumbnail is
    converted, so that the strip can scale it ahead of the swap.

    A QObject (child of the case view) so that the decoder's signals let go of it with the
    view, even when the decoder was given from outside.
    """

    changed = Signal()
    zoomed = Signal()
    thumbReady = Signal(str, QPixmap)

    def __init__(
        self,
        decoder: ImageDecoder,
        *,
        thumb_width: Callable[[], int],
        view_width: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.decoder = decoder
        self._thumb_width = thumb_width
        self._view_width = view_width
        decoder.decoded.connect(self._on_decoded)
        decoder.failed.connect(self._on_failed)
        self._slots: list[SnapshotSlot] = []
        self._media_path: MediaPath | None = None
        self._waiting: set[DecodeKey] = set()
        self._prefetching: set[DecodeKey] = set()
        self._zoom_keys: set[DecodeKey] = set()
        self._pixmaps: OrderedDict[DecodeKey, QPixmap] = OrderedDict()
        self._pixmap_bytes = 0
        # the case built ahead (a hidden body): its slots, what they wait for, its media
        self._staged: list[SnapshotSlot] = []
        self._staged_waiting: set[DecodeKey] = set()
        self._staged_media: MediaPath | None = None

    # -- plans ------------------------------------------------------------------------------

    def plan(self, slot: SnapshotSlot) -> list[DecodeKey]:
        """The thumbnail and the viewer image (veiled as the slot is) and, if veiled, the
        clear viewer image, at the widths the strip and the viewer draw them."""
        sha = slot.snapshot.sha256
        tw, vw = self._thumb_width(), self._view_width()
        veil = veil_effect(slot)
        plan = [DecodeKey(sha, "thumb", veil, tw), DecodeKey(sha, "view", veil, vw)]
        if slot.veiled:
            # "gray" for the wellbeing level "blurred"
            plan.append(DecodeKey(sha, "clear", _effect(slot.clear_effect), vw))
        return plan

    def zoom_plan(self, slot: SnapshotSlot) -> list[DecodeKey]:
        """The viewer image at full resolution (veiled as before), and the clear one."""
        sha = slot.snapshot.sha256
        width = MAX_ZOOM_DECODE_WIDTH
        plan = [DecodeKey(sha, "zoom", veil_effect(slot), width)]
        if slot.veiled:
            plan.append(DecodeKey(sha, "zoom_clear", _effect(slot.clear_effect), width))
        return plan

    # -- the case on screen -----------------------------------------------------------------

    def show(self, slots: list[SnapshotSlot], media_path: MediaPath) -> None:
        """A new case: fill ``slots`` from memory, ask for the rest (``changed`` follows)."""
        self._slots = slots
        self._media_path = media_path
        self._zoom_keys = set()
        self._waiting = set()
        for slot in slots:
            self._load(slot, media_path, self._waiting)

    def stage(self, slots: list[SnapshotSlot], media_path: MediaPath) -> None:
        """A case built ahead, off screen: fill ``slots`` from memory and ask for the rest,
        as :meth:`show` does; nothing is announced for them (``changed`` is the screen's)."""
        self._staged = slots
        self._staged_media = media_path
        self._staged_waiting = set()
        for slot in slots:
            self._load(slot, media_path, self._staged_waiting)

    def show_staged(self) -> None:
        """The staged case is now the one on screen (its decodes still on their way are
        awaited as the screen's)."""
        if self._staged_media is None:
            return
        self._slots, self._waiting = self._staged, self._staged_waiting
        self._media_path = self._staged_media
        self._zoom_keys = set()
        self.unstage()

    def unstage(self) -> None:
        """Forget the case built ahead: nothing is placed in its slots any more."""
        self._staged, self._staged_waiting, self._staged_media = [], set(), None

    def staged_waiting(self) -> bool:
        """True while a decode of the case built ahead is still on its way."""
        return bool(self._staged_waiting)

    def reload(self, slots: Sequence[SnapshotSlot]) -> None:
        """``slots`` of the case on screen changed plans (their pixmaps already dropped):
        stop waiting for their old decodes and load the new plans."""
        media_path = self._media_path
        if media_path is None:
            return
        shas = {slot.snapshot.sha256 for slot in slots}
        # decodes of the old plans still on their way are no longer awaited (and ``place``
        # refuses a late one whose veil does not fit the slot anyway)
        self._waiting = {k for k in self._waiting if k.sha256 not in shas}
        self._zoom_keys = {k for k in self._zoom_keys if k.sha256 not in shas}
        for slot in slots:
            self._load(slot, media_path, self._waiting)

    def add(self, slots: Sequence[SnapshotSlot]) -> None:
        """New snapshots of the case on screen (a followed live stream): load their plans
        like the others' (veiled as their slots are; ``changed`` follows each decode)."""
        media_path = self._media_path
        if media_path is None:
            return
        for slot in slots:
            if not any(s is slot for s in self._slots):
                self._slots.append(slot)
            self._load(slot, media_path, self._waiting)

    def forget(self) -> None:
        """No case on screen: nothing is placed or awaited any more."""
        self._slots = []
        self._waiting = set()

    def waiting(self) -> bool:
        """True while a decode of the case on screen is still on its way."""
        return bool(self._waiting)

    def zoom(self, slot: SnapshotSlot) -> None:
        """Zooming in on ``slot``: decode it at full resolution (veiled as before)."""
        if self._media_path is None or slot.view_hi is not None or slot.error:
            return
        path = self._media_path(slot.snapshot.sha256)
        if path is None:
            return
        shown = slot.view.width() if slot.view is not None else 0
        if 0 < slot.snapshot.width <= shown:
            return  # the image on screen is already every pixel there is
        for key in self.zoom_plan(slot):
            pix = self._pixmap(key)
            if pix is not None:
                self.place(key, pix)
                self.zoomed.emit()
            else:
                self._zoom_keys.add(key)
                self.decoder.request(key, path, key.width, effect=key.effect)

    def place(self, key: DecodeKey, pix: QPixmap) -> int:
        """Put ``pix`` into every slot of the case on screen (and of the case built ahead)
        whose plan has ``key``; returns how many. A decode of an older plan is refused:
        never clear pixels under a veil."""
        placed = 0
        for slot in (*self._slots, *self._staged):
            if not fits(key, slot):
                continue
            kind = key.kind
            if kind == "zoom_clear":
                slot.clear_hi = pix
            elif kind == "zoom":
                slot.view_hi = pix
            elif kind == "thumb":
                slot.thumb = pix
            elif kind == "clear":
                slot.clear = pix
            else:
                slot.view = pix
            placed += 1
        return placed

    # -- ahead and memory -------------------------------------------------------------------

    def prefetch(self, slots: Sequence[SnapshotSlot], media_path: MediaPath) -> None:
        """Decode a coming case's ``slots`` ahead and convert them as they land, so that its
        swap only hands over ready pixmaps."""
        for slot in slots:
            path = media_path(slot.snapshot.sha256)
            if path is None:
                continue
            for key in self.plan(slot):
                if key in self._pixmaps:
                    continue
                if len(self._prefetching) > MAX_PREFETCHING:
                    self._prefetching.clear()
                self._prefetching.add(key)
                image = self.decoder.cached(key)
                if image is not None:
                    self._kept_ahead(key, image)
                    self._prefetching.discard(key)
                else:
                    self.decoder.request(key, path, key.width, effect=key.effect)

    def pixmap_cache_bytes(self) -> int:
        """Bytes of decoded snapshots held for the current and prefetched cases."""
        return self._pixmap_bytes

    def purge(self) -> None:
        """Forget every decoded snapshot, here, in the decoder and in the slots on screen."""
        self._pixmaps.clear()
        self._pixmap_bytes = 0
        self._prefetching.clear()
        self.decoder.clear()
        for slot in (*self._slots, *self._staged):
            slot.thumb = slot.view = slot.clear = slot.view_hi = slot.clear_hi = None

    # -- internals --------------------------------------------------------------------------

    def _load(self, slot: SnapshotSlot, media_path: MediaPath, waiting: set[DecodeKey]) -> None:
        # Decoded ahead (the usual case): no file system call on the swap at all.
        missing: list[DecodeKey] = []
        for key in self.plan(slot):
            pix = self._pixmap(key)
            if pix is not None:
                self.place(key, pix)
                continue
            reason = self.decoder.failure(key)
            if reason is not None:
                slot.error = reason
                continue
            missing.append(key)
        if not missing:
            return
        path = media_path(slot.snapshot.sha256)
        if path is None:
            slot.error = translate("DecodePipeline", "the image is not in the local cache")
            return
        for key in missing:
            waiting.add(key)
            self.decoder.request(key, path, key.width, effect=key.effect)

    def _pixmap(self, key: DecodeKey) -> QPixmap | None:
        """The GUI-side pixmap for ``key``: converted once, kept in a small LRU."""
        pix = self._pixmaps.get(key)
        if pix is not None:
            self._pixmaps.move_to_end(key)
            return pix
        image = self.decoder.cached(key)
        if image is None:
            return None
        return self._keep(key, image)

    def _keep(self, key: DecodeKey, image: QImage) -> QPixmap:
        pix = to_pixmap(image)
        self.decoder.release(key)  # the pixmap holds these pixels now
        old = self._pixmaps.pop(key, None)
        if old is not None:
            self._pixmap_bytes -= _pixmap_bytes(old)
        self._pixmaps[key] = pix
        self._pixmap_bytes += _pixmap_bytes(pix)
        while self._pixmap_bytes > PIXMAP_CACHE_BYTES and len(self._pixmaps) > 1:
            _, evicted = self._pixmaps.popitem(last=False)
            self._pixmap_bytes -= _pixmap_bytes(evicted)
        return pix

    def _kept_ahead(self, key: DecodeKey, image: QImage) -> None:
        pix = self._keep(key, image)
        if key.kind == "thumb":
            self.thumbReady.emit(key.sha256, pix)

    def _on_decoded(self, key: Hashable, image: QImage) -> None:
        if not isinstance(key, DecodeKey):
            return  # not one of ours (the decoder may be shared)
        if key in self._zoom_keys:
            self._zoom_keys.discard(key)
            self.place(key, self._keep(key, image))
            self.zoomed.emit()
            return
        if key in self._prefetching:
            # Convert a prefetched image now, while the moderator reads the current case,
            # so that the swap itself only hands over ready pixmaps.
            self._prefetching.discard(key)
            self._kept_ahead(key, image)
        on_screen = key in self._waiting
        if not on_screen and key not in self._staged_waiting:
            return
        self._waiting.discard(key)
        self._staged_waiting.discard(key)
        pix = self._pixmap(key)
        self.place(key, pix if pix is not None else self._keep(key, image))
        if on_screen:
            self.changed.emit()

    def _on_failed(self, key: Hashable, reason: str) -> None:
        if not isinstance(key, DecodeKey):
            return
        self._zoom_keys.discard(key)  # zooming keeps the smaller image: no placeholder
        on_screen = key in self._waiting
        if not on_screen and key not in self._staged_waiting:
            return
        self._waiting.discard(key)
        self._staged_waiting.discard(key)
        for slot in (*self._slots, *self._staged):
            if slot.snapshot.sha256 == key.sha256:
                slot.error = reason
        if on_screen:
            self.changed.emit()
