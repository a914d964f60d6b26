"""Calibration sessions, blind items, idempotent answers, the report, the QA pool and disputes,
against the real service over loopback."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from devkit.db import rows
from devkit.live_service import LiveService
from reviewer import contract
from tests.server.helpers import assert_problem, decision, lease, upload


def answer(item_id: str, action: str = "no_violation", **fields: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "answer_id": str(uuid.uuid4()),
        "item_id": item_id,
        "action": action,
        "policy_codes": [],
        "note": "",
        "handle_time_ms": 3100,
        "answered_at": datetime.now(UTC).isoformat(),
    }
    item.update(fields)
    return item


def post_answers(client: httpx.Client, session_id: str, *items: dict[str, Any]) -> list[Any]:
    resp = client.post(
        f"/v1/calibration/sessions/{session_id}/answers:batch", json={"answers": list(items)}
    )
    assert resp.status_code == 200, resp.text
    results: list[Any] = resp.json()["results"]
    return results


def demo_session(client: httpx.Client) -> dict[str, Any]:
    sessions = client.get("/v1/calibration/sessions").json()["sessions"]
    (found,) = [s for s in sessions if s["title"] == "Weekly golden set"]
    assert isinstance(found, dict)
    return found


def golden_refs(db: Any, session_id: str) -> dict[str, tuple[str, list[str], str, str]]:
    """item id -> (reference action, codes, note, source), read from the service's file."""
    got = rows(
        db,
        "SELECT item_id, ref_action, ref_policy_codes, ref_note, source FROM calibration_items "
        "WHERE session_id = ?",
        session_id,
    )
    return {r[0]: (r[1], [c for c in r[2].split(",") if c], r[3], r[4]) for r in got}


def decide_live(service: LiveService, n: int) -> list[str]:
    """moderator1 leases and decides ``n`` cases (every one lands in the pool at rate 1)."""
    with service.client("lead1") as lead:
        for queue in ("live-priority", "live-general"):
            assert lead.put(f"/v1/qa/sampling/{queue}", json={"rate": 1.0}).status_code == 200
    ids: list[str] = []
    with service.client("moderator1") as m1:
        cases = [c["case_id"] for c in lease(m1, "live-general", size=n)["cases"]]
        items = [
            decision(c, "warn_streamer", policy_codes=["harassment_bullying"])
            if i % 2
            else decision(c)
            for i, c in enumerate(cases)
        ]
        assert {r["status"] for r in upload(m1, *items)} == {"accepted"}
        ids = [i["decision_id"] for i in items]
    return ids


def test_items_are_blind_for_qa1(shared_service: LiveService) -> None:
    """The raw JSON sent to qa1 holds no reference answer and nothing golden-specific."""
    with shared_service.client("qa1") as qa:
        s = demo_session(qa)
        resp = qa.get(f"/v1/calibration/sessions/{s['session_id']}/items")
        assert resp.status_code == 200
        raw = resp.text
    refs = golden_refs(shared_service.database, s["session_id"])
    assert refs
    lowered = raw.lower()
    for word in ("golden", "reference", "ref_", "source", "live-general", "live-priority"):
        assert word not in lowered, word
    body = json.loads(raw)
    case_ids = {
        r[0] for r in rows(shared_service.database, "SELECT case_id FROM calibration_items")
    }
    for item in body["items"]:
        ref_action, _codes, ref_note, _src = refs[item["item_id"]]
        case = item["case"]
        assert set(item) == {"item_id", "position", "case"}
        assert case["case_id"] == item["item_id"]
        assert (case["queue"], case["status"]) == ("calibration", "open")
        assert case["escalation_reason"] == case["escalation_note"] == ""
        assert ref_note not in raw
        # Action codes may appear only as prior enforcement of the account, never elsewhere.
        without_prior = json.dumps({k: v for k, v in case.items() if k != "prior_enforcement"})
        assert ref_action not in without_prior
    for case_id in case_ids:
        assert case_id not in raw
    contract.CalibrationItemList.model_validate_json(raw)


