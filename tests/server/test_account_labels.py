"""Account labels against the real service: a moderator asks from a case they reviewed, only
a lead (their team's requests) or an admin decides, every step is in the admin log, an
approved label shows on the account's cases until it expires, and a severe decision's
high-profile confirmation is kept by the service and out of the bytes of others."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select, update

from devkit.db import open_service_db
from devkit.live_service import LiveService
from server.config import sqlite_url
from server.db import make_engine
from server.models.core import Decision
from server.models.labels import AccountLabelRow
from tests.server.helpers import assert_problem, decision, lease, upload


def _account(client: httpx.Client, case_id: str) -> str:
    detail = client.get(f"/v1/cases/{case_id}").json()
    account: str = detail["streamer"]["account_id"]
    return account


def _expire(service: LiveService, label_id: str) -> None:
    """Move a label's expiry a minute into the past, as time would."""
    url = service.database if isinstance(service.database, str) else sqlite_url(service.database)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                update(AccountLabelRow)
                .where(AccountLabelRow.label_id == label_id)
                .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
            )
    finally:
        engine.dispose()


def _ask(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post("/v1/labels", json={"reason": "Large partner channel.", **body})


def test_request_approve_and_show_on_the_case(shared_service: LiveService) -> None:
    with (
        shared_service.client("moderator1") as mod,
        shared_service.client("lead1") as lead,
        shared_service.client("admin1") as admin,
    ):
        case_id = lease(mod, size=1)["cases"][0]["case_id"]
        account = _account(mod, case_id)
        assert mod.get(f"/v1/cases/{case_id}").json()["account_labels"] == []
        asked = _ask(mod, account_id=account, kind="high_profile", case_id=case_id)
        assert asked.status_code == 201, asked.text
        label = asked.json()
        assert label["status"] == "pending"
        assert label["requested_by"] == "moderator1"
        assert label["account_handle"]
        # asked twice before a lead decides: refused
        again = _ask(mod, account_id=account, kind="high_profile", case_id=case_id)
        assert_problem(again, 409, "conflict")
        # a moderator may not decide, not even their own request
        verdict = {"approve": True, "expires_in_days": 30}
        assert_problem(
            mod.post(f"/v1/labels/{label['label_id']}/decision", json=verdict), 403, "forbidden"
        )
        # pending: not shown yet
        assert mod.get(f"/v1/cases/{case_id}").json()["account_labels"] == []
        pending = lead.get("/v1/labels", params={"status": "pending"}).json()["items"]
        assert label["label_id"] in [p["label_id"] for p in pending]
        decided = lead.post(f"/v1/labels/{label['label_id']}/decision", json=verdict)
        assert decided.status_code == 200, decided.text
        body = decided.json()
        assert body["status"] == "approved"
        assert body["decided_by"] == "lead1"
        expires = datetime.fromisoformat(body["expires_at"])
        assert timedelta(days=29) < expires - datetime.now(UTC) <= timedelta(days=30)
        # decided once only
        assert_problem(
            lead.post(f"/v1/labels/{label['label_id']}/decision", json=verdict), 409, "conflict"
        )
        shown = mod.get(f"/v1/cases/{case_id}").json()["account_labels"]
        assert [s["kind"] for s in shown] == ["high_profile"]
        log = admin.get("/v1/admin/log", params={"limit": 100}).json()["items"]
        mine = [e for e in log if e["target"] == account and e["action"].startswith("label.")]
        assert [e["action"] for e in mine] == ["label.approve", "label.request"]
        assert mine[0]["admin"] == "lead1"
        assert mine[0]["before"]["status"] == "pending"
        assert mine[0]["after"]["status"] == "approved"
        assert mine[1]["admin"] == "moderator1"


def test_roles_and_scopes(shared_service: LiveService) -> None:
    with (
        shared_service.client("moderator2") as mod,
        shared_service.client("moderator3") as other,
        shared_service.client("qa1") as qa,
        shared_service.client("admin1") as admin,
    ):
        case_id = lease(mod, size=1)["cases"][0]["case_id"]
        account = _account(mod, case_id)
        # QA does not ask; a moderator asks only from a case they reviewed, for its streamer
        assert_problem(_ask(qa, account_id=account, kind="repeat_offender"), 403, "forbidden")
        assert_problem(_ask(mod, account_id=account, kind="repeat_offender"), 400, "bad-request")
        wrong = _ask(mod, account_id="someone-else", kind="repeat_offender", case_id=case_id)
        assert_problem(wrong, 400, "bad-request")
        unseen = _ask(other, account_id=account, kind="repeat_offender", case_id=case_id)
        assert_problem(unseen, 404, "not-found")
        # not on the allow list: refused by the contract
        odd = _ask(mod, account_id=account, kind="celebrity", case_id=case_id)
        assert odd.status_code == 422
        asked = _ask(mod, account_id=account, kind="repeat_offender", case_id=case_id).json()
        # another moderator does not see it, nor decide it
        assert asked["label_id"] not in [
            i["label_id"] for i in other.get("/v1/labels").json()["items"]
        ]
        # an admin declines: nothing shows on the case
        declined = admin.post(
            f"/v1/labels/{asked['label_id']}/decision", json={"approve": False, "note": "No."}
        )
        assert declined.json()["status"] == "declined"
        assert mod.get(f"/v1/cases/{case_id}").json()["account_labels"] == []
        log = admin.get("/v1/admin/log", params={"limit": 100}).json()["items"]
        assert any(e["action"] == "label.decline" and e["target"] == account for e in log)


def test_a_lead_decides_only_their_teams_requests(live_service: LiveService) -> None:
    with (
        live_service.client("admin1") as admin,
        live_service.client("lead1") as lead,
    ):
        asked = _ask(admin, account_id="acct-elsewhere", kind="creator_partner")
        assert asked.status_code == 201, asked.text
        label_id = asked.json()["label_id"]
        # admin1 is in team platform, lead1 in team-a: not lead1's to decide, nor to see
        assert_problem(
            lead.post(f"/v1/labels/{label_id}/decision", json={"approve": True}), 404, "not-found"
        )
        assert label_id not in [i["label_id"] for i in lead.get("/v1/labels").json()["items"]]


def test_an_expired_label_no_longer_shows(live_service: LiveService) -> None:
    with live_service.client("moderator1") as mod, live_service.client("lead1") as lead:
        case_id = lease(mod, size=1)["cases"][0]["case_id"]
        account = _account(mod, case_id)
        label_id = _ask(mod, account_id=account, kind="high_profile", case_id=case_id).json()[
            "label_id"
        ]
        lead.post(f"/v1/labels/{label_id}/decision", json={"approve": True, "expires_in_days": 1})
        assert [s["kind"] for s in mod.get(f"/v1/cases/{case_id}").json()["account_labels"]] == [
            "high_profile"
        ]
        _expire(live_service, label_id)
        assert mod.get(f"/v1/cases/{case_id}").json()["account_labels"] == []


def test_the_confirmation_is_stored_with_the_decision(live_service: LiveService) -> None:
    with live_service.client("moderator1") as mod:
        first, second = (c["case_id"] for c in lease(mod, size=2)["cases"])
        confirmed = decision(
            first,
            "suspend_account",
            policy_codes=["violent_graphic"],
            confirmed_high_profile=True,
        )
        plain = decision(second, "suspend_account", policy_codes=["violent_graphic"])
        results = upload(mod, confirmed, plain)
        assert [r["status"] for r in results] == ["accepted", "accepted"]
        with open_service_db(live_service.database) as db:
            rows = dict(
                db.select(
                    select(Decision.decision_id, Decision.confirmed_high_profile).where(
                        Decision.case_id.in_((first, second))
                    )
                )
            )
        assert bool(rows[confirmed["decision_id"]]) is True
        assert bool(rows[plain["decision_id"]]) is False
