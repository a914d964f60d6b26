"""The store's row types: what goes in (a decision draft) and what comes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reviewer.audit import GENESIS_HASH


@dataclass(frozen=True)
class DecisionDraft:
    """What the UI hands over when a decision key is pressed."""

    case_id: str
    action: str
    policy_codes: tuple[str, ...]
    note: str
    escalation_reason: str
    supersedes: str | None
    policy_version: str
    handle_time_ms: int
    #: "case", or "chat_action" with a target (kind "message" or "chatter", id) and, for a
    #: timeout, its duration in seconds
    kind: str = "case"
    target: tuple[str, str] | None = None
    duration_s: int | None = None
    #: the moderator confirmed a severe action on an account labelled high profile
    confirmed_high_profile: bool = False


@dataclass(frozen=True)
class ChatActionRow:
    """A chat action on this desk that still stands (not undone), for the chat table."""

    decision_id: str
    action: str
    target_kind: str
    target_id: str
    duration_s: int | None
    policy_codes: tuple[str, ...]
    decided_at: datetime


@dataclass(frozen=True)
class RecordedDecision:
    """A decision as committed; ``payload`` is the exact DecisionIn JSON sent on every retry."""

    decision_id: str
    case_id: str
    action: str
    supersedes: str | None
    audit_seq: int
    audit_hash: str
    decided_at: datetime
    payload: bytes


@dataclass(frozen=True)
class OutboxItem:
    decision_id: str
    case_id: str
    payload: bytes
    attempts: int


@dataclass(frozen=True)
class OutboxChange:
    """What one round of service answers changed in the outbox."""

    synced: tuple[str, ...]
    problems: tuple[str, ...]
    retry: tuple[str, ...]


@dataclass(frozen=True)
class HeldDecision:
    """A decision held on this desk, with what support needs: the exact request bytes
    and the service's last answer (status, problem type, request id)."""

    decision_id: str
    case_id: str
    audit_seq: int
    audit_hash: str
    payload: bytes
    attempts: int
    reason: str
    held_at: datetime
    answer_status: int | None
    problem_type: str
    request_id: str


@dataclass(frozen=True)
class ProblemRow:
    """A decision the service did not take; kept for the moderator to see."""

    decision_id: str
    case_id: str
    action: str
    status: str
    reason: str
    at: datetime
    conflicting_decision_id: str | None = None


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    queue: str
    batch_id: str
    lease_expires_at: datetime
    state: str
    detail_cached: bool


@dataclass(frozen=True)
class DecisionRow:
    """A stored decision and where it stands with the service."""

    decision_id: str
    case_id: str
    action: str
    policy_codes: tuple[str, ...]
    note: str
    supersedes: str | None
    decided_at: datetime
    audit_seq: int
    outbox_status: str
    result_status: str | None
    result_reason: str


@dataclass(frozen=True)
class SalvagedDecision:
    """One decision row as the damaged store held it, and whether it still had to sync."""

    row: tuple[Any, ...]
    pending: bool

    @property
    def decision_id(self) -> str:
        return str(self.row[0])

    @property
    def payload(self) -> bytes:
        return bytes(self.row[12])


@dataclass
class Salvage:
    """What could be read of a damaged store."""

    decisions: list[SalvagedDecision] = field(default_factory=list)
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)

    @property
    def pending(self) -> list[SalvagedDecision]:
        return [d for d in self.decisions if d.pending]
