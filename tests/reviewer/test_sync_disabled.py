"""A moderator disabled by an admin mid-shift, on the live service: the desk's next round is
refused with account-disabled, its decision stays pending (never isolated nor rejected), and
once the account is enabled and signed in again the decision syncs and is accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from devkit.live_service import DEMO_PASSWORDS, LiveService
from tests.reviewer.synckit import decide, drain, make_desk


def _set_active(service: LiveService, username: str, active: bool) -> None:
    with service.client("admin1") as admin:
        users = admin.get("/v1/admin/users").json()["items"]
        uid = next(u["user_id"] for u in users if u["username"] == username)
        resp = admin.patch(f"/v1/admin/users/{uid}", json={"active": active})
        assert resp.status_code == 200, resp.text


def test_pending_decisions_wait_out_a_disable_and_sync_after(
    live_service: LiveService, tmp_path: Path
) -> None:
    desk = make_desk(live_service, tmp_path / "s.sqlite3", "moderator3", lease_size=2, min_open=2)
    try:
        desk.engine.note_activity()
        desk.engine.step()
        rows = desk.store.open_cases()
        assert rows
        recorded = decide(desk, rows[0].case_id)  # decided before the disable

        _set_active(live_service, "moderator3", False)
        report = desk.engine.step()
        assert report.error.startswith("This account is disabled")
        assert report.next_attempt_at is not None  # backing off, nothing isolated
        assert report.isolating == ()
        later = datetime.now(UTC) + timedelta(minutes=10)
        report = desk.engine.step(later)
        assert desk.store.outbox_counts()["pending"] == 1
        assert desk.store.outbox_counts().get("rejected", 0) == 0

        _set_active(live_service, "moderator3", True)
        desk.tokens.sign_in(desk.api, "moderator3", DEMO_PASSWORDS["moderator3"], "moderator3")
        desk.engine.reset_backoff()
        drain(desk)
        assert desk.store.outbox_counts()["pending"] == 0
        with live_service.client("lead1") as lead:
            found = lead.get("/v1/decisions", params={"moderator": "moderator3"}).json()
        assert recorded.decision_id in {d["decision_id"] for d in found["items"]}
    finally:
        desk.close()
