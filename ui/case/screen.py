"""One case on one screen: stream header, reports, prior enforcement, snapshots, chat.

Everything a moderator needs to decide is visible without scrolling or clicking: the
header (what stream, whose, how big, live or ended), why it was reported, what was done to
the account before, the snapshots (large viewer + strip, Left/Right to step) and the chat.
All untrusted text is plain (``ui.common.text``); images decode off the GUI thread
(``ui.case.decoder``); sensitive snapshots start blurred and show clear only while held.

CaseView composes the parts, each with its own module: the header and the report and
prior-enforcement sections (``ui.case.header``), the snapshot viewer and strip
(``ui.case.snapshots``), the timeline (``ui.case.timeline``), the chat pane
(``ui.case.chat_pane``) and the decode pipeline that decides which decoded pixels may go
into which snapshot (``ui.case.decode``). It keeps what ties them together: which snapshot
is selected, the chat following it, the reveal and exposure, and ``caseShown``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
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
from ui.case import phases
from ui.case.chat_pane import ChatView
from ui.case.decision_keys import is_text_entry
from ui.case.decode import DecodePipeline, MediaPath
from ui.case.decoder import ImageDecoder
from ui.case.header import CaseHeader, PriorSection, ReportsSection
from ui.case.snapshots import (
    SENSITIVE_SCORE,
    SnapshotSlot,
    SnapshotStrip,
    SnapshotViewer,
    default_reveal_mode,
    label_scores,
)
from ui.case.timeline import Timeline
from ui.common import formats
from ui.common.direction import reading_step
from ui.common.i18n import arg
from ui.common.shortcuts import SNAPSHOTS
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

MIN_VIEW_DECODE_WIDTH = 640
MAX_VIEW_DECODE_WIDTH = 1920
REVEAL_KEY = Qt.Key.Key_V
#: prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead)
PREFETCH_REMEMBERED = 4
LAYOUT_PASSES = 3  # label -> section -> splitter: how deep a new case's layout change travels
RevealPolicy = Callable[[Snapshot], str]


def _duration_s(d: CaseDetail) -> float:
    """How long the stream ran (or has run, up to the case): the timeline's axis."""
    end = d.stream.ended_at or d.created_at
    return max(0.0, (end - d.stream.started_at).total_seconds())


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
    exposureChanged = Signal(tuple)

    def __init__(
        self, parent: QWidget | None = None, *, decoder: ImageDecoder | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setAccessibleName(self.tr("Case"))
        self.decoder = decoder if decoder is not None else ImageDecoder(self)
        self.decodes = DecodePipeline(
            self.decoder, thumb_width=self._thumb_width, view_width=self._view_width, parent=self
        )
        self.decodes.changed.connect(self._refresh)
        self.decodes.thumbReady.connect(self._prepare_thumb)
        self._detail: CaseDetail | None = None
        self._slots: list[SnapshotSlot] = []
        self._current = -1
        self._announced = True
        self._reveal_policy: RevealPolicy = default_reveal_mode
        self._exposed: tuple[str, ...] = ()
        # the cases decoded ahead, so that a new reveal policy re-plans them too
        self._prefetched: list[tuple[CaseDetail, MediaPath]] = []
        # snapshot -> how many snapshots its prefetched case has (its strip's cell count)
        self._coming_counts: dict[str, int] = {}

        self.header = CaseHeader(self)

        # snapshots
        self.viewer = SnapshotViewer(self)
        self.viewer.revealChanged.connect(self.revealChanged)
        self.viewer.revealChanged.connect(self._update_exposure)
        self.viewer.zoomChanged.connect(self._on_zoom)
        self.decodes.zoomed.connect(self.viewer.update)
        self.caption = plain_label("", self, object_name="snapshotCaption")
        self.caption.setAccessibleName(self.tr("Snapshot caption"))
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
        self.empty.setAccessibleName(self.tr("No case"))
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)

        for key in SNAPSHOTS.keys:  # "Left", "Right": forward is the way the layout reads
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda key=key: self.step_snapshot(reading_step(self, key)))
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
        with phases.phase("set case: parts"):
            self._set_case(detail, chat, media_path, flagged_terms)
        self._maybe_announce()

    def _set_case(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str],
    ) -> None:
        self._release_text_focus()
        self._detail = detail
        self.chat.set_flagged_terms(flagged_terms)
        self.chat.set_stream_start(detail.stream.started_at)
        self.viewer.set_revealed(False)
        self.header.set_case(detail)
        self.reports.set_case(detail)
        self.prior.set_case(detail)
        self._slots = [SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots]
        self._current = -1
        self.timeline.set_case(
            [(slot.snapshot.offset_seconds, slot.sensitive) for slot in self._slots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            _duration_s(detail),
            None,
        )
        self.set_chat(chat)
        self._announced = False
        self.decodes.show(self._slots, media_path)
        self.strip.set_slots(self._slots, 0)
        self._current = -1
        self.empty.setVisible(False)
        self.header.setVisible(True)
        self.splitter.setVisible(True)
        if self._slots:
            self.show_snapshot(0)
        else:
            self.viewer.set_slot(None, self.tr("This case has no snapshots"))
            set_plain(self.caption, "")

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
                self.tr("Chat is loading…")
                if detail is not None and detail.chat_count
                else self.tr("No chat")
            )
            set_plain(self.chat_note, note)
            self.chat_note.setVisible(True)
        else:
            self.chat_note.setVisible(False)

    def apply_live(self, detail: CaseDetail) -> int:
        """The followed stream changed (``detail``: the case merged with a follow answer,
        ``reviewer.follow.merge_update``). The header shows live or ended and the viewers at
        once; new snapshots join the strip and the timeline veiled by the same reveal policy
        as the others (no pixels until their veiled decode lands). Returns how many joined."""
        if self._detail is None or detail.case_id != self._detail.case_id:
            return 0
        self._detail = detail
        self.header.update_stream(detail)
        # the merged detail only grows: what lies past the slots shown is new
        fresh = [
            SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots[len(self._slots) :]
        ]
        if not fresh:
            return 0
        self._slots.extend(fresh)
        self.decodes.add(fresh)
        self.strip.set_slots(self._slots, max(self._current, 0))
        cursor = self.timeline.cursor_ms()
        self.timeline.set_case(
            [(slot.snapshot.offset_seconds, slot.sensitive) for slot in self._slots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            _duration_s(detail),
            self.chat.chat_log(),
        )
        self.timeline.set_cursor(cursor)
        if self._current < 0:
            self.show_snapshot(0)
        else:
            self._draw_current()  # "Snapshot 3 of 9": the count grew
        return len(fresh)

    def clear(self, message: str = "") -> None:
        """Hide the case (no case, paused, idle lock): nothing of the last case stays visible."""
        self._detail = None
        self._slots = []
        self._current = -1
        self.decodes.forget()
        self._prefetched = []
        self._coming_counts = {}
        self.strip.forget_scaled()
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
        set_plain(self.empty, message or self.tr("No case on screen"))
        self.empty.setVisible(True)

    def set_reveal_policy(self, policy: RevealPolicy | None, *, apply_now: bool = False) -> None:
        """How each snapshot is shown before a hold: ``blur``, ``gray`` or ``color``.

        The wellbeing settings decide per policy area (the snapshot's labels carry policy
        codes); None restores the default (blur whatever is sensitive). The next case uses
        it; ``apply_now`` also re-plans the case on screen (:meth:`replan_reveal`).
        """
        self._reveal_policy = policy or default_reveal_mode
        if apply_now:
            self.replan_reveal()

    def reveal_mode(self, snapshot: Snapshot) -> str:
        """How the current reveal policy shows ``snapshot`` before a hold."""
        return self._reveal_policy(snapshot)

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
        if self._detail is not None:
            for i, slot in enumerate(self._slots):
                fresh = SnapshotSlot.of(slot.snapshot, self._reveal_policy(slot.snapshot))
                if (fresh.mode, fresh.clear_effect) == (slot.mode, slot.clear_effect):
                    continue
                slot.mode, slot.clear_effect = fresh.mode, fresh.clear_effect
                slot.thumb = slot.view = slot.clear = slot.view_hi = slot.clear_hi = None
                slot.error = ""
                changed.append(i)
        if changed:
            if self._current in changed:
                self.viewer.set_revealed(False)  # a hold started on the old veil ends here
            self.decodes.reload([self._slots[i] for i in changed])
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
            arg(self.tr("Hold %1 or the mouse button to view"), key)
            if key
            else self.tr("Hold the mouse button to view")
        )

    def _release_text_focus(self) -> None:
        """A search box of the last case must not keep swallowing decision keys."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and is_text_entry(focus):
            self.chat.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def purge_images(self) -> None:
        """Forget every decoded snapshot (sign-out, idle lock): nothing stays in memory."""
        self._prefetched = []
        self._coming_counts = {}
        self.strip.forget_scaled()
        self.decodes.purge()

    def pixmap_cache_bytes(self) -> int:
        """Bytes of decoded snapshots held for the current and prefetched cases."""
        return self.decodes.pixmap_cache_bytes()

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
        when = formats.offset(int(shot.offset_seconds * 1000))
        text = arg(
            self.tr("Snapshot %1 of %2 · %3 into the stream"),
            formats.number(index + 1),
            formats.number(len(self._slots)),
            when,
        )
        if slot.sensitive:
            text = arg(self.tr("%1 · sensitive (%2)"), text, label_scores(slot.labels[:3]))
        if slot.error:
            text = arg(self.tr("%1 · not shown: %2"), text, slot.error)
        set_plain(self.caption, text)
        self._update_exposure()

    def step_snapshot(self, step: int) -> None:
        if self._slots:
            self.show_snapshot(max(0, min(len(self._slots) - 1, self._current + step)))

    def set_revealed(self, revealed: bool) -> None:
        """Show the current sensitive snapshot clear while a key or button is held."""
        self.viewer.set_revealed(revealed)

    def prepare_chat(self, detail: CaseDetail, chat: ChatLog) -> int:
        """Shape the chat rows the next case will open on (at its first snapshot's moment)
        and draw its timeline's still layer, so that its swap only draws them; returns the
        rows shaped."""
        first = detail.snapshots[0] if detail.snapshots else None
        offset = int(first.offset_seconds * 1000) if first is not None else None
        self.timeline.prepare(
            [(s.offset_seconds, False) for s in detail.snapshots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            _duration_s(detail),
            chat,
        )
        return self.chat.table.prepare(chat, offset)

    def prefetch(self, detail: CaseDetail, media_path: MediaPath) -> None:
        """Decode the next case's snapshots ahead so that it draws from memory."""
        others = [(d, p) for d, p in self._prefetched if d.case_id != detail.case_id]
        self._prefetched = [*others[-(PREFETCH_REMEMBERED - 1) :], (detail, media_path)]
        self._coming_counts = {
            s.sha256: len(d.snapshots) for d, _p in self._prefetched for s in d.snapshots
        }
        self.decodes.prefetch(
            [SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots], media_path
        )

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

    def _on_zoom(self, zoom: float) -> None:
        """Zooming in: decode the shown snapshot at full resolution (veiled as before)."""
        if zoom <= 1.0 or not 0 <= self._current < len(self._slots):
            return
        self.decodes.zoom(self._slots[self._current])

    def _prepare_thumb(self, sha256: str, thumb: QPixmap) -> None:
        """A prefetched thumbnail landed: scale it to its cell now, not in the swap."""
        count = self._coming_counts.get(sha256)
        if count is not None:
            self.strip.prepare_thumb(thumb, count)

    def _refresh(self) -> None:
        self.strip.update()
        if 0 <= self._current < len(self._slots):
            self._draw_current()
        self._maybe_announce()

    def _maybe_announce(self) -> None:
        if self._announced or self.decodes.waiting() or self._detail is None:
            return
        self._announced = True
        if self.isVisible():
            # The new case's texts changed label sizes; their layouts run from posted events,
            # and one layout can post its parent's. Run them (and the chat table's pending
            # item layout) first so that this one repaint draws the final geometry;
            # otherwise the event loop moves widgets afterwards and paints the view twice.
            with phases.phase("layout"):
                self.chat.table.settle()
                for _ in range(LAYOUT_PASSES):
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            with phases.phase("repaint: Qt's own (widgets, style sheet)"):
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
