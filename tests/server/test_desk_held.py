"""``POST /v1/desk/held``: a desk names the seqs it keeps out of its uploaded chain, and
the chain check shows them as held (or recovery) instead of a gap, on both engines."""

from __future__ import annotations

from typing import Any

import httpx

from devkit.live_service import LiveService
from reviewer import contract
from tests.server.helpers import assert_problem, batch, decision, lease

DEVICE = "held-desk"


def _issues(client: httpx.Client, user: str) -> list[tuple[str, int, int]]:
    resp = client.get(f"/v1/audit/chains/{user}")
    assert resp.status_code == 200, resp.text
    report: dict[str, Any] = resp.json()
    return sorted(
        (i["kind"], i["seq_from"], i["seq_to"])
        for i in report["issues"]
        if i["device_id"] == DEVICE and i["kind"] != "edit"  # the hashes here are stand-ins
    )


def _held(seq: int, decision_id: str) -> dict[str, Any]:
    return {"decision_id": decision_id, "audit_seq": seq, "audit_hash": "ab" * 32}


def test_held_seqs_replace_gaps_until_the_decision_arrives(live_service: LiveService) -> None:
    with live_service.client("moderator3") as mod:
        cases = [c["case_id"] for c in lease(mod, "live-general", size=3)["cases"]]
        items = [decision(c) for c in cases]
        for seq, item in enumerate(items, start=1):
            item["audit_seq"] = seq
        body = batch(items[0], items[2], chain_seq=3, chain_head=items[2]["audit_hash"])
        body["device_id"] = DEVICE
        assert mod.post("/v1/decisions:batch", json=body).status_code == 200
        assert _issues(mod, "moderator3") == [("gap", 2, 2)]

        report = {
            "device_id": DEVICE,
            "held": [_held(2, items[1]["decision_id"])],
            "recoveries": [{"audit_seq": 4, "audit_hash": "cd" * 32, "old_head_hash": "ef" * 32}],
        }
        resp = mod.post("/v1/desk/held", json=report)
        assert resp.status_code == 200, resp.text
        assert (resp.json()["held"], resp.json()["recoveries"]) == (1, 1)
        assert _issues(mod, "moderator3") == [("held", 2, 2), ("recovery", 4, 4)]

        # another user's chain is untouched by this desk's report
        with live_service.client("moderator1") as other:
            assert all(i[0] not in ("held", "recovery") for i in _issues(other, "moderator1"))

        # the next report replaces the last one: an empty one clears it, a gap is a gap again
        assert mod.post("/v1/desk/held", json={"device_id": DEVICE}).status_code == 200
        assert _issues(mod, "moderator3") == [("gap", 2, 2)]

        # a held seq whose decision arrives later: the stored decision wins
        assert mod.post("/v1/desk/held", json=report).status_code == 200
        late = batch(items[1], chain_seq=3, chain_head=items[2]["audit_hash"])
        late["device_id"] = DEVICE
        assert mod.post("/v1/decisions:batch", json=late).status_code == 200
        assert _issues(mod, "moderator3") == [("recovery", 4, 4)]


def test_a_held_report_is_bounded_and_needs_a_session(live_service: LiveService) -> None:
    too_many = {
        "held": [
            _held(n, f"00000000-0000-4000-8000-{n:012d}")
            for n in range(1, contract.MAX_HELD_REPORT + 2)
        ]
    }
    with live_service.client("moderator3") as mod:
        assert_problem(mod.post("/v1/desk/held", json=too_many), 422, "validation-failed")
        bad_seq = {"held": [_held(0, "00000000-0000-4000-8000-000000000001")]}
        assert_problem(mod.post("/v1/desk/held", json=bad_seq), 422, "validation-failed")
    anonymous = httpx.post(live_service.url("/v1/desk/held"), json={"held": []}, timeout=10)
    assert anonymous.status_code == 401
