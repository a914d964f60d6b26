"""A recovered store syncs: every salvaged decision reaches the service exactly once.

Four decisions are synced, three more are pending, then the store's ``cases`` and
``outbox`` pages are overwritten in the file. With the outbox unreadable the recovery
queues all seven again with their stored bytes; the service keeps each once (the four it
has come back as duplicates) and accepts the fresh chain's head, one past the old one,
which the chain check shows as the desk's recovery link, not as a missing tail.
"""

from __future__ import annotations

from pathlib import Path

from devkit.live_service import LiveService
from reviewer.client.lead import LeadApi
from reviewer.paths import AppPaths
from reviewer.store.recovery import recover_store
from tests.reviewer.store.storekit import damage_table
from tests.reviewer.synckit import decide, drain, make_desk, service_rows


def test_a_recovered_store_sends_each_decision_once(live_service: LiveService) -> None:
    path: Path = AppPaths.default().ensure().store_path
    desk = make_desk(live_service, path, lease_size=8, min_open=8, prefetch_depth=0)
    try:
        desk.engine.note_activity()
        cases = list(desk.engine.step().leased_now)
        assert len(cases) >= 7
        made = [decide(desk, c).decision_id for c in cases[:4]]
        drain(desk)
        made += [decide(desk, c).decision_id for c in cases[4:7]]
        old_seq, _ = desk.store.chain_head()
    finally:
        desk.close()
    damage_table(path, "cases")
    damage_table(path, "outbox")

    report = recover_store(path)
    assert [d.decision_id for d in report.salvage.pending] == made  # outbox lost: all again

    desk = make_desk(live_service, path, lease_size=8, min_open=0, prefetch_depth=0)
    try:
        assert desk.store.chain_head()[0] == old_seq + 1
        drain(desk)
        assert desk.store.outbox_counts() == {"pending": 0, "synced": 7, "problem": 0}
        assert desk.store.problems() == []
        # the lead's chain check names the recovery link instead of a missing tail
        chain = LeadApi(desk.api).chain_report("moderator1")
        assert [(i.kind, i.seq_from, i.seq_to) for i in chain.issues] == [
            ("recovery", old_seq + 1, old_seq + 1)
        ]
        assert chain.unexplained_missing == 0
        assert chain.ok
    finally:
        desk.close()
    assert service_rows(live_service, made) == dict.fromkeys(made, 1)
