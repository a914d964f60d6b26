"""A damaged store: `reviewer doctor` says what is wrong, `reviewer recover-store` saves the work.

The store is damaged for real: a page of its ``cases`` table is overwritten with garbage
in the file (the decisions, outbox and audit pages are left readable, as after a torn
disk write elsewhere). Doctor reports the integrity failure and names the command; the
recovery moves the file aside byte for byte, queues the unsynced decisions with their
stored request bytes in a fresh store whose audit chain starts with a link to the old
head, and writes a copy for support.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

from reviewer.audit import RECOVERY_EVENT
from reviewer.cli import main
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from tests.reviewer.store.storekit import damage_table, draft, lease


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def test_doctor_names_the_damage_and_recover_store_queues_the_work_again() -> None:
    path = AppPaths.default().ensure().store_path
    with Store.open(path) as store:
        lease(store, [f"c{i}" for i in range(6)])
        made = [store.record_decision(draft(f"c{i}")) for i in range(6)]
        synced, pending = made[:2], made[2:]
        retract = store.record_decision(
            draft("c5", "retract", policy_codes=(), supersedes=made[5].decision_id)
        )
        pending.append(retract)
        store.connection.execute(
            "UPDATE outbox SET status = 'synced' WHERE decision_id IN (?, ?)",
            tuple(d.decision_id for d in synced),
        )
        head = store.chain_head()
    assert not path.with_name(path.name + "-wal").exists()  # folded in at close
    damage_table(path, "cases")
    damaged = _sha(path)

    code, text = _run("doctor", "--store", str(path), "--server", "")
    assert code == 1
    line = next(x for x in text.splitlines() if x.startswith("store"))
    assert "PROBLEM" in line
    assert "recover-store" in line
    assert _sha(path) == damaged  # doctor read it, changed nothing

    code, text = _run("recover-store", "--store", str(path))
    assert code == 0, text
    (aside,) = [
        p for p in path.parent.iterdir() if re.fullmatch(r".*\.damaged-\d{8}T\d{6}Z", p.name)
    ]
    assert _sha(aside) == damaged  # moved, not changed
    assert f"{len(pending)} queued" in text

    with Store.open(path) as fresh:
        assert fresh.integrity_check() == "ok"
        report = fresh.verify_chain()
        assert report.ok, report.message
        queued = fresh.pending_outbox(100)
        assert [i.decision_id for i in queued] == [d.decision_id for d in pending]
        assert [i.payload for i in queued] == [d.payload for d in pending]  # the same bytes
        assert fresh.outbox_counts() == {"pending": len(pending), "synced": 2, "problem": 0}
        seq, _ = fresh.chain_head()
        assert seq == head[0] + 1
        assert fresh.chain_hash_at(head[0]) == head[1]  # the link to the old head
        assert fresh.verify_against(*head).ok  # what the service last saw still fits
        event = fresh.connection.execute(
            "SELECT kind, prev_hash, body FROM audit_events WHERE seq = ?", (seq,)
        ).fetchone()
        assert event[0] == RECOVERY_EVENT
        assert event[1] == head[1]
        assert json.loads(event[2])["moved_to"] == aside.name
        # the chain goes on after the recovery
        lease(fresh, ["c9"], batch_id="batch-2")
        fresh.record_decision(draft("c9"))
        assert fresh.verify_chain().ok

    copy = json.loads(aside.with_name(aside.name + ".recovered.json").read_text())
    assert copy["old_head"] == {"seq": head[0], "hash": head[1]}
    assert {d["decision_id"] for d in copy["decisions"] if d["pending"]} == {
        d.decision_id for d in pending
    }


def test_a_recovery_event_that_does_not_name_the_old_head_breaks_the_chain() -> None:
    path = AppPaths.default().ensure().store_path
    with Store.open(path) as store:
        lease(store, ["c1"])
        store.record_decision(draft("c1"))
    damage_table(path, "cases")
    _run("recover-store", "--store", str(path))
    with Store.open(path) as fresh:
        fresh.connection.execute("DROP TRIGGER audit_no_update")
        fresh.connection.execute("UPDATE audit_events SET prev_hash = ?", ("1" * 64,))
        assert not fresh.verify_chain().ok
