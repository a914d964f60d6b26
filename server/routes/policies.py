"""The versioned policy taxonomy with urgent announcements, and their acknowledgement."""

from __future__ import annotations

from fastapi import APIRouter, Path
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from reviewer import contract
from server.domain import taxonomy, taxonomy_labels
from server.domain.announcements import delivery_filter
from server.domain.clock import now_utc
from server.domain.scope import one_or_404
from server.models.core import Ack, AnnouncementRow
from server.security import CurrentUser, DbSession
from server.state import SessionRoute

router = APIRouter(prefix=contract.API_PREFIX, tags=["policies"], route_class=SessionRoute)


@router.get("/policies", response_model=contract.PolicyTaxonomy)
def get_policies(principal: CurrentUser, session: DbSession) -> contract.PolicyTaxonomy:
    """Actions with shortcuts and rules, policy areas, reasons, flagged terms, announcements.
    Each action, area and reason carries its label in the desk's other languages (``labels``:
    es, ar, zh_CN); a language missing there shows the English ``label``."""
    acked = set(
        session.scalars(select(Ack.announcement_id).where(Ack.user_id == principal.user.user_id))
    )
    delivered = delivery_filter(session, principal.user)  # a targeted one only to its audience
    announcements = [
        contract.Announcement(
            id=a.announcement_id,
            title=a.title,
            body=a.body,
            severity=a.severity,
            published_at=a.published_at,
            policy_version=a.policy_version,
            requires_ack=a.requires_ack,
            acknowledged=a.announcement_id in acked,
        )
        for a in session.scalars(
            select(AnnouncementRow).order_by(AnnouncementRow.published_at.desc())
        )
        if delivered(a.announcement_id)
    ]
    # the current version is read afresh; its document is cached by version (never changes)
    labelled = taxonomy_labels.with_labels(taxonomy.current(session))
    return labelled.model_copy(update={"announcements": announcements})


@router.post(
    "/announcements/{announcement_id}/ack",
    response_model=contract.AckResponse,
    responses={404: {"model": contract.Problem}},
)
def ack_announcement(
    principal: CurrentUser,
    session: DbSession,
    announcement_id: str = Path(max_length=64),
) -> contract.AckResponse:
    """Idempotent: a second acknowledgement returns the first one's time."""
    one_or_404(session.get(AnnouncementRow, announcement_id), "No such announcement.")
    user_id = principal.user.user_id
    existing = session.get(Ack, (announcement_id, user_id))
    if existing is None:
        session.add(
            Ack(announcement_id=announcement_id, user_id=user_id, acknowledged_at=now_utc())
        )
        try:
            session.commit()
        except IntegrityError:  # the same user acknowledging from two threads at once
            session.rollback()
        existing = session.get(Ack, (announcement_id, user_id))
        assert existing is not None
    return contract.AckResponse(
        announcement_id=announcement_id, acknowledged_at=existing.acknowledged_at
    )
