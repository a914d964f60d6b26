"""The audit chain finds edited, inserted, reordered and deleted events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.audit import (
    GENESIS_HASH,
    canonical_json,
    event_hash,
    sha256_hex,
)
from reviewer.paths import AppPaths
from reviewer.store.decisions import Store
from reviewer.store.rows import RecordedDecision
from tests.reviewer.store.storekit import draft, lease, tamper


@pytest.fixture
def path() -> Path:
    return AppPaths.default().store_path


@pytest.fixture
def recorded(path: Path) -> list[RecordedDecision]:
    """Six events: five decisions and an acknowledgement in the middle."""
    with Store.open(path) as s:
        lease(s, ["c1", "c2", "c3", "c4", "c5"])
        recs = [s.record_decision(draft(c)) for c in ("c1", "c2", "c3")]
        s.record_ack("ann-1")
        recs += [s.record_decision(draft(c)) for c in ("c4", "c5")]
        assert s.verify_chain().ok
        assert s.chain_head()[0] == 6
    return recs


def _verify(path: Path) -> tuple[bool, int | None, str]:
    with Store.open(path) as s:
        report = s.verify_chain()
    return report.ok, report.first_bad_seq, report.message


def test_hash_is_over_a_canonical_encoding() -> None:
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
    body = canonical_json({"x": 1})
    expected = sha256_hex(json.dumps([1, "decision", body, GENESIS_HASH], separators=(",", ":")))
    assert event_hash(1, "decision", body, GENESIS_HASH) == expected
    assert event_hash(2, "decision", body, GENESIS_HASH) != expected
    assert event_hash(1, "ack", body, GENESIS_HASH) != expected


def test_intact_chain(path: Path, recorded: list[RecordedDecision]) -> None:
    assert _verify(path) == (True, None, "audit chain intact (6 events)")


def test_edited_body_is_found(path: Path, recorded: list[RecordedDecision]) -> None:
    tamper(path, "UPDATE audit_events SET body = replace(body, 'warn', 'none') WHERE seq = 2")
    ok, seq, message = _verify(path)
    assert (ok, seq) == (False, 2)
    assert "changed" in message


def test_edit_with_recomputed_payload_hash_is_found(
    path: Path, recorded: list[RecordedDecision]
) -> None:
    body = canonical_json({"announcement_id": "forged", "acked_at": "2026-01-01T00:00:00+00:00"})
    tamper(
        path,
        f"UPDATE audit_events SET body = '{body}', payload_hash = '{sha256_hex(body)}'"
        " WHERE seq = 4",
    )
    assert _verify(path)[:2] == (False, 4)


def test_rewritten_event_breaks_the_next_link(path: Path, recorded: list[RecordedDecision]) -> None:
    """Even a forger who recomputes one event's hashes is caught by the next event."""
    body = canonical_json({"announcement_id": "forged", "acked_at": "2026-01-01T00:00:00+00:00"})
    with Store.open(path) as s:
        prev = s.chain_hash_at(3)
    assert prev is not None
    forged = event_hash(4, "ack", body, prev)
    tamper(
        path,
        f"UPDATE audit_events SET body = '{body}', payload_hash = '{sha256_hex(body)}',"
        f" hash = '{forged}' WHERE seq = 4",
    )
    ok, seq, message = _verify(path)
    assert (ok, seq) == (False, 5)
    assert "does not follow" in message


def test_edited_decision_payload_is_found(path: Path, recorded: list[RecordedDecision]) -> None:
    target = recorded[1]
    forged = target.payload.replace(b'"warn"', b'"no_action"')
    assert forged != target.payload
    tamper(
        path,
        f"UPDATE decisions SET payload = x'{forged.hex()}'"
        f" WHERE decision_id = '{target.decision_id}'",
    )
    ok, seq, message = _verify(path)
    assert (ok, seq) == (False, target.audit_seq)
    assert "differs" in message


def test_inserted_event_is_found(path: Path, recorded: list[RecordedDecision]) -> None:
    tamper(
        path,
        # Make room after event 2 (in two steps: seq is unique).
        "UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 3",
        "UPDATE audit_events SET seq = -seq WHERE seq < 0",
    )
    body = canonical_json({"announcement_id": "inserted", "acked_at": "x"})
    with Store.open(path) as s:
        prev = s.chain_hash_at(2)
    assert prev is not None
    tamper(
        path,
        "INSERT INTO audit_events (seq, kind, decision_id, at, body, payload_hash, prev_hash,"
        f" hash) VALUES (3, 'ack', NULL, 'x', '{body}', '{sha256_hex(body)}', '{prev}',"
        f" '{event_hash(3, 'ack', body, prev)}')",
    )
    ok, seq, _ = _verify(path)
    assert not ok
    assert seq == 4


def test_reordered_events_are_found(path: Path, recorded: list[RecordedDecision]) -> None:
    tamper(
        path,
        "UPDATE audit_events SET seq = -1 WHERE seq = 2",
        "UPDATE audit_events SET seq = 2 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = -1",
    )
    assert _verify(path)[:2] == (False, 2)


def test_deleted_middle_event_is_found(path: Path, recorded: list[RecordedDecision]) -> None:
    tamper(path, "DELETE FROM audit_events WHERE seq = 4")
    ok, seq, message = _verify(path)
    assert (ok, seq) == (False, 4)
    assert "missing" in message


def test_deleted_decision_with_its_event_is_found(
    path: Path, recorded: list[RecordedDecision]
) -> None:
    victim = recorded[0]
    tamper(
        path,
        f"DELETE FROM outbox WHERE decision_id = '{victim.decision_id}'",
        f"DELETE FROM decisions WHERE decision_id = '{victim.decision_id}'",
        "DELETE FROM audit_events WHERE seq = 1",
    )
    assert _verify(path)[:2] == (False, 1)


def test_deleted_event_of_a_live_decision_is_found(
    path: Path, recorded: list[RecordedDecision]
) -> None:
    """Drop the newest event but keep its decision: the orphan decision gives it away."""
    tamper(path, "DELETE FROM audit_events WHERE seq = 6")
    ok, seq, message = _verify(path)
    assert (ok, seq) == (False, 6)
    assert "no audit event" in message


def test_deleted_tail_is_found_only_by_comparing_with_the_service(
    path: Path, recorded: list[RecordedDecision]
) -> None:
    last = recorded[-1]
    service_seq, service_head = last.audit_seq, last.audit_hash  # what the last upload carried
    with Store.open(path) as s:
        assert s.verify_against(service_seq, service_head).ok
        assert s.verify_against(3, recorded[2].audit_hash).ok  # service behind: fine
    for victim in recorded[-2:]:
        tamper(
            path,
            f"DELETE FROM outbox WHERE decision_id = '{victim.decision_id}'",
            f"DELETE FROM decisions WHERE decision_id = '{victim.decision_id}'",
            f"DELETE FROM audit_events WHERE seq = {victim.audit_seq}",
        )
    with Store.open(path) as s:
        assert s.verify_chain().ok  # a shorter chain is still a valid chain
        report = s.verify_against(service_seq, service_head)
    assert not report.ok
    assert report.first_bad_seq == 5
    assert "tail" in report.message


def test_a_rewritten_history_does_not_match_the_service(
    path: Path, recorded: list[RecordedDecision]
) -> None:
    with Store.open(path) as s:
        report = s.verify_against(recorded[1].audit_seq, "f" * 64)
    assert not report.ok
    assert report.first_bad_seq == recorded[1].audit_seq
