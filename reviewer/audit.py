"""The hash-chained audit trail: how events are hashed and how a chain is checked.

Event ``n`` stores ``body`` (canonical JSON: sorted keys, no spaces, UTF-8),
``payload_hash = sha256(body)``, the previous event's hash and

    hash = sha256(canonical_json([seq, kind, body, prev_hash]))

with ``prev_hash`` of event 1 being 64 zeros. A store rebuilt by ``reviewer recover-store``
starts instead with a ``recovery`` event at the old head's next seq whose ``prev_hash`` is
the old head; its body names the old head and the decisions carried over (those keep
their old events' seq and hash, which live in the moved-aside file).

Editing any event changes its hash and breaks every link after it; inserting, removing
or reordering events breaks the sequence or a link. A decision event's body is the
decision without its audit fields; the event's seq and hash travel in the decision's
request bytes (``audit_seq``/``audit_hash``), so the stored bytes are tied to the chain
too. Deleting the newest events leaves a shorter valid chain, which only a comparison
with the (seq, head) the service received can reveal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

GENESIS_HASH: Final = "0" * 64
#: the kind of the first event of a store rebuilt from a damaged one
RECOVERY_EVENT: Final = "recovery"


def canonical_json(value: Any) -> str:
    """One spelling per value, so that a hash over it is reproducible anywhere."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def event_hash(seq: int, kind: str, body: str, prev_hash: str) -> str:
    """The chain hash of one audit event."""
    return sha256_hex(canonical_json([seq, kind, body, prev_hash]))


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    kind: str
    decision_id: str | None
    body: str
    payload_hash: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class DecisionLink:
    """What a decision row says about its audit event."""

    audit_seq: int
    audit_hash: str
    payload: bytes


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None
    message: str


def _bad(checked: int, seq: int, message: str) -> ChainReport:
    return ChainReport(False, checked, seq, message)


def verify_events(
    events: Iterable[AuditEvent], decisions: Mapping[str, DecisionLink]
) -> ChainReport:
    """Check every link of a chain given in seq order, and tie decisions to their events."""
    seen: set[str] = set()
    prev = GENESIS_HASH
    checked = 0
    events = list(events)
    start = 1
    carried: set[str] = set()
    if events and events[0].kind == RECOVERY_EVENT:
        opening = events[0]
        try:
            link = json.loads(opening.body)
            start = int(link["previous_seq"]) + 1
            prev = str(link["previous_head"])
            carried = {str(d) for d in link["carried"]}
        except (ValueError, KeyError, TypeError):
            return _bad(0, opening.seq, f"recovery event {opening.seq} does not name the old head")
        if opening.seq != start:
            return _bad(0, opening.seq, f"recovery event {opening.seq} is not next to the old head")
    for expected_seq, event in enumerate(events, start=start):
        seq = event.seq
        if seq != expected_seq:
            return _bad(checked, expected_seq, f"event {expected_seq} is missing")
        if event.prev_hash != prev:
            return _bad(checked, seq, f"event {seq} does not follow event {seq - 1}")
        if event.payload_hash != sha256_hex(event.body):
            return _bad(checked, seq, f"event {seq}'s body was changed")
        if event.hash != event_hash(seq, event.kind, event.body, event.prev_hash):
            return _bad(checked, seq, f"event {seq}'s hash does not match its content")
        if event.kind == "decision":
            problem = _check_decision_event(event, decisions)
            if problem:
                return _bad(checked, seq, problem)
            assert event.decision_id is not None
            seen.add(event.decision_id)
        prev = event.hash
        checked += 1
    for decision_id in carried & set(decisions):
        if decisions[decision_id].audit_seq >= start:
            return _bad(checked, start, f"decision {decision_id} claims a seq after the recovery")
    missing = set(decisions) - seen - carried
    if missing:
        first = min(decisions[d].audit_seq for d in missing)
        return _bad(checked, first, f"{len(missing)} decision(s) have no audit event")
    return ChainReport(True, checked, None, f"audit chain intact ({checked} events)")


def _check_decision_event(event: AuditEvent, decisions: Mapping[str, DecisionLink]) -> str | None:
    """Tie a decision event to its decision row and the bytes that go on the wire."""
    seq, decision_id = event.seq, event.decision_id
    if decision_id is None or decision_id not in decisions:
        return f"event {seq} names a decision that is not in the store"
    link = decisions[decision_id]
    if link.audit_seq != seq or link.audit_hash != event.hash:
        return f"decision {decision_id} points at another audit event"
    try:
        wire = json.loads(link.payload)
    except ValueError:
        return f"decision {decision_id}'s stored request is not JSON"
    if not isinstance(wire, dict):
        return f"decision {decision_id}'s stored request is not an object"
    if wire.pop("audit_seq", None) != seq or wire.pop("audit_hash", None) != event.hash:
        return f"decision {decision_id}'s stored request carries other audit fields"
    if canonical_json(wire) != event.body:
        return f"decision {decision_id}'s stored request differs from its audit event"
    return None


def compare_heads(
    local_seq: int, local_hash_at_service_seq: str | None, service_seq: int, service_head: str
) -> ChainReport | None:
    """A problem report when the service's (seq, head) does not fit the local chain."""
    if service_seq > local_seq:
        return ChainReport(
            False,
            local_seq,
            local_seq + 1,
            f"the service holds {service_seq} events but this store only {local_seq}: "
            "the tail of the local chain was deleted",
        )
    if local_hash_at_service_seq != service_head:
        return ChainReport(
            False,
            local_seq,
            service_seq,
            f"event {service_seq} differs from what the service received",
        )
    return None