def test_session_flow_answers_report_verdicts_and_disputes(shared_service: LiveService) -> None:
    live_ids = decide_live(shared_service, 4)
    db = shared_service.database
    with shared_service.client("lead1") as lead:
        pool = lead.get("/v1/qa/pool", params={"available": "true"}).json()["items"]
        assert set(live_ids) <= {p["decision_id"] for p in pool}
        created = lead.post(
            "/v1/calibration/sessions",
            json={
                "title": "Mixed",
                "reviewers": ["qa1"],
                "golden_count": 2,
                "live_decision_ids": live_ids,
            },
        )
        assert created.status_code == 201, created.text
        sid = created.json()["session_id"]
        assert created.json()["item_count"] == 6
        left = lead.get("/v1/qa/pool", params={"available": "true"}).json()["items"]
        assert not set(live_ids) & {p["decision_id"] for p in left}

    refs = golden_refs(db, sid)
    with shared_service.client("qa1") as qa:
        items = qa.get(f"/v1/calibration/sessions/{sid}/items").json()["items"]
        assert [i["position"] for i in items] == list(range(6))
        # Golden and live items carry exactly the same fields with the same fixed values.
        shapes = {(tuple(sorted(i["case"])), i["case"]["queue"]) for i in items}
        assert len(shapes) == 1
        answers = []
        target_item = next(i["item_id"] for i in items if refs[i["item_id"]][3] == "live")
        for item in items:
            ref_action, ref_codes, _, _ = refs[item["item_id"]]
            if item["item_id"] == target_item:  # one deliberate disagreement, on a live item
                wrong = "no_violation" if ref_action != "no_violation" else "end_stream"
                codes = [] if wrong == "no_violation" else ["violent_graphic"]
                answers.append(answer(item["item_id"], wrong, policy_codes=codes))
            else:
                note = "per the guideline" if ref_action in ("ban_account", "escalate") else ""
                answers.append(
                    answer(item["item_id"], ref_action, policy_codes=ref_codes, note=note)
                )
        first = post_answers(qa, sid, *answers[:3])
        assert [r["status"] for r in first] == ["accepted"] * 3
        early = qa.post(f"/v1/calibration/sessions/{sid}/submit")
        assert_problem(early, 409, "conflict")
        assert_problem(qa.get(f"/v1/calibration/sessions/{sid}/report"), 409, "conflict")
        again = post_answers(qa, sid, *answers)  # a retry of the first three, plus the rest
        assert [r["status"] for r in again] == ["duplicate"] * 3 + ["accepted"] * 3
        reused = dict(answers[1], note="other content")
        second_for_item = answer(items[1]["item_id"], "no_violation")
        res = post_answers(qa, sid, reused, second_for_item)
        assert [r["status"] for r in res] == ["id_reused", "rejected"]
        count = "SELECT count(*) FROM calibration_answers WHERE session_id = ?"
        assert rows(db, count, sid) == [(6,)]

        report = qa.post(f"/v1/calibration/sessions/{sid}/submit")
        assert report.status_code == 200, report.text
        rep = contract.CalibrationReport.model_validate(report.json())
        assert (rep.item_count, rep.golden_count, rep.live_count) == (6, 2, 4)
        (mine,) = rep.reviewers
        assert mine.reviewer == "qa1"
        assert mine.action.n == 6
        assert mine.action.agreed == 5
        assert mine.action.accuracy == pytest.approx(5 / 6)
        assert sum(map(sum, mine.action.matrix)) == 6
        assert len(mine.disagreements) == 1
        d = mine.disagreements[0]
        assert d.action_differs
        assert d.item_id == target_item
        assert d.source == "live"
        assert d.reference_action == refs[d.item_id][0]
        assert rep.alpha_action is None
        assert rep.alpha_raters == 1
        late = post_answers(qa, sid, answer(target_item))
        assert late[0]["status"] == "rejected"
        assert qa.post(f"/v1/calibration/sessions/{sid}/submit").json() == report.json()

    # Verdicts on the live items: overturned only where qa1 disagreed with a live decision.
    verdicts = rows(
        db, "SELECT decision_id, verdict, item_id FROM qa_results WHERE session_id = ?", sid
    )
    assert {v[0] for v in verdicts} == set(live_ids)
    assert [v[2] for v in verdicts if v[1] == "overturned"] == [target_item]

    with shared_service.client("moderator1") as m1, shared_service.client("moderator2") as m2:
        mine_results = [
            r for r in m1.get("/v1/qa/results").json()["items"] if r["session_id"] == sid
        ]
        assert len(mine_results) == 4
        assert {r["moderator"] for r in mine_results} == {"moderator1"}
        assert {r["moderator"] for r in m2.get("/v1/qa/results").json()["items"]} <= {"moderator2"}
        assert_problem(
            m2.get("/v1/qa/results", params={"moderator": "moderator1"}), 403, "forbidden"
        )
        (target,) = [r for r in mine_results if r["verdict"] == "overturned"]
        rid = target["result_id"]
        upheld = next(r for r in mine_results if r["verdict"] == "upheld")
        assert_problem(
            m1.post(f"/v1/qa/results/{upheld['result_id']}/dispute", json={"note": "x"}),
            409,
            "conflict",
        )
        assert_problem(
            m2.post(f"/v1/qa/results/{rid}/dispute", json={"note": "not mine"}), 404, "not-found"
        )
        disputed = m1.post(f"/v1/qa/results/{rid}/dispute", json={"note": "the chat was a raid"})
        assert disputed.status_code == 200, disputed.text
        assert disputed.json()["dispute_status"] == "open"
        same = m1.post(f"/v1/qa/results/{rid}/dispute", json={"note": "the chat was a raid"})
        assert same.json() == disputed.json()
    with shared_service.client("qa1") as qa:
        assert_problem(
            qa.post(f"/v1/qa/results/{rid}/resolve", json={"outcome": "accepted"}), 403, "forbidden"
        )
    with shared_service.client("lead1") as lead:
        resolved = lead.post(
            f"/v1/qa/results/{rid}/resolve", json={"outcome": "accepted", "note": "agreed"}
        )
        assert resolved.status_code == 200, resolved.text
        body = resolved.json()
        assert (body["dispute_status"], body["final_verdict"], body["resolved_by"]) == (
            "accepted",
            "upheld",
            "lead1",
        )
        assert_problem(
            lead.post(f"/v1/qa/results/{rid}/resolve", json={"outcome": "rejected"}),
            409,
            "conflict",
        )


