"""Staged reveal levels, exposure minutes, break reminders and the idle rule (no display)."""

from __future__ import annotations

from reviewer.settings import Settings
from reviewer.wellbeing import (
    BUILTIN_DEFAULTS,
    LEVELS,
    UNCATEGORISED,
    ExposureTracker,
    IdleTimer,
    RevealPolicy,
    ViewMode,
    sensitive_categories,
    stricter,
    team_defaults,
)
from tests.reviewer.wellbeing_kit import snapshot, taxonomy


def test_levels_run_from_most_to_least_protective() -> None:
    assert LEVELS == ("blurred", "hold_to_reveal", "grayscale", "colour")
    assert stricter("colour", "grayscale") == "grayscale"
    assert stricter("blurred", "hold_to_reveal") == "blurred"


def test_built_in_team_defaults_without_a_taxonomy_value() -> None:
    team = team_defaults(taxonomy())
    assert team["violent_graphic"] == "blurred"
    assert team["minor_safety"] == "blurred"
    assert team["sexual_nudity"] == "hold_to_reveal"
    assert team["dangerous_acts"] == "grayscale"
    assert team["harassment_bullying"] == "colour"
    assert team["spam_scams"] == "colour"
    assert team_defaults(None) == BUILTIN_DEFAULTS


def test_the_taxonomy_sets_the_team_default_and_unknown_values_are_ignored() -> None:
    tax = taxonomy(reveal={"dangerous_acts": "blurred", "violent_graphic": "sepia"})
    team = team_defaults(tax)
    assert team["dangerous_acts"] == "blurred"
    assert team["violent_graphic"] == "blurred"  # "sepia" from a newer service: built-in


def test_personal_choice_wins_over_the_team_default() -> None:
    settings = Settings(
        media_reveal="grayscale",
        media_reveal_areas={"violent_graphic": "grayscale", "harassment_bullying": "blurred"},
    )
    policy = RevealPolicy.build(taxonomy(), settings.media_reveal_areas, settings.media_reveal)
    assert policy.level("violent_graphic") == "grayscale"
    assert policy.team_level("violent_graphic") == "blurred"
    assert policy.level("harassment_bullying") == "blurred"
    assert policy.level("minor_safety") == "blurred"
    assert policy.level("") == "grayscale"  # sensitive without an area: the personal level


def test_a_hand_edited_level_cannot_turn_a_veil_off() -> None:
    policy = RevealPolicy.build(taxonomy(), {"violent_graphic": "off"}, "none")
    assert policy.level("violent_graphic") == "blurred"
    assert policy.level("") == "blurred"


def test_snapshot_takes_the_strictest_level_of_its_sensitive_labels() -> None:
    policy = RevealPolicy.build(taxonomy(), {}, "blurred")
    calm = snapshot(("gore", 0.2, "violent_graphic"))
    assert policy.snapshot_level(calm) is None
    assert policy.view_mode(calm) == ViewMode("color", "color")
    stunt = snapshot(("stunt", 0.8, "dangerous_acts"))
    assert policy.snapshot_level(stunt) == "grayscale"
    assert policy.view_mode(stunt) == ViewMode("gray", "color")
    both = snapshot(("stunt", 0.8, "dangerous_acts"), ("gore", 0.6, "violent_graphic"))
    assert policy.snapshot_level(both) == "blurred"
    assert policy.view_mode(both) == ViewMode("blur", "gray")
    nude = snapshot(("nudity", 0.9, "sexual_nudity"))
    assert policy.view_mode(nude) == ViewMode("blur", "color")
    loose = snapshot(("odd", 0.9, ""))
    assert policy.snapshot_level(loose) == "blurred"
    assert sensitive_categories(loose) == (UNCATEGORISED,)
    assert not policy.view_mode(snapshot(("spam", 0.9, "spam_scams"))).veiled


def test_exposure_counts_only_while_sensitive_content_is_on_screen() -> None:
    t = ExposureTracker(break_after_minutes=10)
    t.show(("violent_graphic",), now=100.0)
    t.show((), now=160.0)  # blurred again: a minute of exposure
    t.show((), now=500.0)  # nothing sensitive on screen: not counted
    t.show(("violent_graphic", "minor_safety"), now=600.0)
    assert t.seconds(now=630.0) == {"violent_graphic": 90.0, "minor_safety": 30.0}
    assert t.total_seconds(now=630.0) == 90.0  # one snapshot, two labels: counted once
    t.stop(now=700.0)
    assert t.minutes(now=10_000.0) == {"violent_graphic": 2, "minor_safety": 1}
    assert t.total_seconds(now=10_000.0) == 160.0


def test_break_reminder_is_due_after_the_configured_minutes_and_restarts() -> None:
    t = ExposureTracker(break_after_minutes=5)
    t.show(("sexual_nudity",), now=0.0)
    assert not t.break_due(now=299.0)
    assert t.break_due(now=300.0)
    t.took_break(now=300.0)
    assert not t.break_due(now=310.0)
    t.stop(now=320.0)
    assert not t.break_due(now=5000.0)  # time with nothing on screen does not count
    t.show(("sexual_nudity",), now=6000.0)
    assert t.break_due(now=6280.0)
    t.set_break_after(0)  # 0: never remind
    assert not t.break_due(now=9000.0)


def test_idle_timer() -> None:
    idle = IdleTimer(300, now=0.0)
    assert not idle.is_idle(299.0)
    assert idle.seconds_left(200.0) == 100.0
    idle.activity(250.0)
    assert not idle.is_idle(549.0)
    assert idle.is_idle(550.0)
    idle.activity(100.0)  # a late event cannot move the last activity back
    assert idle.is_idle(550.0)
    idle.set_idle_after(60, now=600.0)
    assert idle.is_idle(660.0)
    assert not idle.is_idle(659.0)
