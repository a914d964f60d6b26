"""The case screen in the pseudo-locale: every word of ours marked, nothing cut.

The header, the snapshot strip and viewer, the timeline, the chat pane, the report and
prior-enforcement sections and the policy panel, with a synthetic case on screen, as the
desk and calibration show them (:class:`ui.case.review_pane.ReviewPane`). What the service
or a viewer wrote (titles, names, chat, policy labels) is data and stays as it came.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from devkit.cases import synth_case, taxonomy
from tests.ui.i18n_kit import assert_translated
from ui.case.review_pane import ReviewPane


def test_the_case_screen_is_translated_and_nothing_is_cut(
    qtbot: QtBot, tmp_path: Path, pseudo_locale: str
) -> None:
    pane = ReviewPane(object_name="reviewPage")
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.panel.set_taxonomy(taxonomy())
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.case_view
    assert_translated(pane)  # no case yet: "No case on screen"
    bundle = synth_case(tmp_path, index=4)
    with qtbot.waitSignal(view.caseShown, timeout=20_000):
        view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
    pane.panel.request_action("ban_account")  # an inline message: what the action needs
    assert view.header.viewers.text().startswith("⟦")
    assert_translated(pane)
