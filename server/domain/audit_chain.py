"""Check a moderator's hash-chained audit trail against what the service stored.

The client's chain format (``reviewer/audit.py``, restated here because the service
imports nothing from the client but the contract): event ``n`` has

    hash = sha256(canonical_json([n, kind, body, prev_hash]))

with canonical JSON (sorted keys, no spaces, UTF-8), ``prev_hash`` of event 1 being 64
zeros, and a decision event's ``body`` being the uploaded DecisionIn without its
``audit_seq``/``audit_hash``. So for two stored decisions at seqs n-1 and n the service
can recompute the link; any change to a stored decision's content or hash shows up as an
``edit``. Seqs with no stored decision are ``gap``s (acknowledgement events also take a
seq but are uploaded without one, so up to ``acks_on_record`` of them are explained), seqs
the client's uploads claimed beyond the last stored decision are the ``missing_tail``,
and a later upload that claims a lower head than an earlier one is ``regressed``.

A desk also reports the seqs it keeps out of its uploads (``POST /v1/desk/held``): a
decision held after repeated refusals, or the recovery event a store rebuilt by
``reviewer recover-store`` opens with. Such a seq with no stored decision is a ``held`` or
``recovery`` finding, which names it and explains it, instead of a gap or missing tail.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reviewer import contract

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(seq: int, kind: str, body: str, prev_hash: str) -> str:
    return hashlib.sha256(canonical_json([seq, kind, body, prev_hash]).encode()).hexdigest()


def decision_body(item: contract.DecisionIn) -> str:
    """The body of the decision's audit event, as the client hashed it."""
    return canonical_json(item.body_fields())


def content_hash(item: contract.DecisionIn) -> str:
    """The service's content hash of an upload (see ``server.routes.decisions``)."""
    fields = item.body_fields()
    fields.update(audit_seq=item.audit_seq, audit_hash=item.audit_hash)
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class StoredDecision:
    """What the service stored of one decision, enough to rebuild its DecisionIn."""

    decision_id: str
    server_seq: int
    device_id: str
    audit_seq: int
    audit_hash: str
    content_hash: str
    wire: dict[str, Any]  # DecisionIn fields as stored, audit fields included


@dataclass(frozen=True)
class StoredUpload:
    upload_id: int
    device_id: str
    sent_at: datetime
    received_at: datetime
    chain_seq: int
    chain_head: str
    item_count: int


@dataclass(frozen=True)
class DeskNote:
    """A seq the desk said it keeps out of its uploaded chain (held or recovery)."""

    device_id: str
    audit_seq: int
    kind: str  # "held" | "recovery"
    decision_id: str
    audit_hash: str


