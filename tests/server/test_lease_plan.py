"""A pull reads its queue in bounded parts (server.domain.priority.pull_order), and they give
the order the whole-queue query states (``priority.ranking``) on both engines: cases past
their deadline first in deadline order (a tie on a deadline broken by score), then the
best-scored of the rest. On PostgreSQL, over a few thousand cases, the pull's near part and
the queue list read the leasable index (``ix_cases_leasable``), never the cases table whole,
and the near part reads it in deadline order: a whole-queue sort is what made a pull take a
second under load (issue #15)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import and_, delete, func, select, text, true, update
from sqlalchemy.orm import Session

from devkit.live_service import LiveService
from server.db import make_engine
from server.domain import priority
from server.domain.leases import free_depths, lease_is_free
from server.domain.queues import FREE_STATUSES
from server.models.core import LEASABLE_ROWS, Case, CaseReport
from tests.server.helpers import lease
from tests.server.test_live_priority import arranged

QUEUE = "live-general"


def _whole_order(session: Session, now: datetime) -> list[str]:
    """The queue's free cases in pull order, stated as one query over the whole queue."""
    rank = priority.ranking(priority.DEFAULT_WEIGHTS, now, now)
    query = (
        select(Case.case_id)
        .outerjoin(rank.recent, rank.recent.c.case_id == Case.case_id)
        .where(Case.queue == QUEUE, lease_is_free(now))
        .order_by(*rank.order)
    )
    return [str(cid) for cid in session.scalars(query)]


def _bounded(session: Session, now: datetime, limit: int) -> list[str]:
    leasable = and_(Case.queue == QUEUE, lease_is_free(now))
    found = priority.pull_order(
        session, priority.DEFAULT_WEIGHTS, now, now, leasable, true(), limit
    )
    return [c.case_id for c in found]


def test_the_bounded_parts_give_the_whole_queue_order(
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
        assert len(ids) >= 10
        s.execute(delete(CaseReport))  # seeded reports age out of the window as tests run
        s.execute(
            update(Case)
            .where(Case.queue == QUEUE)
            .values(
                deadline=now + timedelta(hours=3),
                stream_live=False,
                stream_ends_at=None,
                viewer_tier=0,
                severity=0,
            )
        )
        overdue = ids[:5]
        for k, case_id in enumerate(overdue):  # the first the most overdue
            s.execute(
                update(Case)
                .where(Case.case_id == case_id)
                .values(deadline=now - timedelta(hours=5 - k))
            )
        tie_low, tie_high = ids[5], ids[6]  # one deadline: the higher score first
        s.execute(
            update(Case)
            .where(Case.case_id.in_([tie_low, tie_high]))
            .values(deadline=now - timedelta(minutes=30))
        )
        s.execute(update(Case).where(Case.case_id == tie_high).values(severity=3))
        star, reported = ids[7], ids[8]  # far from their deadlines, but scored
        s.execute(update(Case).where(Case.case_id == star).values(stream_live=True, viewer_tier=4))
        a_minute_ago = now - timedelta(minutes=1)
        s.add_all(
            CaseReport(case_id=reported, reason="spam_scams", reported_at=a_minute_ago)
            for _ in range(2)
        )
        s.flush()
        whole = _whole_order(s, now)
        expected_head = [*overdue, tie_high, tie_low, star, reported]
        assert whole[:9] == expected_head
        # the near part alone (it holds more than the limit), then both parts
        assert _bounded(s, now, 3) == whole[:3]
        assert _bounded(s, now, 9) == whole[:9]
        assert _bounded(s, now, len(whole) + 5) == whole

    service.start()
    with service.client("moderator1") as m1, service.client("moderator2") as m2:
        first = lease(m1, QUEUE, size=3)["cases"]
        second = lease(m2, QUEUE, size=6)["cases"]
    assert [c["case_id"] for c in first + second] == whole[:9]
    why: dict[str, dict[str, Any]] = {c["case_id"]: c["priority"] for c in first + second}
    assert why[tie_high]["score"] == 3 * priority.DEFAULT_WEIGHTS.severity
    assert why[tie_high]["deadline_near"] is True
    assert why[star]["live"] is True
    assert why[star]["deadline_near"] is False
    assert why[reported]["reports_5min"] == 2


def test_the_leasable_index_holds_the_free_statuses() -> None:
    literal = ", ".join(f"'{status}'" for status in FREE_STATUSES)
    assert str(LEASABLE_ROWS) == f"status IN ({literal})"


def _explain(session: Session, statement: Any) -> str:
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    found = session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
    return "\n".join(str(row[0]) for row in found)


def test_on_postgresql_a_pull_and_the_queue_list_read_the_leasable_index(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    if service_engine == "sqlite":
        pytest.skip("the plans checked are PostgreSQL's")
    service = live_service_factory(start=False)
    url = service.database
    assert isinstance(url, str)
    columns = [c.key for c in Case.__table__.columns]
    shifted = {
        "case_id": "case_id || '-c' || g",
        "created_at": "created_at - g * interval '1 minute'",
        "deadline": "deadline - g * interval '1 hour'",
    }
    copy = text(
        f"INSERT INTO cases ({', '.join(columns)}) "
        f"SELECT {', '.join(shifted.get(c, c) for c in columns)} "
        "FROM cases, generate_series(1, 150) AS g"
    )
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(copy)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE cases"))
        with Session(engine) as s:
            assert s.scalar(select(Case.case_id).where(Case.case_id.like("%-c150"))) is not None
            total = s.scalar(select(func.count()).select_from(Case))
            assert total is not None
            assert total >= 3000
            now = datetime.now(UTC)
            leasable = and_(Case.queue == QUEUE, lease_is_free(now))
            plans = {
                "near": _explain(
                    s, priority.near_part(priority.DEFAULT_WEIGHTS, now, now, leasable, 26)
                ),
                "queue list": _explain(s, free_depths(now)),
            }
    finally:
        engine.dispose()
    for name, plan in plans.items():
        assert "ix_cases_leasable" in plan, (name, plan)
        assert "Seq Scan on cases" not in plan, (name, plan)
    # the near part reads the index in deadline order and sorts only within a deadline,
    # not every near case of the queue
    assert "Presorted Key: cases.deadline" in plans["near"], plans["near"]
