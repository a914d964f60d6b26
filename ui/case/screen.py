"""One case on one screen: stream header, reports, prior enforcement, snapshots, chat.

Everything a moderator needs to decide is visible without scrolling or clicking: the
header (what stream, whose, how big, live or ended), why it was reported, what was done to
the account before, the snapshots (large viewer + strip, Left/Right to step) and the chat.
All untrusted text is plain (``ui.common.text``); images decode off the GUI thread
(``ui.case.decoder``); sensitive snapshots start blurred and show clear only while held.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.contract import CaseDetail, Snapshot
from reviewer.formatting import format_offset
from ui.case.chat_pane import ChatView
from ui.case.decision_keys import is_text_entry
from ui.case.decoder import ImageDecoder
from ui.case.header import CaseHeader, PriorSection, ReportsSection
from ui.case.snapshots import (
    SENSITIVE_SCORE,
    SnapshotSlot,
    SnapshotStrip,
    SnapshotViewer,
    default_reveal_mode,
    to_pixmap,
)
from ui.case.timeline import Timeline
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

MIN_VIEW_DECODE_WIDTH = 640
MAX_VIEW_DECODE_WIDTH = 1920
MAX_ZOOM_DECODE_WIDTH = 2560
# Decoded pixmaps kept for the current and the next few cases (a case is ~15-25 MB at
# 1080p-ish viewer widths); bounded so that memory stays flat over a thousand cases.
PIXMAP_CACHE_BYTES = 64 * 1024 * 1024
REVEAL_KEY = Qt.Key.Key_V
#: prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead)
PREFETCH_REMEMBERED = 4
LAYOUT_PASSES = 3  # label -> section -> splitter: how deep a new case's layout change travels

MediaPath = Callable[[str], Path | None]
RevealPolicy = Callable[[Snapshot], str]


def _pixmap_bytes(pix: QPixmap) -> int:
    return pix.width() * pix.height() * max(1, pix.depth() // 8)


def _duration_s(d: CaseDetail) -> float:
    """How long the stream ran (or has run, up to the case): the timeline's axis."""
    end = d.stream.ended_at or d.created_at
    return max(0.0, (end - d.stream.started_at).total_seconds())


def _fits(slot: SnapshotSlot, kind: str) -> bool:
    """True when a decode of ``kind`` (a cache key's middle part: ``t``/``v``/``z`` plus the
    veil letter, ``c``/``zc`` plus the held effect's letter) belongs to the slot's plan."""
    veil = {"blur": "b", "gray": "g"}.get(slot.mode, "")
    held = slot.clear_effect[:1]
    if kind.startswith("zc"):
        return slot.veiled and kind[2:] == held
    if kind.startswith("c"):
        return slot.veiled and kind[1:] == held
    return kind[1:] == veil


