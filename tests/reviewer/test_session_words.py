"""What the window says while signing out and about decisions left on this machine."""

from __future__ import annotations

from reviewer.session import left_behind_text, signing_out_text


def test_signing_out_counts_the_decisions_still_going_out() -> None:
    assert signing_out_text(0) == "Signing out: releasing cases…"
    assert signing_out_text(1) == "Signing out: sending 1 decision, releasing cases…"
    assert signing_out_text(3) == "Signing out: sending 3 decisions, releasing cases…"


def test_left_behind_says_nothing_when_all_went_out() -> None:
    assert left_behind_text(0, gave_up=True) == ""
    assert left_behind_text(1, gave_up=False) == (
        " 1 decision stays on this machine and go to the service after your next sign-in."
    )
    assert left_behind_text(2, gave_up=True).startswith(
        " The case service did not answer in time: 2 decisions stay on this machine"
    )
