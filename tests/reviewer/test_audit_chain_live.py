"""The real client's hash chain (store + sync engine) checks out on the service: every link
the service can see is recomputed from the stored decision, an acknowledgement's seq is an
explained gap, and the head read off the client matches what the service stored."""

from __future__ import annotations

from pathlib import Path

from devkit.live_service import LiveService
from reviewer.client.lead import LeadApi
from tests.reviewer.synckit import decide, drain, make_desk


def test_the_clients_chain_verifies_on_the_service(
    live_service: LiveService, tmp_path: Path
) -> None:
    desk = make_desk(
        live_service, tmp_path / "s.sqlite3", lease_size=4, min_open=4, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        desk.engine.step()
        cases = [r.case_id for r in desk.store.open_cases()]
        assert len(cases) == 4
        decide(desk, cases[0])
        decide(desk, cases[1])
        urgent = next(a for a in desk.api.policies().announcements if a.requires_ack)
        desk.store.record_ack(urgent.id)  # takes seq 3 of the chain, uploaded without it
        third = decide(desk, cases[2])
        decide(desk, cases[2], "retract", supersedes=third.decision_id)
        decide(desk, cases[3])
        drain(desk)
        seq, head = desk.store.chain_head()
        assert seq == 6

        report = LeadApi(desk.api).chain_report("moderator1", seq=seq, head=head)
        assert [i.kind for i in report.issues] == ["gap"]
        assert (report.issues[0].seq_from, report.issues[0].seq_to) == (3, 3)
        assert (report.missing_seqs, report.acks_on_record, report.unexplained_missing) == (1, 1, 0)
        assert report.ok
        (device,) = report.devices
        assert device.decisions == 5
        assert device.links_checked == 4  # seq 4 follows the ack, which the service never sees
        assert (device.claimed_seq, device.claimed_head) == (seq, head)
        assert (report.stored_seq, report.stored_head) == (seq, head)

        forged = LeadApi(desk.api).chain_report("moderator1", seq=2, head="1" * 64)
        assert [i.kind for i in forged.issues] == ["gap", "claim_mismatch"]
        assert not forged.ok
    finally:
        desk.close()


def test_a_held_decision_shows_as_held_on_the_desk_not_as_a_gap(
    live_service: LiveService, tmp_path: Path
) -> None:
    desk = make_desk(
        live_service, tmp_path / "s.sqlite3", lease_size=3, min_open=3, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        desk.engine.step()
        cases = [r.case_id for r in desk.store.open_cases()]
        assert len(cases) == 3
        first = decide(desk, cases[0])
        drain(desk)
        held = decide(desk, cases[1])
        # the state the sync engine leaves after isolating a decision the service refused
        assert desk.store.hold(held.decision_id, "refused", answer_status=500)
        decide(desk, cases[2])
        drain(desk)
        seq, head = desk.store.chain_head()
        assert seq == 3

        lead = LeadApi(desk.api)
        report = lead.chain_report("moderator1", seq=seq, head=head)
        assert [(i.kind, i.seq_from, i.seq_to) for i in report.issues] == [("held", 2, 2)]
        assert report.issues[0].decision_ids == [held.decision_id]
        assert (report.missing_seqs, report.unexplained_missing) == (0, 0)
        assert report.ok

        # once it is sent, the desk's next report is empty and the stored decision wins
        assert desk.store.retry_held([held.decision_id]) == 1
        drain(desk)
        desk.engine.step()
        after = lead.chain_report("moderator1", seq=seq, head=head)
        assert after.issues == []
        assert after.ok
        assert first.decision_id != held.decision_id
    finally:
        desk.close()


def test_without_the_desks_report_a_held_decision_is_an_unexplained_gap(
    live_service: LiveService, tmp_path: Path
) -> None:
    """The negative control: the same chain, but the service never heard of the hold."""
    desk = make_desk(
        live_service, tmp_path / "s.sqlite3", lease_size=3, min_open=3, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        desk.engine.step()
        cases = [r.case_id for r in desk.store.open_cases()]
        decide(desk, cases[0])
        held = decide(desk, cases[1])
        assert desk.store.hold(held.decision_id, "refused")
        decide(desk, cases[2])
        # sent as the engine would, minus its held report
        seq, head = desk.store.chain_head()
        items = desk.store.pending_outbox(limit=10)
        assert len(items) == 2
        assert held.decision_id not in {i.decision_id for i in items}
        answer = desk.api.upload_decisions(
            [i.payload for i in items],
            chain_seq=seq,
            chain_head=head,
            device_id=desk.engine.config.device_id,
        )
        assert {r.status for r in answer.results} == {"accepted"}
        report = LeadApi(desk.api).chain_report("moderator1")
        assert [(i.kind, i.seq_from) for i in report.issues] == [("gap", 2)]
        assert report.unexplained_missing == 1
        assert not report.ok
    finally:
        desk.close()
