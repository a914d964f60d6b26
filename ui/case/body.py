"""One case's widgets on the case screen: the body that :class:`ui.case.screen.CaseView`
holds twice, so that the next case can be built while the moderator reads this one.

A body holds what one case shows (header, snapshot viewer, caption, strip, timeline,
reports, prior enforcement, chat) and which of its snapshots is selected. It knows nothing
of reveal policies, exposure or decodes: the case view decides those and tells the body
what to draw. The body on screen and the hidden one are the same class; a hidden body is
never painted, is not in the accessibility tree (Qt exposes no hidden widget) and takes no
input. :meth:`lay_out_hidden` runs a hidden body's layout ahead, so that showing it is
only a swap and a paint (issue #17: one frame per decision).

The texts keep the translation context ``CaseView`` they had before the body existed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.contract import CaseDetail, PriorityWhy
from ui.case.chat_pane import ChatView
from ui.case.header import CaseHeader, PriorSection, ReportsSection
from ui.case.snapshots import SnapshotSlot, SnapshotStrip, SnapshotViewer, label_scores
from ui.case.timeline import Timeline
from ui.common import formats
from ui.common.i18n import arg, translate
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog

# layout passes over a hidden body: a resize can change a child's size hint once more
HIDDEN_LAYOUT_PASSES = 2


def duration_s(d: CaseDetail) -> float:
    """How long the stream ran (or has run, up to the case): the timeline's axis."""
    end = d.stream.ended_at or d.created_at
    return max(0.0, (end - d.stream.started_at).total_seconds())


