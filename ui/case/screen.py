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

Double buffering (issue #17, one frame per decision): the parts live in a
:class:`ui.case.body.CaseBody`, and the view holds two in a stacked layout. The one on
screen is what every public member (``header``, ``viewer``, ``chat``, ...) and method
works on; the hidden one is where :meth:`CaseView.prepare` builds the next case while the
moderator reads, laid out and with its pixmaps ready, so that :meth:`CaseView.set_case`
of that case only swaps the two and paints. Only the body on screen reaches the signals
and the exposure count: the hidden one is veiled exactly as a case set directly would be,
takes no input and is not in the accessibility tree.

The first frame from a picture (``ui.case.cover``): once the case built ahead has every
snapshot it waits for, the view renders the hidden body into a picture (off the clock, the
body's own paint code and veils) and keeps it while nothing that it shows changes (size,
device pixel ratio, theme, text size, language, the splitter, the reveal hint: each drops
it and a new one is made). The key's swap shows that picture above the new body, so the
frame is one copy; the live widgets replace it at the next turn of the event loop or before
any input. A missing or stale picture swaps as before: the new body paints live.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QWidget,
)

from reviewer.contract import CaseDetail, PriorityWhy, Snapshot
from ui.case import phases
from ui.case.body import CaseBody, duration_s
from ui.case.chat_pane import ChatView
from ui.case.cover import Cover
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
)
from ui.case.timeline import Timeline
from ui.common.direction import reading_step
from ui.common.i18n import arg
from ui.common.shortcuts import SNAPSHOTS
from ui.common.text import plain_label, set_plain

if TYPE_CHECKING:
    from reviewer.chat import ChatLog
    from reviewer.contract import PolicyArea

MIN_VIEW_DECODE_WIDTH = 640
MAX_VIEW_DECODE_WIDTH = 1920
REVEAL_KEY = Qt.Key.Key_V
#: prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead)
PREFETCH_REMEMBERED = 4
LAYOUT_PASSES = 3  # label -> section -> splitter: how deep a new case's layout change travels
#: the phase the picture of the case built ahead is made in (between keys, off the clock)
PICTURE_PHASE = "prepare: the picture, ahead"
#: a drag (window size, splitter) makes the picture again once it has rested this long
PICTURE_REST_MS = 250
#: what drops the picture: a change of anything the hidden body paints from
_RESTYLE = frozenset(
    {
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.LanguageChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LocaleChange,
    }
)
RevealPolicy = Callable[[Snapshot], str]
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


@dataclass(frozen=True)
class _Prepared:
    """What the hidden body was built from (kept to build it again on a new reveal policy)."""

    detail: CaseDetail
    chat: ChatLog | None
    media_path: MediaPath
    flagged_terms: tuple[str, ...]
    why: PriorityWhy | None


