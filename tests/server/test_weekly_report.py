"""GET /v1/reports/weekly on the seeded demo week equals every figure recomputed here in
plain Python from the raw rows of the service's SQLite file, for a vendor, a team and each
role's scope; and the week before it likewise (the report's changes)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from devkit.db import rows, write
from devkit.live_service import LiveService
from tests.server.audit_kit import Clients, shared_week_service
from tests.server.helpers import assert_problem

WEEK = "2026-W47"  # Monday 2026-11-16, the seeded demo week
MONDAY = datetime(2026, 11, 16, tzinfo=UTC)


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    service, users = shared_week_service(request, tmp_path_factory, live_service_template)
    # the demo week predates deadlines: give its cases one mid-week, so that some decisions
    # come within it and some after (the shared service's other tests read no deadline)
    write(
        service.db_path,
        "UPDATE cases SET deadline = ? WHERE deadline IS NULL",
        "2026-11-19 12:00:00.000000",
    )
    return service, users


def _t(text: str | None) -> datetime | None:
    """SQLite keeps naive UTC text such as '2026-11-16 08:03:12.000000'."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _p90(values: list[int]) -> float | None:
    """The smallest value with at least 90% of the values at or below it."""
    for v in sorted(set(values)):
        if 10 * sum(1 for x in values if x <= v) >= 9 * len(values):
            return float(v)
    return None


def _users(db: Path, where: str, *params: str) -> set[str]:
    return {r[0] for r in rows(db, f"SELECT user_id FROM users WHERE {where}", *params)}


def _expected(db: Path, users: set[str], since: datetime, until: datetime) -> dict[str, Any]:
    """Every WeeklyFigures field and the root-cause table, from the raw rows."""
    decided: dict[str, tuple[str, datetime]] = {}
    cases: list[tuple[str, int, str, datetime, str, str]] = []
    chat: Counter[str] = Counter()
    for did, uid, case_id, action, kind, sup, ht, at_text, reason in rows(
        db,
        "SELECT decision_id, user_id, case_id, action, kind, superseded_by, handle_time_ms,"
        " decided_at, escalation_reason FROM decisions",
    ):
        at = _t(at_text)
        assert at is not None
        if uid not in users or not since <= at < until:
            continue
        decided[did] = (case_id, at)
        if action == "retract" or sup is not None:
            continue
        if kind == "chat_action":
            chat[action] += 1
        else:
            cases.append((action, ht, uid, at, case_id, reason))
    deadlines = {c: _t(d) for c, d in rows(db, "SELECT case_id, deadline FROM cases")}
    times = [ht for _a, ht, _u, _at, _c, _r in cases]
    hours = {(u, at.replace(minute=0, second=0, microsecond=0)) for _a, _h, u, at, _c, _r in cases}
    with_deadline = [(at, deadlines[c]) for _a, _h, _u, at, c, _r in cases if deadlines.get(c)]
    within = sum(1 for at, dl in with_deadline if dl is not None and at <= dl)
    verdicts: dict[str, list[bool]] = defaultdict(list)
    for did, verdict, dispute in rows(
        db, "SELECT decision_id, verdict, dispute_status FROM qa_results"
    ):
        if did in decided:
            verdicts[did].append(verdict == "overturned" and dispute != "accepted")
    flat = [over for flags in verdicts.values() for over in flags]
    overturned = sum(1 for flags in verdicts.values() if any(flags))
    n = len(cases)
    return {
        "cases": n,
        "staffed_hours": len(hours),
        "cases_per_hour": n / len(hours) if hours else None,
        "handle_time_mean_ms": sum(times) / n if n else None,
        "handle_time_p90_ms": _p90(times),
        "sla_decided": len(with_deadline),
        "within_sla": within,
        "sla_attainment": within / len(with_deadline) if with_deadline else None,
        "action_mix": dict(Counter(a for a, *_ in cases)),
        "chat_actions": dict(chat),
        "qa_verdicts": len(flat),
        "qa_upheld": flat.count(False),
        "qa_agreement": flat.count(False) / len(flat) if flat else None,
        "qa_reviewed": len(verdicts),
        "qa_overturned": overturned,
        "overturn_rate": overturned / len(verdicts) if verdicts else None,
        "escalations_by_reason": dict(
            Counter(r or "unspecified" for a, _h, _u, _at, _c, r in cases if a == "escalate")
        ),
    }


