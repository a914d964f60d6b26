"""The case's words: the stream header, why it was reported and what was done before.

The header (title, viewers, live or ended, why the case is here with its deadline counting
down, the streamer, the stream's details and an escalation note) sits above the evidence;
the two sections (reports, prior enforcement) sit under the snapshots. Every text here is
untrusted and plain (``ui.common.text``); the texts that change with every case offer Copy
on right-click.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reviewer.contract import CaseDetail, PriorityWhy
from reviewer.formatting import one_line
from ui.case import phases
from ui.case.account_labels import LabelsLine
from ui.common import formats, theme, words
from ui.common.countdown import Countdown
from ui.common.elide import ElidedLabel
from ui.common.i18n import arg, mark_untranslated, translate
from ui.common.live_line import LiveContext, LiveLine
from ui.common.text import isolate, plain_label, set_plain

MAX_REPORTS_SHOWN = 4
MAX_PRIOR_SHOWN = 3


def _reason(code: str) -> str:
    """Report reasons arrive as codes (``spam_scams``): read them as words, translated
    where the desk knows the code."""
    return isolate(words.reason_name(one_line(code)))


def _short(text: str, limit: int = 160) -> str:
    """One line, capped: a 4,000-character report text must not push the evidence away."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def account_age(created: datetime, now: datetime) -> str:
    """'3 days', '5 months', '2 years 3 months': coarse, because it is a risk signal."""
    days = max(0, (now - created).days)
    if days < 1:
        return translate("CaseHeader", "under a day", "account age")
    if days < 60:
        return translate("CaseHeader", "%Ln day(s)", "account age", days)
    months = days * 12 // 365
    if months < 24:
        return translate("CaseHeader", "%Ln month(s)", "account age", months)
    years, rem = divmod(months, 12)
    if not rem:
        return translate("CaseHeader", "%Ln year(s)", "account age", years)
    return arg(
        translate("CaseHeader", "%1 %2", "account age: years, then months"),
        translate("CaseHeader", "%Ln year(s)", "account age", years),
        translate("CaseHeader", "%Ln month(s)", "account age", rem),
    )


class HeaderLine(ElidedLabel):
    """A header line: elided where its room ends, its painting timed for the bench."""

    @phases.timed("paint: header texts")
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)


