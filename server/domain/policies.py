"""The policy taxonomy served by ``GET /v1/policies``: actions, areas and reasons.

Kept as data in one place so the decision rules (requires_policy, requires_note)
that the service enforces are the same ones the client shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from reviewer import contract

POLICY_VERSION = "2026.11.1"
PUBLISHED_AT = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class ActionSpec:
    code: str
    label: str
    shortcut: str
    description: str
    requires_policy: bool = False
    requires_note: bool = False
    severity: int = 0


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("no_violation", "No violation", "n", "Nothing breaks policy; close the case."),
    ActionSpec(
        "warn_streamer",
        "Warn streamer",
        "w",
        "Send the streamer a policy warning.",
        requires_policy=True,
        severity=1,
    ),
    ActionSpec(
        "mute_chat",
        "Mute chat",
        "m",
        "Put the stream's chat in muted mode.",
        requires_policy=True,
        severity=1,
    ),
    ActionSpec(
        "end_stream",
        "End stream",
        "e",
        "Stop the live stream now.",
        requires_policy=True,
        severity=2,
    ),
    ActionSpec(
        "suspend_account",
        "Suspend account",
        "s",
        "Temporary suspension.",
        requires_policy=True,
        severity=3,
    ),
    ActionSpec(
        "ban_account",
        "Ban account",
        "b",
        "Permanent ban; explain why in the note.",
        requires_policy=True,
        requires_note=True,
        severity=4,
    ),
    ActionSpec(
        "age_restrict",
        "Age-restrict",
        "a",
        "Limit the stream to adult viewers.",
        requires_policy=True,
        severity=1,
    ),
    ActionSpec(
        "escalate",
        "Escalate",
        "x",
        "Send to the escalation queue with a note for a lead.",
        requires_note=True,
    ),
    ActionSpec("retract", "Retract", "", "Undo an earlier decision (names it in supersedes)."),
)

AREAS: tuple[tuple[str, str, str, str], ...] = (
    ("harassment_bullying", "Harassment and bullying", "Targeted abuse, threats, raids.", "1"),
    ("hateful_behavior", "Hateful behavior", "Attacks on protected characteristics.", "2"),
    ("violent_graphic", "Violent and graphic content", "Gore, real-world violence.", "3"),
    ("sexual_nudity", "Sexual content and nudity", "Sexual acts, nudity, solicitation.", "4"),
    ("minor_safety", "Minor safety", "Anything that endangers minors.", "5"),
    ("dangerous_acts", "Dangerous acts and challenges", "Stunts and challenges that hurt.", "6"),
    ("illegal_goods", "Illegal goods and activities", "Drugs, weapons, regulated goods.", "7"),
    ("spam_scams", "Spam and scams", "Fraud, phishing, fake giveaways, spam.", "8"),
    ("intellectual_property", "Intellectual property", "Restreamed or pirated content.", "9"),
    (
        "integrity_authenticity",
        "Integrity and authenticity",
        "Impersonation, fake views.",
        "0",
    ),
)

SKIP_REASONS: tuple[tuple[str, str], ...] = (
    ("conflict_of_interest", "Conflict of interest"),
    ("language", "Language I cannot review"),
    ("wellness", "Wellness break from this content"),
    ("technical", "Media or chat did not load"),
    ("other", "Other"),
)

ESCALATION_REASONS: tuple[tuple[str, str], ...] = (
    ("credible_threat", "Credible threat of harm"),
    ("minor_safety_specialist", "Minor safety specialist needed"),
    ("policy_gap", "Policy unclear or missing"),
    ("legal_request", "Legal or law-enforcement request"),
    ("high_profile", "High-profile account"),
    ("other", "Other"),
)

#: how much harm a reported area signals, 1 (least) to 4: the priority's severity term is the
#: highest over a case's report reasons (server.domain.priority)
AREA_SEVERITY: dict[str, int] = {
    "minor_safety": 4,
    "violent_graphic": 4,
    "dangerous_acts": 3,
    "hateful_behavior": 3,
    "sexual_nudity": 3,
    "harassment_bullying": 2,
    "illegal_goods": 2,
    "spam_scams": 1,
    "intellectual_property": 1,
    "integrity_authenticity": 1,
}


def report_severity(reasons: Sequence[str]) -> int:
    """The highest severity of the reported areas (0: none known)."""
    return max((AREA_SEVERITY.get(r, 0) for r in reasons), default=0)


ACTION_BY_CODE = {a.code: a for a in ACTIONS}
END_STREAM = "end_stream"
"""The action the late-upload rule judges by the stream's state at ``decided_at``."""
NO_VIOLATION = "no_violation"
"""The decision a stream's new reports reopen as a new case."""
AREA_CODES = frozenset(code for code, _label, _desc, _key in AREAS)
ESCALATION_REASON_CODES = frozenset(code for code, _label in ESCALATION_REASONS)


def taxonomy(
    version: str = POLICY_VERSION,
    *,
    published_at: datetime = PUBLISHED_AT,
    flagged_terms: Sequence[str] = (),
    announcements: Sequence[contract.Announcement] = (),
) -> contract.PolicyTaxonomy:
    """The taxonomy as ``GET /v1/policies`` sends it. The route adds the service's state
    (version, flagged terms, announcements); the dev kit builds the same one without a service.
    """
    return contract.PolicyTaxonomy(
        version=version,
        published_at=published_at,
        actions=[
            contract.ActionDef(
                code=a.code,
                label=a.label,
                shortcut=a.shortcut,
                description=a.description,
                requires_policy=a.requires_policy,
                requires_note=a.requires_note,
                severity=a.severity,
            )
            for a in ACTIONS
        ],
        areas=[
            contract.PolicyArea(code=code, label=label, description=desc, shortcut=key)
            for code, label, desc, key in AREAS
        ],
        skip_reasons=[contract.ReasonDef(code=c, label=lbl) for c, lbl in SKIP_REASONS],
        escalation_reasons=[contract.ReasonDef(code=c, label=lbl) for c, lbl in ESCALATION_REASONS],
        flagged_terms=list(flagged_terms),
        announcements=list(announcements),
    )