def test_role_scoping(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1:
        assert_problem(m1.get("/v1/calibration/sessions"), 403, "forbidden")
        assert_problem(m1.get("/v1/qa/pool"), 403, "forbidden")
        assert_problem(
            m1.post(
                "/v1/calibration/sessions",
                json={"title": "x", "reviewers": ["moderator1"], "golden_count": 1},
            ),
            403,
            "forbidden",
        )
    with shared_service.client("qa1") as qa:
        demo = demo_session(qa)
        assert_problem(
            qa.post("/v1/calibration/sessions", json={"title": "x", "reviewers": ["qa1"]}),
            403,
            "forbidden",
        )
    with shared_service.client("admin1") as admin:
        other = admin.post(
            "/v1/calibration/sessions",
            json={"title": "Admins only", "reviewers": ["admin1"], "golden_count": 1},
        )
        assert other.status_code == 201, other.text
        other_id = other.json()["session_id"]
        bad = admin.post(
            "/v1/calibration/sessions",
            json={"title": "x", "reviewers": ["moderator1"], "golden_count": 1},
        )
        assert_problem(bad, 400, "bad-request")
        items = admin.get(f"/v1/calibration/sessions/{other_id}/items").json()["items"]
        sha = items[0]["case"]["snapshots"][0]["sha256"]
        assert admin.get(f"/v1/calibration/media/{sha}").status_code == 200
    with shared_service.client("qa1") as qa:
        # qa1 sees only the sessions assigned to them, and nothing of the others.
        listed = [s["session_id"] for s in qa.get("/v1/calibration/sessions").json()["sessions"]]
        assert demo["session_id"] in listed
        assert other_id not in listed
        assert_problem(qa.get(f"/v1/calibration/sessions/{other_id}/items"), 404, "not-found")
        assert_problem(qa.get(f"/v1/calibration/sessions/{other_id}/report"), 404, "not-found")
        assert_problem(
            qa.get(f"/v1/calibration/items/{items[0]['item_id']}/chat"), 404, "not-found"
        )
        own = qa.get(f"/v1/calibration/sessions/{demo['session_id']}/items").json()["items"]
        own_shas = {s["sha256"] for i in own for s in i["case"]["snapshots"]}
        if sha not in own_shas:
            assert_problem(qa.get(f"/v1/calibration/media/{sha}"), 404, "not-found")
        chat = qa.get(f"/v1/calibration/items/{own[0]['item_id']}/chat", params={"limit": 5})
        page = contract.ChatPage.model_validate_json(chat.text)
        assert page.case_id == own[0]["item_id"]
        assert all(i.startswith(own[0]["item_id"] + ":") for i in page.ids)
    with shared_service.client("lead1") as lead:
        # A lead sees the sessions they created or review, not an admin's own session.
        listed = [s["session_id"] for s in lead.get("/v1/calibration/sessions").json()["sessions"]]
        assert demo["session_id"] in listed  # lead1 created the demo session
        assert other_id not in listed
        assert_problem(lead.get(f"/v1/calibration/sessions/{other_id}/report"), 404, "not-found")
        creator_view = lead.get(f"/v1/calibration/sessions/{demo['session_id']}/report")
        assert creator_view.status_code == 200  # the creator sees whoever has submitted
    with shared_service.client("admin1") as admin:
        everything = admin.get("/v1/calibration/sessions").json()["sessions"]
        assert {demo["session_id"], other_id} <= {s["session_id"] for s in everything}


def test_several_reviewers_get_krippendorff_alpha(shared_service: LiveService) -> None:
    with shared_service.client("lead1") as lead:
        created = lead.post(
            "/v1/calibration/sessions",
            json={"title": "Pair", "reviewers": ["qa1", "lead1"], "golden_count": 3},
        )
        sid = created.json()["session_id"]
    refs = golden_refs(shared_service.database, sid)
    for user, flip in (("qa1", False), ("lead1", True)):
        with shared_service.client(user) as c:
            items = c.get(f"/v1/calibration/sessions/{sid}/items").json()["items"]
            answers = []
            for n, item in enumerate(items):
                action, codes, _, _ = refs[item["item_id"]]
                if flip and n == 0:
                    action, codes = ("age_restrict", ["sexual_nudity"])
                note = "noted" if action in ("ban_account", "escalate") else ""
                answers.append(answer(item["item_id"], action, policy_codes=codes, note=note))
            assert {r["status"] for r in post_answers(c, sid, *answers)} == {"accepted"}
            assert c.post(f"/v1/calibration/sessions/{sid}/submit").status_code == 200
    with shared_service.client("lead1") as lead:
        rep = contract.CalibrationReport.model_validate(
            lead.get(f"/v1/calibration/sessions/{sid}/report").json()
        )
    assert rep.alpha_raters == 2
    assert {r.reviewer for r in rep.reviewers} == {"qa1", "lead1"}
    assert rep.alpha_action is not None
    assert rep.alpha_action < 1.0
    with shared_service.client("qa1") as qa:
        own = contract.CalibrationReport.model_validate(
            qa.get(f"/v1/calibration/sessions/{sid}/report").json()
        )
    assert [r.reviewer for r in own.reviewers] == ["qa1"]
    assert own.alpha_action == rep.alpha_action


def test_pool_samples_at_the_queue_rate_and_takes_every_escalation(
    shared_service: LiveService,
) -> None:
    with shared_service.client("lead1") as lead:
        assert lead.put("/v1/qa/sampling/live-general", json={"rate": 0.0}).status_code == 200
        rates = lead.get("/v1/qa/sampling").json()["rates"]
        assert {r["queue"]: r["rate"] for r in rates}["live-general"] == 0.0
        assert_problem(lead.put("/v1/qa/sampling/nope", json={"rate": 0.5}), 404, "not-found")
    with shared_service.client("moderator2") as m2:
        cases = [c["case_id"] for c in lease(m2, "live-general", size=3)["cases"]]
        items = [decision(cases[0]), decision(cases[1])]
        items.append(decision(cases[2], "escalate", note="beyond me", escalation_reason="other"))
        assert {r["status"] for r in upload(m2, *items)} == {"accepted"}
    with shared_service.client("lead1") as lead:
        pool = lead.get("/v1/qa/pool").json()["items"]
    ours = {i["decision_id"] for i in items}
    assert [(p["decision_id"], p["reason"]) for p in pool if p["decision_id"] in ours] == [
        (items[2]["decision_id"], "escalation")
    ]