class CaseView(QWidget):
    """The case screen. See the module docstring.

    Signals: ``caseShown(str)`` once the case is fully drawn (images decoded or failed);
    ``snapshotChanged(int)`` when another snapshot is selected; ``revealChanged(bool)`` when
    a veiled snapshot's clear image starts or stops showing; ``exposureChanged(tuple)``
    with the policy codes of sensitive content whose clear pixels are on screen (() when
    none), for counting minutes of exposure per category; ``chatActionRequested(object)``
    when the moderator confirmed a chat action (a ``ChatActionRequest``) in the chat on
    screen.
    """

    caseShown = Signal(str)
    snapshotChanged = Signal(int)
    revealChanged = Signal(bool)
    exposureChanged = Signal(tuple)
    chatActionRequested = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, decoder: ImageDecoder | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setAccessibleName(self.tr("Case"))
        self.decoder = decoder if decoder is not None else ImageDecoder(self)
        # the body on screen, and the hidden one the next case is built in
        self._bodies = (CaseBody(self), CaseBody(self))
        self._body, self._spare = self._bodies
        self._prepared: _Prepared | None = None
        self.decodes = DecodePipeline(
            self.decoder, thumb_width=self._thumb_width, view_width=self._view_width, parent=self
        )
        self.decodes.changed.connect(self._refresh)
        self.decodes.thumbReady.connect(self._prepare_thumb)
        self.decodes.zoomed.connect(self._zoomed)
        self._announced = True
        self._reveal_policy: RevealPolicy = default_reveal_mode
        self._exposed: tuple[str, ...] = ()
        # the cases decoded ahead, so that a new reveal policy re-plans them too
        self._prefetched: list[tuple[CaseDetail, MediaPath]] = []
        # snapshot -> how many snapshots its prefetched case has (its strip's cell count)
        self._coming_counts: dict[str, int] = {}

        for body in self._bodies:
            self._wire(body)

        self.empty = plain_label("", self, object_name="caseEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No case"))

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        for body in self._bodies:
            self._stack.addWidget(body)
        self._stack.addWidget(self.empty)

        # the first frame of a swap, from a picture of the case built ahead
        self.cover = Cover(self)
        self._picture: QPixmap | None = None
        self._picture_state: tuple[object, ...] = ()
        self._picture_why = ""  # the header's "why" line as pictured (it counts down)
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.timeout.connect(self._make_picture)
        # a decode of the case built ahead landed (the pipeline placed it first)
        self.decoder.decoded.connect(self._staged_landed)
        self.decoder.failed.connect(self._staged_landed)

        for key in SNAPSHOTS.keys:  # "Left", "Right": forward is the way the layout reads
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda key=key: self.step_snapshot(reading_step(self, key)))
        self.clear()

    def _wire(self, body: CaseBody) -> None:
        """The body's signals reach the view only while that body is the one on screen."""
        body.viewer.revealChanged.connect(partial(self._on_reveal, body))
        body.viewer.zoomChanged.connect(partial(self._on_zoom_of, body))
        body.strip.currentChanged.connect(partial(self._on_pick, body))
        body.timeline.snapshotClicked.connect(partial(self._on_pick, body))
        body.timeline.momentClicked.connect(partial(self._on_moment, body))
        body.reports.momentClicked.connect(partial(self._on_moment, body))
        body.chat.messageSelected.connect(partial(self._on_message_of, body))
        body.chat.chatActionRequested.connect(partial(self._on_chat_action, body))
        body.splitter.splitterMoved.connect(partial(self._on_splitter_moved, body))

    # -- the parts of the body on screen ------------------------------------------------

    @property
    def header(self) -> CaseHeader:
        return self._body.header

    @property
    def viewer(self) -> SnapshotViewer:
        return self._body.viewer

    @property
    def caption(self) -> QLabel:
        return self._body.caption

    @property
    def strip(self) -> SnapshotStrip:
        return self._body.strip

    @property
    def timeline(self) -> Timeline:
        return self._body.timeline

    @property
    def reports(self) -> ReportsSection:
        return self._body.reports

    @property
    def prior(self) -> PriorSection:
        return self._body.prior

    @property
    def chat(self) -> ChatView:
        return self._body.chat

    @property
    def chat_note(self) -> QLabel:
        return self._body.chat_note

    @property
    def splitter(self) -> QSplitter:
        return self._body.splitter

    # -- public API ---------------------------------------------------------------------

    def set_case(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str] = (),
        *,
        why: PriorityWhy | None = None,
    ) -> None:
        """Show ``detail``; ``caseShown`` follows once every snapshot is drawn or failed;
        ``why``: the lease's priority for the header's line (the desk's cases have one).

        A case built ahead by :meth:`prepare` (the same detail, flagged terms and veils) is
        only swapped in; any other is built into the body on screen."""
        with phases.phase("set case: parts"):
            if self._is_prepared(detail, flagged_terms):
                self._swap(chat, why)
            else:
                self._set_case(detail, chat, media_path, flagged_terms)
                if why is not None:
                    self._body.header.set_priority(why)
        self._maybe_announce()

    def _set_case(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str],
    ) -> None:
        self.cover.drop()
        self._release_text_focus()
        if self.prepared_case() == detail.case_id:
            self._unprepare()  # built ahead, but no longer as it is to be shown
        body = self._body
        slots = [SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots]
        body.fill(detail, chat, slots, flagged_terms)
        self._announced = False
        self.decodes.show(slots, media_path)
        self._show_page(body)
        body.show_slots()
        self._update_exposure()
        if body.current >= 0:
            self.snapshotChanged.emit(body.current)

    def prepare(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str] = (),
        *,
        why: PriorityWhy | None = None,
    ) -> bool:
        """Build ``detail`` into the hidden body while the case on screen is read: texts,
        veiled slots (filled from the decodes ahead, the rest asked for), the first
        snapshot selected, the layout done at the size on screen, the strip's thumbnails,
        the timeline and the first chat rows drawn ahead. Its :meth:`set_case` then swaps.
        False (and nothing built) for the case on screen itself."""
        if detail.case_id == self.case_id():
            return False
        with phases.phase("prepare: the next case, ahead"):
            self._prepare(detail, chat, media_path, flagged_terms, why)
        return True

    def _prepare(
        self,
        detail: CaseDetail,
        chat: ChatLog | None,
        media_path: MediaPath,
        flagged_terms: Sequence[str],
        why: PriorityWhy | None,
    ) -> None:
        body = self._spare
        slots = [SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots]
        body.fill(detail, chat, slots, flagged_terms, why)
        self.decodes.stage(slots, media_path)
        body.show_slots()
        shown = self._body.splitter.sizes()
        if sum(shown) > 0:
            body.splitter.setSizes(shown)
        self._match_chat_columns(self._body.chat, body.chat)
        body.lay_out_hidden(self.contentsRect().size())
        body.draw_ahead()
        self._prepared = _Prepared(detail, chat, media_path, tuple(flagged_terms), why)
        # the picture at the next turn (not inside this call: the GUI thread answers input
        # in between), once every decode the case waits for has landed
        self._want_picture()

    def prepared_case(self) -> str | None:
        """The case built ahead in the hidden body (None: none)."""
        return self._prepared.detail.case_id if self._prepared is not None else None

    def _is_prepared(self, detail: CaseDetail, flagged_terms: Sequence[str]) -> bool:
        prep = self._prepared
        if prep is None or (prep.detail is not detail and prep.detail != detail):
            return False
        if prep.flagged_terms != tuple(flagged_terms):
            return False
        # every veil as the reveal policy asks now (a policy that changed since is a new
        # plan: the case is built again rather than shown with an old veil)
        for slot in self._spare.slots:
            fresh = SnapshotSlot.of(slot.snapshot, self._reveal_policy(slot.snapshot))
            if (fresh.mode, fresh.clear_effect) != (slot.mode, slot.clear_effect):
                return False
        return True

    def _swap(self, chat: ChatLog | None, why: PriorityWhy | None) -> None:
        """Show the body built ahead: the stack swaps, Qt paints (its first frame from the
        picture when there is one that still fits)."""
        old, new = self._body, self._spare
        self.cover.drop()  # a picture of the case before, still up: the live widgets
        prep = self._prepared
        if why is not None and prep is not None and why != prep.why:
            new.header.set_priority(why)  # the velocity moved since: the line, not the body
        taken = self._take_picture(new, chat)
        focus = QApplication.focusWidget()
        had_focus = focus is not None and old.isAncestorOf(focus)
        old.viewer.set_revealed(False)  # a hold on the last case ends with it
        new.viewer.set_revealed(False)  # and the new one comes veiled, whatever happened
        self._body, self._spare = new, old
        self._prepared = None
        self.decodes.show_staged()
        self._announced = False
        # Focus moving into the new body (the stack does that when the old one had it) would
        # make its chat table pick a current message on focus-in: a message the moderator
        # never chose (the snapshot would jump to it, a chat action would take it). As on a
        # case set on screen, the new case opens with none.
        selection = new.chat.table.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            self._show_page(new)
            if had_focus:  # never the last case's search box: the chat, as a new case opens
                new.chat.table.setFocus(Qt.FocusReason.OtherFocusReason)
            selection.clearCurrentIndex()
        finally:
            selection.blockSignals(blocked)
        if new.chat.chat_log() is not chat:
            new.set_chat(chat)  # the log changed after the case was built
        if taken is not None:
            self._cover_with(taken, new)
        self._update_exposure()
        if new.current >= 0:
            self.snapshotChanged.emit(new.current)

    def _unprepare(self) -> None:
        """Forget the case built ahead, and whatever the hidden body still holds."""
        self._prepared = None
        self._drop_picture()
        self.decodes.unstage()
        if self._spare.detail is not None:
            self._spare.clear_case()

    def _reprepare(self) -> None:
        """Build the case ahead again (a new reveal policy plans its veils anew)."""
        prep = self._prepared
        if prep is not None:
            self._unprepare()
            self.prepare(prep.detail, prep.chat, prep.media_path, prep.flagged_terms, why=prep.why)

    # -- the picture of the case built ahead: its swap's first frame ---------------------

    def _want_picture(self, delay_ms: int = 0) -> None:
        """Drop the picture of the case built ahead and make it again ``delay_ms`` later (a
        drag restarts the wait): something it shows changed."""
        self._drop_picture()
        if self._prepared is not None:
            self._picture_timer.start(delay_ms)

    def _drop_picture(self) -> None:
        self._picture = None
        self._picture_state = ()
        self._picture_timer.stop()

    def _staged_landed(self, *_: object) -> None:
        """The last decode the case built ahead waited for landed: its picture can be made."""
        if (
            self._prepared is not None
            and self._picture is None
            and not self._picture_timer.isActive()
            and not self.decodes.staged_waiting()
        ):
            self._picture_timer.start(0)

    def _picture_key(self, body: CaseBody) -> tuple[object, ...]:
        """What a picture of ``body`` is drawn for: were any of it to change, the picture
        would no longer be what the body paints."""
        app = QApplication.instance()
        sheet = app.styleSheet() if isinstance(app, QApplication) else ""
        return (
            body.geometry(),
            body.header.geometry(),
            self.devicePixelRatioF(),
            body.palette().cacheKey(),
            body.font().key(),
            body.layoutDirection(),
            sheet,
        )

    def _make_picture(self) -> None:
        """Render the hidden body as showing it would paint it, at its size on screen: the
        body's own paint code, its veils as drawn (never a held snapshot's clear pixels)."""
        body = self._spare
        if (
            self._prepared is None
            or self._picture is not None
            or not self.isVisible()
            or self.decodes.staged_waiting()
        ):
            return  # a decode still on its way comes back here through _staged_landed
        with phases.phase(PICTURE_PHASE):
            body.lay_out_hidden(self.contentsRect().size())
            if body.viewer.is_revealed():
                return
            picture = body.grab()
        self._picture = picture
        self._picture_state = self._picture_key(body)
        self._picture_why = body.header.why.text()

    def picture_ready(self) -> bool:
        """The case built ahead has its picture: its swap's first frame is one copy (what a
        benchmark waits for before the next key, as the desk has it seconds later)."""
        return self._picture is not None

    def _take_picture(
        self, body: CaseBody, chat: ChatLog | None
    ) -> tuple[QPixmap, tuple[object, ...], str] | None:
        """The picture of ``body`` (with what it was drawn for and its header's countdown
        line) if it is still what the body paints, else None (the swap then paints the live
        widgets, as before the picture existed)."""
        picture, state, why = self._picture, self._picture_state, self._picture_why
        self._drop_picture()
        if picture is None or body.chat.chat_log() is not chat:
            return None
        return (picture, state, why) if state == self._picture_key(body) else None

    def _cover_with(self, taken: tuple[QPixmap, tuple[object, ...], str], body: CaseBody) -> None:
        """The swap's frame: the picture above the new body, whose live widgets Qt then does
        not paint until the cover drops."""
        picture, state, why = taken
        header = body.header
        if header.why.text() != why:
            # the countdown worded its line anew as the header showed: that strip of the
            # picture is drawn again from the live header (the same paint code)
            with phases.phase("swap: the header drawn into the picture"):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                if state != self._picture_key(body):
                    return  # the header's layout moved: the live widgets paint
                area = header.geometry()
                p = QPainter(picture)
                try:
                    body.render(p, area.topLeft(), QRegion(area))
                finally:
                    p.end()
        table = body.chat.table
        if table.hasFocus():
            # the chat took the focus with the swap (a theme may ring a focused table):
            # its frame is drawn again from the live table, its rows stay the picture's
            with phases.phase("swap: the focus frame drawn into the picture"):
                frame = QRegion(table.rect())
                for child in table.findChildren(QWidget, options=_DIRECT):
                    if child.isVisible():
                        frame -= QRegion(child.geometry())
                at = table.mapTo(body, frame.boundingRect().topLeft())
                p = QPainter(picture)
                try:
                    table.render(p, at, frame, QWidget.RenderFlag.DrawWindowBackground)
                finally:
                    p.end()
        self.cover.show_picture(picture, body.geometry())

    def uncover(self) -> bool:
        """The live widgets of the case on screen show in place of its first frame's
        picture (the cover drops by itself after the frame or before input). True when a
        picture was up."""
        return self.cover.drop()

    @staticmethod
    def _match_chat_columns(shown: ChatView, hidden: ChatView) -> None:
        """Column widths as the moderator left them in the chat on screen."""
        src, dst = shown.table.horizontalHeader(), hidden.table.horizontalHeader()
        for col in range(max(0, src.count() - 1)):  # the last one stretches
            if dst.sectionSize(col) != src.sectionSize(col):
                dst.resizeSection(col, src.sectionSize(col))

    def set_chat(self, chat: ChatLog | None, message: str = "") -> None:
        """Show the chat log (it may arrive after the case); None shows ``message``."""
        self.cover.drop()
        self._body.set_chat(chat, message)

    def set_chat_actions(self, areas: Sequence[PolicyArea]) -> None:
        """Offer chat actions with these policy areas in the chat of every case shown."""
        for body in self._bodies:
            body.chat.set_chat_actions(areas)
        self._want_picture()

    def apply_live(self, detail: CaseDetail) -> int:
        """The followed stream changed (``detail``: the case merged with a follow answer,
        ``reviewer.follow.merge_update``). The header shows live or ended and the viewers at
        once; new snapshots join the strip and the timeline veiled by the same reveal policy
        as the others (no pixels until their veiled decode lands). Returns how many joined."""
        body = self._body
        if body.detail is None or detail.case_id != body.detail.case_id:
            return 0
        self.cover.drop()
        body.detail = detail
        body.header.update_stream(detail)
        # the merged detail only grows: what lies past the slots shown is new
        fresh = [
            SnapshotSlot.of(s, self._reveal_policy(s)) for s in detail.snapshots[len(body.slots) :]
        ]
        if not fresh:
            return 0
        body.slots.extend(fresh)
        self.decodes.add(fresh)
        body.strip.set_slots(body.slots, max(body.current, 0))
        cursor = body.timeline.cursor_ms()
        body.timeline.set_case(
            [(slot.snapshot.offset_seconds, slot.sensitive) for slot in body.slots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            duration_s(detail),
            body.chat.chat_log(),
        )
        body.timeline.set_cursor(cursor)
        if body.current < 0:
            self.show_snapshot(0)
        else:
            self._draw_current()  # "Snapshot 3 of 9": the count grew
        return len(fresh)

    def clear(self, message: str = "") -> None:
        """Hide the case (no case, paused, idle lock): nothing of the last case stays visible,
        and the case built ahead is dropped too."""
        self.cover.drop()
        self.decodes.forget()
        self._unprepare()
        self._prefetched = []
        self._coming_counts = {}
        self._announced = True
        self._body.clear_case()
        self._update_exposure()
        set_plain(self.empty, message or self.tr("No case on screen"))
        self._show_page(self.empty)

    def _show_page(self, page: QWidget) -> None:
        """Show a body or the empty page. Only the body on screen counts in the view's size
        (a stacked layout counts every page: a hidden case body would hold the window at a
        case screen's minimum while it says "No case")."""
        for body in self._bodies:
            want = QSizePolicy.Policy.Preferred if body is page else QSizePolicy.Policy.Ignored
            if body.sizePolicy().horizontalPolicy() != want:
                body.setSizePolicy(want, want)
        self._stack.setCurrentWidget(page)

    def set_reveal_policy(self, policy: RevealPolicy | None, *, apply_now: bool = False) -> None:
        """How each snapshot is shown before a hold: ``blur``, ``gray`` or ``color``.

        The wellbeing settings decide per policy area (the snapshot's labels carry policy
        codes); None restores the default (blur whatever is sensitive). The next case uses
        it (a case built ahead is built again); ``apply_now`` also re-plans the case on
        screen (:meth:`replan_reveal`).
        """
        self._reveal_policy = policy or default_reveal_mode
        if apply_now:
            self.replan_reveal()
        else:
            self._reprepare()

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
        count follows the new mode. The prefetched next cases are planned again too, and a
        case built ahead is built again. Returns the indices of the snapshots that changed.
        """
        self.cover.drop()
        body = self._body
        changed: list[int] = []
        if body.detail is not None:
            for i, slot in enumerate(body.slots):
                fresh = SnapshotSlot.of(slot.snapshot, self._reveal_policy(slot.snapshot))
                if (fresh.mode, fresh.clear_effect) == (slot.mode, slot.clear_effect):
                    continue
                slot.mode, slot.clear_effect = fresh.mode, fresh.clear_effect
                slot.thumb = slot.view = slot.clear = slot.view_hi = slot.clear_hi = None
                slot.error = ""
                changed.append(i)
        if changed:
            if body.current in changed:
                body.viewer.set_revealed(False)  # a hold started on the old veil ends here
            self.decodes.reload([body.slots[i] for i in changed])
            body.strip.update()
            if 0 <= body.current < len(body.slots):
                self._draw_current()
                if body.current in changed and body.viewer.zoom() > 1.0:
                    self._on_zoom(body.viewer.zoom())
            self._maybe_announce()
        on_screen = self.case_id()
        for detail, path in list(self._prefetched):
            if detail.case_id != on_screen:
                self.prefetch(detail, path)
        self._reprepare()
        return changed

    def exposed_labels(self) -> tuple[str, ...]:
        """Policy codes (or labels) of sensitive content whose clear pixels are on screen."""
        return self._exposed

    def _update_exposure(self, *_: object) -> None:
        viewer = self._body.viewer
        slot = viewer.slot()
        shown = slot is not None and slot.sensitive and not slot.error
        if shown and slot is not None and slot.mode == "blur":
            # a blurred snapshot exposes only while held; a grey one is seen as it is
            shown = viewer.showing_clear()
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
        hint = (
            arg(self.tr("Hold %1 or the mouse button to view"), key)
            if key
            else self.tr("Hold the mouse button to view")
        )
        for body in self._bodies:
            body.viewer.set_reveal_hint(hint)
        self._want_picture()

    def _release_text_focus(self) -> None:
        """A search box of the last case must not keep swallowing decision keys."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and is_text_entry(focus):
            self._body.chat.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def purge_images(self) -> None:
        """Forget every decoded snapshot (sign-out, idle lock): nothing stays in memory,
        the case built ahead included."""
        self.cover.drop()
        self._prefetched = []
        self._coming_counts = {}
        self._unprepare()
        for body in self._bodies:
            body.strip.forget_scaled()
        self.decodes.purge()

    def pixmap_cache_bytes(self) -> int:
        """Bytes of decoded snapshots held for the current and prefetched cases."""
        return self.decodes.pixmap_cache_bytes()

    def case_id(self) -> str | None:
        detail = self._body.detail
        return detail.case_id if detail else None

    def current_snapshot(self) -> int:
        return self._body.current

    def snapshot_slots(self) -> list[SnapshotSlot]:
        return list(self._body.slots)

    def show_snapshot(self, index: int, *, follow_chat: bool = True) -> None:
        """Select snapshot ``index`` in the viewer and the strip; the chat follows it."""
        body = self._body
        if not 0 <= index < len(body.slots):
            return
        self.cover.drop()
        changed = body.select(index, follow_chat=follow_chat)
        self._update_exposure()
        if changed:
            self.snapshotChanged.emit(index)

    def _draw_current(self) -> None:
        self._body.draw_current()
        self._update_exposure()

    def step_snapshot(self, step: int) -> None:
        body = self._body
        if body.slots:
            self.show_snapshot(max(0, min(len(body.slots) - 1, body.current + step)))

    def set_revealed(self, revealed: bool) -> None:
        """Show the current sensitive snapshot clear while a key or button is held."""
        self.cover.drop()
        self._body.viewer.set_revealed(revealed)

    def prepare_chat(self, detail: CaseDetail, chat: ChatLog) -> int:
        """Shape the chat rows the next case will open on (at its first snapshot's moment)
        and draw its timeline's still layer in the body on screen, so that a :meth:`set_case`
        of it that is not built ahead (see :meth:`prepare`) only draws them; returns the rows
        shaped."""
        body = self._body
        first = detail.snapshots[0] if detail.snapshots else None
        offset = int(first.offset_seconds * 1000) if first is not None else None
        body.timeline.prepare(
            [(s.offset_seconds, False) for s in detail.snapshots],
            [r.offset_seconds for r in detail.reports if r.offset_seconds is not None],
            duration_s(detail),
            chat,
        )
        return body.chat.table.prepare(chat, offset)

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
        if event.type() in _RESTYLE:
            # theme, text size, language: the live widgets paint, the picture is made again
            self.cover.drop()
            self._want_picture()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.cover.drop()
        if self._prepared is not None:
            self._want_picture(PICTURE_REST_MS)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.cover.drop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._prepared is not None and self._picture is None:
            self._want_picture()  # a case built ahead while the view was off screen

    # -- the bodies' signals (only the one on screen counts) ----------------------------

    def _on_reveal(self, body: CaseBody, revealed: bool) -> None:
        if body is self._body:
            self.revealChanged.emit(revealed)
            self._update_exposure()

    def _on_zoom_of(self, body: CaseBody, zoom: float) -> None:
        if body is self._body:
            self._on_zoom(zoom)

    def _on_pick(self, body: CaseBody, index: int) -> None:
        if body is self._body:
            self.show_snapshot(index)

    def _on_moment(self, body: CaseBody, offset_ms: int) -> None:
        if body is self._body:
            self.go_to_moment(offset_ms)

    def _on_message_of(self, body: CaseBody, offset_ms: int) -> None:
        if body is self._body:
            self._on_message_selected(offset_ms)

    def _on_chat_action(self, body: CaseBody, request: object) -> None:
        if body is self._body:
            self.chatActionRequested.emit(request)

    def _on_splitter_moved(self, body: CaseBody, _pos: int, _index: int) -> None:
        """The other body's splitter follows, so that a swap keeps where it was dragged."""
        for other in self._bodies:
            if other is not body:
                other.splitter.setSizes(body.splitter.sizes())
        self._want_picture(PICTURE_REST_MS)  # the hidden body's halves moved

    # -- internals ----------------------------------------------------------------------

    def _thumb_width(self) -> int:
        """Decode width of a thumbnail: the strip's largest cell (a strip of many snapshots
        draws it smaller). Not the current cell width: before the strip is laid out that is
        a few pixels, and the thumbnails would be decoded blurred."""
        return int(self._body.strip.thumb_width() * self.devicePixelRatioF())

    def _view_width(self) -> int:
        """Decode width for the large viewer: its width in device pixels, in 160 px steps.

        Decoding near the drawn size keeps the decode short and the paint free of scaling;
        the steps keep small resizes from re-decoding everything.
        """
        viewer = self._body.viewer
        width = max(viewer.width(), viewer.minimumSizeHint().width())
        px = int(width * self.devicePixelRatioF())
        return max(MIN_VIEW_DECODE_WIDTH, min(MAX_VIEW_DECODE_WIDTH, -(-px // 160) * 160))

    def _on_zoom(self, zoom: float) -> None:
        """Zooming in: decode the shown snapshot at full resolution (veiled as before)."""
        body = self._body
        if zoom <= 1.0 or not 0 <= body.current < len(body.slots):
            return
        self.decodes.zoom(body.slots[body.current])

    def _zoomed(self) -> None:
        self._body.viewer.update()

    def _prepare_thumb(self, sha256: str, thumb: QPixmap) -> None:
        """A prefetched thumbnail landed: scale it to its cell now, not in the swap (in
        both bodies: the case is shown in the hidden one if it is built ahead)."""
        count = self._coming_counts.get(sha256)
        if count is not None:
            for body in self._bodies:
                body.strip.prepare_thumb(thumb, count)

    def _refresh(self) -> None:
        body = self._body
        body.strip.update()
        if 0 <= body.current < len(body.slots):
            self._draw_current()
        self._maybe_announce()

    def _maybe_announce(self) -> None:
        detail = self._body.detail
        if self._announced or self.decodes.waiting() or detail is None:
            return
        self._announced = True
        if self.isVisible():
            # The new case's texts changed label sizes; their layouts run from posted events,
            # and one layout can post its parent's. Run them (and the chat table's pending
            # item layout) first so that this one repaint draws the final geometry;
            # otherwise the event loop moves widgets afterwards and paints the view twice.
            with phases.phase("layout"):
                self._body.chat.table.settle()
                for _ in range(LAYOUT_PASSES):
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            with phases.phase("repaint: Qt's own (widgets, style sheet)"):
                self.repaint()
        self.caseShown.emit(detail.case_id)

    def go_to_moment(self, offset_ms: int) -> None:
        """A moment of the stream (timeline click, a report's time): the chat goes there and
        selects the message, which in turn shows the nearest snapshot."""
        body = self._body
        log = body.chat.chat_log()
        if log is None or len(log) == 0:
            nearest = body.nearest_snapshot(offset_ms)
            if nearest >= 0:
                self.show_snapshot(nearest)
            return
        body.chat.scroll_to_log_index(int(log.nearest_index(offset_ms)), select=True)

    def _on_message_selected(self, offset_ms: int) -> None:
        """A chosen message shows the snapshot nearest to its moment."""
        body = self._body
        body.timeline.set_cursor(offset_ms)
        best = body.nearest_snapshot(offset_ms)
        if best >= 0 and best != body.current:
            self.show_snapshot(best, follow_chat=False)
