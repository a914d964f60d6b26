"""Why a case is here, in one line: "LIVE · 48k viewers · 12 reports in 5 min · due in 3 min".

One formatter (:class:`LiveLine`) for the case header, the queue page and anything else that
words a case's urgency. It takes counts and durations (a :class:`LiveContext`), never a
sentence from the service; every piece is translated with its own plural form, numbers are
compact by locale (``formats.compact``), and the pieces are a list joined by a translated
separator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject

from reviewer.contract import CaseDetail, PriorityWhy
from ui.common import formats
from ui.common.i18n import arg


@dataclass(frozen=True)
class LiveContext:
    """What the line says about one case, as of the detail (and lease) the desk holds.

    ``reports_5min`` is None when the lease did not say; ``reopened``: the case reopens a
    stream decided "no violation"."""

    live: bool
    viewers: int
    deadline: datetime | None = None
    reports_5min: int | None = None
    reopened: bool = False

    @classmethod
    def of(cls, detail: CaseDetail, why: PriorityWhy | None = None) -> LiveContext:
        return cls(
            live=detail.stream.is_live,
            viewers=detail.stream.viewer_count,
            deadline=detail.deadline,
            reports_5min=None if why is None else why.reports_5min,
            reopened=detail.reopened_from is not None,
        )


class LiveLine(QObject):
    """The formatter (a QObject for ``tr``; nothing derives from it, nothing shows it)."""

    def countdown(self, seconds: float) -> str:
        """Time left as a countdown: seconds under a minute, then minutes."""
        s = max(0, int(seconds))
        if s < 60:
            return self.tr("%Ln s", "seconds left, short", s)
        return formats.duration(s)

    def due(self, deadline: datetime, now: datetime) -> str:
        """ "due in 3 min", or "overdue by 2 min" once the deadline has passed."""
        left = (deadline - now).total_seconds()
        if left >= 0:
            return arg(self.tr("due in %1", "the case's SLA deadline"), self.countdown(left))
        return arg(self.tr("overdue by %1", "past the SLA deadline"), self.countdown(-left))

    def line(self, ctx: LiveContext, now: datetime) -> str:
        """The pieces in order: live or ended, viewers, report velocity, reopened, due."""
        pieces = [
            self.tr("LIVE", "the stream is live now")
            if ctx.live
            else self.tr("ended", "the stream has ended"),
            arg(
                self.tr("%1 viewer(s)", "a compact count, e.g. 48k", ctx.viewers),
                formats.compact(ctx.viewers),
            ),
        ]
        if ctx.reports_5min:
            pieces.append(
                arg(
                    self.tr("%1 report(s) in 5 min", "velocity, a compact count", ctx.reports_5min),
                    formats.compact(ctx.reports_5min),
                )
            )
        if ctx.reopened:
            pieces.append(self.tr("reopened after “no violation”", "new reports came in"))
        if ctx.deadline is not None:
            pieces.append(self.due(ctx.deadline, now))
        return self.tr(" · ", "between the pieces of the line").join(pieces)
