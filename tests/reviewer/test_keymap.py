"""Decision key remaps: refused with a reason, checked whole, re-checked on a new taxonomy."""

from __future__ import annotations

import pytest

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.client.taxonomy import TaxonomyApi
from reviewer.keymap import (
    apply_remap,
    area_keys,
    check_assignment,
    effective_keys,
    normalize_key,
    recheck,
    validate_remap,
)
from tests.reviewer.wellbeing_kit import ACTIONS, taxonomy


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("j", "J"),
        (" Shift+e ", "Shift+E"),
        ("shift+ctrl+k", "Ctrl+Shift+K"),
        ("Shift+1", "1"),
        ("ctrl+,", "Ctrl+,"),
        ("Ctrl++", "Ctrl++"),
        ("f1", "F1"),
        ("enter", "Return"),
        ("", None),
        ("ab", None),
        ("Ctrl+Ctrl+A", None),
        ("Hyper+A", None),
        ("Ctrl+", None),
    ],
)
def test_normalize_key(text: str, key: str | None) -> None:
    assert normalize_key(text) == key


def test_areas_keep_their_digits_and_an_area_without_a_key_gets_a_free_one() -> None:
    keys = area_keys(taxonomy())
    assert keys["violent_graphic"] == "3"
    assert keys["spam_scams"] == "2"  # 1, 3-6 are taken: the first free digit


def test_a_good_remap_is_accepted_and_applied() -> None:
    tax, check = apply_remap(taxonomy(), {"no_violation": "j", "escalate": "Shift+E"})
    assert check.ok
    assert check.accepted == {"no_violation": "J", "escalate": "Shift+E"}
    keys = {a.code: a.shortcut for a in tax.actions}
    assert keys["no_violation"] == "J"
    assert keys["escalate"] == "Shift+E"
    assert keys["warn_streamer"] == "w"


@pytest.mark.parametrize(
    ("remap", "reason"),
    [
        ({"no_violation": "w"}, "No violation: W is already Warn streamer"),
        ({"no_violation": "v"}, "No violation: V is kept for holding to reveal"),
        ({"no_violation": "K"}, "No violation: K is kept for skipping a case"),
        ({"no_violation": "F1"}, "No violation: F1 is kept for the shortcut sheet"),
        ({"no_violation": "ctrl+z"}, "No violation: Ctrl+Z is kept for undo"),
        ({"no_violation": "3"}, "No violation: 3 picks the policy area Violent and graphic"),
        ({"no_violation": "Shift+2"}, "No violation: 2 picks the policy area Spam and scams"),
        ({"no_violation": "jk"}, "No violation: 'jk' is not a single key"),
        ({"retract": "r"}, "Retract has no key of its own"),
    ],
)
def test_conflicting_remaps_are_refused_with_the_reason(remap: dict[str, str], reason: str) -> None:
    tax, check = apply_remap(taxonomy(), remap)
    assert not check.accepted
    assert len(check.refused) == 1
    assert check.refused[0].reason.startswith(reason)
    assert {a.code: a.shortcut for a in tax.actions}["no_violation"] == "n"  # unchanged


def test_two_remaps_on_one_key_keep_the_first() -> None:
    check = validate_remap(taxonomy(), {"no_violation": "j", "mute_chat": "J"})
    assert check.accepted == {"no_violation": "J"}
    assert check.reason_for("mute_chat") == "Mute chat: J is already No violation"


def test_swapping_two_keys_in_one_go_is_fine() -> None:
    check = validate_remap(taxonomy(), {"no_violation": "w", "warn_streamer": "n"})
    assert check.ok
    assert effective_keys(taxonomy(), check.accepted)["no_violation"] == "W"


def test_half_a_swap_refused_refuses_the_other_half() -> None:
    # warn_streamer -> V is refused, so it stays on W, and no_violation -> W clashes with it
    check = validate_remap(taxonomy(), {"no_violation": "w", "warn_streamer": "v"})
    assert check.accepted == {}
    assert {r.action for r in check.refused} == {"no_violation", "warn_streamer"}
    assert check.reason_for("no_violation") == "No violation: W is already Warn streamer"


def test_check_assignment_names_the_reason_or_none() -> None:
    saved = {"no_violation": "j"}
    assert check_assignment(taxonomy(), saved, "mute_chat", "j") == (
        "Mute chat: J is already No violation"
    )
    assert check_assignment(taxonomy(), saved, "mute_chat", "u") is None
    assert check_assignment(taxonomy(), saved, "no_violation", "u") is None  # replaces its own
    assert "not an action" in (check_assignment(taxonomy(), saved, "nope", "u") or "")


def test_a_new_taxonomy_drops_gone_actions_and_reports_new_conflicts() -> None:
    saved = {"no_violation": "j", "mute_chat": "u", "end_stream": "Shift+E"}
    assert validate_remap(taxonomy("2026.11"), saved).ok
    newer = (
        *[a for a in ACTIONS if a[0] != "mute_chat"],  # mute_chat is gone
        ("restrict_chat", "Restrict chat", "j"),  # and J is now a service key
    )
    check = recheck(taxonomy("2026.12", actions=newer), saved)
    assert check.dropped == ["mute_chat"]
    assert check.reason_for("no_violation") == "No violation: J is already Restrict chat"
    assert check.accepted == {"end_stream": "Shift+E"}
    messages = check.messages()
    assert any("mute_chat" in m and "gone" in m for m in messages)
    assert any("Restrict chat" in m for m in messages)


def test_a_published_version_that_takes_a_remapped_key_is_reported_at_the_next_refresh(
    live_service: LiveService,
) -> None:
    """The admin re-keys an action onto the key a moderator moved another action to: the
    desk's next policy read re-checks the saved remap and says so plainly."""
    desk = lead_session(live_service, "moderator1")
    admin = lead_session(live_service, "admin1")
    try:
        saved = {"mute_chat": "J"}
        assert recheck(desk.call(lambda api: api.policies()), saved).ok
        draft = admin.call(lambda api: TaxonomyApi(api).draft())
        actions = [
            a.model_copy(update={"shortcut": "j"}) if a.code == "warn_streamer" else a
            for a in draft.taxonomy.actions
        ]
        edit = contract.TaxonomyEdit(
            actions=actions,
            areas=draft.taxonomy.areas,
            skip_reasons=draft.taxonomy.skip_reasons,
            escalation_reasons=draft.taxonomy.escalation_reasons,
            flagged_terms=draft.taxonomy.flagged_terms,
        )
        admin.call(lambda api: TaxonomyApi(api).save(draft.version, edit))
        admin.call(lambda api: TaxonomyApi(api).publish(draft.version))
        check = recheck(desk.call(lambda api: api.policies()), saved)
        assert not check.ok
        [refusal] = check.refused
        assert refusal.action == "mute_chat"
        assert refusal.kind == "taken"
        assert "Warn streamer" in refusal.reason
    finally:
        desk.close()
        admin.close()