class CaseBody(QWidget):
    """The widgets of one case and its selected snapshot; see the module docstring.

    Plain attributes, read by the case view: ``detail`` (None: no case), ``slots`` (one
    per snapshot, planned by the case view), ``current`` (the selected snapshot, -1: none).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseBody")
        self.detail: CaseDetail | None = None
        self.slots: list[SnapshotSlot] = []
        self.current = -1

        self.header = CaseHeader(self)
        self.viewer = SnapshotViewer(self)
        self.caption = plain_label("", self, object_name="snapshotCaption")
        self.caption.setAccessibleName(translate("CaseView", "Snapshot caption"))
        self.caption.setWordWrap(True)  # at 200 % text a sensitive snapshot's caption wraps
        self.strip = SnapshotStrip(self)
        self.timeline = Timeline(self)
        # context: why the case is here and what was done before, under the evidence
        self.reports = ReportsSection(self)
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

    # -- filling ------------------------------------------------------------------------

    def fill(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        slots: list[SnapshotSlot],
        flagged_terms: Sequence[str],
        why: PriorityWhy | None = None,
    ) -> None:
        """Put ``detail`` in, nothing selected yet (the slots' pixmaps may still come)."""
        self.detail = detail
        self.chat.set_flagged_terms(flagged_terms)
        self.chat.set_stream_start(detail.stream.started_at)
        self.viewer.set_revealed(False)
        self.header.set_case(detail, why)
        self.reports.set_case(detail)
        self.prior.set_case(detail)
        self.slots = slots
        self.current = -1
        self.timeline.set_case(
            [(slot.snapshot.offset_seconds, slot.sensitive) for slot in slots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            duration_s(detail),
            None,
        )
        self.set_chat(chat)

    def show_slots(self) -> None:
        """The strip gets the slots and the first snapshot is selected (or the viewer says
        there is none): after the decodes filled what they could."""
        self.strip.set_slots(self.slots, 0)
        self.current = -1
        if self.slots:
            self.select(0)
        else:
            self.viewer.set_slot(None, translate("CaseView", "This case has no snapshots"))
            set_plain(self.caption, "")

    def set_chat(self, chat: ChatLog | None, message: str = "") -> None:
        """Show the chat log (it may arrive after the case); None shows ``message``."""
        self.chat.set_chat_log(chat)
        self.timeline.set_chat(chat)
        if chat is not None and 0 <= self.current < len(self.slots):
            # a log that arrives after the case opens at the moment of the snapshot shown
            self.chat.scroll_to_offset(
                int(self.slots[self.current].snapshot.offset_seconds * 1000), mark=True
            )
        detail = self.detail
        if chat is None:
            note = message or (
                translate("CaseView", "Chat is loading…")
                if detail is not None and detail.chat_count
                else translate("CaseView", "No chat")
            )
            set_plain(self.chat_note, note)
            self.chat_note.setVisible(True)
        else:
            self.chat_note.setVisible(False)

    def clear_case(self) -> None:
        """Nothing of a case stays in the widgets' texts, pixmaps or chat."""
        self.detail = None
        self.slots = []
        self.current = -1
        self.viewer.set_revealed(False)
        self.viewer.set_slot(None, "")
        self.strip.set_slots([])
        self.timeline.set_case([], [], 0, None)
        self.chat.set_chat_log(None)
        self.header.clear()
        set_plain(self.caption, "")
        self.reports.set_lines([])
        self.prior.set_lines([])

    # -- selection ----------------------------------------------------------------------

    def select(self, index: int, *, follow_chat: bool = True) -> bool:
        """Select snapshot ``index`` in the viewer and the strip; the chat follows it.
        Returns True when the selection changed."""
        if not 0 <= index < len(self.slots):
            return False
        changed = index != self.current
        self.current = index
        if changed:
            self.viewer.set_revealed(False)
        self.draw_current()
        if changed:
            offset = int(self.slots[index].snapshot.offset_seconds * 1000)
            if follow_chat:
                self.chat.scroll_to_offset(offset, mark=True)
            elif (log := self.chat.chat_log()) is not None and len(log):
                self.chat.model.set_moment(int(log.nearest_index(offset)))
        return changed

    def draw_current(self) -> None:
        """Draw the selected snapshot, its mark in the strip and the timeline, its caption."""
        index = self.current
        slot = self.slots[index]
        self.viewer.set_slot(slot)
        self.strip.set_current(index)
        self.timeline.set_current_snapshot(index)
        shot = slot.snapshot
        when = formats.offset(int(shot.offset_seconds * 1000))
        text = arg(
            translate("CaseView", "Snapshot %1 of %2 · %3 into the stream"),
            formats.number(index + 1),
            formats.number(len(self.slots)),
            when,
        )
        if slot.sensitive:
            scores = label_scores(slot.labels[:3])
            text = arg(translate("CaseView", "%1 · sensitive (%2)"), text, scores)
        if slot.error:
            text = arg(translate("CaseView", "%1 · not shown: %2"), text, slot.error)
        set_plain(self.caption, text)

    def nearest_snapshot(self, offset_ms: int) -> int:
        """The snapshot closest to a moment of the stream (-1: none)."""
        if not self.slots:
            return -1
        seconds = offset_ms / 1000
        return min(
            range(len(self.slots)),
            key=lambda i: abs(self.slots[i].snapshot.offset_seconds - seconds),
        )

    # -- ahead of the swap --------------------------------------------------------------

    def draw_ahead(self) -> None:
        """While hidden: the strip's thumbnails scaled to their cells and its layer drawn,
        the timeline's still layer drawn and the chat rows it opens on shaped, so that its
        first paint only copies them."""
        for slot in self.slots:
            if slot.thumb is not None and not slot.error:
                self.strip.prepare_thumb(slot.thumb, len(self.slots))
        self.strip.draw_ahead()  # its cells from the thumbnails there are now
        self.timeline.draw_ahead()
        log = self.chat.chat_log()
        if log is not None and 0 <= self.current < len(self.slots):
            shot = self.slots[self.current].snapshot
            self.chat.table.prepare(log, int(shot.offset_seconds * 1000))
        elif log is not None:
            self.chat.table.prepare(log, None)

    def lay_out_hidden(self, size: QSize) -> None:
        """Lay the hidden body out at ``size`` now, as showing it would: every layout
        activated and every resize Qt keeps for a hidden widget's show delivered, top down.
        Showing it then finds nothing to lay out (no height-for-width at the swap)."""
        if self.size() != size:
            self.resize(size)
        self.ensurePolished()
        for _ in range(HIDDEN_LAYOUT_PASSES):
            for w in [self, *self.findChildren(QWidget)]:
                if w is not self and (w.isHidden() or w.isWindow()):
                    continue  # a note not shown, a dialog: not part of the swap's frame
                if w.testAttribute(Qt.WidgetAttribute.WA_PendingMoveEvent):
                    w.setAttribute(Qt.WidgetAttribute.WA_PendingMoveEvent, False)
                    QApplication.sendEvent(w, QMoveEvent(w.pos(), QPoint()))
                if w.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
                    w.setAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent, False)
                    QApplication.sendEvent(w, QResizeEvent(w.size(), QSize()))
                layout = w.layout()
                if layout is not None:
                    layout.activate()
            self.chat.table.settle()
        # what the texts posted for the hidden widgets is done now
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
