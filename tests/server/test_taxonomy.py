"""The admin's policy taxonomy against the real service: versions as rows, admin only, a
published version never changes, the fixed set of actions, the grace period for decisions
made under the previous version, and every worker serving the newly published version."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx

from devkit.live_service import LiveService
from tests.server.helpers import POLICY_VERSION, decision, lease, upload

ADMIN = "/v1/admin/taxonomy"


def _edit(version: dict[str, Any]) -> dict[str, Any]:
    """The editable part of a version's taxonomy (what PUT takes)."""
    t = copy.deepcopy(version["taxonomy"])
    keys = ("actions", "areas", "skip_reasons", "escalation_reasons", "flagged_terms")
    return {k: t[k] for k in keys}


def _draft(admin: httpx.Client) -> dict[str, Any]:
    resp = admin.post(f"{ADMIN}/drafts")
    assert resp.status_code == 200, resp.text
    draft: dict[str, Any] = resp.json()
    return draft


def _publish_relabelled(admin: httpx.Client, label: str = "Warn the streamer") -> str:
    draft = _draft(admin)
    edit = _edit(draft)
    for a in edit["actions"]:
        if a["code"] == "warn_streamer":
            a["label"] = label
    resp = admin.put(f"{ADMIN}/versions/{draft['version']}", json=edit)
    assert resp.status_code == 200, resp.text
    resp = admin.post(f"{ADMIN}/versions/{draft['version']}/publish")
    assert resp.status_code == 200, resp.text
    version: str = draft["version"]
    return version


def test_version_one_is_todays_code_and_non_admins_are_refused(
    shared_service: LiveService,
) -> None:
    with shared_service.client("admin1") as admin:
        listing = admin.get(f"{ADMIN}/versions").json()
        assert listing["current"] == POLICY_VERSION
        [v1] = listing["versions"]
        assert v1["status"] == "published"
        assert {a["code"] for a in v1["taxonomy"]["actions"]} >= {"no_violation", "ban_account"}
    for user in ("moderator1", "qa1", "lead1"):
        with shared_service.client(user) as other:
            for method, path in (
                ("GET", f"{ADMIN}/versions"),
                ("POST", f"{ADMIN}/drafts"),
                ("POST", f"{ADMIN}/versions/{POLICY_VERSION}/publish"),
                ("GET", f"{ADMIN}/versions/{POLICY_VERSION}/diff"),
            ):
                assert other.request(method, path).status_code == 403, (user, method, path)


def test_draft_diff_publish_reaches_the_desk_and_published_never_changes(
    live_service: LiveService,
) -> None:
    with live_service.client("admin1") as admin, live_service.client("moderator1") as desk:
        draft = _draft(admin)
        assert draft["status"] == "draft"
        edit = _edit(draft)
        edit["actions"][0]["label"] = "Nothing wrong"
        edit["areas"] = [a for a in edit["areas"] if a["code"] != "intellectual_property"]
        edit["flagged_terms"] = [*edit["flagged_terms"], "brandnewterm"]
        assert admin.put(f"{ADMIN}/versions/{draft['version']}", json=edit).status_code == 200

        diff = admin.get(f"{ADMIN}/versions/{draft['version']}/diff").json()
        assert diff["base"] == POLICY_VERSION
        changes = {(c["section"], c["code"], c["change"], c["field"]) for c in diff["changes"]}
        assert changes == {
            ("actions", "no_violation", "changed", "label"),
            ("areas", "intellectual_property", "removed", ""),
            ("flagged_terms", "brandnewterm", "added", ""),
        }
        assert desk.get("/v1/policies").json()["version"] == POLICY_VERSION  # not yet

        published = admin.post(f"{ADMIN}/versions/{draft['version']}/publish")
        assert published.status_code == 200, published.text
        served = desk.get("/v1/policies").json()  # the desk's next refresh
        assert served["version"] == draft["version"]
        assert served["actions"][0]["label"] == "Nothing wrong"
        assert "brandnewterm" in served["flagged_terms"]

        # a published version never changes: neither the new one nor version 1
        for version in (draft["version"], POLICY_VERSION):
            again = admin.put(f"{ADMIN}/versions/{version}", json=edit)
            assert again.status_code == 409, again.text
            assert admin.post(f"{ADMIN}/versions/{version}/publish").status_code == 409
        log = admin.get(f"{ADMIN}/versions").json()
        assert [v["status"] for v in log["versions"]] == ["published", "published"]


