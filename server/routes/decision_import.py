"""``POST /v1/decisions:import``: a lead (of the author's team) or an admin uploads a disabled
moderator's undelivered decisions from the desk's export. Those decided before the disable go
through the batch upload's own path as the author's (same rules, deduplicated by decision id,
the author's audit chain); later ones are refused item by item. Each import is in the admin
log."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from reviewer import contract
from server.domain import admin
from server.domain.clock import now_utc
from server.domain.decision_import import disabled_at, importable_author
from server.domain.principal import Principal
from server.observability import note_decision
from server.routes.decisions import apply_upload
from server.security import CurrentUser, DbSession, State
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["decisions"], route_class=SessionRoute)

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": contract.Problem, "description": "Not signed in or token expired"},
    403: {"model": contract.Problem, "description": "Not a lead or an admin"},
    404: {"model": contract.Problem, "description": "No such author in the caller's scope"},
    409: {"model": contract.Problem, "description": "The author's account is not disabled"},
    413: {"model": contract.Problem},
}


@router.post(
    "/decisions:import", response_model=contract.DecisionImportResponse, responses=_PROBLEMS
)
def import_decisions(
    principal: CurrentUser, session: DbSession, state: State, body: contract.DecisionImportRequest
) -> contract.DecisionImportResponse:
    """Accept the decisions made before the author's disable; refuse the others with the
    reason. Importing the same export again changes nothing (each comes back a duplicate)."""
    author = importable_author(session, principal, body.author)
    cutoff = disabled_at(session, author)
    late = {d.decision_id for d in body.decisions if d.decided_at >= cutoff}
    refusal = f"decided after the account was disabled at {cutoff.isoformat()}"
    refused = {
        d.decision_id: contract.DecisionResult(
            decision_id=d.decision_id, status="rejected", reason=refusal
        )
        for d in body.decisions
        if d.decision_id in late
    }
    before = [d for d in body.decisions if d.decision_id not in late]
    now = now_utc()

    def log(results: list[contract.DecisionResult]) -> None:
        counts = _counts([*results, *refused.values()])
        admin.write_log(session, principal, "decisions.import", author.username, {}, counts, now)

    applied: list[contract.DecisionResult] = []
    if before:
        batch = contract.DecisionBatchRequest(
            device_id=body.device_id,
            sent_at=now,
            chain_seq=body.chain_seq,
            chain_head=body.chain_head,
            decisions=before,
        )
        as_author = Principal(user=author, session_id="", token_hash="")
        applied = apply_upload(session, as_author, batch, state, before_commit=log)
    else:
        log([])
        session.commit()
    for result in applied:
        note_decision(result.status)
    by_id = {r.decision_id: r for r in applied} | refused
    results = [by_id[d.decision_id] for d in body.decisions]
    return contract.DecisionImportResponse(
        author=author.username,
        disabled_at=cutoff,
        accepted=sum(r.status == "accepted" for r in results),
        refused=sum(r.status in ("rejected", "id_reused", "case_conflict") for r in results),
        results=results,
    )


def _counts(results: list[contract.DecisionResult]) -> dict[str, int]:
    """How many of each answer: what the admin log keeps of one import."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return counts
