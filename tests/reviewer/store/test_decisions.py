"""The local store on real SQLite files: durability settings, decisions, outbox, cases, acks."""

from __future__ import annotations

import json
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reviewer import contract, ids
from reviewer.audit import GENESIS_HASH
from reviewer.paths import AppPaths
from reviewer.store import decisions as store_module
from reviewer.store import schema
from reviewer.store.decisions import (
    DraftError,
    SchemaTooNewError,
    Store,
    StoreDamagedError,
    StoreError,
    StoreOwnerError,
    StoreWriteError,
    UnknownCaseError,
)
from reviewer.store.rows import DecisionDraft
from reviewer.store.schema import SCHEMA_VERSION
from tests.reviewer.store.storekit import draft, dump, lease


@pytest.fixture
def path() -> Path:
    return AppPaths.default().store_path


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    s = Store.open(path)
    yield s
    s.close()


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


# --- opening ----------------------------------------------------------------------------------


def test_open_sets_durable_pragmas_and_owner_only_files(store: Store, path: Path) -> None:
    lease(store, ["c1"])
    store.record_decision(draft("c1"))
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == store_module.BUSY_TIMEOUT_MS
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.isolation_level is None
    assert store.schema_version() == SCHEMA_VERSION
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert p.exists(), p
        assert _mode(p) == 0o600, (p, oct(_mode(p)))
    assert _mode(path.parent) & 0o077 == 0


def test_existing_world_readable_file_is_restricted(path: Path) -> None:
    path.parent.mkdir(parents=True)
    Store.open(path).close()
    path.chmod(0o644)
    Store.open(path).close()
    assert _mode(path) == 0o600


def test_reopen_keeps_everything(path: Path) -> None:
    with Store.open(path) as s:
        lease(s, ["c1", "c2"])
        rec = s.record_decision(draft("c1"))
        s.set_state("last_sync_at", "2026-11-25T06:00:00+00:00")
    with Store.open(path) as s:
        assert s.decision(rec.decision_id) == rec
        assert s.get_state("last_sync_at") == "2026-11-25T06:00:00+00:00"
        assert [c.case_id for c in s.open_cases()] == ["c2"]
        assert s.chain_head() == (1, rec.audit_hash)


