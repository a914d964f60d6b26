"""Lease rules for the giver-back, on both engines: a case its moderator released or skipped
cannot then be decided by them (its own problem type says why) until it is leased to them
again; an expired lease is not a release, so a late decision on a case nobody else took is
still accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from devkit.db import rows, write
from devkit.live_service import LiveService
from reviewer import contract
from tests.server.helpers import decision, lease, upload


def _stored(service: LiveService, case_id: str) -> int:
    count: int = rows(
        service.database, "SELECT count(*) FROM decisions WHERE case_id = ?", case_id
    )[0][0]
    return count


def test_a_released_or_skipped_case_is_not_decided_by_its_giver_back(
    live_service: LiveService,
) -> None:
    with live_service.client("moderator1") as m1:
        given_back = []
        for reason in ("wellness", ""):  # skipped (kept out of their pulls), then released
            leased = lease(m1, "live-general", size=1)
            (case_id,) = (c["case_id"] for c in leased["cases"])
            body = {"reason": reason} if reason else {}
            released = m1.post(f"/v1/batches/{leased['batch_id']}/release", json=body)
            assert released.json()["released"] == [case_id]
            given_back.append(case_id)

            (late,) = upload(m1, decision(case_id))
            assert late["status"] == "rejected", late
            assert late["type"] == contract.PROBLEM_TYPES["case_released"]
            assert "gave this case back" in late["reason"]
            assert _stored(live_service, case_id) == 0

        # Released without a reason, the case went back to the queue: leased to the same
        # moderator again (the oldest they may pull), they may decide it.
        again = lease(m1, "live-general", size=1)
        assert [c["case_id"] for c in again["cases"]] == [given_back[1]]
        (ok,) = upload(m1, decision(given_back[1]))
        assert ok["status"] == "accepted", ok
        assert ok.get("type") is None
        assert _stored(live_service, given_back[1]) == 1


def test_an_expired_lease_is_not_a_release(live_service: LiveService) -> None:
    with live_service.client("moderator1") as m1:
        leased = lease(m1, "live-general", size=1)
        (case_id,) = (c["case_id"] for c in leased["cases"])
        past = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=5)
        write(
            live_service.database,
            "UPDATE cases SET lease_expires_at = ? WHERE case_id = ?",
            past,
            case_id,
        )
        (late,) = upload(m1, decision(case_id))
        assert late["status"] == "accepted", late
        assert late["reason"] == "late"
        assert _stored(live_service, case_id) == 1
