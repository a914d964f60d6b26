"""Role scoping of history, cases and media, with filters and cursor pagination,
called as other users against the real service."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

from devkit.live_service import LiveService
from tests.server.helpers import assert_problem, decision, lease, upload

DECIDERS = ("moderator1", "moderator2", "moderator3", "qa1")


@pytest.fixture(scope="module")
def world(shared_service: LiveService) -> dict[str, Any]:
    """Each of four reviewers leases two cases and decides them (one warn, one no_violation)."""
    made: dict[str, Any] = {"decisions": {}, "cases": {}}
    for user in DECIDERS:
        with shared_service.client(user) as client:
            batch = lease(client, "live-general", size=2)
            a, b = (c["case_id"] for c in batch["cases"])
            warn = decision(a, "warn_streamer", policy_codes=["spam_scams"])
            ok = decision(b, "no_violation")
            assert [r["status"] for r in upload(client, warn, ok)] == ["accepted", "accepted"]
            made["decisions"][user] = [warn["decision_id"], ok["decision_id"]]
            made["cases"][user] = [a, b]
    return made


def _ids(client: httpx.Client, **params: Any) -> set[str]:
    resp = client.get("/v1/decisions", params=params)
    assert resp.status_code == 200, resp.text
    return {item["decision_id"] for item in resp.json()["items"]}


def test_moderator_and_qa_see_only_their_own(
    shared_service: LiveService, world: dict[str, Any]
) -> None:
    for user in ("moderator1", "qa1"):
        with shared_service.client(user) as client:
            assert _ids(client) == set(world["decisions"][user])
            other = world["decisions"]["moderator2"][0]
            assert_problem(client.get(f"/v1/decisions/{other}"), 404, "not-found")
            assert_problem(
                client.get("/v1/decisions", params={"moderator": "moderator2"}), 403, "forbidden"
            )
            assert _ids(client, case_id=world["cases"]["moderator2"][0]) == set()
            # Someone else's case and its media are not there for you.
            foreign = world["cases"]["moderator2"][0]
            assert_problem(client.get(f"/v1/cases/{foreign}"), 404, "not-found")
            assert_problem(client.get(f"/v1/cases/{foreign}/chat"), 404, "not-found")
    with shared_service.client("lead1") as lead:
        sha = lead.get(f"/v1/cases/{world['cases']['moderator2'][0]}").json()["snapshots"][0][
            "sha256"
        ]
    with shared_service.client("moderator1") as m1:
        assert_problem(m1.get(f"/v1/media/{sha}"), 404, "not-found")


def test_lead_sees_the_team_across_vendors_admin_sees_all(
    shared_service: LiveService, world: dict[str, Any]
) -> None:
    team = {d for u in ("moderator1", "moderator2", "moderator3") for d in world["decisions"][u]}
    with shared_service.client("lead1") as lead:
        assert _ids(lead) == team
        vendors = {i["vendor"] for i in lead.get("/v1/decisions").json()["items"]}
        assert vendors == {"northdesk", "southdesk"}
        assert _ids(lead, moderator="moderator3") == set(world["decisions"]["moderator3"])
        assert_problem(lead.get("/v1/decisions", params={"moderator": "qa1"}), 403, "forbidden")
        qa_decision = world["decisions"]["qa1"][0]
        assert_problem(lead.get(f"/v1/decisions/{qa_decision}"), 404, "not-found")
    with shared_service.client("admin1") as admin:
        everything = {d for ids in world["decisions"].values() for d in ids}
        assert _ids(admin) == everything
        record = admin.get(f"/v1/decisions/{world['decisions']['qa1'][0]}").json()
        assert record["moderator"] == "qa1"
        assert record["policy_codes"] == ["spam_scams"]


def test_filters_and_cursor_pagination(shared_service: LiveService, world: dict[str, Any]) -> None:
    with shared_service.client("admin1") as admin:
        warns = {world["decisions"][u][0] for u in DECIDERS}
        assert _ids(admin, action="warn_streamer") == warns
        assert _ids(admin, policy_code="spam_scams") == warns
        assert _ids(admin, policy_code="spam") == set()  # whole codes only
        assert _ids(admin, queue="live-general") == {
            d for ids in world["decisions"].values() for d in ids
        }
        assert _ids(admin, until="2000-01-01T00:00:00Z") == set()
        assert len(_ids(admin, since="2000-01-01T00:00:00Z")) == 8

        seen: list[str] = []
        cursor = None
        pages = 0
        while True:
            params: dict[str, Any] = {"limit": 3}
            if cursor:
                params["cursor"] = cursor
            page = admin.get("/v1/decisions", params=params).json()
            seen += [i["decision_id"] for i in page["items"]]
            seqs = [i["server_seq"] for i in page["items"]]
            assert seqs == sorted(seqs, reverse=True)
            pages += 1
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert pages == 3
        assert len(seen) == len(set(seen)) == 8

        assert_problem(
            admin.get("/v1/decisions", params={"cursor": "not-a-cursor"}), 400, "bad-request"
        )
        assert_problem(admin.get("/v1/decisions", params={"limit": 501}), 422, "validation-failed")
        assert_problem(
            admin.get("/v1/decisions", params={"since": "yesterday"}), 422, "validation-failed"
        )


def test_case_chat_and_media_for_the_holder(
    shared_service: LiveService, world: dict[str, Any]
) -> None:
    case_id = world["cases"]["moderator3"][0]
    with shared_service.client("moderator3") as m3:
        detail = m3.get(f"/v1/cases/{case_id}").json()
        assert detail["case_id"] == case_id
        assert detail["status"] == "decided"
        # a live stream keeps gaining snapshots and chat (server.domain.live): 4 to 12 seeded
        assert len(detail["snapshots"]) >= 4
        total = detail["chat_count"]
        texts: list[str] = []
        cursor = None
        while len(texts) < total:  # up to the total the detail announced, as the desk reads
            params: dict[str, Any] = {"limit": 7}
            if cursor:
                params["cursor"] = cursor
            page = m3.get(f"/v1/cases/{case_id}/chat", params=params).json()
            assert page["total"] >= total
            assert page["start"] == len(texts)
            assert len(page["ids"]) == len(page["texts"]) == len(page["flagged"])
            texts += page["texts"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(texts) >= total
        assert_problem(
            m3.get(f"/v1/cases/{case_id}/chat", params={"limit": 5001}), 422, "validation-failed"
        )

        sha = detail["snapshots"][0]["sha256"]
        media = m3.get(f"/v1/media/{sha}")
        assert media.status_code == 200
        assert media.headers["cache-control"] == "private, max-age=31536000, immutable"
        assert media.headers["content-type"] == "image/jpeg"
        assert len(media.content) == detail["snapshots"][0]["size_bytes"]
        assert hashlib.sha256(media.content).hexdigest() == sha
        again = m3.get(f"/v1/media/{sha}", headers={"If-None-Match": media.headers["etag"]})
        assert again.status_code == 304
        assert_problem(m3.get("/v1/media/" + "0" * 64), 404, "not-found")
        assert_problem(m3.get("/v1/media/not-a-hash"), 422, "validation-failed")


def test_policies_and_acknowledgement(shared_service: LiveService) -> None:
    with shared_service.client("moderator2") as m2:
        taxonomy = m2.get("/v1/policies").json()
        assert taxonomy["version"] == "2026.11.1"
        actions = {a["code"]: a for a in taxonomy["actions"]}
        assert set(actions) == {
            "no_violation",
            "warn_streamer",
            "mute_chat",
            "end_stream",
            "suspend_account",
            "ban_account",
            "age_restrict",
            "escalate",
            "retract",
        }
        keys = [a["shortcut"] for a in taxonomy["actions"] if a["shortcut"]]
        assert len(keys) == len(set(keys)) == 8
        assert actions["ban_account"]["requires_policy"]
        assert actions["ban_account"]["requires_note"]
        assert actions["escalate"]["requires_note"]
        assert len(taxonomy["areas"]) == 10
        assert taxonomy["flagged_terms"]
        urgent = [a for a in taxonomy["announcements"] if a["requires_ack"]]
        assert urgent
        assert not any(a["acknowledged"] for a in urgent)
        ack = m2.post(f"/v1/announcements/{urgent[0]['id']}/ack")
        assert ack.status_code == 200
        assert m2.post(f"/v1/announcements/{urgent[0]['id']}/ack").json() == ack.json()
        after = {a["id"]: a for a in m2.get("/v1/policies").json()["announcements"]}
        assert after[urgent[0]["id"]]["acknowledged"] is True
        assert_problem(m2.post("/v1/announcements/nope/ack"), 404, "not-found")
    with shared_service.client("moderator1") as m1:
        others = {a["id"]: a for a in m1.get("/v1/policies").json()["announcements"]}
        assert others[urgent[0]["id"]]["acknowledged"] is False


def test_a_lead_sees_cases_of_their_team_only(
    shared_service: LiveService, world: dict[str, Any]
) -> None:
    """lead1 leads team-a (moderators 1-3); qa1 is in another team, admin1 sees everything."""
    team_case = world["cases"]["moderator3"][0]
    other_case = world["cases"]["qa1"][0]
    with shared_service.client("lead1") as lead:
        assert lead.get(f"/v1/cases/{team_case}").status_code == 200
        assert_problem(lead.get(f"/v1/cases/{other_case}"), 404, "not-found")
        assert_problem(lead.get(f"/v1/cases/{other_case}/chat"), 404, "not-found")
    with shared_service.client("qa1") as qa:
        other_sha = qa.get(f"/v1/cases/{other_case}").json()["snapshots"][0]["sha256"]
    with shared_service.client("moderator3") as m3:
        team_sha = m3.get(f"/v1/cases/{team_case}").json()["snapshots"][0]["sha256"]
    with shared_service.client("lead1") as lead:
        assert lead.get(f"/v1/media/{team_sha}").status_code == 200
        assert_problem(lead.get(f"/v1/media/{other_sha}"), 404, "not-found")
    with shared_service.client("admin1") as admin:
        assert admin.get(f"/v1/cases/{other_case}").status_code == 200
        assert admin.get(f"/v1/media/{other_sha}").status_code == 200
