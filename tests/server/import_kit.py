"""A disabled moderator's desk, for the import tests (server and lead window): a new
moderator of team-a leases three cases, the desk decides two offline, an admin disables the
account, the desk decides the third, and ``reviewer export-pending`` writes the file."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from devkit.live_service import LiveService
from reviewer import cli
from reviewer.store.decisions import Store
from tests.reviewer.store.storekit import draft
from tests.reviewer.store.storekit import lease as store_lease
from tests.server.helpers import lease

TEMP = "temporary-pass-1"
PASSWORD = "moderator-pass-1"


@dataclass(frozen=True)
class DisabledDesk:
    username: str
    device_id: str
    export: Path
    #: decided before the disable, in the desk's order
    before: tuple[str, str]
    #: decided after it
    after: str
    #: what ``reviewer export-pending`` printed
    printed: str


def new_user(service: LiveService, admin: httpx.Client, role: str, team: str) -> dict[str, Any]:
    """An account made by the admin, its temporary password already replaced by PASSWORD."""
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


def disabled_desk(service: LiveService, work: Path) -> DisabledDesk:
    """Decide offline, get disabled, decide once more, export (see the module docstring)."""
    with service.client("admin1") as admin:
        user = new_user(service, admin, "moderator", "team-a")
    name, uid = user["username"], user["user_id"]
    tokens = service.login(name, PASSWORD)
    with service.client(headers={"Authorization": "Bearer " + tokens["access_token"]}) as mod:
        case_ids = [c["case_id"] for c in lease(mod, size=3)["cases"]]
    assert len(case_ids) == 3
    path = work / "desk.sqlite"
    store = Store.open(path)
    try:
        store.claim(service.url(""), name)
        store_lease(store, case_ids, queue="live-general")
        first, second = (
            store.record_decision(draft(c, "no_violation", policy_codes=())).decision_id
            for c in case_ids[:2]
        )
        with service.client("admin1") as admin:
            off = admin.patch(f"/v1/admin/users/{uid}", json={"active": False})
            assert off.status_code == 200, off.text
        later = store.record_decision(draft(case_ids[2], "no_violation", policy_codes=()))
    finally:
        store.close()
    target = work / "pending.json"
    out = io.StringIO()
    device = "desk-" + uuid.uuid4().hex[:8]
    argv = ["export-pending", "--store", str(path), "--out", str(target), "--device-id", device]
    assert cli.main(argv, out) == 0, out.getvalue()
    return DisabledDesk(name, device, target, (first, second), later.decision_id, out.getvalue())