def _causes(db: Path, users: set[str], since: datetime, until: datetime) -> dict[str, int]:
    """Overturned decisions per policy area named (``none``: no area)."""
    per_area: dict[str, set[str]] = defaultdict(set)
    for did, uid, codes, at_text, verdict, dispute in rows(
        db,
        "SELECT d.decision_id, d.user_id, d.policy_codes, d.decided_at, r.verdict,"
        " r.dispute_status FROM qa_results r JOIN decisions d ON d.decision_id = r.decision_id",
    ):
        at = _t(at_text)
        assert at is not None
        overturned = verdict == "overturned" and dispute != "accepted"
        if uid in users and since <= at < until and overturned:
            for area in [c for c in codes.split(",") if c] or ["none"]:
                per_area[area].add(did)
    return {a: len(ds) for a, ds in per_area.items()}


def _compare(got: dict[str, Any], want: dict[str, Any]) -> None:
    for name, value in want.items():
        assert got[name] == pytest.approx(value), name


def test_vendor_week_equals_a_recount_of_the_raw_rows(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    db = service.db_path
    resp = users["admin1"].get("/v1/reports/weekly", params={"vendor": "northdesk", "week": WEEK})
    assert resp.status_code == 200, resp.text
    got = resp.json()
    assert (got["scope"], got["time_zone"], got["week"]) == ("all", "UTC", WEEK)
    assert got["since"].startswith("2026-11-16T00:00:00")
    assert got["until"].startswith("2026-11-23T00:00:00")
    vendor = _users(db, "vendor = ?", "northdesk")
    current = _expected(db, vendor, MONDAY, MONDAY + timedelta(days=7))
    assert current["cases"] > 50
    assert current["qa_overturned"] > 0
    assert 0 < current["within_sla"] < current["sla_decided"]
    _compare(got["current"], current)
    _compare(got["previous"], _expected(db, vendor, MONDAY - timedelta(days=7), MONDAY))

    causes = _causes(db, vendor, MONDAY, MONDAY + timedelta(days=7))
    ranked = sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    assert [(c["policy_area"], c["overturned"]) for c in got["overturn_causes"]] == ranked
    notes = {
        d: (case_id, note, qa)
        for d, case_id, note, qa in rows(
            db,
            "SELECT d.decision_id, d.case_id, d.note, r.qa_note FROM decisions d"
            " JOIN qa_results r ON r.decision_id = d.decision_id",
        )
    }
    for cause in got["overturn_causes"]:
        assert 0 < len(cause["examples"]) <= 3
        for ex in cause["examples"]:
            assert set(ex) == {"case_id", "decision_id", "policy_areas", "note", "qa_reason"}
            case_id, note, _qa = notes[ex["decision_id"]]
            assert (ex["case_id"], ex["note"]) == (case_id, note)


def test_scopes_lead_team_moderator_self_qa_none(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    db = service.db_path
    span = (MONDAY, MONDAY + timedelta(days=7))
    got = users["lead1"].get("/v1/reports/weekly", params={"week": WEEK}).json()
    assert got["scope"] == "team"
    _compare(got["current"], _expected(db, _users(db, "team = ?", "team-a"), *span))

    mine = users["moderator1"].get("/v1/reports/weekly", params={"week": WEEK}).json()
    assert mine["scope"] == "self"
    _compare(mine["current"], _expected(db, _users(db, "username = ?", "moderator1"), *span))
    assert 0 < mine["current"]["cases"] < got["current"]["cases"]

    assert_problem(users["qa1"].get("/v1/reports/weekly", params={"week": WEEK}), 403, "forbidden")
    other_team = {"week": WEEK, "team": "team-b"}
    assert_problem(users["lead1"].get("/v1/reports/weekly", params=other_team), 403, "forbidden")
    for bad in ("2026-48", "2026-W54", "2025-W53"):  # 2025 has 52 weeks
        resp = users["lead1"].get("/v1/reports/weekly", params={"week": bad})
        assert_problem(resp, 422, "validation-failed")


def test_a_vendors_zone_moves_its_week(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    db = service.db_path
    for name in ("lead1", "moderator1", "qa1"):
        put = users[name].put("/v1/admin/vendors/southdesk", json={"time_zone": "Asia/Tokyo"})
        assert_problem(put, 403, "forbidden")
    admin = users["admin1"]
    bad = admin.put("/v1/admin/vendors/southdesk", json={"time_zone": "Mars/Olympus"})
    assert_problem(bad, 422, "validation-failed")
    nobody = admin.put("/v1/admin/vendors/nodesk", json={"time_zone": "Asia/Tokyo"})
    assert_problem(nobody, 404, "not-found")
    put = admin.put("/v1/admin/vendors/southdesk", json={"time_zone": "Asia/Tokyo"})
    assert put.status_code == 200, put.text
    got = admin.get("/v1/reports/weekly", params={"vendor": "southdesk", "week": WEEK}).json()
    assert got["time_zone"] == "Asia/Tokyo"
    since = MONDAY - timedelta(hours=9)  # Monday 00:00 in Tokyo is Sunday 15:00 UTC
    assert got["since"].startswith("2026-11-15T15:00:00")
    vendor = _users(db, "vendor = ?", "southdesk")
    _compare(got["current"], _expected(db, vendor, since, since + timedelta(days=7)))
    _compare(got["previous"], _expected(db, vendor, since - timedelta(days=7), since))
    # the other vendor still counts in UTC
    other = admin.get("/v1/reports/weekly", params={"vendor": "northdesk", "week": WEEK}).json()
    assert other["time_zone"] == "UTC"


def _acks_expected(db: Path, users: set[str], since: datetime, until: datetime) -> list[Any]:
    """Each guideline of the week (requires an acknowledgement, no target row: everyone)
    with (expected, on time, late, missing), from the raw rows."""
    active = {u for (u,) in rows(db, "SELECT user_id FROM users WHERE active = 1")} & users
    targeted = {a for (a,) in rows(db, "SELECT announcement_id FROM announcement_targets")}
    acks: dict[tuple[str, str], datetime] = {}
    for aid, uid, at in rows(db, "SELECT announcement_id, user_id, acknowledged_at FROM acks"):
        got = _t(at)
        assert got is not None
        acks[(aid, uid)] = got
    out = []
    for aid, published_text, needs in rows(
        db, "SELECT announcement_id, published_at, requires_ack FROM announcements"
    ):
        published = _t(published_text)
        assert published is not None
        if not needs or not since <= published < until:
            continue
        assert aid not in targeted  # the seeded guidelines go to everyone
        on_time = late = 0
        for uid in active:
            at = acks.get((aid, uid))
            if at is not None and at <= published + timedelta(hours=24):
                on_time += 1
            elif at is not None:
                late += 1
        out.append((published, aid, len(active), on_time, late, len(active) - on_time - late))
    return sorted(out)


def test_guideline_acknowledgements_equal_a_recount(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    db = service.db_path
    guideline = "ann-2026-11-raids"
    # moderator1 acknowledges now (days late); moderator2 acknowledged an hour after it came
    assert users["moderator1"].post(f"/v1/announcements/{guideline}/ack").status_code == 200
    (published,) = rows(
        db, "SELECT published_at FROM announcements WHERE announcement_id = ?", guideline
    )
    on_time = (_t(published[0]) or MONDAY) + timedelta(hours=1)
    uid = next(iter(_users(db, "username = ?", "moderator2")))
    write(db, "DELETE FROM acks WHERE announcement_id = ? AND user_id = ?", guideline, uid)
    write(
        db,
        "INSERT INTO acks (announcement_id, user_id, acknowledged_at) VALUES (?, ?, ?)",
        guideline,
        uid,
        on_time.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"),
    )
    resp = users["admin1"].get("/v1/reports/weekly", params={"vendor": "northdesk", "week": WEEK})
    assert resp.status_code == 200, resp.text
    got = resp.json()
    vendor = _users(db, "vendor = ?", "northdesk")
    want = _acks_expected(db, vendor, MONDAY, MONDAY + timedelta(days=7))
    assert len(want) == 2
    shown = [
        (g["announcement_id"], g["expected"], g["on_time"], g["late"], g["missing"])
        for g in got["guideline_acks"]
    ]
    assert shown == [(aid, n, ok, late, miss) for _p, aid, n, ok, late, miss in want]
    raids = next(g for g in got["guideline_acks"] if g["announcement_id"] == guideline)
    assert raids["on_time"] >= 1
    assert raids["late"] >= 1
    named = {x["username"] for x in raids["not_on_time"]}
    assert "moderator1" in named
    assert "moderator2" not in named
    current = got["current"]
    expected = sum(n for _p, _a, n, *_r in want)
    ok = sum(w[3] for w in want)
    late = sum(w[4] for w in want)
    assert (current["guidelines"], current["acks_expected"]) == (2, expected)
    assert (current["acks_on_time"], current["acks_late"]) == (ok, late)
    assert current["ack_rate"] == pytest.approx((ok + late) / expected)
    assert current["on_time_rate"] == pytest.approx(ok / expected)
    assert got["previous"]["guidelines"] == 0
