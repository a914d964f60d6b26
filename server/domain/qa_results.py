"""QA results as the contract shows them, scoped to the caller (a moderator their own, QA
the verdicts they gave, a lead the team, an admin all)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain.principal import Principal
from server.domain.qa_pool import (
    users_by_id,
)
from server.domain.scope import one_or_404
from server.models.calibration import (
    QaResultRow,
)
from server.models.core import Decision, User, decode_codes


def result_model(r: QaResultRow, d: Decision, users: dict[str, User]) -> contract.QaResult:
    final = "upheld" if r.dispute_status == "accepted" else r.verdict
    mod = users.get(r.moderator_id)
    qa = users.get(r.qa_user_id)
    resolver = users.get(r.resolved_by) if r.resolved_by else None
    return contract.QaResult(
        result_id=r.result_id,
        decision_id=r.decision_id,
        case_id=d.case_id,
        queue=d.queue,
        moderator=mod.username if mod else "",
        qa_reviewer=qa.username if qa else "",
        session_id=r.session_id,
        verdict=r.verdict,
        final_verdict=final,
        decision_action=d.action,
        decision_policy_codes=decode_codes(d.policy_codes),
        decision_note=d.note,
        qa_action=r.qa_action,
        qa_policy_codes=decode_codes(r.qa_policy_codes),
        qa_note=r.qa_note,
        decided_at=d.decided_at,
        reviewed_at=r.reviewed_at,
        dispute_status=r.dispute_status,
        dispute_note=r.dispute_note,
        disputed_at=r.disputed_at,
        resolution_note=r.resolution_note,
        resolved_by=resolver.username if resolver else None,
        resolved_at=r.resolved_at,
    )


def results_scope(principal: Principal) -> Any:
    """SQL over QaResultRow joined with the moderator's User row."""
    me = principal.user
    if principal.role == "admin":
        return None
    if principal.role == "lead":
        return User.team == me.team
    if principal.role == "qa":
        return QaResultRow.qa_user_id == me.user_id
    return QaResultRow.moderator_id == me.user_id


def render_qa_results(session: Session, rows: Sequence[tuple[QaResultRow, Decision]]) -> list[Any]:
    """QA results as the contract shows them (names resolved); the audit case chain reuses it."""
    ids: set[str] = set()
    for r, _d in rows:
        ids |= {r.moderator_id, r.qa_user_id}
        if r.resolved_by:
            ids.add(r.resolved_by)
    users = users_by_id(session, ids)
    return [result_model(r, d, users) for r, d in rows]


def visible_result(session: Session, principal: Principal, result_id: str) -> QaResultRow:
    query = (
        select(QaResultRow)
        .join(User, User.user_id == QaResultRow.moderator_id)
        .where(QaResultRow.result_id == result_id)
    )
    scope = results_scope(principal)
    if scope is not None:
        query = query.where(scope)
    found = one_or_404(session.scalar(query), "No such QA result for you.")
    return found


def one_result(session: Session, r: QaResultRow) -> contract.QaResult:
    d = session.scalar(select(Decision).where(Decision.decision_id == r.decision_id))
    assert d is not None
    out: contract.QaResult = render_qa_results(session, [(r, d)])[0]
    return out
