"""``GET /v1/escalations/mine`` against the real service: the caller's escalations only,
newest first, each with the lead's outcome once the escalation queue decided the case."""

from __future__ import annotations

from devkit.live_service import LiveService
from tests.server.helpers import decision, lease, upload


def test_my_escalations_with_the_leads_outcome(shared_service: LiveService) -> None:
    with (
        shared_service.client("moderator1") as mod,
        shared_service.client("moderator2") as other,
        shared_service.client("lead1") as lead,
    ):
        first, second = (c["case_id"] for c in lease(mod, size=2)["cases"])
        escalations = [
            decision(case_id, "escalate", note="Needs a lead.", escalation_reason="policy_gap")
            for case_id in (first, second)
        ]
        assert [r["status"] for r in upload(mod, *escalations)] == ["accepted", "accepted"]
        mine = mod.get("/v1/escalations/mine").json()["items"]
        assert [m["case_id"] for m in mine[:2]] == [second, first]  # newest first
        assert all(m["outcome"] is None for m in mine[:2])
        assert mine[0]["escalation_reason"] == "policy_gap"
        assert mine[0]["note"] == "Needs a lead."
        assert mine[0]["streamer_handle"]
        # someone else's list does not hold them
        theirs = other.get("/v1/escalations/mine").json()["items"]
        assert {first, second}.isdisjoint(m["case_id"] for m in theirs)
        # the lead decides one of them in the escalation queue
        pulled = [c["case_id"] for c in lease(lead, "escalations", size=20)["cases"]]
        assert first in pulled
        outcome = decision(first, "warn_streamer", policy_codes=["spam_scams"], note="Warned.")
        assert upload(lead, outcome)[0]["status"] == "accepted"
        mine = {m["case_id"]: m for m in mod.get("/v1/escalations/mine").json()["items"]}
        assert mine[first]["outcome"]["action"] == "warn_streamer"
        assert mine[first]["outcome"]["decided_by"] == "lead1"
        assert mine[first]["outcome"]["note"] == "Warned."
        assert mine[second]["outcome"] is None
        limited = mod.get("/v1/escalations/mine", params={"limit": 1}).json()["items"]
        assert len(limited) == 1
        assert mod.get("/v1/escalations/mine", params={"limit": 0}).status_code == 422