class CaseHeader(QFrame):
    """What stream, whose, how big, live or ended, and why it was escalated.

    ``set_case(detail)`` fills it; ``clear()`` empties it. LIVE stays red when the theme
    changes at run time.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.title = HeaderLine(parent=self, object_name="streamTitle")
        self.title.setAccessibleName(self.tr("Stream title"))
        mark_untranslated(self.title)  # the streamer's own words
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(f)
        self.live = plain_label("", self, object_name="liveState")
        self.live.setAccessibleName(self.tr("Live or ended"))
        self.live.installEventFilter(self)
        self.viewers = plain_label("", self, object_name="viewerCount")
        self.viewers.setAccessibleName(self.tr("Viewers"))
        self.streamer = HeaderLine(parent=self, object_name="streamerLine")
        self.streamer.setAccessibleName(self.tr("Streamer"))
        self.meta = HeaderLine(parent=self, object_name="streamMeta")
        self.meta.setAccessibleName(self.tr("Stream details"))
        self.meta.setProperty("role", "muted")
        self.why = HeaderLine(parent=self, object_name="whyLine", copyable=False)
        self.why.setAccessibleName(self.tr("Why this case is here"))
        self._live: LiveContext | None = None
        self._why: PriorityWhy | None = None
        self._meta_key: tuple[object, ...] | None = None
        self._meta_words: tuple[str, str, str, str] = ("", "", "", "")
        self._words = LiveLine(self)
        # following the live stream failed (offline, service down): a quiet mark
        self.not_following = plain_label("", self, object_name="notFollowing")
        self.not_following.setProperty("role", "muted")
        self.not_following.setAccessibleName(self.tr("Following the stream"))
        self.not_following.setVisible(False)
        # once a second while a case with a deadline is on screen: the countdown
        self.countdown = Countdown(
            self, self.tick, lambda: self._live is not None and self._live.deadline is not None
        )
        self.escalation = plain_label("", self, object_name="escalationNote", copyable=True)
        self.escalation.setAccessibleName(self.tr("Escalation"))
        self.escalation.setWordWrap(True)
        self.escalation.setVisible(False)
        self.labels = LabelsLine(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.viewers)
        top.addSpacing(self.fontMetrics().height())
        top.addWidget(self.not_following)
        top.addWidget(self.live)
        self.setObjectName("caseHeader")
        self.setAccessibleName(self.tr("Stream header"))
        hl = QVBoxLayout(self)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(2)
        hl.addLayout(top)
        hl.addWidget(self.why)
        hl.addWidget(self.streamer)
        hl.addWidget(self.labels)
        hl.addWidget(self.meta)
        hl.addWidget(self.escalation)

    def set_case(self, d: CaseDetail, why: PriorityWhy | None = None) -> None:
        """Show the header of ``d``; ``why``: the lease's priority (report velocity)."""
        s, st = d.stream, d.streamer
        self._why = why
        self.set_following(True)
        set_plain(self.title, one_line(s.title) or self.tr("(untitled stream)"))
        self._stream_state(d)
        age = account_age(st.account_created_at, self._now())
        followers = self.tr("%1 follower(s)", "a compact count, e.g. 48k", st.followers)
        handle = "@" + isolate(one_line(st.handle))
        name = isolate(one_line(st.display_name))
        streamer = (
            self.tr("%1 · %2 · verified · account %3 old · %4")
            if st.verified
            else self.tr("%1 · %2 · account %3 old · %4")
        )
        set_plain(
            self.streamer,
            arg(streamer, handle, name, age, arg(followers, formats.compact(st.followers))),
        )
        self._meta(d)
        if d.escalation_reason or d.escalation_note:
            reason = isolate(words.escalation_reason_name(one_line(d.escalation_reason or "")))
            note = isolate(_short(d.escalation_note or "", 400))
            if d.escalation_reason and d.escalation_note:
                text = arg(self.tr("Escalated: %1 — %2"), reason, note)
            elif d.escalation_reason:
                text = arg(self.tr("Escalated: %1"), reason)
            else:
                text = arg(self.tr("Escalated — %1"), note)
            set_plain(self.escalation, text)
            self.escalation.setVisible(True)
        else:
            self.escalation.setVisible(False)
        self.labels.set_labels(d.account_labels)
        self.set_live(LiveContext.of(d, why))

    def update_stream(self, d: CaseDetail) -> None:
        """The followed stream changed (viewers, live or ended): show it at once, keeping
        the lease's priority; the chat's length in the details line."""
        self._stream_state(d)
        self._meta(d)
        self.set_live(LiveContext.of(d, self._why))

    def set_priority(self, why: PriorityWhy | None) -> None:
        """The lease's priority for the case on screen (report velocity in the line)."""
        self._why = why
        if self._live is not None:
            self.set_live(
                replace(self._live, reports_5min=None if why is None else why.reports_5min)
            )

    def set_following(self, following: bool) -> None:
        """False: following the live stream failed; a quiet "not following" mark shows
        (the case stays as it was)."""
        if following:
            self.not_following.setVisible(False)
            return
        set_plain(self.not_following, self.tr("not following", "the live stream, offline"))
        self.not_following.setToolTip(
            self.tr("The desk cannot reach the case service; it keeps trying by itself.")
        )
        self.not_following.setVisible(True)

    def is_following(self) -> bool:
        """False while the "not following" mark shows."""
        return not self.not_following.isVisibleTo(self)

    def _meta(self, d: CaseDetail) -> None:
        s = d.stream
        # the stream's fixed words are worded once per case (and language): a followed
        # stream's news changes only the chat's length in this line
        key = (s.category, s.region, s.language, s.started_at, QLocale().name())
        if key != self._meta_key:
            self._meta_key = key
            self._meta_words = (
                isolate(words.category_name(one_line(s.category))),
                isolate(one_line(s.region)),
                isolate(one_line(s.language)),
                formats.time_of_day(s.started_at),
            )
        category, region, language, started = self._meta_words
        set_plain(
            self.meta,
            arg(
                self.tr("%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7"),
                category,
                region,
                language,
                started,
                self.tr("%Ln chat message(s)", "", d.chat_count),
                d.case_id,
                d.queue,
            ),
        )

    def _stream_state(self, d: CaseDetail) -> None:
        s = d.stream
        if s.is_live:
            set_plain(self.live, self.tr("● LIVE"))
            self.live.setProperty("state", "live")
        elif s.ended_at:
            set_plain(self.live, arg(self.tr("Ended %1"), formats.time_of_day(s.ended_at)))
            self.live.setProperty("state", "ended")
        else:
            set_plain(self.live, self.tr("Ended"))
            self.live.setProperty("state", "ended")
        self._colour_live_state()
        set_plain(self.viewers, self.tr("%Ln viewer(s)", "", s.viewer_count))

    def set_live(self, context: LiveContext | None) -> None:
        """Show why the case is here (``context``: live, viewers, velocity, deadline) and
        count its deadline down while the header is on screen."""
        self._live = context
        self.tick()
        self.countdown.refresh()

    def tick(self) -> None:
        """Word the line again as of now (the countdown's timer calls it every second)."""
        set_plain(self.why, "" if self._live is None else self._words.line(self._live, self._now()))

    def clear(self) -> None:
        """Nothing of the last case stays in the header's texts."""
        self._live = None
        self._why = None
        self.not_following.setVisible(False)
        self.countdown.refresh()
        self.labels.set_labels(())
        for w in (self.title, self.live, self.viewers, self.why, self.streamer, self.meta):
            set_plain(w, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.live and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            # a theme switched at run time re-polishes every widget: keep LIVE red
            self._colour_live_state()
        return False

    def _colour_live_state(self) -> None:
        live = self.live.property("state") == "live"
        red = theme.drawn("live")  # the theme's own red: readable on its window colour
        want = red if live else self.palette().color(QPalette.ColorRole.WindowText)
        if self.live.palette().color(QPalette.ColorRole.WindowText) == want:
            return  # also ends the PaletteChange that setPalette itself sends
        pal = self.palette()
        if live:
            pal.setColor(QPalette.ColorRole.WindowText, red)
        self.live.setPalette(pal)


class Section(QFrame):
    """A titled block of plain-text lines (reports, prior enforcement).

    A line may carry a moment of the stream (ms): a click on it (not a text selection)
    emits ``momentClicked`` so the timeline, chat and snapshot go there.
    """

    momentClicked = Signal(int)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        self.title = plain_label(title, self, object_name="sectionTitle")
        f = self.title.font()
        f.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(f)
        self._lines = QVBoxLayout()
        self._lines.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self._lines)
        self._pool: list[QLabel] = []
        self.labels: list[QLabel] = []

    def set_lines(
        self, lines: Sequence[tuple[str, str]], moments: Sequence[int | None] = ()
    ) -> None:
        """Each line is (object name, untrusted text); ``moments`` optionally gives each
        line's moment in ms. Labels are reused across cases."""
        while len(self._pool) < len(lines):
            label = plain_label("", self, copyable=True)
            label.setWordWrap(True)
            label.installEventFilter(self)
            self._lines.addWidget(label)
            self._pool.append(label)
        for n, (label, (name, text)) in enumerate(zip(self._pool, lines, strict=False)):
            if label.objectName() != name:
                label.setObjectName(name)
            set_plain(label, text)
            label.setAccessibleName(text[:200])
            moment = moments[n] if n < len(moments) else None
            label.setProperty("momentMs", -1 if moment is None else int(moment))
            label.setCursor(
                Qt.CursorShape.PointingHandCursor
                if moment is not None
                else Qt.CursorShape.ArrowCursor
            )
            label.setVisible(True)
        for label in self._pool[len(lines) :]:
            if label.isVisibleTo(self):
                label.setVisible(False)
            set_plain(label, "")
        self.labels = self._pool[: len(lines)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QLabel)
            and not watched.hasSelectedText()
        ):
            moment = watched.property("momentMs")
            if isinstance(moment, int) and moment >= 0:
                self.momentClicked.emit(moment)
        return False


