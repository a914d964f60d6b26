"""Queue names and kinds in one place: the service, its seeding and its rules name the
escalation queue through these constants, never by a string of their own."""

from __future__ import annotations

ESCALATION_QUEUE = "escalations"
"""The queue an escalated case moves to; leads and admins pull it."""

ESCALATION_KIND = "escalation"
LIVE_KIND = "live"
"""The two queue kinds of ``contract.QueueKind``."""

FREE_STATUSES = ("open", "escalated")
"""Case statuses in which a case may be leased (when nobody holds a valid lease)."""
