"""Account labels: who may ask for one, who may decide it, and which labels a case shows.

A moderator asks from a case they reviewed; a lead or admin may also ask without one. Only a
lead (for requests from their own team) or an admin approves or declines, and an approval
sets the expiry. A case shows the approved labels of its streamer that have not expired.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.db import read
from server.domain.principal import Principal
from server.errors import ApiError
from server.models.core import Case, User
from server.models.labels import AccountLabelRow

#: roles that may ask for a label (QA reviewers do not work live cases)
REQUESTERS = frozenset({"moderator", "lead", "admin"})
#: roles that may approve or decline one
DECIDERS = frozenset({"lead", "admin"})

_SHOWN = (
    select(AccountLabelRow.kind, AccountLabelRow.expires_at)
    .where(
        AccountLabelRow.account_id == bindparam("account_id"),
        AccountLabelRow.status == "approved",
        AccountLabelRow.expires_at > bindparam("now"),
    )
    .order_by(AccountLabelRow.kind, AccountLabelRow.expires_at.desc())
)


def shown_labels(session: Session, account_id: str, now: datetime) -> list[contract.CaseLabel]:
    """The account's approved, unexpired labels, one per kind (the latest expiry)."""
    out: dict[str, contract.CaseLabel] = {}
    for kind, expires_at in read(session, _SHOWN, {"account_id": account_id, "now": now}):
        if kind not in out:
            out[kind] = contract.CaseLabel(kind=kind, expires_at=expires_at)
    return list(out.values())


def require_requester(principal: Principal) -> None:
    if principal.role not in REQUESTERS:
        raise ApiError(403, "forbidden", "This role may not ask for account labels.")


def require_decider(principal: Principal) -> None:
    if principal.role not in DECIDERS:
        raise ApiError(403, "forbidden", "Only a lead or an admin decides account labels.")


def in_scope(principal: Principal, row: AccountLabelRow) -> bool:
    """A lead decides and sees their team's requests; an admin every one; anyone their own."""
    if principal.role == "admin":
        return True
    if principal.role == "lead" and row.requester_team == principal.user.team:
        return True
    return row.requested_by == principal.user.user_id


def streamer_of(case: Case) -> tuple[str, str]:
    """(account id, handle) of a case's streamer."""
    try:
        streamer = json.loads(case.streamer_json)
        return str(streamer.get("account_id", "")), str(streamer.get("handle", ""))
    except (ValueError, AttributeError):
        return "", ""


def view(row: AccountLabelRow, names: dict[str, str]) -> contract.AccountLabel:
    """The wire form; ``names`` maps user ids to user names."""
    return contract.AccountLabel(
        label_id=row.label_id,
        account_id=row.account_id,
        account_handle=row.account_handle,
        kind=row.kind,
        reason=row.reason,
        status=cast(contract.LabelStatus, row.status),
        requested_by=names.get(row.requested_by, row.requested_by),
        requested_at=row.requested_at,
        case_id=row.case_id,
        decided_by=names.get(row.decided_by, row.decided_by),
        decided_at=row.decided_at,
        decision_note=row.decision_note,
        expires_at=row.expires_at,
    )


def user_names(session: Session, rows: list[AccountLabelRow]) -> dict[str, str]:
    ids = {r.requested_by for r in rows} | {r.decided_by for r in rows if r.decided_by}
    if not ids:
        return {}
    query = select(User.user_id, User.username).where(User.user_id.in_(sorted(ids)))
    return {uid: name for uid, name in session.execute(query)}


def log_fields(row: AccountLabelRow) -> dict[str, object]:
    """What the admin log keeps of a label: everything but the reason's author's id."""
    return {
        "label_id": row.label_id,
        "account_id": row.account_id,
        "kind": row.kind,
        "status": row.status,
        "reason": row.reason,
        "case_id": row.case_id,
        "expires_at": row.expires_at,
        "decision_note": row.decision_note,
    }