class ReportsSection(Section):
    """Why the case is here: the user reports, most reported first, each at its moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReportsSection", "Reports"), "reportsSection", parent)

    def set_case(self, d: CaseDetail) -> None:
        """Show the reports of ``d`` (a click on a timed one emits ``momentClicked``)."""
        reports = sorted(d.reports, key=lambda r: -r.count)
        total = sum(r.count for r in reports)
        set_plain(
            self.title,
            arg(self.tr("Reports (%1)"), formats.number(total)) if reports else self.tr("Reports"),
        )
        lines: list[tuple[str, str]] = []
        moments: list[int | None] = []
        for r in reports[:MAX_REPORTS_SHOWN]:
            first = formats.time_of_day(r.first_reported_at)
            last = formats.time_of_day(r.last_reported_at)
            count = formats.number(r.count)
            if r.offset_seconds is not None:
                at = formats.offset(int(r.offset_seconds * 1000))
                text = arg(
                    self.tr("%1 ×%2 · %3–%4 · at %5"), _reason(r.reason), count, first, last, at
                )
            else:
                text = arg(self.tr("%1 ×%2 · %3–%4"), _reason(r.reason), count, first, last)
            if r.description:
                text = arg(self.tr("%1 — “%2”"), text, isolate(_short(r.description)))
            lines.append(("reportLine", text))
            moments.append(int(r.offset_seconds * 1000) if r.offset_seconds is not None else None)
        if len(reports) > MAX_REPORTS_SHOWN:
            rest = reports[MAX_REPORTS_SHOWN:]
            each = self.tr("%1 ×%2")
            names = self.tr(", ", "between the reasons of a list")
            listed = names.join(arg(each, _reason(r.reason), formats.number(r.count)) for r in rest)
            lines.append(("moreLine", arg(self.tr("+%Ln more: %1", "", len(rest)), listed)))
        if not reports:
            lines.append(("emptyLine", self.tr("No user reports (proactive detection)")))
        self.set_lines(lines, moments)


class PriorSection(Section):
    """What was done to the account before, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PriorSection", "Prior enforcement"), "priorSection", parent)

    def set_case(self, d: CaseDetail) -> None:
        """Show the prior enforcement of ``d``."""
        prior = sorted(d.prior_enforcement, key=lambda p: p.decided_at, reverse=True)
        plines: list[tuple[str, str]] = []
        for p in prior[:MAX_PRIOR_SHOWN]:
            when, action, code = (
                formats.date(p.decided_at),
                isolate(words.action_name(p.action)),
                isolate(words.reason_name(p.policy_code)),
            )
            if p.note:
                note = isolate(_short(p.note, 120))
                text = arg(self.tr("%1 · %2 · %3 — %4"), when, action, code, note)
            else:
                text = arg(self.tr("%1 · %2 · %3"), when, action, code)
            plines.append(("priorLine", text))
        if len(prior) > MAX_PRIOR_SHOWN:
            more = len(prior) - MAX_PRIOR_SHOWN
            plines.append(("moreLine", self.tr("+%Ln earlier", "", more)))
        if not prior:
            plines.append(("emptyLine", self.tr("None on record")))
        set_plain(
            self.title,
            arg(self.tr("Prior enforcement (%1)"), formats.number(len(prior)))
            if prior
            else self.tr("Prior enforcement"),
        )
        self.set_lines(plines)
