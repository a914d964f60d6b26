"""Priority on the real service (both engines): the pull order matches scores computed by
hand from the case columns, a case near its deadline is leased before any other (earliest
deadline first), reports as they arrive raise a case's velocity, breaches are listed, and a
stream decided "no violation" that draws new reports comes back linked to that decision.
Concurrent pulls taking different cases: tests/server/test_leasing.py and
test_lease_skip_locked.py (they pull through the same ranked query)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from devkit.live_service import LiveService
from server.config import sqlite_url
from server.db import make_engine
from server.domain.priority import DEFAULT_WEIGHTS
from server.models.core import Case, CaseReport
from tests.server.helpers import assert_problem, decision, lease, upload

QUEUE = "live-general"


@contextmanager
def arranged(database: Path | str) -> Iterator[Session]:
    """A session on the service's database, to set cases up before the service starts."""
    url = database if isinstance(database, str) else sqlite_url(database)
    engine = make_engine(url)
    try:
        with Session(engine) as session, session.begin():
            yield session
    finally:
        engine.dispose()


def by_hand(live: int, tier: int, reports: int, severity: int) -> int:
    w = DEFAULT_WEIGHTS
    return live * w.live + tier * w.viewer_tier + reports * w.report_5min + severity * w.severity


def test_pull_order_follows_scores_computed_by_hand_and_deadlines_come_first(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(start=False)
    now = datetime.now(UTC)
    far = now + timedelta(hours=3)
    with arranged(service.database) as s:
        ids = list(
            s.scalars(
                select(Case.case_id)
                .where(Case.queue == QUEUE, Case.status == "open")
                .order_by(Case.case_id)
            )
        )
        assert len(ids) >= 8
        # a level field: nothing live, no audience, no reports, no severity, no deadline near
        s.execute(
            update(Case)
            .where(Case.queue == QUEUE)
            .values(
                deadline=far,
                stream_live=False,
                stream_ends_at=None,
                viewer_tier=0,
                severity=0,
            )
        )
        s.execute(delete(CaseReport))
        a, b, c, d, f, late, later = ids[:7]
        s.execute(update(Case).where(Case.case_id == a).values(stream_live=True, viewer_tier=2))
        s.execute(update(Case).where(Case.case_id == b).values(viewer_tier=4, severity=1))
        s.execute(update(Case).where(Case.case_id == c).values(severity=2))
        s.add_all(
            CaseReport(case_id=c, reason="spam_scams", reported_at=now - timedelta(minutes=m))
            for m in (1, 2, 3, 20)  # the last one is older than the velocity window
        )
        s.execute(update(Case).where(Case.case_id == d).values(severity=4))
        # live once, ended a minute ago: counts as ended
        s.execute(
            update(Case)
            .where(Case.case_id == f)
            .values(stream_live=True, stream_ends_at=now - timedelta(minutes=1), viewer_tier=3)
        )
        # nothing going for them but their deadlines, within the near window
        s.execute(
            update(Case).where(Case.case_id == late).values(deadline=now + timedelta(minutes=4))
        )
        s.execute(
            update(Case).where(Case.case_id == later).values(deadline=now + timedelta(minutes=2))
        )
    expected = {
        a: by_hand(1, 2, 0, 0),  # 520
        b: by_hand(0, 4, 0, 1),  # 290
        c: by_hand(0, 0, 3, 2),  # 175
        d: by_hand(0, 0, 0, 4),  # 200
        f: by_hand(0, 3, 0, 0),  # 180
        late: 0,
        later: 0,
    }
    service.start()
    with service.client("moderator1") as m1:
        got = lease(m1, QUEUE, size=8)["cases"]
    order = [x["case_id"] for x in got]
    assert order[:7] == [later, late, a, b, d, f, c]
    assert order[7] not in expected  # the level field follows, oldest first
    why: dict[str, dict[str, Any]] = {x["case_id"]: x["priority"] for x in got}
    for case_id, score in expected.items():
        assert why[case_id]["score"] == score, case_id
    assert why[a]["live"] is True
    assert why[f]["live"] is False
    assert why[c]["reports_5min"] == 3
    assert why[later]["deadline_near"] is True
    assert why[a]["deadline_near"] is False
    assert 0 < why[later]["seconds_to_deadline"] <= 120
    deadlines = {x["case_id"]: datetime.fromisoformat(x["deadline"]) for x in got}
    assert deadlines[a] > deadlines[later]


def test_reports_raise_velocity_and_a_cleared_stream_comes_back_linked(
    live_service: LiveService,
) -> None:
    with live_service.client("moderator1") as m1, live_service.client("admin1") as admin:
        (first, *_rest) = lease(m1, QUEUE, size=1)["cases"]
        case_id = first["case_id"]
        refused = m1.post(f"/v1/cases/{case_id}/reports", json={"reason": "spam_scams"})
        assert_problem(refused, 403, "forbidden")
        unknown = admin.post(f"/v1/cases/{case_id}/reports", json={"reason": "nope"})
        assert_problem(unknown, 422, "validation-failed")
        added = admin.post(
            f"/v1/cases/{case_id}/reports", json={"reason": "spam_scams", "count": 3}
        )
        assert added.status_code == 200, added.text
        assert added.json()["case_id"] == case_id
        assert added.json()["reopened_from"] is None
        before = added.json()["reports_5min"]
        assert before >= 3

        cleared = decision(case_id, "no_violation")
        (result,) = upload(m1, cleared)
        assert result["status"] == "accepted"
        again = admin.post(
            f"/v1/cases/{case_id}/reports", json={"reason": "violent_graphic", "count": 2}
        ).json()
        reopened = again["case_id"]
        assert reopened != case_id
        assert again["reopened_from"] == cleared["decision_id"]
        assert again["reports_5min"] == 2
        more = admin.post(f"/v1/cases/{case_id}/reports", json={"reason": "spam_scams"}).json()
        assert more["case_id"] == reopened  # one open case per cleared decision

        detail = admin.get(f"/v1/cases/{reopened}").json()
        assert detail["reopened_from"] == cleared["decision_id"]
        assert detail["status"] == "open"
        original = admin.get(f"/v1/cases/{case_id}").json()
        assert detail["stream"]["stream_id"] == original["stream"]["stream_id"]
        assert len(detail["snapshots"]) >= len(original["snapshots"]) > 0

    # the next pull names the earlier decision too (its deadline the earliest of all, so it
    # comes first: the seeded cases' own deadlines pass while a long test session runs, and
    # earliest-deadline-first would put those ahead of one due in 30 s)
    with arranged(live_service.database) as s:
        s.execute(
            update(Case)
            .where(Case.case_id == reopened)
            .values(deadline=datetime.now(UTC) - timedelta(days=365))
        )
    with live_service.client("moderator2") as m2:
        (leased,) = lease(m2, QUEUE, size=1)["cases"]
    assert leased["case_id"] == reopened
    assert leased["reopened_from"] == cleared["decision_id"]


def test_breaches_list_cases_past_their_deadline(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(start=False)
    now = datetime.now(UTC)
    with arranged(service.database) as s:
        ids = list(
            s.scalars(select(Case.case_id).where(Case.queue == QUEUE).order_by(Case.case_id))
        )
        s.execute(update(Case).values(deadline=now + timedelta(hours=3)))
        overdue = ids[:3]
        for k, case_id in enumerate(overdue):
            s.execute(
                update(Case)
                .where(Case.case_id == case_id)
                .values(deadline=now - timedelta(minutes=10 * (k + 1)))
            )
        long_ago = ids[3]
        s.execute(
            update(Case).where(Case.case_id == long_ago).values(deadline=now - timedelta(days=3))
        )
    service.start()
    with service.client("lead1") as lead, service.client("moderator1") as m1:
        assert_problem(m1.get("/v1/breaches"), 403, "forbidden")
        got = lead.get("/v1/breaches").json()
        assert got["count"] == 3
        assert [b["case_id"] for b in got["items"]] == overdue  # the latest deadline first
        assert all(b["decided_at"] is None for b in got["items"])
        assert got["items"][2]["overdue_seconds"] >= 30 * 60
        since = (now - timedelta(days=4)).isoformat()
        assert lead.get("/v1/breaches", params={"from": since}).json()["count"] == 4


def test_sla_attainment_per_queue_vendor_and_week(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory()
    with service.client("moderator1") as m1, service.client("lead1") as lead:
        on_time, late = (c["case_id"] for c in lease(m1, QUEUE, size=2)["cases"])
        with arranged(service.database) as s:
            s.execute(
                update(Case)
                .where(Case.case_id == on_time)
                .values(deadline=datetime.now(UTC) + timedelta(hours=1))
            )
            s.execute(
                update(Case)
                .where(Case.case_id == late)
                .values(deadline=datetime.now(UTC) - timedelta(minutes=1))
            )
        results = upload(m1, decision(on_time), decision(late))
        assert [r["status"] for r in results] == ["accepted", "accepted"]
        sla = lead.get("/v1/metrics", params={"group_by": "queue"}).json()["sla"]
        year, week, _ = datetime.now(UTC).isocalendar()
        (row,) = [r for r in sla if r["queue"] == QUEUE and r["week"] == f"{year}-W{week:02d}"]
        assert row["vendor"] == "northdesk"
        assert (row["decided"], row["within_sla"], row["attainment"]) == (2, 1, 0.5)
        breaches = lead.get("/v1/breaches").json()
        late_ones = [b for b in breaches["items"] if b["case_id"] == late]
        assert len(late_ones) == 1
        assert late_ones[0]["decided_at"] is not None
        assert on_time not in {b["case_id"] for b in breaches["items"]}


def test_an_escalated_case_gets_the_escalation_queues_sla(live_service: LiveService) -> None:
    with live_service.client("moderator1") as m1, live_service.client("admin1") as admin:
        (case_id,) = (c["case_id"] for c in lease(m1, QUEUE, size=1)["cases"])
        before = datetime.fromisoformat(admin.get(f"/v1/cases/{case_id}").json()["deadline"])
        sent = datetime.now(UTC)
        item = decision(case_id, "escalate", escalation_reason="policy_gap", note="unclear")
        (result,) = upload(m1, item)
        assert result["status"] == "accepted", result
        detail = admin.get(f"/v1/cases/{case_id}").json()
        deadline = datetime.fromisoformat(detail["deadline"])
        assert detail["queue"] == "escalations"
        assert deadline >= sent + timedelta(minutes=240)
        assert deadline > before
