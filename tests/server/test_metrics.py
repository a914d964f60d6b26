"""GET /v1/metrics on a seeded week equals the figures recomputed here in plain Python
from the raw rows of the service's SQLite file (not through the service's queries), for
every grouping and each role's scope."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from devkit.db import rows
from devkit.live_service import LiveService
from tests.server.audit_kit import Clients, shared_week_service
from tests.server.helpers import assert_problem

WEEK = ("2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z")


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    return shared_week_service(request, tmp_path_factory, live_service_template)


def _t(text: str | None) -> datetime | None:
    """SQLite keeps naive UTC text such as '2026-11-16 08:03:12.000000'."""
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _z(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00"))


def _nearest_rank_p90(values: list[int]) -> float | None:
    """The smallest value with at least 90% of the values at or below it (integers only)."""
    for v in sorted(set(values)):
        if 10 * sum(1 for x in values if x <= v) >= 9 * len(values):
            return float(v)
    return None


def _expected(
    db: Path, users: set[str], since: datetime | None, until: datetime | None, group_by: str
) -> dict[str, dict[str, Any]]:
    """Every MetricsRow field per group key (and '*' for the totals), from raw rows."""

    def inside(t: datetime) -> bool:
        return (since is None or t >= since) and (until is None or t < until)

    def key(username: str, vendor: str, queue: str, t: datetime) -> str:
        return {"moderator": username, "vendor": vendor, "queue": queue, "day": str(t.date())}[
            group_by
        ]

    decisions = rows(
        db,
        "SELECT d.decision_id, u.username, u.vendor, d.queue, d.action, d.superseded_by,"
        " d.handle_time_ms, d.decided_at FROM decisions d JOIN users u ON u.user_id = d.user_id",
    )
    group_of: dict[str, str] = {}
    counted: dict[str, list[tuple[str, int, str, datetime]]] = defaultdict(list)
    for did, name, vendor, queue, action, superseded_by, ht, at_text in decisions:
        at = _t(at_text)
        assert at is not None
        if name not in users or not inside(at):
            continue
        k = key(name, vendor, queue, at)
        group_of[did] = k
        if action != "retract" and superseded_by is None:
            for g in (k, "*"):
                counted[g].append((action, ht, name, at))
    skips: dict[str, Counter[str]] = defaultdict(Counter)
    for name, vendor, queue, end_reason, ended in rows(
        db,
        "SELECT u.username, u.vendor, b.queue, l.end_reason, l.ended_at FROM case_leases l"
        " JOIN users u ON u.user_id = l.user_id JOIN batches b ON b.batch_id = l.batch_id",
    ):
        at = _t(ended)
        if at is None or not end_reason.startswith("released") or name not in users:
            continue
        if not inside(at):
            continue
        reason = end_reason.split(":", 1)[1] if ":" in end_reason else "unspecified"
        for g in (key(name, vendor, queue, at), "*"):
            skips[g][reason] += 1
    verdicts: dict[str, list[bool]] = defaultdict(list)
    for did, verdict, dispute in rows(
        db, "SELECT decision_id, verdict, dispute_status FROM qa_results"
    ):
        if did in group_of:
            verdicts[did].append(verdict == "overturned" and dispute != "accepted")
    qa: dict[str, list[bool]] = defaultdict(list)
    for did, flags in verdicts.items():
        for g in (group_of[did], "*"):
            qa[g].append(any(flags))
    out: dict[str, dict[str, Any]] = {}
    for g in set(counted) | set(skips) | set(qa):
        items = counted.get(g, [])
        times = [ht for _a, ht, _n, _at in items]
        hours = {(n, at.replace(minute=0, second=0, microsecond=0)) for _a, _h, n, at in items}
        n_skips = sum(skips[g].values())
        reviewed, over = len(qa.get(g, [])), sum(qa.get(g, []))
        out[g] = {
            "decisions": len(items),
            "staffed_hours": len(hours),
            "cases_per_hour": len(items) / len(hours) if hours else None,
            "handle_time_mean_ms": sum(times) / len(times) if times else None,
            "handle_time_p90_ms": _nearest_rank_p90(times),
            "action_mix": dict(Counter(a for a, _h, _n, _at in items)),
            "escalations": sum(1 for a, _h, _n, _at in items if a == "escalate"),
            "skips": n_skips,
            "skip_rate": n_skips / (n_skips + len(items)) if n_skips + len(items) else None,
            "skip_reasons": dict(skips[g]),
            "qa_reviewed": reviewed,
            "qa_overturned": over,
            "overturn_rate": over / reviewed if reviewed else None,
        }
    return out


def _weeks(db: Path, users: set[str], since: datetime, until: datetime) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, decided, verdict, dispute, reviewed in rows(
        db,
        "SELECT u.username, d.decided_at, r.verdict, r.dispute_status, r.reviewed_at"
        " FROM qa_results r JOIN decisions d ON d.decision_id = r.decision_id"
        " JOIN users u ON u.user_id = d.user_id",
    ):
        at, seen = _t(decided), _t(reviewed)
        assert at is not None
        assert seen is not None
        if name in users and since <= at < until:
            year, week, _ = seen.isocalendar()
            entry = out[f"{year}-W{week:02d}"]
            entry[0] += 1
            entry[1] += 0 if (verdict == "overturned" and dispute != "accepted") else 1
    return out


def _compare(got: dict[str, Any], expected: dict[str, dict[str, Any]]) -> None:
    by_key = {r["key"]: r for r in got["rows"]}
    assert set(by_key) == set(expected) - {"*"}
    for k, want in expected.items():
        row = got["totals"] if k == "*" else by_key[k]
        for field, value in want.items():
            assert row[field] == pytest.approx(value), (k, field)


def _team(db: Path, team: str) -> set[str]:
    return {r[0] for r in rows(db, "SELECT username FROM users WHERE team = ?", team)}


@pytest.mark.parametrize("group_by", ["moderator", "vendor", "queue", "day"])
def test_lead_metrics_equal_a_recount_of_the_raw_rows(
    week: tuple[LiveService, Clients], group_by: str
) -> None:
    service, users = week
    resp = users["lead1"].get(
        "/v1/metrics", params={"from": WEEK[0], "to": WEEK[1], "group_by": group_by}
    )
    assert resp.status_code == 200, resp.text
    got = resp.json()
    assert (got["scope"], got["group_by"]) == ("team", group_by)
    since, until = _z(WEEK[0]), _z(WEEK[1])
    assert since is not None
    assert until is not None
    team = _team(service.db_path, "team-a")
    expected = _expected(service.db_path, team, since, until, group_by)
    assert expected["*"]["decisions"] > 100
    assert expected["*"]["skips"] > 0
    assert expected["*"]["qa_overturned"] > 0
    _compare(got, expected)
    weeks = _weeks(service.db_path, team, since, until)
    assert len(weeks) == 2
    assert [(w["week"], w["reviewed"], w["upheld"]) for w in got["qa_by_week"]] == [
        (k, n, up) for k, (n, up) in sorted(weeks.items())
    ]
    for w in got["qa_by_week"]:
        assert w["agreement"] == pytest.approx(w["upheld"] / w["reviewed"])


def test_scopes_admin_all_moderator_self_qa_none(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    db = service.db_path
    everyone = {r[0] for r in rows(db, "SELECT username FROM users")}
    got = users["admin1"].get("/v1/metrics", params={"group_by": "moderator"}).json()
    assert got["scope"] == "all"
    _compare(got, _expected(db, everyone, None, None, "moderator"))

    day = ("2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z")
    resp = users["moderator1"].get(
        "/v1/metrics", params={"from": day[0], "to": day[1], "group_by": "queue"}
    )
    got = resp.json()
    assert got["scope"] == "self"
    _compare(got, _expected(db, {"moderator1"}, _z(day[0]), _z(day[1]), "queue"))
    assert got["totals"]["decisions"] > 0
    # a moderator's totals are their own, not the team's
    team_total = users["lead1"].get("/v1/metrics", params={"from": day[0], "to": day[1]}).json()
    assert team_total["totals"]["decisions"] > got["totals"]["decisions"]

    assert_problem(users["qa1"].get("/v1/metrics"), 403, "forbidden")
    backwards = {"from": WEEK[1], "to": WEEK[0]}
    assert_problem(users["lead1"].get("/v1/metrics", params=backwards), 422, "validation-failed")
    assert_problem(
        users["lead1"].get("/v1/metrics", params={"group_by": "team"}), 422, "validation-failed"
    )


def test_queue_depth_and_age(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    got = users["lead1"].get("/v1/metrics").json()
    now = _z(got["generated_at"])
    assert now is not None
    free: dict[str, list[datetime]] = defaultdict(list)
    for queue, status, holder, expires, created in rows(
        service.db_path,
        "SELECT queue, status, lease_holder, lease_expires_at, created_at FROM cases",
    ):
        until = _t(expires)
        if status in ("open", "escalated") and (holder is None or (until and until <= now)):
            at = _t(created)
            assert at is not None
            free[queue].append(at)
    queues = {q["queue"]: q for q in got["queues"]}
    assert set(queues) == {"live-priority", "live-general", "escalations"}
    for name, q in queues.items():
        assert q["depth"] == len(free[name])
        oldest = min(free[name]) if free[name] else None
        expected_age = None if oldest is None else (now - oldest).total_seconds()
        assert q["oldest_age_seconds"] == pytest.approx(expected_age)
    mine = users["moderator1"].get("/v1/metrics").json()
    assert "escalations" not in {q["queue"] for q in mine["queues"]}
