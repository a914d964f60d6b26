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
