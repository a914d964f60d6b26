"""A lead imports a disabled moderator's undelivered decisions (issue 19), against the real
service: the desk decides offline, the account is disabled, ``reviewer export-pending`` writes
the store's decisions, and the import accepts those decided before the disable through the
batch upload's own path, refuses a later one with the reason, and changes nothing the second
time. Other roles and other teams are refused."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import LiveService
from reviewer import cli
from reviewer.store.decisions import Store
from reviewer.store.pending_export import read_pending_export
from tests.reviewer.store.storekit import draft
from tests.reviewer.store.storekit import lease as store_lease
from tests.server.helpers import assert_problem, decision, lease

TEMP = "temporary-pass-1"
PASSWORD = "moderator-pass-1"


def _new_user(service: LiveService, admin: httpx.Client, role: str, team: str) -> dict[str, Any]:
    body = {
        "username": "u" + uuid.uuid4().hex[:10],
        "display_name": "New Person",
        "role": role,
        "team": team,
        "vendor": "northdesk",
        "languages": ["en"],
        "temporary_password": TEMP,
    }
    resp = admin.post("/v1/admin/users", json=body)
    assert resp.status_code == 201, resp.text
    created: dict[str, Any] = resp.json()
    changed = httpx.post(
        service.url("/v1/auth/password"),
        json={"username": created["username"], "old_password": TEMP, "new_password": PASSWORD},
        timeout=10,
    )
    assert changed.status_code == 200, changed.text
    return created


def _import(client: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    return client.post("/v1/decisions:import", json=body)


def _stored(lead: httpx.Client, decision_id: str) -> dict[str, Any] | None:
    resp = lead.get(f"/v1/decisions/{decision_id}")
    if resp.status_code == 404:
        return None
    assert resp.status_code == 200, resp.text
    found: dict[str, Any] = resp.json()
    return found


def test_a_lead_imports_what_a_disabled_moderator_decided_before_the_disable(
    shared_service: LiveService, tmp_path: Path
) -> None:
    with shared_service.client("admin1") as admin:
        mod_user = _new_user(shared_service, admin, "moderator", "team-a")
        other_lead = _new_user(shared_service, admin, "lead", "team-elsewhere")
    name, uid = mod_user["username"], mod_user["user_id"]
    tokens = shared_service.login(name, PASSWORD)
    with shared_service.client(headers={"Authorization": "Bearer " + tokens["access_token"]}) as m:
        case_ids = [c["case_id"] for c in lease(m, size=3)["cases"]]
    assert len(case_ids) == 3

    # The desk decides two cases offline (nothing reaches the service) ...
    store = Store.open(tmp_path / "desk.sqlite")
    store.claim(shared_service.url(""), name)
    store_lease(store, case_ids, queue="live-general")
    before = [
        store.record_decision(draft(c, "no_violation", policy_codes=())) for c in case_ids[:2]
    ]
    # ... the admin disables the account, and the desk decides the third afterwards.
    with shared_service.client("admin1") as admin:
        off = admin.patch(f"/v1/admin/users/{uid}", json={"active": False})
        assert off.status_code == 200, off.text
    after = store.record_decision(draft(case_ids[2], "no_violation", policy_codes=()))
    store.close()

    target = tmp_path / "pending.json"
    out = io.StringIO()
    argv = ["export-pending", "--store", str(tmp_path / "desk.sqlite"), "--out", str(target)]
    assert cli.main(argv, out) == 0, out.getvalue()
    assert "3 undelivered decision(s)" in out.getvalue()
    assert target.stat().st_mode & 0o077 == 0  # owner-only
    export = read_pending_export(target)
    assert export.username == name
    [request] = export.import_requests()
    body = request.model_dump(mode="json")

    for who in ("moderator1", "qa1"):
        with shared_service.client(who) as client:
            assert_problem(_import(client, body), 403, "forbidden")
    other = shared_service.login(other_lead["username"], PASSWORD)
    with shared_service.client(headers={"Authorization": "Bearer " + other["access_token"]}) as c:
        assert_problem(_import(c, body), 404, "not-found")

    with shared_service.client("lead1") as lead:
        assert all(_stored(lead, d.decision_id) is None for d in [*before, after])
        resp = _import(lead, body)
        assert resp.status_code == 200, resp.text
        answer = resp.json()
        statuses = {r["decision_id"]: r for r in answer["results"]}
        assert [statuses[d.decision_id]["status"] for d in before] == ["accepted", "accepted"]
        refused = statuses[after.decision_id]
        assert refused["status"] == "rejected"
        assert refused["reason"].startswith("decided after the account was disabled at ")
        assert (answer["accepted"], answer["refused"]) == (2, 1)
        for d in before:
            stored = _stored(lead, d.decision_id)
            assert stored is not None
            assert stored["moderator"] == name  # the author's, not the lead's
        assert _stored(lead, after.decision_id) is None

        again = _import(lead, body)
        assert again.status_code == 200, again.text
        twice = {r["decision_id"]: r["status"] for r in again.json()["results"]}
        assert [twice[d.decision_id] for d in before] == ["duplicate", "duplicate"]
        assert twice[after.decision_id] == "rejected"
        assert again.json()["accepted"] == 0

    with shared_service.client("admin1") as admin:
        log = admin.get("/v1/admin/log").json()["items"]
    imports = [e for e in log if e["action"] == "decisions.import" and e["target"] == name]
    assert [e["admin"] for e in imports] == ["lead1", "lead1"]
    counts = [e["after"] for e in imports]
    assert {"accepted": 2, "rejected": 1} in counts
    assert {"duplicate": 2, "rejected": 1} in counts


def test_an_active_author_and_a_malformed_body_are_refused(shared_service: LiveService) -> None:
    with shared_service.client("lead1") as lead:
        body: dict[str, Any] = {
            "author": "moderator1",
            "chain_seq": 1,
            "chain_head": "ab" * 32,
            "decisions": [decision("any-case")],
        }
        # moderator1 is active: their own desk uploads their decisions
        assert_problem(_import(lead, body), 409, "conflict")
        assert_problem(
            _import(lead, {**body, "decisions": [{"decision_id": "x"}]}), 422, "validation-failed"
        )
        assert_problem(_import(lead, {**body, "decisions": []}), 422, "validation-failed")
