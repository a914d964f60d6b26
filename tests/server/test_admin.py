"""The admin console's API against the real service: only admins act, every action is in
the admin log, disabling ends sessions at once and keeps a moderator's unsent decisions
acceptable, the last admin is protected, and a reset forces a new password."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from devkit.live_service import LiveService
from tests.server.helpers import assert_problem, decision, lease, upload

TEMP = "temporary-pass-1"


def _new_user(admin: httpx.Client, role: str = "moderator", **fields: Any) -> dict[str, Any]:
    body = {
        "username": "u" + uuid.uuid4().hex[:10],
        "display_name": "New Person",
        "role": role,
        "team": "team-a",
        "vendor": "northdesk",
        "languages": ["en"],
        "temporary_password": TEMP,
        **fields,
    }
    resp = admin.post("/v1/admin/users", json=body)
    assert resp.status_code == 201, resp.text
    created: dict[str, Any] = resp.json()
    return created


def _change_password(service: LiveService, username: str, old: str, new: str) -> httpx.Response:
    return httpx.post(
        service.url("/v1/auth/password"),
        json={"username": username, "old_password": old, "new_password": new},
        timeout=10,
    )


def _signed_in(service: LiveService, access: str) -> httpx.Client:
    return service.client(headers={"Authorization": f"Bearer {access}"})


def test_every_admin_route_refuses_every_other_role(shared_service: LiveService) -> None:
    some_id = "no-such-user"
    calls: list[tuple[str, str, dict[str, Any] | None]] = [
        ("GET", "/v1/admin/users", None),
        ("POST", "/v1/admin/users", {"username": "x"}),
        ("PATCH", f"/v1/admin/users/{some_id}", {"active": False}),
        ("POST", f"/v1/admin/users/{some_id}/password-reset", {"temporary_password": TEMP}),
        ("GET", "/v1/admin/log", None),
    ]
    for who in ("moderator1", "qa1", "lead1"):
        with shared_service.client(who) as client:
            for method, path, body in calls:
                resp = client.request(method, path, json=body)
                # a body that does not validate is a 422 before the role is checked: only the
                # well-formed calls must be 403, and none may succeed
                if resp.status_code != 422:
                    assert_problem(resp, 403, "forbidden")
                assert resp.status_code in (403, 422), (who, method, path, resp.text)
            assert_problem(client.get("/v1/admin/users"), 403, "forbidden")


def test_create_change_and_the_admin_log(shared_service: LiveService) -> None:
    with shared_service.client("admin1") as admin:
        created = _new_user(admin, languages=["es", "en", "es"])
        assert created["languages"] == ["en", "es"]
        assert created["must_change_password"] is True
        uid = created["user_id"]
        again = admin.post(
            "/v1/admin/users",
            json={**created, "temporary_password": TEMP} | {"user_id": None},
        )
        assert again.status_code == 422  # unknown fields refused
        changed = admin.patch(
            f"/v1/admin/users/{uid}",
            json={"role": "lead", "team": "team-b", "vendor": "southdesk", "languages": ["de"]},
        )
        assert changed.status_code == 200, changed.text
        assert changed.json()["role"] == "lead"
        assert changed.json()["languages"] == ["de"]
        assert any(u["user_id"] == uid for u in admin.get("/v1/admin/users").json()["items"])
        log = admin.get("/v1/admin/log", params={"limit": 50}).json()["items"]
        mine = [e for e in log if e["target"] == created["username"]]
        assert [e["action"] for e in mine] == ["user.change", "user.create"]
        assert mine[0]["admin"] == "admin1"
        assert mine[0]["before"]["role"] == "moderator"
        assert mine[0]["after"]["role"] == "lead"
        assert mine[0]["before"]["team"] == "team-a"
        assert mine[0]["after"]["team"] == "team-b"
        assert mine[1]["before"] == {}
        assert "password_hash" not in mine[1]["after"]
        taken = admin.post(
            "/v1/admin/users",
            json={
                "username": created["username"],
                "display_name": "Twin",
                "role": "qa",
                "team": "quality",
                "vendor": "inhouse",
                "temporary_password": TEMP,
            },
        )
        assert_problem(taken, 409, "conflict")
        assert_problem(admin.patch("/v1/admin/users/nobody", json={}), 404, "not-found")


def test_the_last_active_admin_is_neither_disabled_nor_demoted(
    shared_service: LiveService,
) -> None:
    with shared_service.client("admin1") as admin:
        me = admin.get("/v1/me").json()["user_id"]
        for change in ({"active": False}, {"role": "lead"}):
            assert_problem(admin.patch(f"/v1/admin/users/{me}", json=change), 409, "conflict")
        second = _new_user(admin, role="admin")
        # with a second active admin, that one may be disabled (admin1 stays)
        off = admin.patch(f"/v1/admin/users/{second['user_id']}", json={"active": False})
        assert off.status_code == 200, off.text
        assert_problem(admin.patch(f"/v1/admin/users/{me}", json={"role": "qa"}), 409, "conflict")


def test_a_reset_forces_a_new_password_at_the_next_sign_in(shared_service: LiveService) -> None:
    with shared_service.client("admin1") as admin:
        user = _new_user(admin)
        name = user["username"]
        first = httpx.post(
            shared_service.url("/v1/auth/login"),
            json={"username": name, "password": TEMP},
            timeout=10,
        )
        assert_problem(first, 403, "password-change-required")
        assert_problem(
            _change_password(shared_service, name, "wrong-password-1", "my-own-password-1"),
            401,
            "invalid-credentials",
        )
        assert _change_password(shared_service, name, TEMP, TEMP).status_code == 422
        pair = _change_password(shared_service, name, TEMP, "my-own-password-1")
        assert pair.status_code == 200, pair.text
        access = pair.json()["access_token"]
        assert shared_service.login(name, "my-own-password-1")["user"]["username"] == name

        reset = admin.post(
            f"/v1/admin/users/{user['user_id']}/password-reset",
            json={"temporary_password": "another-temp-1"},
        )
        assert reset.status_code == 200
        assert reset.json()["must_change_password"] is True
        with _signed_in(shared_service, access) as old:  # the reset ended its sessions
            assert_problem(old.get("/v1/me"), 401, "unauthenticated")
        again = httpx.post(
            shared_service.url("/v1/auth/login"),
            json={"username": name, "password": "another-temp-1"},
            timeout=10,
        )
        assert_problem(again, 403, "password-change-required")
        log = admin.get("/v1/admin/log").json()["items"]
        assert any(e["action"] == "user.password_reset" and e["target"] == name for e in log)


def test_disable_refuses_tokens_at_once_and_decisions_sync_after_enable(
    shared_service: LiveService,
) -> None:
    with shared_service.client("admin1") as admin:
        user = _new_user(admin)
        name, uid = user["username"], user["user_id"]
        pair = _change_password(shared_service, name, TEMP, "moderator-pass-1").json()
        with _signed_in(shared_service, pair["access_token"]) as mod:
            cases = lease(mod, size=1)["cases"]
            assert cases
            pending = decision(cases[0]["case_id"])  # decided before the disable

            off = admin.patch(f"/v1/admin/users/{uid}", json={"active": False})
            assert off.status_code == 200
            assert off.json()["active"] is False
            body = assert_problem(mod.get("/v1/me"), 403, "account-disabled")
            assert body["detail"] == "This account is disabled."
            refreshed = httpx.post(
                shared_service.url("/v1/auth/refresh"),
                json={"refresh_token": pair["refresh_token"]},
                timeout=10,
            )
            assert_problem(refreshed, 403, "account-disabled")
            signin = httpx.post(
                shared_service.url("/v1/auth/login"),
                json={"username": name, "password": "moderator-pass-1"},
                timeout=10,
            )
            assert_problem(signin, 403, "account-disabled")
            assert_problem(
                mod.post("/v1/decisions:batch", json={"decisions": []}), 403, "account-disabled"
            )

        on = admin.patch(f"/v1/admin/users/{uid}", json={"active": True})
        assert on.status_code == 200
        assert on.json()["active"] is True
        back = shared_service.login(name, "moderator-pass-1")
        with _signed_in(shared_service, back["access_token"]) as mod:
            [result] = upload(mod, pending)
            assert result["status"] == "accepted", result
        log = admin.get("/v1/admin/log").json()["items"]
        flips = [e for e in log if e["target"] == name and e["action"] == "user.change"]
        assert [e["after"]["active"] for e in flips] == [True, False]
