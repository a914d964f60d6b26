"""The admin's queues and golden items against the real service: only admins act, every
change is in the admin log with before and after, unknown teams, vendors and actions are a
clear 422, a queue's allow lists keep other teams out, a hidden action is refused in its
queue, and a promoted golden item serves calibration until it is retired."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from devkit.live_service import LiveService
from tests.server.helpers import assert_problem, decision, lease, upload

WEIGHTS = {
    "live": 100,
    "viewer_tier": 10,
    "report_5min": 5,
    "severity": 20,
    "deadline_near_seconds": 120,
}


def _queue_id() -> str:
    return "q-" + uuid.uuid4().hex[:10]


def _log(admin: httpx.Client, action: str, target: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = admin.get("/v1/admin/log").json()["items"]
    return [e for e in items if e["action"] == action and e["target"] == target]


def test_every_queue_and_golden_route_refuses_every_other_role(
    shared_service: LiveService,
) -> None:
    calls: list[tuple[str, str, dict[str, Any] | None]] = [
        ("GET", "/v1/admin/queues", None),
        ("POST", "/v1/admin/queues", {"queue_id": "x", "name": "X", "sla_minutes": 5}),
        ("PATCH", "/v1/admin/queues/live-general", {"sla_minutes": 5}),
        ("GET", "/v1/admin/golden", None),
        ("POST", "/v1/admin/golden", {"case_id": "LV-000001"}),
        ("DELETE", "/v1/admin/golden/LV-000001", None),
    ]
    for who in ("moderator1", "qa1", "lead1"):
        with shared_service.client(who) as client:
            for method, path, body in calls:
                resp = client.request(method, path, json=body)
                assert_problem(resp, 403, "forbidden")
    with shared_service.client("admin1") as admin:
        queues = admin.get("/v1/admin/queues").json()["items"]
        general = next(q for q in queues if q["queue_id"] == "live-general")
        assert general["sla_minutes"] == 60  # nobody above changed it


def test_create_and_change_a_queue_with_the_admin_log(shared_service: LiveService) -> None:
    qid = _queue_id()
    with shared_service.client("admin1") as admin:
        created = admin.post(
            "/v1/admin/queues",
            json={
                "queue_id": qid,
                "name": "Live: German",
                "sla_minutes": 30,
                "weights": WEIGHTS,
                "teams": ["team-a"],
                "vendors": ["northdesk", "southdesk"],
                "hidden_actions": ["ban_account"],
            },
        )
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["weights"] == WEIGHTS
        assert body["teams"] == ["team-a"]
        assert body["vendors"] == ["northdesk", "southdesk"]
        assert body["hidden_actions"] == ["ban_account"]
        taken = admin.post(
            "/v1/admin/queues", json={"queue_id": qid, "name": "Again", "sla_minutes": 5}
        )
        assert_problem(taken, 409, "conflict")

        changed = admin.patch(
            f"/v1/admin/queues/{qid}",
            json={"sla_minutes": 20, "weights": {**WEIGHTS, "live": 900}, "vendors": []},
        )
        assert changed.status_code == 200, changed.text
        assert changed.json()["sla_minutes"] == 20
        assert changed.json()["weights"]["live"] == 900
        assert changed.json()["vendors"] == []
        assert changed.json()["name"] == "Live: German"  # left out: kept

        [made] = _log(admin, "queue.create", qid)
        assert made["before"] == {}
        assert made["after"]["sla_minutes"] == 30
        [change] = _log(admin, "queue.change", qid)
        assert change["before"]["sla_minutes"] == 30
        assert change["before"]["weights"]["live"] == 100
        assert change["after"]["sla_minutes"] == 20
        assert change["after"]["weights"]["live"] == 900
        assert change["after"]["vendors"] == []

        listed = admin.get("/v1/admin/queues").json()["items"]
        assert next(q for q in listed if q["queue_id"] == qid)["sla_minutes"] == 20
        assert_problem(admin.patch("/v1/admin/queues/nope", json={"name": "x"}), 404, "not-found")


def test_unknown_teams_vendors_and_actions_are_refused_by_name(
    shared_service: LiveService,
) -> None:
    qid = _queue_id()
    with shared_service.client("admin1") as admin:
        resp = admin.post(
            "/v1/admin/queues",
            json={
                "queue_id": qid,
                "name": "Bad",
                "sla_minutes": 30,
                "teams": ["team-a", "team-zz"],
                "vendors": ["nowhere"],
                "hidden_actions": ["teleport", "retract"],
            },
        )
        body = assert_problem(resp, 422, "validation-failed")
        assert "team-zz" in body["detail"]
        assert "nowhere" in body["detail"]
        assert "teleport" in body["detail"]
        assert "retract" in body["detail"]  # the undo is never hidden
        assert "team-a" not in body["detail"]
        locs = [e["loc"] for e in body["errors"]]
        assert ["body", "teams", 1] in locs
        assert ["body", "vendors", 0] in locs
        assert_problem(
            admin.patch("/v1/admin/queues/live-general", json={"hidden_actions": ["teleport"]}),
            422,
            "validation-failed",
        )
        assert not [
            q for q in admin.get("/v1/admin/queues").json()["items"] if q["queue_id"] == qid
        ]
        assert not _log(admin, "queue.create", qid)


def test_allow_lists_keep_other_teams_and_vendors_out(shared_service: LiveService) -> None:
    qid = _queue_id()
    with shared_service.client("admin1") as admin:
        resp = admin.post(
            "/v1/admin/queues",
            json={"queue_id": qid, "name": "North only", "sla_minutes": 30,
                  "teams": ["team-a"], "vendors": ["northdesk"]},
        )  # fmt: skip
        assert resp.status_code == 201, resp.text
    with shared_service.client("moderator1") as north:  # team-a, northdesk
        assert qid in [q["id"] for q in north.get("/v1/queues").json()["queues"]]
        assert lease(north, qid)["cases"] == []  # admitted (and the queue is empty)
    for outsider in ("moderator3", "qa1"):  # southdesk; team quality
        with shared_service.client(outsider) as client:
            assert qid not in [q["id"] for q in client.get("/v1/queues").json()["queues"]]
            refused = client.post(f"/v1/queues/{qid}/batches", json={"size": 1})
            body = assert_problem(refused, 403, "forbidden")
            assert "other teams or vendors" in body["detail"]


def test_a_hidden_action_is_refused_in_its_queue_only(live_service: LiveService) -> None:
    with live_service.client("admin1") as admin:
        resp = admin.patch(
            "/v1/admin/queues/live-general", json={"hidden_actions": ["warn_streamer"]}
        )
        assert resp.status_code == 200, resp.text
    with live_service.client("moderator1") as mod:
        infos = {q["id"]: q for q in mod.get("/v1/queues").json()["queues"]}
        assert infos["live-general"]["hidden_actions"] == ["warn_streamer"]
        assert infos["live-priority"]["hidden_actions"] == []
        general = lease(mod, "live-general", size=2)["cases"]
        priority = lease(mod, "live-priority", size=1)["cases"]
        assert len(general) == 2
        assert priority
        hidden, shown, elsewhere = upload(
            mod,
            decision(general[0]["case_id"], "warn_streamer", policy_codes=["harassment_bullying"]),
            decision(general[1]["case_id"], "no_violation"),
            decision(priority[0]["case_id"], "warn_streamer", policy_codes=["harassment_bullying"]),
        )
        assert hidden["status"] == "rejected"
        assert hidden["type"].endswith("action-hidden")
        assert "hidden in queue live-general" in hidden["reason"]
        assert shown["status"] == "accepted", shown
        assert elsewhere["status"] == "accepted", elsewhere


def test_promote_and_retire_a_golden_item(live_service: LiveService) -> None:
    with live_service.client("moderator1") as mod:
        [leased] = lease(mod, "live-general", size=1)["cases"]
        case_id = leased["case_id"]
        [undecided] = lease(mod, "live-general", size=1)["cases"]
        [done] = upload(
            mod,
            decision(
                case_id, "warn_streamer", policy_codes=["harassment_bullying"], note="slurs at 2:10"
            ),
        )
        assert done["status"] == "accepted"
    with live_service.client("admin1") as admin:
        before = {g["case_id"] for g in admin.get("/v1/admin/golden").json()["items"]}
        assert before, "the seed makes some golden items"
        not_yet = admin.post("/v1/admin/golden", json={"case_id": undecided["case_id"]})
        assert_problem(not_yet, 409, "conflict")
        assert_problem(admin.post("/v1/admin/golden", json={"case_id": "nope"}), 404, "not-found")

        made = admin.post("/v1/admin/golden", json={"case_id": case_id})
        assert made.status_code == 201, made.text
        assert made.json() == {
            "case_id": case_id,
            "queue": "live-general",
            "action": "warn_streamer",
            "policy_codes": ["harassment_bullying"],
            "note": "slurs at 2:10",
        }
        assert_problem(admin.post("/v1/admin/golden", json={"case_id": case_id}), 409, "conflict")
        [log] = _log(admin, "golden.promote", case_id)
        assert log["before"] == {}
        assert log["after"]["action"] == "warn_streamer"

        # calibration draws it with its reference answer
        session = admin.post(
            "/v1/calibration/sessions",
            json={"title": "Golden check", "reviewers": ["qa1"], "golden_case_ids": [case_id],
                  "live_count": 0},
        )  # fmt: skip
        assert session.status_code == 201, session.text

        retired = admin.delete(f"/v1/admin/golden/{case_id}")
        assert retired.status_code == 200, retired.text
        after = {g["case_id"] for g in admin.get("/v1/admin/golden").json()["items"]}
        assert after == before
        [gone] = _log(admin, "golden.retire", case_id)
        assert gone["before"]["action"] == "warn_streamer"
        assert gone["after"] == {}
        assert_problem(admin.delete(f"/v1/admin/golden/{case_id}"), 404, "not-found")
        again = admin.post(
            "/v1/calibration/sessions",
            json={"title": "Retired", "reviewers": ["qa1"], "golden_case_ids": [case_id],
                  "live_count": 0},
        )  # fmt: skip
        assert_problem(again, 400, "bad-request")
