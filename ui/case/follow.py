"""A followed live stream on the case screen: one follow answer applied to the case view.

The follow thread (``ui.desk.follow_thread``) brings a :class:`reviewer.follow.FollowBatch`
to the GUI thread; :func:`apply_batch` merges it into the case (``reviewer.follow``) and
hands the parts to the view's public hooks: the header and the new snapshots
(:meth:`ui.case.screen.CaseView.apply_live`, veiled like the others), the new messages
(:meth:`ui.case.chat_pane.ChatView.append_live`, the reader's place unchanged) and the
timeline's chat density (:meth:`ui.case.timeline.Timeline.chat_grew`, only the new
messages counted).
:func:`refusal_text` words why the desk refuses an action the stream no longer allows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.follow import FollowBatch, merge_update
from ui.case import phases
from ui.common.i18n import translate

if TYPE_CHECKING:
    from reviewer.contract import CaseDetail
    from ui.case.screen import CaseView


def apply_batch(view: CaseView, detail: CaseDetail, batch: FollowBatch) -> CaseDetail:
    """Show ``batch`` on ``view`` (which shows ``detail``); returns the merged detail.

    New chat joins the log on screen, and the timeline's density counts it; while the log is
    still loading the chat pane holds it and joins it, in order and once, when the log
    arrives (:meth:`ui.case.chat_pane.ChatView.append_live`)."""
    merged = merge_update(detail, batch.update)
    if merged is detail:
        return detail
    with phases.phase("follow: header and snapshots"):
        view.apply_live(merged)
    if batch.chat is not None:
        with phases.phase("follow: chat rows"):
            joined = view.chat.append_live(batch.chat)
        if joined:
            with phases.phase("follow: density"):
                view.timeline.chat_grew()  # the density strip counts just the new messages
    return merged


def refusal_text(code: str) -> str:
    """The reason the desk gives for a refused action (``reviewer.follow.refusal``)."""
    if code == "stream-ended":
        return translate(
            "Following",
            "The stream has already ended, so it cannot be ended. Nothing was recorded:"
            " choose another action.",
        )
    return translate("Following", "This action no longer applies to this case.")