def test_unknown_or_missing_actions_and_clashing_keys_are_refused(
    shared_service: LiveService,
) -> None:
    with shared_service.client("admin1") as admin:
        draft = _draft(admin)
        url = f"{ADMIN}/versions/{draft['version']}"
        invented = _edit(draft)
        invented["actions"].append({"code": "shadow_ban", "label": "Shadow ban", "shortcut": ""})
        resp = admin.put(url, json=invented)
        assert resp.status_code == 422
        assert "unknown action 'shadow_ban'" in resp.text
        removed = _edit(draft)
        removed["actions"] = [a for a in removed["actions"] if a["code"] != "escalate"]
        assert admin.put(url, json=removed).status_code == 422
        clash = _edit(draft)
        clash["actions"][1]["shortcut"] = clash["actions"][0]["shortcut"]
        resp = admin.put(url, json=clash)
        assert resp.status_code == 422
        assert "used twice" in resp.text
        reserved = _edit(draft)
        reserved["actions"][0]["shortcut"] = "k"  # the desk's skip key
        resp = admin.put(url, json=reserved)
        assert resp.status_code == 422
        assert "kept for skipping a case" in resp.text
        unchanged = admin.get(f"{url}/diff").json()
        assert unchanged["changes"] == []


def _decide_under(service: LiveService, version: str) -> dict[str, Any]:
    with service.client("moderator2") as desk:
        case_id = lease(desk)["cases"][0]["case_id"]
        [result] = upload(desk, decision(case_id, policy_version=version))
    return result


def test_previous_version_accepted_within_the_grace_period(live_service: LiveService) -> None:
    with live_service.client("admin1") as admin:
        new = _publish_relabelled(admin)
    assert _decide_under(live_service, POLICY_VERSION)["status"] == "accepted"
    assert _decide_under(live_service, new)["status"] == "accepted"


def test_previous_version_refused_after_the_grace_period_naming_both(
    live_service_factory: Callable[..., LiveService],
) -> None:
    service = live_service_factory(["--policy-grace", "0"])
    with service.client("admin1") as admin:
        new = _publish_relabelled(admin)
    result = _decide_under(service, POLICY_VERSION)
    assert result["status"] == "rejected"
    assert POLICY_VERSION in result["reason"]
    assert new in result["reason"]
    assert _decide_under(service, new)["status"] == "accepted"


def test_every_worker_serves_the_published_version(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    """Two workers on PostgreSQL: the document is cached by version, the current version is
    read afresh, so no worker goes on serving the old version after a publication."""
    workers = "1" if service_engine == "sqlite" else "2"
    service = live_service_factory(["--workers", workers])
    token = service.login("moderator1")["access_token"]
    auth = {"Authorization": f"Bearer {token}"}

    def served() -> set[tuple[str, str]]:
        seen = set()
        for _ in range(10):  # a new connection each time: every worker answers some
            doc = httpx.get(service.url("/v1/policies"), headers=auth, timeout=10).json()
            warn = next(a for a in doc["actions"] if a["code"] == "warn_streamer")
            seen.add((doc["version"], warn["label"]))
        return seen

    assert served() == {(POLICY_VERSION, "Warn streamer")}
    with service.client("admin1") as admin:
        new = _publish_relabelled(admin, "Caution the streamer")
    assert served() == {(new, "Caution the streamer")}
