"""A small taxonomy like the reference service's, for the wellbeing and keymap tests."""

from __future__ import annotations

from datetime import UTC, datetime

from reviewer import contract

ACTIONS = (
    ("no_violation", "No violation", "n"),
    ("warn_streamer", "Warn streamer", "w"),
    ("mute_chat", "Mute chat", "m"),
    ("end_stream", "End stream", "e"),
    ("suspend_account", "Suspend account", "s"),
    ("ban_account", "Ban account", "b"),
    ("escalate", "Escalate", "x"),
    ("retract", "Retract", ""),
)
AREAS = (
    ("harassment_bullying", "Harassment and bullying", "1"),
    ("violent_graphic", "Violent and graphic content", "3"),
    ("sexual_nudity", "Sexual content and nudity", "4"),
    ("minor_safety", "Minor safety", "5"),
    ("dangerous_acts", "Dangerous acts and challenges", "6"),
    ("spam_scams", "Spam and scams", ""),
)


def taxonomy(
    version: str = "2026.11",
    *,
    actions: tuple[tuple[str, str, str], ...] = ACTIONS,
    reveal: dict[str, str] | None = None,
) -> contract.PolicyTaxonomy:
    reveal = reveal or {}
    return contract.PolicyTaxonomy(
        version=version,
        published_at=datetime(2026, 11, 1, tzinfo=UTC),
        actions=[contract.ActionDef(code=c, label=lab, shortcut=k) for c, lab, k in actions],
        areas=[
            contract.PolicyArea(code=c, label=lab, shortcut=k, media_reveal=reveal.get(c, ""))
            for c, lab, k in AREAS
        ],
    )


def snapshot(*labels: tuple[str, float, str]) -> contract.Snapshot:
    """A snapshot with (label, score, policy code) classifier labels."""
    return contract.Snapshot(
        sha256="0" * 64,
        offset_seconds=12.0,
        captured_at=datetime(2026, 11, 1, tzinfo=UTC),
        width=1280,
        height=720,
        size_bytes=1000,
        labels=[contract.SensitivityLabel(label=n, score=s, policy_code=c) for n, s, c in labels],
    )