def test_newer_schema_is_refused_and_left_untouched(path: Path) -> None:
    with Store.open(path) as s:
        lease(s, ["c1"])
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = dump(path)
    with pytest.raises(SchemaTooNewError, match="Update the client"):
        Store.open(path)
    assert dump(path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(path: Path) -> None:
    path.parent.mkdir(parents=True)
    junk = b"these are not the pages you are looking for" * 200
    path.write_bytes(junk)
    with pytest.raises(StoreDamagedError, match=r"damaged .*keep the file"):
        Store.open(path)
    assert path.read_bytes() == junk


def test_migrations_run_in_order_and_keep_data(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(path) as s:
        lease(s, ["c1"])
        rec = s.record_decision(draft("c1"))
    upgraded = (
        *schema.MIGRATIONS,
        "ALTER TABLE cases ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;\n"
        "CREATE INDEX cases_pinned ON cases (pinned);",
    )
    monkeypatch.setattr(schema, "MIGRATIONS", upgraded)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(upgraded))
    with Store.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION + 1
        assert s.connection.execute("SELECT pinned FROM cases").fetchall() == [(0,)]
        assert s.decision(rec.decision_id) == rec
        assert s.verify_chain().ok


def test_a_failed_migration_leaves_the_old_version(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(path).close()
    before = dump(path)
    broken = (*schema.MIGRATIONS, "CREATE TABLE extra (x);\nSELECT * FROM no_such_table;")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(broken))
    with pytest.raises(sqlite3.OperationalError):
        Store.open(path)
    assert dump(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_one_store_per_thread(store: Store) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.get_state("x")
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=use)
    t.start()
    t.join()
    assert len(errors) == 1
    assert isinstance(errors[0], sqlite3.ProgrammingError)


# --- recording decisions ------------------------------------------------------------------------


def test_record_decision_writes_everything_in_one_go(store: Store) -> None:
    lease(store, ["c1", "c2"])
    moment = datetime(2026, 11, 25, 7, 0, 0, 123456, tzinfo=UTC)
    rec = store.record_decision(
        draft("c1", "remove", policy_codes=("VIOLENCE", "HATE"), note="ünïcode ✓"), now=moment
    )
    assert ids.is_uuid7(rec.decision_id)
    assert (rec.case_id, rec.action, rec.supersedes) == ("c1", "remove", None)
    assert rec.decided_at == moment
    assert (rec.audit_seq, rec.audit_hash) == store.chain_head()
    assert rec.audit_seq == 1

    wire = contract.DecisionIn.model_validate_json(rec.payload)
    assert wire.decision_id == rec.decision_id
    assert wire.policy_codes == ["VIOLENCE", "HATE"]
    assert wire.note == "ünïcode ✓"
    assert wire.decided_at == moment
    assert (wire.audit_seq, wire.audit_hash) == (rec.audit_seq, rec.audit_hash)
    assert rec.payload == wire.wire_json().encode()
    # a case decision's bytes carry no chat fields: an older service forbids unknown fields
    assert contract.CHAT_ACTION_FIELDS.isdisjoint(json.loads(rec.payload))

    [item] = store.pending_outbox()
    assert (item.decision_id, item.case_id, item.payload, item.attempts) == (
        rec.decision_id,
        "c1",
        rec.payload,
        0,
    )
    assert store.outbox_counts() == {"pending": 1, "synced": 0, "problem": 0}
    assert store.case_state("c1") == "decided"
    assert [c.case_id for c in store.open_cases()] == ["c2"]
    assert store.decision(rec.decision_id) == rec
    [row] = store.case_decisions("c1")
    assert row.outbox_status == "pending"
    assert row.policy_codes == ("VIOLENCE", "HATE")
    assert store.verify_chain().ok


def test_payload_bytes_never_change(store: Store, path: Path) -> None:
    lease(store, ["c1"])
    rec = store.record_decision(draft("c1"))
    store.note_attempt([rec.decision_id], "connection refused")
    store.note_attempt([rec.decision_id], "503")
    [item] = store.pending_outbox()
    assert item.payload == rec.payload
    assert item.attempts == 2
    with Store.open(path) as other:
        assert other.pending_outbox()[0].payload == rec.payload


def test_decisions_and_audit_events_are_immutable(store: Store) -> None:
    lease(store, ["c1"])
    rec = store.record_decision(draft("c1"))
    conn = store.connection
    for statement in (
        "UPDATE decisions SET action = 'no_action'",
        "DELETE FROM decisions",
        "UPDATE audit_events SET kind = 'x'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=r"immutable|append-only"):
            conn.execute(statement)
    assert store.decision(rec.decision_id) == rec


def test_outbox_is_oldest_first_and_limited(store: Store) -> None:
    cases = [f"c{i}" for i in range(12)]
    lease(store, cases)
    recorded = [store.record_decision(draft(c)).decision_id for c in cases]
    assert [i.decision_id for i in store.pending_outbox()] == recorded
    assert [i.decision_id for i in store.pending_outbox(limit=5)] == recorded[:5]
    assert recorded == sorted(recorded)  # UUIDv7 sort by time too


def test_retract_reopens_the_case_and_a_correction_redecides_it(store: Store) -> None:
    lease(store, ["c1"])
    first = store.record_decision(draft("c1", "remove"))
    undo = store.record_decision(
        draft("c1", "retract", policy_codes=(), supersedes=first.decision_id)
    )
    assert undo.supersedes == first.decision_id
    assert store.case_state("c1") == "leased"
    again = store.record_decision(draft("c1", "warn"))
    assert store.case_state("c1") == "decided"
    fix = store.record_decision(draft("c1", "escalate", supersedes=again.decision_id))
    assert store.case_state("c1") == "decided"
    assert [d.decision_id for d in store.case_decisions("c1")] == [
        first.decision_id,
        undo.decision_id,
        again.decision_id,
        fix.decision_id,
    ]
    assert store.chain_head()[0] == 4
    assert store.verify_chain().ok


def test_an_undo_after_the_lease_ran_out_leaves_the_case_expired(store: Store) -> None:
    lease(store, ["c1"], minutes=10)
    first = store.record_decision(draft("c1"))
    later = datetime.now(UTC) + timedelta(minutes=11)
    store.record_decision(
        draft("c1", "retract", policy_codes=(), supersedes=first.decision_id), now=later
    )
    assert store.case_state("c1") == "expired"
    assert store.open_cases() == []


def _bad_drafts(store: Store) -> dict[str, tuple[DecisionDraft, str]]:
    lease(store, ["c1", "c2", "done", "gone"])
    decided = store.record_decision(draft("done"))
    retraction = store.record_decision(
        draft("done", "retract", policy_codes=(), supersedes=decided.decision_id)
    )
    store.record_decision(draft("done"))
    store.set_case_state("gone", "released")
    other = ids.new_id()
    return {
        "unknown case": (draft("nope"), "not in this store"),
        "empty action": (draft("c1", ""), "needs an action"),
        "blank action": (draft("c1", "   "), "needs an action"),
        "bad action text": (draft("c1", "warn; drop table"), "action"),
        "note too long": (draft("c1", note="x" * (contract.MAX_NOTE_CHARS + 1)), "at most"),
        "bad policy code": (draft("c1", policy_codes=("bad code",)), "policy_codes"),
        "repeated policy code": (draft("c1", policy_codes=("A", "A")), "twice"),
        "too many policy codes": (
            draft("c1", policy_codes=tuple(f"P{i}" for i in range(11))),
            "policy_codes",
        ),
        "negative handle time": (draft("c1", handle_time_ms=-1), "handle_time_ms"),
        "retract without target": (draft("c1", "retract"), "must name"),
        "supersedes not a uuid": (draft("c1", supersedes="42"), "supersedes"),
        "supersedes unknown": (draft("c1", supersedes=other), "not in this store"),
        "supersedes other case": (draft("c2", supersedes=decided.decision_id), "belongs to"),
        "supersedes twice": (draft("done", supersedes=decided.decision_id), "already superseded"),
        "supersede a retraction": (
            draft("done", supersedes=retraction.decision_id),
            "retraction cannot",
        ),
        "already decided": (draft("done"), "already decided"),
        "released case": (draft("gone"), "released"),
        "long escalation reason": (draft("c1", escalation_reason="r" * 65), "escalation_reason"),
    }


@pytest.mark.parametrize(
    "name",
    [
        "unknown case",
        "empty action",
        "blank action",
        "bad action text",
        "note too long",
        "bad policy code",
        "repeated policy code",
        "too many policy codes",
        "negative handle time",
        "retract without target",
        "supersedes not a uuid",
        "supersedes unknown",
        "supersedes other case",
        "supersedes twice",
        "supersede a retraction",
        "already decided",
        "released case",
        "long escalation reason",
    ],
)
def test_a_bad_draft_changes_nothing(store: Store, path: Path, name: str) -> None:
    bad, message = _bad_drafts(store)[name]
    before = dump(path)
    head = store.chain_head()
    with pytest.raises(DraftError, match=message) as caught:
        store.record_decision(bad)
    assert isinstance(caught.value, ValueError)
    assert dump(path) == before
    assert store.chain_head() == head
    assert store.verify_chain().ok


def test_a_naive_time_is_refused(store: Store, path: Path) -> None:
    lease(store, ["c1"])
    before = dump(path)
    with pytest.raises(DraftError, match="time zone"):
        store.record_decision(draft("c1"), now=datetime(2026, 1, 1, 12, 0))
    assert dump(path) == before


def test_a_failure_inside_the_transaction_rolls_everything_back(
    store: Store, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lease(store, ["c1"])
    before = dump(path)

    def explode(*_: object, **__: object) -> str:
        raise RuntimeError("disk on fire")

    # Fails after the decision row is inserted, before the audit event: nothing may remain.
    monkeypatch.setattr(store_module, "sha256_hex", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.record_decision(draft("c1"))
    monkeypatch.undo()
    assert dump(path) == before
    assert store.record_decision(draft("c1")).audit_seq == 1


# --- outbox results -----------------------------------------------------------------------------


def _result(decision_id: str, status: str, **extra: object) -> contract.DecisionResult:
    return contract.DecisionResult.model_validate(
        {"decision_id": decision_id, "status": status, **extra}
    )


def test_apply_results_marks_each_answer(store: Store) -> None:
    cases = ["a", "b", "c", "d", "e", "f"]
    lease(store, cases)
    recs = {c: store.record_decision(draft(c)).decision_id for c in cases}
    change = store.apply_results(
        [
            _result(recs["a"], "accepted", server_seq=1),
            _result(recs["b"], "duplicate", server_seq=2),
            _result(recs["c"], "case_conflict", conflicting_decision_id="other-1"),
            _result(recs["d"], "id_reused"),
            _result(recs["e"], "rejected", reason="policy code retired"),
        ],
        sent=list(recs.values()),
    )
    assert change.synced == (recs["a"], recs["b"])
    assert change.problems == (recs["c"], recs["d"], recs["e"])
    assert change.retry == (recs["f"],)
    assert store.outbox_counts() == {"pending": 1, "synced": 2, "problem": 3}
    [left] = store.pending_outbox()
    assert left.decision_id == recs["f"]
    assert left.attempts == 1

    problems = {p.decision_id: p for p in store.problems()}
    assert problems[recs["c"]].status == "case_conflict"
    assert "someone else decided" in problems[recs["c"]].reason
    assert problems[recs["c"]].conflicting_decision_id == "other-1"
    assert problems[recs["d"]].status == "id_reused"
    assert problems[recs["e"]].reason == "policy code retired"
    assert problems[recs["e"]].case_id == "e"
    assert problems[recs["e"]].action == "warn"


def test_apply_results_is_idempotent_and_never_demotes(store: Store, path: Path) -> None:
    lease(store, ["a", "b"])
    a = store.record_decision(draft("a")).decision_id
    b = store.record_decision(draft("b")).decision_id
    store.apply_results([_result(a, "accepted"), _result(b, "rejected", reason="no")])
    before = dump(path)
    change = store.apply_results(
        [_result(a, "case_conflict"), _result(b, "accepted"), _result(ids.new_id(), "accepted")]
    )
    assert change.synced == change.problems == change.retry == ()
    assert dump(path) == before


def test_problems_survive_a_restart(path: Path) -> None:
    with Store.open(path) as s:
        lease(s, ["a"])
        a = s.record_decision(draft("a")).decision_id
        s.apply_results([_result(a, "case_conflict")])
    with Store.open(path) as s:
        assert [p.decision_id for p in s.problems()] == [a]
        assert s.pending_outbox() == []


def test_note_attempt_counts_only_pending(store: Store) -> None:
    lease(store, ["a", "b"])
    a = store.record_decision(draft("a")).decision_id
    b = store.record_decision(draft("b")).decision_id
    store.apply_results([_result(a, "accepted")])
    store.note_attempt([a, b], "timeout")
    row = store.connection.execute(
        "SELECT attempts, last_error FROM outbox WHERE decision_id = ?", (b,)
    ).fetchone()
    assert row == (1, "timeout")
    assert store.connection.execute(
        "SELECT attempts FROM outbox WHERE decision_id = ?", (a,)
    ).fetchone() == (1,)


# --- cases ----------------------------------------------------------------------------------------


def _detail(case_id: str) -> contract.CaseDetail:
    now = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    return contract.CaseDetail(
        case_id=case_id,
        queue="live-en",
        status="leased",
        created_at=now,
        stream=contract.StreamInfo(
            stream_id="s1",
            title="<b>title</b>",
            category="games",
            language="en",
            region="EU",
            viewer_count=10,
            is_live=True,
            started_at=now,
        ),
        streamer=contract.StreamerInfo(
            account_id="a1",
            handle="h",
            display_name="H",
            account_created_at=now,
            followers=1,
        ),
        reports=[],
        snapshots=[],
        chat_count=0,
    )


def test_cases_lease_detail_and_lifecycle(store: Store) -> None:
    assert lease(store, ["c1", "c2", "c3"], minutes=10) == ["c1", "c2", "c3"]
    rows = store.open_cases()
    assert [r.case_id for r in rows] == ["c1", "c2", "c3"]
    assert {r.state for r in rows} == {"leased"}
    assert not any(r.detail_cached for r in rows)
    assert rows[0].queue == "live-en"
    assert rows[0].batch_id == "batch-1"

    store.save_case_detail(_detail("c2"))
    assert store.case_detail("c2") == _detail("c2")
    assert store.case_detail("c1") is None
    assert store.case_detail("zzz") is None
    assert [r.detail_cached for r in store.open_cases()] == [False, True, False]
    with pytest.raises(UnknownCaseError):
        store.save_case_detail(_detail("never-leased"))

    later = datetime.now(UTC) + timedelta(hours=1)
    assert store.renew_leases(["c1", "c2"], later) == 2
    assert store.open_cases()[0].lease_expires_at == later
    assert store.expire_leases(datetime.now(UTC) + timedelta(minutes=30)) == ["c3"]
    assert [r.case_id for r in store.open_cases()] == ["c1", "c2"]
    assert [r.case_id for r in store.open_cases(include_expired=True)] == ["c1", "c2", "c3"]

    # A late decision on an expired lease is allowed (the service takes it if nobody else did).
    late = store.record_decision(draft("c3"))
    store.set_case_state("c1", "released")
    assert store.finished_cases() == ["c1"]  # c3 is decided but not synced yet
    store.apply_results([_result(late.decision_id, "accepted")])
    assert store.finished_cases() == ["c1", "c3"]
    store.mark_content_evicted(["c1", "c3"])
    assert store.finished_cases() == []
    store.forget_all_case_content()
    assert store.case_detail("c2") is None

    with pytest.raises(ValueError, match="unknown case state"):
        store.set_case_state("c1", "exploded")
    with pytest.raises(UnknownCaseError):
        store.set_case_state("nope", "released")


def test_a_new_lease_does_not_undo_a_local_decision(store: Store) -> None:
    lease(store, ["c1"])
    store.record_decision(draft("c1"))
    lease(store, ["c1"], batch_id="batch-2")
    assert store.case_state("c1") == "decided"
    store.set_case_state("c1", "released")
    lease(store, ["c1"], batch_id="batch-3")
    assert store.case_state("c1") == "leased"


# --- acks and key/value state -------------------------------------------------------------------


def test_acks_are_recorded_once_and_chained(store: Store) -> None:
    store.record_ack("ann-1")
    store.record_ack("ann-2")
    store.record_ack("ann-1")
    assert store.pending_acks() == ["ann-1", "ann-2"]
    assert store.chain_head()[0] == 2
    store.mark_acks_synced(["ann-1"])
    assert store.pending_acks() == ["ann-2"]
    assert store.verify_chain().ok
    with pytest.raises(ValueError, match="announcement id"):
        store.record_ack("")


def test_a_store_belongs_to_one_moderator(store: Store, path: Path) -> None:
    assert store.owner() is None
    store.claim("https://cases.example.com/", "ana")
    store.claim("https://CASES.example.com", "ana")  # same server, same user
    assert store.owner() == ("https://cases.example.com", "ana")
    before = dump(path)
    for server, user in (("https://cases.example.com", "bo"), ("https://evil.example", "ana")):
        with pytest.raises(StoreOwnerError, match="holds the work of 'ana'"):
            store.claim(server, user)
    assert dump(path) == before
    with pytest.raises(ValueError, match="server URL and a user"):
        store.claim("https://cases.example.com", " ")


def test_state_values(store: Store) -> None:
    assert store.get_state("clock_skew_s") is None
    store.set_state("clock_skew_s", "1.5")
    store.set_state("clock_skew_s", "2.5")
    assert store.get_state("clock_skew_s") == "2.5"


# --- health and concurrency ---------------------------------------------------------------------


def test_quick_check_ok_and_damage_reported(path: Path) -> None:
    with Store.open(path) as s:
        lease(s, [f"c{i}" for i in range(300)])
        for i in range(300):
            s.record_decision(draft(f"c{i}", note="n" * 200))
        assert s.quick_check() == "ok"
        assert s.integrity_check() == "ok"
        s.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = 4096
    size = path.stat().st_size
    with path.open("r+b") as f:
        for offset in range(page, size, page):  # every page but the first (header and schema)
            f.seek(offset + 8)
            f.write(b"\xff" * 64)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == page
    conn.close()
    with Store.open(path) as s:
        message = s.quick_check()
    assert message != "ok"
    assert message


def test_sync_thread_writes_while_the_ui_records(path: Path) -> None:
    """Two connections, two threads: busy_timeout and short transactions mean no lost writes."""
    ui = Store.open(path)
    cases = [f"c{i}" for i in range(200)]
    lease(ui, cases)
    stop = threading.Event()
    synced: list[str] = []
    errors: list[BaseException] = []

    def sync_worker() -> None:
        try:
            with Store.open(path) as mine:
                while not stop.is_set() or mine.pending_outbox():
                    items = mine.pending_outbox(limit=50)
                    change = mine.apply_results([_result(i.decision_id, "accepted") for i in items])
                    synced.extend(change.synced)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=sync_worker)
    worker.start()
    try:
        recorded = [ui.record_decision(draft(c)).decision_id for c in cases]
    finally:
        stop.set()
        worker.join()
    assert errors == []
    assert sorted(synced) == sorted(recorded)
    assert ui.outbox_counts() == {"pending": 0, "synced": 200, "problem": 0}
    assert ui.verify_chain().ok
    ui.close()


def test_chain_head_genesis(store: Store) -> None:
    assert store.chain_head() == (0, GENESIS_HASH)
    assert store.chain_hash_at(0) == GENESIS_HASH
    assert store.chain_hash_at(1) is None
    assert store.verify_chain().ok


def test_a_refused_write_is_a_store_error_and_changes_nothing(store: Store, path: Path) -> None:
    """Disk full or a read-only file: the UI gets a StoreError with the reason, not a crash."""
    lease(store, ["c1"])
    before = dump(path)
    store.connection.execute("PRAGMA query_only = ON")  # every write now fails inside SQLite
    with pytest.raises(StoreWriteError, match="could not save") as caught:
        store.record_decision(draft("c1"))
    assert isinstance(caught.value, StoreError)
    store.connection.execute("PRAGMA query_only = OFF")
    assert dump(path) == before
    assert store.verify_chain().ok
    store.record_decision(draft("c1"))  # and the store works again afterwards


def test_a_full_disk_refuses_the_decision_whole_and_work_resumes_when_space_returns(
    store: Store, path: Path
) -> None:
    """A full disk at commit, with SQLite's page limit standing in for the disk (a real small
    filesystem needs root to mount): a clear refusal, nothing half written, then it works."""
    lease(store, ["c1", "c2"])
    pending = store.record_decision(draft("c1"))
    conn = store.connection
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages
    before = dump(path)
    big = replace(draft("c2"), note="\U0001f4dd" * 4000)  # needs pages the file does not have
    with pytest.raises(StoreWriteError, match="The disk is full") as caught:
        store.record_decision(big)
    assert "nothing was written" in str(caught.value)
    assert dump(path) == before
    assert store.case_state("c2") == "leased"  # the case is still the moderator's to decide
    assert [i.decision_id for i in store.pending_outbox(10)] == [pending.decision_id]
    assert store.verify_chain().ok
    conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space came back
    store.record_decision(big)
    assert store.outbox_counts()["pending"] == 2
    assert store.integrity_check() == "ok"


# --- the outbox's pending list ------------------------------------------------------------------


def _reject(store: Store, decision_id: str) -> None:
    store.apply_results(
        [contract.DecisionResult(decision_id=decision_id, status="rejected", reason="no")],
        sent=[decision_id],
    )


def test_a_held_decision_holds_back_only_the_later_decisions_on_its_case(store: Store) -> None:
    lease(store, ["held", "refused", "other"])
    first = store.record_decision(draft("held"))
    store.hold(first.decision_id, "keeps failing")
    correction = store.record_decision(draft("held", "ban", supersedes=first.decision_id))
    refused = store.record_decision(draft("refused"))
    _reject(store, refused.decision_id)  # a problem, not held: holds nothing back
    again = store.record_decision(draft("refused", "ban", supersedes=refused.decision_id))
    other = store.record_decision(draft("other"))
    pending = [i.decision_id for i in store.pending_outbox()]
    assert pending == [again.decision_id, other.decision_id]
    assert correction.decision_id not in pending
    assert [i.decision_id for i in store.pending_outbox(exclude_cases=["other"])] == [
        again.decision_id
    ]
    store.retry_held([first.decision_id])
    assert [i.decision_id for i in store.pending_outbox()][:1] == [first.decision_id]


def _vm_steps(store: Store, fn: Callable[[], object]) -> int:
    """SQLite virtual-machine instructions ``fn`` costs, in thousands: work, not time."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    store.connection.set_progress_handler(tick, 1000)
    try:
        fn()
    finally:
        store.connection.set_progress_handler(None, 0)
    return steps[0]


def test_the_pending_list_costs_what_its_rows_cost_not_rows_times_problems(store: Store) -> None:
    """Problems are kept for good; the pending list walked all of them for every pending row
    (120 ms a call at 1,500 problems in `make bench`'s drain). Counted in SQLite's own steps."""
    ids = [f"c{i}" for i in range(800)]
    lease(store, ids)
    recorded = [store.record_decision(draft(c)) for c in ids]
    store.apply_results(
        [
            contract.DecisionResult(decision_id=r.decision_id, status="rejected", reason="no")
            for r in recorded[:600]
        ],
        sent=[r.decision_id for r in recorded[:600]],
    )
    cost = _vm_steps(store, lambda: store.pending_outbox(500))
    assert len(store.pending_outbox(500)) == 200
    # 600 problem rows once and 200 pending rows: about 7 thousand instructions; walking
    # the problems again for every pending row (200 x 600 visits) took 605 thousand
    assert cost < 100, f"{cost} thousand SQLite instructions"
