"""Team-lead audit on the real service over a seeded week: history filters and role
scoping (as other users), a case's whole chain, an escalation's outcome reaching the
moderator, targeted guidelines with acknowledgements, and audit-chain tampering."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.db import rows
from devkit.live_service import LiveService, copy_database
from reviewer import contract
from reviewer.audit import GENESIS_HASH, canonical_json, event_hash
from tests.server.audit_kit import Clients, history_database, shared_week_service
from tests.server.helpers import assert_problem, batch, decision, lease

WEEK = {"since": "2026-11-16T00:00:00Z", "until": "2026-11-23T00:00:00Z"}


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    return shared_week_service(request, tmp_path_factory, live_service_template)


def _all(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Every page of /v1/audit/decisions, following the cursor."""
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = dict(params, limit=40, **({"cursor": cursor} if cursor else {}))
        resp = client.get("/v1/audit/decisions", params=query)
        assert resp.status_code == 200, resp.text
        page = resp.json()
        out.extend(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            return out


def _raw(db: Path) -> list[dict[str, Any]]:
    """Every decision as stored, with its moderator's team and vendor, read from SQLite."""
    cols = ["decision_id", "case_id", "queue", "action", "decided_at", "username", "team", "vendor"]
    sql = (
        "SELECT d.decision_id, d.case_id, d.queue, d.action, d.decided_at, u.username, u.team,"
        " u.vendor FROM decisions d JOIN users u ON u.user_id = d.user_id"
    )
    return [dict(zip(cols, r, strict=True)) for r in rows(db, sql)]


def _chained(items: list[dict[str, Any]], start: int = 1, prev: str = GENESIS_HASH) -> str:
    """Give decisions seqs and hashes exactly as the client's store does (reviewer.store.decisions:
    the body is the validated DecisionIn without its audit fields, in canonical JSON)."""
    for seq, item in enumerate(items, start=start):
        model = contract.DecisionIn.model_validate(item)
        body = canonical_json(model.body_fields())
        item["audit_seq"] = seq
        item["audit_hash"] = prev = event_hash(seq, "decision", body, prev)
    return prev


# --- history ------------------------------------------------------------------------------------


def test_history_is_scoped_by_role(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    raw = _raw(service.db_path)
    mine = _all(users["moderator1"])
    assert {d["moderator"] for d in mine} == {"moderator1"}
    assert len(mine) == sum(1 for r in raw if r["username"] == "moderator1")
    assert _all(users["qa1"]) == []
    team = _all(users["lead1"])
    assert {d["decision_id"] for d in team} == {
        r["decision_id"] for r in raw if r["team"] == "team-a"
    }
    assert len(_all(users["admin1"])) == len(raw)
    for who, other in (("moderator1", "moderator2"), ("qa1", "moderator1")):
        resp = users[who].get("/v1/audit/decisions", params={"moderator": other})
        assert_problem(resp, 403, "forbidden")
        assert_problem(users[who].get(f"/v1/audit/chains/{other}"), 403, "forbidden")
    # a case decided only by moderator2 is not there for moderator1, not even by id
    theirs = next(r["case_id"] for r in raw if r["username"] == "moderator2")
    assert_problem(users["moderator1"].get(f"/v1/audit/cases/{theirs}/chain"), 404, "not-found")
    for path in ("/v1/announcements", "/v1/announcements/ann-2026-11-raids/acks"):
        assert_problem(users["moderator1"].get(path), 403, "forbidden")
        assert_problem(users["qa1"].get(path), 403, "forbidden")


def test_history_filters_match_the_stored_rows(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    lead, db = users["lead1"], service.db_path
    raw = _raw(db)
    south = _all(lead, vendor="southdesk", **WEEK)
    assert {d["decision_id"] for d in south} == {
        r["decision_id"] for r in raw if r["vendor"] == "southdesk"
    }
    assert south
    assert all(d["moderator"] == "moderator3" for d in south)
    day = _all(lead, since="2026-11-17T00:00:00Z", until="2026-11-18T00:00:00Z")
    assert {d["decision_id"] for d in day} == {
        r["decision_id"] for r in raw if r["decided_at"].startswith("2026-11-17")
    }
    results = rows(db, "SELECT decision_id, verdict, dispute_status FROM qa_results")
    disputed = {d for d, _v, s in results if s != "none"}
    overturned = {d for d, v, s in results if v == "overturned" and s != "accepted"}
    assert len(disputed) == 4
    assert overturned
    got = _all(lead, disputed="true")
    assert {d["decision_id"] for d in got} == disputed
    assert {d["dispute_status"] for d in got} == {"open", "accepted", "rejected"}
    assert {d["decision_id"] for d in _all(lead, overturned="true")} == overturned
    not_over = _all(lead, overturned="false")
    assert len(not_over) + len(overturned) == len(_all(lead))
    both = _all(lead, overturned="true", queue="live-general", action="no_violation")
    assert all(d["overturned"] and d["queue"] == "live-general" for d in both)
    # look up a streamer by handle (with or without @) and a case by id
    case_id = raw[0]["case_id"]
    streamer = json.loads(
        rows(db, "SELECT streamer_json FROM cases WHERE case_id=?", case_id)[0][0]
    )
    handle = streamer["handle"]
    cases_of_handle = {
        cid
        for cid, sj in rows(db, "SELECT case_id, streamer_json FROM cases")
        if json.loads(sj)["handle"] == handle
    }
    by_handle = _all(lead, streamer="@" + handle)
    assert {d["case_id"] for d in by_handle} == cases_of_handle & {r["case_id"] for r in raw}
    assert all(d["streamer_handle"] == handle for d in by_handle)
    assert {d["case_id"] for d in _all(lead, case_id=case_id)} == {case_id}
    assert_problem(
        lead.get("/v1/audit/decisions", params={"cursor": "bm90LWEtY3Vyc29y"}), 400, "bad-request"
    )


def test_a_disputed_case_shows_its_whole_chain(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    disputed = _all(users["lead1"], disputed="true")
    for item in disputed:
        chain = users["lead1"].get(f"/v1/audit/cases/{item['case_id']}/chain").json()
        kinds = [e["kind"] for e in chain["events"]]
        assert "qa_verdict" in kinds, kinds
        assert "dispute" in kinds, kinds
        assert kinds.index("qa_verdict") < kinds.index("dispute")
        assert chain["qa_results"]
        assert chain["streamer_handle"]
        if item["dispute_status"] != "open":
            assert kinds[-1] == "dispute_resolution"
    # the retracted-and-redone case: original, retract, redo in order
    (retract,) = rows(
        service.db_path, "SELECT case_id, supersedes FROM decisions WHERE action='retract'"
    )
    chain = users["admin1"].get(f"/v1/audit/cases/{retract[0]}/chain").json()
    assert [
        e["kind"] for e in chain["events"] if e["kind"] != "qa_verdict" and e["kind"] != "dispute"
    ][:3] == [
        "decision",
        "retract",
        "decision",
    ]
    assert chain["decisions"][0]["superseded_by"] == chain["decisions"][1]["decision_id"]
    assert chain["current_decision"] == chain["decisions"][2]["decision_id"]


# --- escalations --------------------------------------------------------------------------------


def test_an_escalation_outcome_reaches_the_moderator(week: tuple[LiveService, Clients]) -> None:
    _service, users = week
    mod, lead = users["moderator1"], users["lead1"]
    case_id = lease(mod, "live-priority", size=1)["cases"][0]["case_id"]
    esc = decision(
        case_id,
        "escalate",
        note="Looks like a credible threat.",
        escalation_reason="credible_threat",
    )
    head = _chained([esc])
    body = batch(esc, chain_seq=1, chain_head=head)
    body["device_id"] = "escalation-desk"
    assert mod.post("/v1/decisions:batch", json=body).json()["results"][0]["status"] == "accepted"
    # the lead pulls the escalation queue with the normal lease endpoint
    assert_problem(mod.post("/v1/queues/escalations/batches", json={"size": 1}), 403, "forbidden")
    pulled = [c["case_id"] for c in lease(lead, "escalations", size=20)["cases"]]
    assert case_id in pulled
    detail = lead.get(f"/v1/cases/{case_id}").json()
    assert detail["escalation_reason"] == "credible_threat"
    # not end_stream: the leased stream may have ended on its own by now (the simulation ends
    # some streams within 20 minutes of seeding), and an end-stream decided after the end is
    # refused
    outcome = decision(
        case_id, "suspend_account", policy_codes=["violent_graphic"], note="Confirmed."
    )
    assert (
        lead.post("/v1/decisions:batch", json=batch(outcome)).json()["results"][0]["status"]
        == "accepted"
    )
    (mine,) = _all(mod, escalated="true", case_id=case_id)
    assert mine["decision_id"] == esc["decision_id"]
    assert mine["escalation_outcome"]["action"] == "suspend_account"
    assert mine["escalation_outcome"]["decided_by"] == "lead1"
    assert mine["escalation_outcome"]["decision_id"] == outcome["decision_id"]
    chain = mod.get(f"/v1/audit/cases/{case_id}/chain").json()
    assert [e["kind"] for e in chain["events"]] == ["escalation", "escalation_outcome"]
    assert chain["status"] == "decided"
    # the seeded week: two escalations decided by lead1, one still waiting
    seeded = [d for d in _all(lead, escalated="true") if d["case_id"].startswith("HX-")]
    assert sorted(bool(d["escalation_outcome"]) for d in seeded) == [False, True, True]


# --- urgent guidelines --------------------------------------------------------------------------


def _policy_ids(client: httpx.Client) -> set[str]:
    return {a["id"] for a in client.get("/v1/policies").json()["announcements"]}


def test_targeted_guidelines_and_their_acknowledgements(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    lead = users["lead1"]
    resp = lead.post(
        "/v1/announcements",
        json={
            "title": "Southdesk: raids",
            "body": "Mute first.",
            "target": "vendor",
            "target_value": "southdesk",
        },
    )
    assert resp.status_code == 200, resp.text
    ann = resp.json()
    ann_id = ann["announcement"]["id"]
    assert (ann["targeted"], ann["acknowledged"], ann["published_by"]) == (1, 0, "lead1")
    assert ann_id in _policy_ids(users["moderator3"])
    assert ann_id not in _policy_ids(users["moderator1"])
    assert ann_id not in _policy_ids(users["lead1"])
    table = lead.get(f"/v1/announcements/{ann_id}/acks").json()
    assert [(r["username"], r["acknowledged"]) for r in table["rows"]] == [("moderator3", False)]
    assert users["moderator3"].post(f"/v1/announcements/{ann_id}/ack").status_code == 200
    table = lead.get(f"/v1/announcements/{ann_id}/acks").json()
    assert (table["targeted"], table["acknowledged"]) == (1, 1)
    assert table["rows"][0]["acknowledged_at"]

    # a queue's audience: who pulled a batch from it (read from the database)
    queue_people = {
        r[0]
        for r in rows(
            service.db_path,
            "SELECT DISTINCT u.username FROM batches b JOIN users u ON u.user_id = b.user_id "
            "WHERE b.queue = 'live-general' AND u.active",
        )
    }
    resp = users["admin1"].post(
        "/v1/announcements",
        json={
            "title": "General queue",
            "body": "New template.",
            "target": "queue",
            "target_value": "live-general",
        },
    )
    q_id = resp.json()["announcement"]["id"]
    table = users["admin1"].get(f"/v1/announcements/{q_id}/acks").json()
    assert {r["username"] for r in table["rows"]} == queue_people
    assert "qa1" not in queue_people
    assert q_id not in _policy_ids(users["qa1"])
    for name in queue_people - {"admin1"}:
        assert q_id in _policy_ids(users[name])

    # everyone: the lead's table covers the team, the admin's everybody
    resp = users["admin1"].post("/v1/announcements", json={"title": "All", "body": "Read me."})
    all_id = resp.json()["announcement"]["id"]
    assert all_id in _policy_ids(users["qa1"])
    assert users["moderator1"].post(f"/v1/announcements/{all_id}/ack").status_code == 200
    team = {r[0] for r in rows(service.db_path, "SELECT username FROM users WHERE team='team-a'")}
    lead_view = lead.get(f"/v1/announcements/{all_id}/acks").json()
    assert {r["username"] for r in lead_view["rows"]} == team
    assert (lead_view["targeted"], lead_view["acknowledged"]) == (len(team), 1)
    admin_view = users["admin1"].get(f"/v1/announcements/{all_id}/acks").json()
    everyone = rows(service.db_path, "SELECT COUNT(*) FROM users WHERE active")[0][0]
    assert (admin_view["targeted"], admin_view["acknowledged"]) == (everyone, 1)
    listed = {a["announcement"]["id"]: a for a in lead.get("/v1/announcements").json()["items"]}
    assert listed[ann_id]["target"] == "vendor"
    assert listed[ann_id]["acknowledged"] == 1
    assert listed["ann-2026-11-raids"]["target"] == "all"

    # bad input and roles
    bad = {"title": "x", "body": "y", "target": "vendor", "target_value": "nowhere"}
    assert_problem(lead.post("/v1/announcements", json=bad), 422, "validation-failed")
    bad = {"title": "x", "body": "y", "target": "queue"}
    assert_problem(lead.post("/v1/announcements", json=bad), 422, "validation-failed")
    ok = {"title": "x", "body": "y"}
    assert_problem(users["moderator1"].post("/v1/announcements", json=ok), 403, "forbidden")
    assert_problem(users["qa1"].post("/v1/announcements", json=ok), 403, "forbidden")
    assert_problem(lead.get("/v1/announcements/nope/acks"), 404, "not-found")


# --- audit chains -------------------------------------------------------------------------------


def _report(client: httpx.Client, username: str, **params: Any) -> dict[str, Any]:
    resp = client.get(f"/v1/audit/chains/{username}", params=params)
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def _issues(report: dict[str, Any], device: str) -> list[tuple[str, int, int]]:
    return [
        (i["kind"], i["seq_from"], i["seq_to"])
        for i in report["issues"]
        if i["device_id"] == device
    ]


def test_altered_audit_chains_are_reported(week: tuple[LiveService, Clients]) -> None:
    service, users = week
    lead, db = users["lead1"], service.db_path
    for name in ("moderator1", "moderator2", "moderator3"):
        report = _report(lead, name)
        assert not report["issues"], report["issues"]
        assert report["ok"]
        for device in report["devices"]:  # every stored link recomputed from its content
            assert device["links_checked"] == device["decisions"]
        seeded = {d["device_id"]: d for d in report["devices"]}[f"demo-{name}-desk"]
        assert seeded["decisions"] > 30

    # a client that uploads seqs 1, 2, 4 and later claims head 6 with only 5 stored
    mod = users["moderator2"]
    cases = [c["case_id"] for c in lease(mod, "live-general", size=4)["cases"]]
    first = [decision(c) for c in cases[:3]]
    _chained(first[:2])
    head = _chained([first[2]], start=4, prev="ee" * 32)  # seq 3 never arrives
    body = batch(*first, chain_seq=4, chain_head=head)
    body["device_id"] = "gap-desk"
    assert [r["status"] for r in mod.post("/v1/decisions:batch", json=body).json()["results"]] == [
        "accepted"
    ] * 3
    fifth = decision(cases[3])
    _chained([fifth], start=5, prev=head)
    body = batch(fifth, chain_seq=6, chain_head="dd" * 32)
    body["device_id"] = "gap-desk"
    assert mod.post("/v1/decisions:batch", json=body).status_code == 200
    report = _report(lead, "moderator2")
    assert sorted(_issues(report, "gap-desk")) == [("gap", 3, 3), ("missing_tail", 6, 6)]
    assert report["missing_seqs"] == 2
    assert report["unexplained_missing"] == 2 - report["acks_on_record"]
    assert not report["ok"]
    gap_desk = next(d for d in report["devices"] if d["device_id"] == "gap-desk")
    assert (
        gap_desk["links_checked"] == 3
    )  # seqs 1 and 2 follow; 4 and 5 have no stored predecessor... 5 does
    # a later upload that claims a lower head: the client's chain lost its tail
    body = batch(first[1], chain_seq=2, chain_head=first[1]["audit_hash"])
    body["device_id"] = "gap-desk"
    assert mod.post("/v1/decisions:batch", json=body).json()["results"][0]["status"] == "duplicate"
    assert ("regressed", 2, 6) in _issues(_report(lead, "moderator2"), "gap-desk")

    # edits in the service database: a hash, and a decision's content
    device = "demo-moderator1-desk"
    seq_hash = rows(
        db,
        "SELECT audit_seq, audit_hash FROM decisions WHERE device_id=? ORDER BY audit_seq",
        device,
    )

    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                "UPDATE decisions SET audit_hash=? WHERE device_id=? AND audit_seq=7",
                ("ab" * 32, device),
            )
            conn.execute(
                "UPDATE decisions SET note='edited later' WHERE device_id=? AND audit_seq=20",
                (device,),
            )
    finally:
        conn.close()
    report = _report(lead, "moderator1")
    edits = {
        i["seq_from"] for i in report["issues"] if i["kind"] == "edit" and i["device_id"] == device
    }
    assert {7, 8, 20} <= edits, report["issues"]
    assert not report["ok"]
    # a (seq, head) read off the moderator's client: the true one matches, a forged one not
    true_head = dict(seq_hash)[12]
    assert not [
        i
        for i in _report(lead, "moderator1", seq=12, head=true_head)["issues"]
        if i["kind"] == "claim_mismatch"
    ]
    forged = _report(lead, "moderator1", seq=12, head="0f" * 32)
    assert [i["kind"] for i in forged["issues"]].count("claim_mismatch") == 1
    assert_problem(lead.get("/v1/audit/chains/moderator1", params={"seq": 3}), 400, "bad-request")
    assert_problem(lead.get("/v1/audit/chains/nobody"), 404, "not-found")


def test_the_demo_week_is_deterministic(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path, tmp_path: Path
) -> None:
    """Seeding the week again on the same cases writes the very same rows, ids included."""
    from server.config import sqlite_url
    from server.db import make_engine
    from server.seeding.audit import seed_audit_history

    built = history_database(tmp_path_factory, live_service_template)
    again = copy_database(live_service_template, tmp_path / "again.sqlite3")
    engine = make_engine(sqlite_url(again))
    try:
        seed_audit_history(engine)
    finally:
        engine.dispose()
    for table in ("decisions", "uploads", "case_leases", "qa_results", "calibration_items"):
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert rows(built, sql) == rows(again, sql), table
