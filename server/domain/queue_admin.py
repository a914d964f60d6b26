"""The admin's queues and golden items: validation against what the service knows (teams
and vendors of existing accounts, the fixed action set), the views the API answers with,
and who may pull a queue. The routes write each change and its admin log row in one
transaction (server.routes.admin)."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain import policies, priority
from server.domain.principal import Principal
from server.domain.queues import ESCALATION_KIND
from server.errors import ApiError
from server.models.core import Case, Decision, Queue, User, VendorSetting, decode_codes

HIDEABLE_ACTIONS = frozenset(policies.ACTION_BY_CODE) - {"retract"}
"""Actions an admin may hide in a queue: every action but the undo (a retract stays
possible wherever a decision was made)."""


def weights_view(weights: priority.Weights) -> contract.QueueWeightsView:
    return contract.QueueWeightsView(
        live=weights.live,
        viewer_tier=weights.viewer_tier,
        report_5min=weights.report_5min,
        severity=weights.severity,
        deadline_near_seconds=weights.deadline_near_seconds,
    )


def queue_view(session: Session, queue: Queue) -> contract.AdminQueue:
    return contract.AdminQueue(
        queue_id=queue.queue_id,
        name=queue.name,
        kind="escalation" if queue.kind == ESCALATION_KIND else "live",
        sla_minutes=queue.sla_minutes,
        weights=weights_view(priority.weights_for(session, queue.queue_id)),
        teams=decode_codes(queue.teams),
        vendors=decode_codes(queue.vendors),
        hidden_actions=decode_codes(queue.hidden_actions),
    )


def queue_fields(session: Session, queue: Queue) -> dict[str, Any]:
    """What the admin log keeps of a queue: every field an admin edits."""
    return queue_view(session, queue).model_dump(exclude={"queue_id"})


def _unknown(
    field: str, wanted: Sequence[str], known: Collection[str], what: str
) -> list[dict[str, Any]]:
    return [
        {"loc": ["body", field, i], "msg": f"unknown {what} {code!r}", "type": "enum"}
        for i, code in enumerate(wanted)
        if code not in known
    ]


def validate_access(
    session: Session,
    teams: Sequence[str] | None,
    vendors: Sequence[str] | None,
    hidden_actions: Sequence[str] | None,
) -> None:
    """422 naming each team, vendor or action the service does not know: a team or vendor
    exists once an account belongs to it (or, for a vendor, once it has settings); actions
    are the fixed set the service carries out."""
    errors: list[dict[str, Any]] = []
    if teams:
        known_teams = set(session.scalars(select(User.team).distinct()))
        errors += _unknown("teams", teams, known_teams, "team")
    if vendors:
        known_vendors = set(session.scalars(select(User.vendor).distinct()))
        known_vendors |= set(session.scalars(select(VendorSetting.vendor)))
        errors += _unknown("vendors", vendors, known_vendors, "vendor")
    if hidden_actions:
        errors += _unknown("hidden_actions", hidden_actions, HIDEABLE_ACTIONS, "action")
    if errors:
        raise ApiError(422, "validation", "; ".join(str(e["msg"]) for e in errors), errors=errors)


def may_pull_live(principal: Principal, queue: Queue) -> bool:
    """A Live queue's allow lists: empty is everyone; else the caller's team (and vendor)
    must be listed. Admins pass always: they open and fix queues."""
    if principal.role == "admin":
        return True
    teams = decode_codes(queue.teams)
    vendors = decode_codes(queue.vendors)
    if teams and principal.user.team not in teams:
        return False
    return not (vendors and principal.user.vendor not in vendors)


def next_position(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Queue.position), -1))) or 0) + 1


# --- golden items -------------------------------------------------------------------------------


def golden_view(case: Case) -> contract.GoldenItem:
    gold = json.loads(case.golden_json or "{}")
    return contract.GoldenItem(
        case_id=case.case_id,
        queue=case.home_queue,
        action=str(gold.get("action", "")),
        policy_codes=[str(c) for c in gold.get("policy_codes", [])],
        note=str(gold.get("note", "")),
    )


def reference_answer(session: Session, case: Case) -> dict[str, Any]:
    """The case's current decision as a golden reference answer (the ``golden_json`` shape
    calibration reads: action, policy_codes, note). 409 when the case has no final decision
    to learn from (undecided, escalated, or its decision was a retract)."""
    decision = (
        None
        if case.current_decision is None
        else session.scalar(select(Decision).where(Decision.decision_id == case.current_decision))
    )
    if case.status != "decided" or decision is None:
        raise ApiError(409, "conflict", "Only a decided case can become a golden item.")
    if decision.action not in policies.ACTION_BY_CODE or decision.action in ("escalate", "retract"):
        raise ApiError(409, "conflict", "The case's decision is no reference answer.")
    return {
        "action": decision.action,
        "policy_codes": decode_codes(decision.policy_codes),
        "note": decision.note,
    }
