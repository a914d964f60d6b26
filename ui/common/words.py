"""The domain's fixed words as a person reads them: role names, report reasons, actions,
escalation reasons and stream categories, in the chosen language.

The wire carries codes ("moderator", "spam_scams") and the platform's category names
("Just Chatting"); a window shows ``role_name(code)``, ``reason_name(code)`` …. Each is an
allow list of the codes this desk knows: an unknown code (a newer service, another
platform's category) is shown as it came, as plain data.
"""

from __future__ import annotations

from reviewer.i18n import QT_TRANSLATE_NOOP
from ui.common.i18n import translate, translate_marked

#: report reasons and prior enforcement's policy codes (the taxonomy's policy areas)
REASONS: dict[str, str] = {
    "harassment_bullying": QT_TRANSLATE_NOOP("Reasons", "Harassment and bullying"),
    "hateful_behavior": QT_TRANSLATE_NOOP("Reasons", "Hateful behavior"),
    "violent_graphic": QT_TRANSLATE_NOOP("Reasons", "Violent and graphic content"),
    "sexual_nudity": QT_TRANSLATE_NOOP("Reasons", "Sexual content and nudity"),
    "minor_safety": QT_TRANSLATE_NOOP("Reasons", "Minor safety"),
    "dangerous_acts": QT_TRANSLATE_NOOP("Reasons", "Dangerous acts and challenges"),
    "illegal_goods": QT_TRANSLATE_NOOP("Reasons", "Illegal goods and activities"),
    "spam_scams": QT_TRANSLATE_NOOP("Reasons", "Spam and scams"),
    "intellectual_property": QT_TRANSLATE_NOOP("Reasons", "Intellectual property"),
    "integrity_authenticity": QT_TRANSLATE_NOOP("Reasons", "Integrity and authenticity"),
}

#: what was done before (prior enforcement's action codes)
ACTIONS: dict[str, str] = {
    "no_violation": QT_TRANSLATE_NOOP("Actions", "No violation"),
    "warn_streamer": QT_TRANSLATE_NOOP("Actions", "Warn streamer"),
    "mute_chat": QT_TRANSLATE_NOOP("Actions", "Mute chat"),
    "end_stream": QT_TRANSLATE_NOOP("Actions", "End stream"),
    "suspend_account": QT_TRANSLATE_NOOP("Actions", "Suspend account"),
    "ban_account": QT_TRANSLATE_NOOP("Actions", "Ban account"),
    "age_restrict": QT_TRANSLATE_NOOP("Actions", "Age-restrict"),
    "escalate": QT_TRANSLATE_NOOP("Actions", "Escalate"),
}

#: why a moderator escalated (the taxonomy's escalation reasons)
ESCALATION_REASONS: dict[str, str] = {
    "credible_threat": QT_TRANSLATE_NOOP("EscalationReasons", "Credible threat of harm"),
    "minor_safety_specialist": QT_TRANSLATE_NOOP(
        "EscalationReasons", "Minor safety specialist needed"
    ),
    "policy_gap": QT_TRANSLATE_NOOP("EscalationReasons", "Policy unclear or missing"),
    "legal_request": QT_TRANSLATE_NOOP("EscalationReasons", "Legal or law-enforcement request"),
    "high_profile": QT_TRANSLATE_NOOP("EscalationReasons", "High-profile account"),
    "other": QT_TRANSLATE_NOOP("EscalationReasons", "Other"),
}

#: the platform's stream categories, by the name the service sends
CATEGORIES: dict[str, str] = {
    "Just Chatting": QT_TRANSLATE_NOOP("StreamCategories", "Just Chatting"),
    "Gaming": QT_TRANSLATE_NOOP("StreamCategories", "Gaming"),
    "Music": QT_TRANSLATE_NOOP("StreamCategories", "Music"),
    "Cooking": QT_TRANSLATE_NOOP("StreamCategories", "Cooking"),
    "Art": QT_TRANSLATE_NOOP("StreamCategories", "Art"),
    "Travel": QT_TRANSLATE_NOOP("StreamCategories", "Travel"),
    "IRL": QT_TRANSLATE_NOOP("StreamCategories", "IRL"),
    "Talk Shows": QT_TRANSLATE_NOOP("StreamCategories", "Talk Shows"),
    "ASMR": QT_TRANSLATE_NOOP("StreamCategories", "ASMR"),
    "Fitness": QT_TRANSLATE_NOOP("StreamCategories", "Fitness"),
    "Crypto & Finance": QT_TRANSLATE_NOOP("StreamCategories", "Crypto & Finance"),
    "Sports": QT_TRANSLATE_NOOP("StreamCategories", "Sports"),
    "Movies & TV": QT_TRANSLATE_NOOP("StreamCategories", "Movies & TV"),
}


def role_name(role: str) -> str:
    """ "Moderator", "QA reviewer", "Team lead", "Admin" for the wire's role codes."""
    names = {
        "moderator": translate("Roles", "Moderator"),
        "qa": translate("Roles", "QA reviewer"),
        "lead": translate("Roles", "Team lead"),
        "admin": translate("Roles", "Admin"),
    }
    return names.get(role, role)


def reason_name(code: str) -> str:
    """A report reason or policy code in words ("Spam and scams"); an unknown code as it
    came, its underscores read as spaces."""
    known = REASONS.get(code)
    return translate_marked("Reasons", known) if known else code.replace("_", " ")


def action_name(code: str) -> str:
    """An action code in words ("Warn streamer"); an unknown code as it came."""
    known = ACTIONS.get(code)
    return translate_marked("Actions", known) if known else code.replace("_", " ")


def escalation_reason_name(code: str) -> str:
    """An escalation reason code in words; an unknown one (or free text) as it came."""
    known = ESCALATION_REASONS.get(code)
    return translate_marked("EscalationReasons", known) if known else code


def category_name(name: str) -> str:
    """A stream category in the chosen language; a category this desk does not know, as
    the service sent it."""
    known = CATEGORIES.get(name)
    return translate_marked("StreamCategories", known) if known else name
