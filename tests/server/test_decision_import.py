"""A lead imports a disabled moderator's undelivered decisions (issue 19), against the real
service: the desk decides offline, the account is disabled, ``reviewer export-pending`` writes
the store's decisions, and the import accepts those decided before the disable through the
batch upload's own path, refuses a later one with the reason, and changes nothing the second
time. Other roles and other teams are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import LiveService
from reviewer.store.pending_export import read_pending_export
from tests.server.helpers import assert_problem, decision
from tests.server.import_kit import PASSWORD, disabled_desk, new_user


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
        other_lead = new_user(shared_service, admin, "lead", "team-elsewhere")
    desk = disabled_desk(shared_service, tmp_path)
    name, before, after = desk.username, desk.before, desk.after
    assert "3 undelivered decision(s)" in desk.printed
    target = desk.export
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
        assert all(_stored(lead, d) is None for d in [*before, after])
        resp = _import(lead, body)
        assert resp.status_code == 200, resp.text
        answer = resp.json()
        statuses = {r["decision_id"]: r for r in answer["results"]}
        assert [statuses[d]["status"] for d in before] == ["accepted", "accepted"]
        refused = statuses[after]
        assert refused["status"] == "rejected"
        assert refused["reason"].startswith("decided after the account was disabled at ")
        assert (answer["accepted"], answer["refused"]) == (2, 1)
        for d in before:
            stored = _stored(lead, d)
            assert stored is not None
            assert stored["moderator"] == name  # the author's, not the lead's
        assert _stored(lead, after) is None

        again = _import(lead, body)
        assert again.status_code == 200, again.text
        twice = {r["decision_id"]: r["status"] for r in again.json()["results"]}
        assert [twice[d] for d in before] == ["duplicate", "duplicate"]
        assert twice[after] == "rejected"
        assert again.json()["accepted"] == 0

        # the audit chain is the author's, on the desk's device: the refused third decision
        # is the only thing missing from the head the desk claimed
        chain = lead.get(f"/v1/audit/chains/{name}").json()
        assert chain["stored_seq"] == 3
        assert [d["device_id"] for d in chain["devices"]] == [desk.device_id]
        assert [i["kind"] for i in chain["issues"]] == ["missing_tail"], chain
        assert chain["devices"][0]["links_checked"] == 2  # the two stored hashes verified

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
