"""Decision upload against the real service: idempotency, id reuse, conflicts, the
taxonomy's rules, supersedes/retract, and what the service stores per decision.

One service per module; each test works on cases it leased itself."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

from devkit.db import rows
from devkit.live_service import LiveService
from tests.server.helpers import batch, decision, lease, upload


def _lease_ids(client: httpx.Client, n: int, queue: str = "live-general") -> list[str]:
    return [c["case_id"] for c in lease(client, queue, size=n)["cases"]]


def test_accept_duplicate_and_id_reused(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1, shared_service.client("moderator2") as m2:
        a, b = _lease_ids(m1, 2)
        first = decision(a, "mute_chat", policy_codes=["harassment_bullying"], note="raid")
        (res,) = upload(m1, first)
        assert res["status"] == "accepted"
        assert res["server_seq"] >= 1

        # The very same item again (a retry): duplicate, same sequence number.
        (again,) = upload(m1, first)
        assert again == {**res, "status": "duplicate"}
        # Key order and spacing do not matter, only content.
        reordered = dict(reversed(list(first.items())))
        assert upload(m1, reordered)[0]["status"] == "duplicate"

        # Same id, other content: a client bug, never stored.
        (reused,) = upload(m1, {**first, "case_id": b})
        assert reused["status"] == "id_reused"
        assert upload(m1, {**first, "note": "edited"})[0]["status"] == "id_reused"
        # Same id from another user is id_reused too, whatever the content.
        _lease_ids(m2, 1)
        assert upload(m2, first)[0]["status"] == "id_reused"

    stored = rows(
        shared_service.database,
        "SELECT case_id, action, policy_codes, note, handle_time_ms, policy_version, "
        "audit_seq, audit_hash, late FROM decisions WHERE decision_id = ?",
        first["decision_id"],
    )
    assert stored == [
        (a, "mute_chat", ",harassment_bullying,", "raid", 4200, "2026.11.1", 1, "ab" * 32, 0)
    ]
    stored_ids = rows(
        shared_service.database, "SELECT decision_id FROM decisions WHERE case_id IN (?, ?)", a, b
    )
    assert stored_ids == [(first["decision_id"],)]


def test_rules_of_the_taxonomy_reject_with_a_reason(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1:
        (case_id,) = _lease_ids(m1, 1)
        cases = {
            "unknown action": decision(case_id, "delete_everything"),
            "unknown policy code": decision(case_id, "warn_streamer", policy_codes=["vibes"]),
            "requires a policy area": decision(case_id, "end_stream"),
            "requires a note": decision(case_id, "ban_account", policy_codes=["hateful_behavior"]),
            "escalate requires a note": decision(case_id, "escalate"),
            "unknown escalation reason": decision(
                case_id, "escalate", note="n", escalation_reason="because"
            ),
            "retract must name": decision(case_id, "retract"),
            "supersedes an unknown": decision(
                case_id, "no_violation", supersedes="00000000-0000-7000-8000-000000000000"
            ),
            "unknown case": decision("LV-999999", "no_violation"),
        }
        results = upload(m1, *cases.values())
        for (expected, item), res in zip(cases.items(), results, strict=True):
            assert res["decision_id"] == item["decision_id"]
            assert res["status"] == "rejected", (expected, res)
            assert res["reason"], expected
        assert "requires a note" in results[3]["reason"]
        assert "policy area" in results[2]["reason"]
        # A whitespace-only note is no note.
        (blank,) = upload(
            m1, decision(case_id, "ban_account", policy_codes=["hateful_behavior"], note="  ")
        )
        assert blank["status"] == "rejected"
        # Nothing rejected was stored, and the case is still open for a valid decision.
        ids = [item["decision_id"] for item in cases.values()]
        marks = ",".join("?" * len(ids))
        assert rows(
            shared_service.database,
            f"SELECT count(*) FROM decisions WHERE decision_id IN ({marks})",
            *ids,
        ) == [(0,)]
        assert upload(m1, decision(case_id))[0]["status"] == "accepted"


def test_a_case_never_leased_to_you_is_rejected(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1, shared_service.client("moderator2") as m2:
        (case_id,) = _lease_ids(m1, 1)
        (res,) = upload(m2, decision(case_id))
        assert res["status"] == "case_conflict"  # moderator1 holds the lease
        other = rows(
            shared_service.database,
            "SELECT case_id FROM cases WHERE lease_holder IS NULL AND status = 'open' "
            "AND case_id NOT IN (SELECT l.case_id FROM case_leases l JOIN users u "
            "ON u.user_id = l.user_id WHERE u.username = 'moderator2') LIMIT 1",
        )[0][0]
        (res,) = upload(m2, decision(other))
        assert res["status"] == "rejected"
        assert "never leased" in res["reason"]


def test_someone_else_decided_is_a_case_conflict(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1, shared_service.client("moderator2") as m2:
        (case_id,) = _lease_ids(m1, 1)
        batch_id = rows(
            shared_service.database, "SELECT lease_batch FROM cases WHERE case_id = ?", case_id
        )[0][0]
        m1.post(f"/v1/batches/{batch_id}/release", json={"reason": "wellness"})
        assert _lease_ids(m2, 1) == [case_id]
        (theirs,) = upload(m2, decision(case_id, "age_restrict", policy_codes=["sexual_nudity"]))
        assert theirs["status"] == "accepted"
        (mine,) = upload(m1, decision(case_id))
        assert mine["status"] == "case_conflict"
        assert mine["conflicting_decision_id"] == theirs["decision_id"]
        # Deciding your own decided case again without supersedes is refused with advice.
        (twice,) = upload(m2, decision(case_id))
        assert twice["status"] == "rejected"
        assert theirs["decision_id"] in twice["reason"]


def test_retract_and_correct(shared_service: LiveService) -> None:
    with shared_service.client("moderator1") as m1, shared_service.client("moderator2") as m2:
        a, b = _lease_ids(m1, 2)
        d1 = decision(a, "warn_streamer", policy_codes=["spam_scams"])
        undo = decision(a, "retract", supersedes=d1["decision_id"])
        d2 = decision(a, "no_violation")
        # An offline burst: decide, undo, decide again; applied in order.
        assert [r["status"] for r in upload(m1, d1, undo, d2)] == ["accepted"] * 3
        records = {
            r["decision_id"]: r
            for r in m1.get("/v1/decisions", params={"case_id": a}).json()["items"]
        }
        assert records[d1["decision_id"]]["superseded_by"] == undo["decision_id"]
        assert records[undo["decision_id"]]["supersedes"] == d1["decision_id"]
        assert rows(
            shared_service.database,
            "SELECT status, current_decision FROM cases WHERE case_id = ?",
            a,
        ) == [("decided", d2["decision_id"])]

        # A correction replaces the decision in force.
        fix = decision(
            a, "suspend_account", policy_codes=["spam_scams"], supersedes=d2["decision_id"]
        )
        assert upload(m1, fix)[0]["status"] == "accepted"
        # Superseding something already superseded, or someone else's decision, is refused.
        again = decision(a, "retract", supersedes=d2["decision_id"])
        assert upload(m1, again)[0]["status"] == "rejected"
        _lease_ids(m2, 1)
        steal = decision(a, "retract", supersedes=fix["decision_id"])
        (res,) = upload(m2, steal)
        assert res["status"] == "rejected"
        assert "someone else" in res["reason"]

        # Undo while the lease is valid: the case is back in your lease, not in the queue.
        d3 = decision(b, "no_violation")
        upload(m1, d3)
        upload(m1, decision(b, "retract", supersedes=d3["decision_id"]))
        holder = rows(
            shared_service.database,
            "SELECT c.status, u.username FROM cases c JOIN users u ON u.user_id = c.lease_holder "
            "WHERE c.case_id = ?",
            b,
        )
        assert holder == [("open", "moderator1")]
        assert m1.get(f"/v1/cases/{b}").json()["status"] == "leased"


def test_sequence_chain_and_client_timestamps_are_stored(shared_service: LiveService) -> None:
    with shared_service.client("moderator3") as m3:
        a, b = _lease_ids(m3, 2)
        d_a = decision(a, audit_seq=7, audit_hash="11" * 32, handle_time_ms=1500)
        d_b = decision(b, audit_seq=8, audit_hash="22" * 32, handle_time_ms=2500)
        res = upload(m3, d_a, d_b, chain_seq=8, chain_head="22" * 32)
        assert res[1]["server_seq"] > res[0]["server_seq"]
    db = shared_service.database
    assert rows(db, "SELECT chain_seq, chain_head FROM users WHERE username = 'moderator3'") == [
        (8, "22" * 32)
    ]
    assert rows(
        db,
        "SELECT chain_seq, chain_head, item_count, device_id FROM uploads WHERE chain_seq = 8",
    ) == [(8, "22" * 32, 2, "test-device")]
    stored = rows(
        db,
        "SELECT audit_seq, audit_hash, handle_time_ms, decided_at IS NOT NULL, "
        "sent_at IS NOT NULL, received_at IS NOT NULL FROM decisions "
        "WHERE decision_id IN (?, ?) ORDER BY server_seq",
        d_a["decision_id"],
        d_b["decision_id"],
    )
    assert stored == [(7, "11" * 32, 1500, 1, 1, 1), (8, "22" * 32, 2500, 1, 1, 1)]


def test_retracting_an_escalation_brings_the_case_back(shared_service: LiveService) -> None:
    with shared_service.client("moderator2") as m2:
        (case_id,) = _lease_ids(m2, 1)
        esc = decision(case_id, "escalate", note="unsure", escalation_reason="policy_gap")
        assert upload(m2, esc)[0]["status"] == "accepted"
        assert m2.get(f"/v1/cases/{case_id}").json()["queue"] == "escalations"
        assert (
            upload(m2, decision(case_id, "retract", supersedes=esc["decision_id"]))[0]["status"]
            == "accepted"
        )
        detail = m2.get(f"/v1/cases/{case_id}").json()
        assert (detail["queue"], detail["status"]) == ("live-general", "leased")
        assert detail["escalation_reason"] == ""


def test_the_same_batch_through_two_processes_at_once_is_stored_once(
    live_service_factory: Callable[..., LiveService],
) -> None:
    first = live_service_factory()
    second = live_service_factory(db=first.database)
    token = first.login("moderator1")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=first.base_url, headers=headers, timeout=30) as m1:
        ids = [c["case_id"] for c in lease(m1, "live-general", size=10)["cases"]]
    body = batch(*(decision(cid) for cid in ids))
    barrier = threading.Barrier(8)
    answers: list[list[str]] = []
    lock = threading.Lock()

    def send(service: LiveService) -> None:
        with httpx.Client(base_url=service.base_url, headers=headers, timeout=60) as client:
            barrier.wait()
            resp = client.post("/v1/decisions:batch", json=body)
        with lock:
            answers.append(
                [r["status"] for r in resp.json()["results"]]
                if resp.status_code == 200
                else [resp.text]
            )

    threads = [threading.Thread(target=send, args=((first, second)[i % 2],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = [status for answer in answers for status in answer]
    assert set(flat) <= {"accepted", "duplicate"}, answers
    assert flat.count("accepted") == len(ids)
    stored = rows(
        first.database,
        "SELECT count(*), count(DISTINCT case_id) FROM decisions WHERE user_id = "
        "(SELECT user_id FROM users WHERE username = 'moderator1')",
    )
    assert stored == [(len(ids), len(ids))]


def test_a_late_decision_on_a_case_someone_else_escalated_is_a_conflict(
    shared_service: LiveService,
) -> None:
    with (
        shared_service.client("moderator1") as m1,
        shared_service.client("moderator3") as m3,
        shared_service.client("lead1") as lead,
    ):
        batch_ = lease(m1, "live-general", size=1)
        (case_id,) = (c["case_id"] for c in batch_["cases"])
        m1.post(f"/v1/batches/{batch_['batch_id']}/release", json={})
        assert _lease_ids(m3, 1) == [case_id]
        esc = decision(case_id, "escalate", note="needs a lead", escalation_reason="other")
        assert upload(m3, esc)[0]["status"] == "accepted"

        (late,) = upload(m1, decision(case_id, "no_violation"))
        assert late["status"] == "case_conflict"
        assert late["conflicting_decision_id"] == esc["decision_id"]

        assert case_id in [c["case_id"] for c in lease(lead, "escalations", size=20)["cases"]]
        # Once a lead works the escalation, the escalating reviewer cannot pull it back.
        (undo,) = upload(m3, decision(case_id, "retract", supersedes=esc["decision_id"]))
        assert undo["status"] == "case_conflict"
        (final,) = upload(
            lead, decision(case_id, "suspend_account", policy_codes=["violent_graphic"])
        )
        assert final["status"] == "accepted"
