"""The domain's fixed words as a person reads them: role names, in the chosen language.

The wire carries codes ("moderator", "qa"); a window shows ``role_name(code)``. An unknown
code (a newer service) is shown as it came: it is data.
"""

from __future__ import annotations

from ui.common.i18n import translate


def role_name(role: str) -> str:
    """ "Moderator", "QA reviewer", "Team lead", "Admin" for the wire's role codes."""
    names = {
        "moderator": translate("Roles", "Moderator"),
        "qa": translate("Roles", "QA reviewer"),
        "lead": translate("Roles", "Team lead"),
        "admin": translate("Roles", "Admin"),
    }
    return names.get(role, role)