def _ranges(seqs: Iterable[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(seqs):
        if out and s == out[-1][1] + 1:
            out[-1] = (out[-1][0], s)
        else:
            out.append((s, s))
    return out


def _missing(known: set[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """The ranges of [lo, hi] not in ``known``, in work that grows with ``known``, never with
    the width of [lo, hi]: both ends can be seqs a client chose (up to 2**53)."""
    out: list[tuple[int, int]] = []
    start = lo
    for s in sorted(k for k in known if lo <= k <= hi):
        if s > start:
            out.append((start, s - 1))
        start = s + 1
    if start <= hi:
        out.append((start, hi))
    return out


def _rebuild(d: StoredDecision) -> contract.DecisionIn | None:
    try:
        return contract.DecisionIn.model_validate(d.wire)
    except ValueError:
        return None


def check_device(
    device_id: str,
    decisions: Sequence[StoredDecision],
    uploads: Sequence[StoredUpload],
    notes: Sequence[DeskNote] = (),
) -> tuple[contract.DeviceChain, list[contract.ChainIssue], int]:
    """One device's chain: its summary, its issues and how many seqs are missing (the
    seqs the desk reported as held or recovery are named, not counted as missing)."""
    issues: list[contract.ChainIssue] = []
    by_seq: dict[int, list[StoredDecision]] = defaultdict(list)
    for d in decisions:
        by_seq[d.audit_seq].append(d)
    hash_at: dict[int, str] = {}
    for seq, group in sorted(by_seq.items()):
        hashes = {d.audit_hash for d in group}
        if len(hashes) > 1:
            issues.append(
                contract.ChainIssue(
                    kind="edit",
                    device_id=device_id,
                    seq_from=seq,
                    seq_to=seq,
                    detail=f"{len(group)} decisions claim seq {seq} with different hashes",
                    decision_ids=[d.decision_id for d in group],
                )
            )
        else:
            hash_at[seq] = group[0].audit_hash
    links = 0
    for seq, group in sorted(by_seq.items()):
        for d in group:
            item = _rebuild(d)
            if item is None or content_hash(item) != d.content_hash:
                issues.append(
                    contract.ChainIssue(
                        kind="edit",
                        device_id=device_id,
                        seq_from=seq,
                        seq_to=seq,
                        detail="the stored decision no longer matches the bytes received",
                        decision_ids=[d.decision_id],
                    )
                )
                continue
            prev = GENESIS_HASH if seq == 1 else hash_at.get(seq - 1)
            if prev is None or seq not in hash_at:
                continue
            links += 1
            if event_hash(seq, "decision", decision_body(item), prev) != d.audit_hash:
                issues.append(
                    contract.ChainIssue(
                        kind="edit",
                        device_id=device_id,
                        seq_from=seq,
                        seq_to=seq,
                        detail=f"the hash at seq {seq} does not follow from its content and "
                        f"seq {seq - 1}",
                        decision_ids=[d.decision_id],
                    )
                )
    ordered = sorted(uploads, key=lambda u: u.upload_id)
    highest = 0
    claimed_head = ""
    for u in ordered:
        if u.chain_seq < highest:
            issues.append(
                contract.ChainIssue(
                    kind="regressed",
                    device_id=device_id,
                    seq_from=u.chain_seq,
                    seq_to=highest,
                    detail=f"upload {u.upload_id} claimed head {u.chain_seq} after an earlier "
                    f"upload claimed {highest}: the client's chain lost its tail",
                )
            )
        elif u.chain_seq >= highest:
            highest, claimed_head = u.chain_seq, u.chain_head
        stored = hash_at.get(u.chain_seq)
        if stored is not None and stored != u.chain_head:
            issues.append(
                contract.ChainIssue(
                    kind="edit",
                    device_id=device_id,
                    seq_from=u.chain_seq,
                    seq_to=u.chain_seq,
                    detail=f"upload {u.upload_id} sent head {u.chain_head[:12]}… at seq "
                    f"{u.chain_seq}; the stored decision there has {stored[:12]}…",
                    decision_ids=[d.decision_id for d in by_seq[u.chain_seq]],
                )
            )
    seqs = set(by_seq)
    noted = {n.audit_seq: n for n in notes if n.audit_seq not in seqs}
    for kind in ("recovery", "held"):
        for lo, hi in _ranges(s for s, n in noted.items() if n.kind == kind):
            ids = [noted[s].decision_id for s in range(lo, hi + 1) if noted[s].decision_id]
            issues.append(
                contract.ChainIssue(
                    kind="held" if kind == "held" else "recovery",
                    device_id=device_id,
                    seq_from=lo,
                    seq_to=hi,
                    detail=(
                        "the desk reported these decisions held on it, not sent"
                        if kind == "held"
                        else "the desk reported a store rebuilt by recover-store, linked "
                        "to its old head here"
                    ),
                    decision_ids=ids,
                )
            )
    seqs |= set(noted)
    last = max(by_seq) if by_seq else 0
    gap_ranges = _missing(seqs, 1, last)
    gaps = sum(hi - lo + 1 for lo, hi in gap_ranges)
    for lo, hi in gap_ranges:
        issues.append(
            contract.ChainIssue(
                kind="gap",
                device_id=device_id,
                seq_from=lo,
                seq_to=hi,
                detail=f"no decision stored for seq {lo}" + (f"-{hi}" if hi != lo else ""),
            )
        )
    tail_ranges = _missing(seqs, last + 1, highest)
    tail = sum(hi - lo + 1 for lo, hi in tail_ranges)
    if tail:
        issues.append(
            contract.ChainIssue(
                kind="missing_tail",
                device_id=device_id,
                seq_from=tail_ranges[0][0],
                seq_to=highest,
                detail=f"the client claimed head {highest} but the last stored decision is "
                f"seq {last}",
            )
        )
    summary = contract.DeviceChain(
        device_id=device_id,
        decisions=len(decisions),
        first_seq=min(by_seq) if by_seq else None,
        last_seq=last if by_seq else None,
        claimed_seq=highest,
        claimed_head=claimed_head,
        links_checked=links,
        uploads=[
            contract.ChainUpload(
                upload_id=u.upload_id,
                device_id=u.device_id,
                sent_at=u.sent_at,
                received_at=u.received_at,
                chain_seq=u.chain_seq,
                chain_head=u.chain_head,
                item_count=u.item_count,
            )
            for u in ordered[-20:]
        ],
    )
    return summary, issues, gaps + tail


def check_claim(
    seq: int, head: str, decisions: Sequence[StoredDecision], uploads: Sequence[StoredUpload]
) -> contract.ChainIssue | None:
    """A (seq, head) read off a client matches a stored decision or upload head, or not."""
    known = {d.audit_hash for d in decisions if d.audit_seq == seq}
    known |= {u.chain_head for u in uploads if u.chain_seq == seq}
    if head in known:
        return None
    detail = (
        f"the service holds nothing at seq {seq}"
        if not known
        else f"the service holds another hash at seq {seq}"
    )
    return contract.ChainIssue(kind="claim_mismatch", seq_from=seq, seq_to=seq, detail=detail)


def build_report(
    username: str,
    stored_seq: int,
    stored_head: str,
    decisions: Sequence[StoredDecision],
    uploads: Sequence[StoredUpload],
    acks: int,
    now: datetime,
    claim: tuple[int, str] | None = None,
    notes: Sequence[DeskNote] = (),
) -> contract.AuditChainReport:
    devices = sorted(
        {d.device_id for d in decisions}
        | {u.device_id for u in uploads}
        | {n.device_id for n in notes}
    )
    summaries: list[contract.DeviceChain] = []
    issues: list[contract.ChainIssue] = []
    missing = 0
    for dev in devices:
        summary, found, gone = check_device(
            dev,
            [d for d in decisions if d.device_id == dev],
            [u for u in uploads if u.device_id == dev],
            [n for n in notes if n.device_id == dev],
        )
        summaries.append(summary)
        issues.extend(found)
        missing += gone
    if claim is not None:
        problem = check_claim(claim[0], claim[1], decisions, uploads)
        if problem is not None:
            issues.append(problem)
    unexplained = max(0, missing - acks)
    hard = any(i.kind in ("edit", "regressed", "claim_mismatch") for i in issues)
    return contract.AuditChainReport(
        username=username,
        stored_seq=stored_seq,
        stored_head=stored_head,
        devices=summaries,
        issues=issues,
        missing_seqs=missing,
        acks_on_record=acks,
        unexplained_missing=unexplained,
        ok=not hard and unexplained == 0,
        checked_at=now,
    )
