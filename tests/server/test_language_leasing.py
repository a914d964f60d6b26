"""Language-first leasing against the real service on both engines: a moderator who
reviews some languages is offered cases in those (and of unknown language) in the Live
priority order; a case in another language only once its deadline is near; a moderator
without review languages is offered everything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from devkit.live_service import LiveService
from server.models.core import Case, User
from tests.server.helpers import lease
from tests.server.test_live_priority import arranged

QUEUE = "live-general"


def test_a_lease_offers_review_languages_first_and_others_only_near_their_deadline(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(start=False)
    now = datetime.now(UTC)
    with arranged(service.database) as s:
        ids = list(
            s.scalars(
                select(Case.case_id)
                .where(Case.queue == QUEUE, Case.status == "open")
                .order_by(Case.case_id)
            )
        )
        assert len(ids) >= 8
        # a level field far from its deadlines; half German, half Japanese
        s.execute(
            update(Case)
            .where(Case.queue == QUEUE)
            .values(deadline=now + timedelta(hours=3), language="de")
        )
        japanese = ids[len(ids) // 2 :]
        s.execute(update(Case).where(Case.case_id.in_(japanese)).values(language="ja"))
        unknown, near_ja = ids[0], japanese[0]
        s.execute(update(Case).where(Case.case_id == unknown).values(language=""))
        s.execute(
            update(Case).where(Case.case_id == near_ja).values(deadline=now + timedelta(minutes=2))
        )
        s.execute(update(User).where(User.username == "moderator1").values(languages=",de,"))
        s.execute(update(User).where(User.username == "moderator2").values(languages=""))
    german = set(ids[: len(ids) // 2])
    service.start()
    with service.client("moderator1") as m1:
        got = [c["case_id"] for c in lease(m1, QUEUE, size=20)["cases"]]
        assert got[0] == near_ja  # the deadline-near rule still ranks first
        assert set(got) == german | {near_ja}  # German, unknown (ids[0] is in german), near
        assert unknown in got
        assert lease(m1, QUEUE, size=20)["cases"] == []  # the rest wait for their deadlines
    with service.client("moderator2") as m2:
        rest = {c["case_id"] for c in lease(m2, QUEUE, size=20)["cases"]}
        assert rest == set(japanese) - {near_ja}