class CaseView(QWidget):
    """The case screen. See the module docstring.

    Signals: ``caseShown(str)`` once the case is fully drawn (images decoded or failed);
    ``snapshotChanged(int)`` when another snapshot is selected; ``revealChanged(bool)`` when
    a veiled snapshot's clear image starts or stops showing; ``exposureChanged(tuple)``
    with the policy codes of sensitive content whose clear pixels are on screen (() when
    none), for counting minutes of exposure per category.
    """

    caseShown = Signal(str)
    snapshotChanged = Signal(int)
    revealChanged = Signal(bool)
    exposureChanged = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, decoder: ImageDecoder | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setAccessibleName("Case")
        self.decoder = decoder if decoder is not None else ImageDecoder(self)
        self.decoder.decoded.connect(self._on_decoded)
        self.decoder.failed.connect(self._on_failed)
        self._detail: CaseDetail | None = None
        self._slots: list[SnapshotSlot] = []
        self._current = -1
        self._waiting: set[str] = set()
        self._prefetching: set[str] = set()
        self._zoom_keys: set[str] = set()
        self._media_path: MediaPath | None = None
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pixmap_bytes = 0
        self._announced = True
        self._reveal_mode: RevealPolicy = default_reveal_mode
        self._exposed: tuple[str, ...] = ()
        # the cases decoded ahead, so that a new reveal policy re-plans them too
        self._prefetched: list[tuple[CaseDetail, MediaPath]] = []

        self.header = CaseHeader(self)

        # snapshots
        self.viewer = SnapshotViewer(self)
        self.viewer.revealChanged.connect(self.revealChanged)
        self.viewer.revealChanged.connect(self._update_exposure)
        self.viewer.zoomChanged.connect(self._on_zoom)
        self.caption = plain_label("", self, object_name="snapshotCaption")
        self.caption.setAccessibleName("Snapshot caption")
        self.strip = SnapshotStrip(self)
        self.strip.currentChanged.connect(self.show_snapshot)
        self.timeline = Timeline(self)
        self.timeline.snapshotClicked.connect(self.show_snapshot)
        self.timeline.momentClicked.connect(self.go_to_moment)
        # context: why the case is here and what was done before, under the evidence
        self.reports = ReportsSection(self)
        self.reports.momentClicked.connect(self.go_to_moment)
        self.prior = PriorSection(self)
        context = QHBoxLayout()
        context.setSpacing(self.fontMetrics().height() * 2)
        context.addWidget(self.reports, 3, Qt.AlignmentFlag.AlignTop)
        context.addWidget(self.prior, 2, Qt.AlignmentFlag.AlignTop)

        left = QWidget(self)
        left.setObjectName("snapshotPane")
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.viewer)
        ll.addWidget(self.caption)
        ll.addWidget(self.strip)
        ll.addWidget(self.timeline)
        ll.addSpacing(self.fontMetrics().height() // 2)
        ll.addLayout(context)
        ll.addStretch(1)

        # chat, full height
        self.chat = ChatView(self)
        self.chat.messageSelected.connect(self._on_message_selected)
        self.chat_note = plain_label("", self, object_name="chatNote")
        self.chat_note.setVisible(False)
        right = QWidget(self)
        right.setObjectName("contextPane")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.chat_note)
        rl.addWidget(self.chat, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)

        self.empty = plain_label("", self, object_name="caseEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("No case")
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)

        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.step_snapshot(step))
        self.clear()

    # -- public API ---------------------------------------------------------------------

    def set_case(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str] = (),
    ) -> None:
        """Show ``detail``; ``caseShown`` follows once every snapshot is drawn or failed."""
        self._release_text_focus()
        self._detail = detail
        self.chat.set_flagged_terms(flagged_terms)
        self.viewer.set_revealed(False)
        self.header.set_case(detail)
        self.reports.set_case(detail)
        self.prior.set_case(detail)
        self._slots = [SnapshotSlot.of(s, self._reveal_mode(s)) for s in detail.snapshots]
        self._media_path = media_path
        self._zoom_keys = set()
        self._current = -1
        self.timeline.set_case(
            [(slot.snapshot.offset_seconds, slot.sensitive) for slot in self._slots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            _duration_s(detail),
            None,
        )
        self.set_chat(chat)
        self._waiting = set()
        self._announced = False
        for i, slot in enumerate(self._slots):
            self._load(i, slot, media_path)
        self.strip.set_slots(self._slots, 0)
        self._current = -1
        self.empty.setVisible(False)
        self.header.setVisible(True)
        self.splitter.setVisible(True)
        if self._slots:
            self.show_snapshot(0)
        else:
            self.viewer.set_slot(None, "This case has no snapshots")
            set_plain(self.caption, "")
        self._maybe_announce()

    def set_chat(self, chat: ChatLog | None, message: str = "") -> None:
        """Show the chat log (it may arrive after the case); None shows ``message``."""
        self.chat.set_chat_log(chat)
        self.timeline.set_chat(chat)
        if chat is not None and 0 <= self._current < len(self._slots):
            # a log that arrives after the case opens at the moment of the snapshot shown
            self.chat.scroll_to_offset(
                int(self._slots[self._current].snapshot.offset_seconds * 1000), mark=True
            )
        detail = self._detail
        if chat is None:
            note = message or (
                "Chat is loading…" if detail is not None and detail.chat_count else "No chat"
            )
            set_plain(self.chat_note, note)
            self.chat_note.setVisible(True)
        else:
            self.chat_note.setVisible(False)

    def clear(self, message: str = "") -> None:
        """Hide the case (no case, paused, idle lock): nothing of the last case stays visible."""
        self._detail = None
        self._slots = []
        self._current = -1
        self._waiting = set()
        self._prefetched = []
        self._announced = True
        self.viewer.set_revealed(False)
        self.viewer.set_slot(None, "")
        self._update_exposure()
        self.strip.set_slots([])
        self.timeline.set_case([], [], 0, None)
        self.chat.set_chat_log(None)
        self.header.clear()
        set_plain(self.caption, "")
        self.reports.set_lines([])
        self.prior.set_lines([])
        self.header.setVisible(False)
        self.splitter.setVisible(False)
        set_plain(self.empty, message or "No case on screen")
        self.empty.setVisible(True)

    def set_reveal_policy(self, policy: RevealPolicy | None, *, apply_now: bool = False) -> None:
        """How each snapshot is shown before a hold: ``blur``, ``gray`` or ``color``.

        The wellbeing settings decide per policy area (the snapshot's labels carry policy
        codes); None restores the default (blur whatever is sensitive). The next case uses
        it; ``apply_now`` also re-plans the case on screen (:meth:`replan_reveal`).
        """
        self._reveal_mode = policy or default_reveal_mode
        if apply_now:
            self.replan_reveal()

    def replan_reveal(self) -> list[int]:
        """Apply the reveal policy to the case on screen, without switching cases.

        The policy is a live lookup, so a saved setting shows here at once. Each snapshot
        whose mode changed drops every pixmap of its old plan *before* anything can paint
        (so one that becomes more veiled never shows its clear image, not even for a frame:
        the viewer shows "Loading snapshot…" until the veiled decode lands), asks for the
        decodes of its new plan (cached ones apply at once) and is redrawn; the exposure
        count follows the new mode. The prefetched next cases are planned again too.
        Returns the indices of the snapshots that changed.
        """
        changed: list[int] = []
        media_path = self._media_path
        if self._detail is not None and media_path is not None:
            for i, slot in enumerate(self._slots):
                fresh = SnapshotSlot.of(slot.snapshot, self._reveal_mode(slot.snapshot))
                if (fresh.mode, fresh.clear_effect) == (slot.mode, slot.clear_effect):
                    continue
                slot.mode, slot.clear_effect = fresh.mode, fresh.clear_effect
                slot.thumb = slot.view = slot.clear = slot.view_hi = slot.clear_hi = None
                slot.error = ""
                changed.append(i)
        if changed and media_path is not None:
            if self._current in changed:
                self.viewer.set_revealed(False)  # a hold started on the old veil ends here
            shas = {self._slots[i].snapshot.sha256 for i in changed}
            # decodes of the old plans still on their way are no longer awaited (and
            # ``_apply`` refuses a late one whose veil does not fit the slot anyway)
            self._waiting = {k for k in self._waiting if k.split(":", 1)[0] not in shas}
            self._zoom_keys = {k for k in self._zoom_keys if k.split(":", 1)[0] not in shas}
            for i in changed:
                self._load(i, self._slots[i], media_path)
            self.strip.update()
            if 0 <= self._current < len(self._slots):
                self._draw_current()
                if self._current in changed and self.viewer.zoom() > 1.0:
                    self._on_zoom(self.viewer.zoom())
            self._maybe_announce()
        on_screen = self.case_id()
        for detail, path in list(self._prefetched):
            if detail.case_id != on_screen:
                self.prefetch(detail, path)
        return changed

    def exposed_labels(self) -> tuple[str, ...]:
        """Policy codes (or labels) of sensitive content whose clear pixels are on screen."""
        return self._exposed

    def _update_exposure(self, *_: object) -> None:
        slot = self.viewer.slot()
        shown = slot is not None and slot.sensitive and not slot.error
        if shown and slot is not None and slot.mode == "blur":
            # a blurred snapshot exposes only while held; a grey one is seen as it is
            shown = self.viewer.showing_clear()
        elif shown and slot is not None:
            shown = slot.view is not None  # nothing is seen while its image still decodes
        exposed: tuple[str, ...] = ()
        if shown and slot is not None:
            codes = [
                lab.policy_code or lab.label
                for lab in slot.snapshot.labels
                if lab.score >= SENSITIVE_SCORE
            ]
            exposed = tuple(dict.fromkeys(codes))
        if exposed != self._exposed:
            self._exposed = exposed
            self.exposureChanged.emit(exposed)

    def set_reveal_key_text(self, key: str) -> None:
        """The reveal key as the key filter maps it, for the hint on blurred snapshots."""
        self.viewer.set_reveal_hint(
            f"Hold {key} or the mouse button to view" if key else "Hold the mouse button to view"
        )

    def _release_text_focus(self) -> None:
        """A search box of the last case must not keep swallowing decision keys."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and is_text_entry(focus):
            self.chat.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def purge_images(self) -> None:
        """Forget every decoded snapshot (sign-out, idle lock): nothing stays in memory."""
        self._pixmaps.clear()
        self._pixmap_bytes = 0
        self._prefetching.clear()
        self._prefetched = []
        self.decoder.clear()
        for slot in self._slots:
            slot.thumb = slot.view = slot.clear = slot.view_hi = slot.clear_hi = None

    def case_id(self) -> str | None:
        return self._detail.case_id if self._detail else None

    def current_snapshot(self) -> int:
        return self._current

    def snapshot_slots(self) -> list[SnapshotSlot]:
        return list(self._slots)

    def show_snapshot(self, index: int, *, follow_chat: bool = True) -> None:
        """Select snapshot ``index`` in the viewer and the strip; the chat follows it."""
        if not 0 <= index < len(self._slots):
            return
        changed = index != self._current
        self._current = index
        if changed:
            self.viewer.set_revealed(False)
        self._draw_current()
        if changed:
            offset = int(self._slots[index].snapshot.offset_seconds * 1000)
            if follow_chat:
                self.chat.scroll_to_offset(offset, mark=True)
            elif (log := self.chat.chat_log()) is not None and len(log):
                self.chat.model.set_moment(int(log.nearest_index(offset)))
            self.snapshotChanged.emit(index)

    def _draw_current(self) -> None:
        index = self._current
        slot = self._slots[index]
        self.viewer.set_slot(slot)
        self.strip.set_current(index)
        self.timeline.set_current_snapshot(index)
        shot = slot.snapshot
        when = format_offset(int(shot.offset_seconds * 1000))
        text = f"Snapshot {index + 1} of {len(self._slots)} · {when} into the stream"
        if slot.sensitive:
            names = ", ".join(f"{n} {s:.2f}" for n, s in slot.labels[:3])
            text += f" · sensitive ({names})"
        if slot.error:
            text += f" · not shown: {slot.error}"
        set_plain(self.caption, text)
        self._update_exposure()

    def step_snapshot(self, step: int) -> None:
        if self._slots:
            self.show_snapshot(max(0, min(len(self._slots) - 1, self._current + step)))

    def set_revealed(self, revealed: bool) -> None:
        """Show the current sensitive snapshot clear while a key or button is held."""
        self.viewer.set_revealed(revealed)

    def prepare_chat(self, detail: CaseDetail, chat: ChatLog) -> int:
        """Shape the chat rows the next case will open on (at its first snapshot's moment),
        so that its swap only draws them; returns the rows shaped."""
        first = detail.snapshots[0] if detail.snapshots else None
        offset = int(first.offset_seconds * 1000) if first is not None else None
        return self.chat.table.prepare(chat, offset)

    def prefetch(self, detail: CaseDetail, media_path: MediaPath) -> None:
        """Decode the next case's snapshots ahead so that it draws from memory."""
        others = [(d, p) for d, p in self._prefetched if d.case_id != detail.case_id]
        self._prefetched = [*others[-(PREFETCH_REMEMBERED - 1) :], (detail, media_path)]
        for slot in (SnapshotSlot.of(s, self._reveal_mode(s)) for s in detail.snapshots):
            path = media_path(slot.snapshot.sha256)
            if path is None:
                continue
            for key, width, effect in self._decode_plan(slot):
                if key in self._pixmaps:
                    continue
                if len(self._prefetching) > 200:
                    self._prefetching.clear()
                self._prefetching.add(key)
                if self.decoder.cached(key) is not None:
                    self._keep(key, self.decoder.cached(key))  # type: ignore[arg-type]
                    self._prefetching.discard(key)
                else:
                    self.decoder.request(key, path, width, effect=effect)

    # -- keyboard fallback (when no DecisionKeyFilter consumed the reveal key) ---------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == REVEAL_KEY and not event.modifiers():
            if not event.isAutoRepeat():
                self.set_revealed(True)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == REVEAL_KEY and not event.isAutoRepeat():
            self.set_revealed(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.set_revealed(False)

    # -- internals ----------------------------------------------------------------------

    def _thumb_width(self) -> int:
        """Decode width of a thumbnail: the strip's largest cell (a strip of many snapshots
        draws it smaller). Not the current cell width: before the strip is laid out that is
        a few pixels, and the thumbnails would be decoded blurred."""
        return int(self.strip.thumb_width() * self.devicePixelRatioF())

    def _view_width(self) -> int:
        """Decode width for the large viewer: its width in device pixels, in 160 px steps.

        Decoding near the drawn size keeps the decode short and the paint free of scaling;
        the steps keep small resizes from re-decoding everything.
        """
        width = max(self.viewer.width(), self.viewer.minimumSizeHint().width())
        px = int(width * self.devicePixelRatioF())
        return max(MIN_VIEW_DECODE_WIDTH, min(MAX_VIEW_DECODE_WIDTH, -(-px // 160) * 160))

    def _decode_plan(self, slot: SnapshotSlot) -> list[tuple[str, int, str]]:
        """(cache key, width, effect) for the thumbnail, the viewer image and, if veiled,
        the clear viewer image. Keys are ``sha:kind:width``: kind t or v plus the veil
        (b blur, g gray), or c for a veiled snapshot's clear image."""
        sha = slot.snapshot.sha256
        tw, vw = self._thumb_width(), self._view_width()
        effect = {"blur": "blur", "gray": "gray"}.get(slot.mode, "")
        veil = effect[:1]
        plan = [(f"{sha}:t{veil}:{tw}", tw, effect), (f"{sha}:v{veil}:{vw}", vw, effect)]
        if slot.veiled:
            held = slot.clear_effect  # "gray" for the wellbeing level "blurred"
            plan.append((f"{sha}:c{held[:1]}:{vw}", vw, held))
        return plan

    def _load(self, index: int, slot: SnapshotSlot, media_path: MediaPath) -> None:
        # Decoded ahead (the usual case): no file system call on the swap at all.
        plan = self._decode_plan(slot)
        missing: list[tuple[str, int, str]] = []
        for key, width, effect in plan:
            pix = self._pixmap(key)
            if pix is not None:
                self._apply(key, pix)
                continue
            reason = self.decoder.failure(key)
            if reason is not None:
                slot.error = reason
                continue
            missing.append((key, width, effect))
        if not missing:
            return
        path = media_path(slot.snapshot.sha256)
        if path is None:
            slot.error = "the image is not in the local cache"
            return
        for key, width, effect in missing:
            self._waiting.add(key)
            self.decoder.request(key, path, width, effect=effect)

    def _pixmap(self, key: str) -> QPixmap | None:
        """The GUI-side pixmap for ``key``: converted once, kept in a small LRU."""
        pix = self._pixmaps.get(key)
        if pix is not None:
            self._pixmaps.move_to_end(key)
            return pix
        image = self.decoder.cached(key)
        if image is None:
            return None
        return self._keep(key, image)

    def _keep(self, key: str, image: QImage) -> QPixmap:
        pix = to_pixmap(image)
        old = self._pixmaps.pop(key, None)
        if old is not None:
            self._pixmap_bytes -= _pixmap_bytes(old)
        self._pixmaps[key] = pix
        self._pixmap_bytes += _pixmap_bytes(pix)
        while self._pixmap_bytes > PIXMAP_CACHE_BYTES and len(self._pixmaps) > 1:
            _, evicted = self._pixmaps.popitem(last=False)
            self._pixmap_bytes -= _pixmap_bytes(evicted)
        return pix

    def pixmap_cache_bytes(self) -> int:
        """Bytes of decoded snapshots held for the current and prefetched cases."""
        return self._pixmap_bytes

    def _slots_for(self, key: str) -> list[SnapshotSlot]:
        sha = key.split(":", 1)[0]
        return [s for s in self._slots if s.snapshot.sha256 == sha]

    def _on_zoom(self, zoom: float) -> None:
        """Zooming in: decode the shown snapshot at full resolution (veiled as before)."""
        if zoom <= 1.0 or not 0 <= self._current < len(self._slots) or self._media_path is None:
            return
        slot = self._slots[self._current]
        if slot.view_hi is not None or slot.error:
            return
        path = self._media_path(slot.snapshot.sha256)
        if path is None:
            return
        sha = slot.snapshot.sha256
        shown = slot.view.width() if slot.view is not None else 0
        if 0 < slot.snapshot.width <= shown:
            return  # the image on screen is already every pixel there is
        width = MAX_ZOOM_DECODE_WIDTH
        effect = {"blur": "blur", "gray": "gray"}.get(slot.mode, "")
        plan = [(f"{sha}:z{effect[:1]}:{width}", effect)]
        if slot.veiled:
            plan.append((f"{sha}:zc{slot.clear_effect[:1]}:{width}", slot.clear_effect))
        for key, eff in plan:
            pix = self._pixmap(key)
            if pix is not None:
                self._apply(key, pix)
                self.viewer.update()
            else:
                self._zoom_keys.add(key)
                self.decoder.request(key, path, width, effect=eff)

    def _apply(self, key: str, pix: QPixmap) -> None:
        kind = key.split(":")[1]
        for slot in self._slots_for(key):
            if not _fits(slot, kind):
                continue  # a decode of an older plan: never put clear pixels under a veil
            if kind.startswith("zc"):
                slot.clear_hi = pix
            elif kind.startswith("z"):
                slot.view_hi = pix
            elif kind.startswith("t"):
                slot.thumb = pix
            elif kind.startswith("c"):
                slot.clear = pix
            else:
                slot.view = pix

    def _on_decoded(self, key: str, image: QImage) -> None:
        if key in self._zoom_keys:
            self._zoom_keys.discard(key)
            self._apply(key, self._keep(key, image))
            self.viewer.update()
            return
        if key in self._prefetching:
            # Convert a prefetched image now, while the moderator reads the current case,
            # so that the swap itself only hands over ready pixmaps.
            self._prefetching.discard(key)
            self._keep(key, image)
        if key not in self._waiting:
            return
        self._waiting.discard(key)
        pix = self._pixmap(key)
        self._apply(key, pix if pix is not None else self._keep(key, image))
        self._refresh()

    def _on_failed(self, key: str, reason: str) -> None:
        self._zoom_keys.discard(key)  # zooming keeps the smaller image: no placeholder
        if key not in self._waiting:
            return
        self._waiting.discard(key)
        for slot in self._slots_for(key):
            slot.error = reason
        self._refresh()

    def _refresh(self) -> None:
        self.strip.update()
        if 0 <= self._current < len(self._slots):
            self._draw_current()
        self._maybe_announce()

    def _maybe_announce(self) -> None:
        if self._announced or self._waiting or self._detail is None:
            return
        self._announced = True
        if self.isVisible():
            # The new case's texts changed label sizes; their layouts run from posted events,
            # and one layout can post its parent's. Run them (and the chat table's pending
            # item layout) first so that this one repaint draws the final geometry;
            # otherwise the event loop moves widgets afterwards and paints the view twice.
            self.chat.table.settle()
            for _ in range(LAYOUT_PASSES):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.repaint()
        self.caseShown.emit(self._detail.case_id)

    def go_to_moment(self, offset_ms: int) -> None:
        """A moment of the stream (timeline click, a report's time): the chat goes there and
        selects the message, which in turn shows the nearest snapshot."""
        log = self.chat.chat_log()
        if log is None or len(log) == 0:
            if self._slots:
                seconds = offset_ms / 1000
                self.show_snapshot(
                    min(
                        range(len(self._slots)),
                        key=lambda i: abs(self._slots[i].snapshot.offset_seconds - seconds),
                    )
                )
            return
        self.chat.scroll_to_log_index(int(log.nearest_index(offset_ms)), select=True)

    def _on_message_selected(self, offset_ms: int) -> None:
        """A chosen message shows the snapshot nearest to its moment."""
        self.timeline.set_cursor(offset_ms)
        if not self._slots:
            return
        seconds = offset_ms / 1000
        best = min(
            range(len(self._slots)),
            key=lambda i: abs(self._slots[i].snapshot.offset_seconds - seconds),
        )
        if best != self._current:
            self.show_snapshot(best, follow_chat=False)
