"""Demo data for the team-lead audit: a decided working week (Mon 16 to Fri 20 Nov 2026).

Called at the end of ``server.seeding.cases`` so that in ``make demo`` lead1 can run a weekly
business review: the three demo moderators decide cases each day with varied actions
and handle times, skip a few, correct and retract some, escalate three (lead1 decided two,
one waits in the escalation queue); qa1 re-reviewed a sample in two live calibration
sessions, overturning some, and moderators disputed a few overturns (one accepted, one
rejected, two open). Every decision carries a valid hash-chained audit trail per
moderator device, uploaded in batches with their chain heads, exactly as a client sends.
Deterministic: the same seed gives the same rows (ids included).

History cases (``HX-…``) are copies of the seeded live cases' content (streamer, stream,
reports, snapshots, chat), so the read-only case view shows real content.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Engine, String, Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from reviewer import contract
from server.domain import policies
from server.domain.audit_chain import GENESIS_HASH, content_hash, decision_body, event_hash
from server.domain.queues import ESCALATION_QUEUE
from server.models.calibration import (
    CalibrationAnswerRow,
    CalibrationAssignment,
    CalibrationItemRow,
    CalibrationSessionRow,
    QaPoolRow,
    QaResultRow,
    QaSweep,
)
from server.models.core import (
    Case,
    CaseLease,
    CaseSnapshot,
    ChatChunk,
    Decision,
    LeaseBatch,
    Upload,
    User,
)

WEEK_START = datetime(2026, 11, 16, tzinfo=UTC)  # a Monday (ISO week 2026-W47)
DAYS = 5
MODERATORS = ("moderator1", "moderator2", "moderator3")
UPLOAD_SIZE = 5
_WEIGHTED_ACTIONS = (
    ("no_violation", 44),
    ("warn_streamer", 15),
    ("mute_chat", 12),
    ("end_stream", 9),
    ("age_restrict", 8),
    ("suspend_account", 8),
    ("ban_account", 4),
)
_AREAS = sorted(policies.AREA_CODES)
_SKIPS = [code for code, _label in policies.SKIP_REASONS]


@dataclass
class _Made:
    """One decision before it is written: its wire form and its row fields."""

    item: contract.DecisionIn
    user: User
    queue: str
    device: str
    superseded_by: str | None = None
    upload_id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class _Builder:
    def __init__(self, rng: random.Random, templates: list[Case]) -> None:
        self.rng = rng
        self.templates = templates
        self.case_rows: list[dict[str, Any]] = []
        self.case_sources: list[tuple[str, str]] = []  # (new id, template id)
        self.made: list[_Made] = []
        self.seq: dict[str, int] = {}
        self.head: dict[str, str] = {}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def new_case(self, at: datetime, status: str, queue: str) -> str:
        index = len(self.case_rows)
        template = self.templates[index % len(self.templates)]
        case_id = f"HX-{index + 1:05d}"
        self.case_rows.append(
            {
                "case_id": case_id,
                "queue": queue,
                "home_queue": template.home_queue,
                "status": status,
                "created_at": at - timedelta(minutes=self.rng.randint(3, 90)),
                "stream_json": template.stream_json,
                "streamer_json": template.streamer_json,
                "reports_json": template.reports_json,
                "prior_json": template.prior_json,
                "golden_json": None,
                "chat_count": template.chat_count,
                "escalation_reason": "",
                "escalation_note": "",
                "current_decision": None,
            }
        )
        self.case_sources.append((case_id, template.case_id))
        return case_id

    def decide(
        self,
        user: User,
        case_id: str,
        action: str,
        at: datetime,
        *,
        queue: str,
        codes: list[str] | None = None,
        note: str = "",
        reason: str = "",
        supersedes: str | None = None,
        handle_ms: int | None = None,
    ) -> _Made:
        spec = policies.ACTION_BY_CODE[action]
        if codes is None:
            codes = [self.rng.choice(_AREAS)] if spec.requires_policy else []
        if spec.requires_note and not note:
            note = "Repeat offence after a warning; see prior enforcement."
        seq = self.seq.get(user.username, 0) + 1
        body = contract.DecisionIn(
            decision_id=self.uid(),
            case_id=case_id,
            action=action,
            policy_codes=codes,
            note=note,
            escalation_reason=reason,
            supersedes=supersedes,
            policy_version=policies.POLICY_VERSION,
            handle_time_ms=handle_ms
            if handle_ms is not None
            else int(min(600_000, self.rng.lognormvariate(10.6, 0.5))),
            decided_at=at,
            audit_seq=seq,
            audit_hash="0" * 64,
        )
        digest = event_hash(
            seq, "decision", decision_body(body), self.head.get(user.username, GENESIS_HASH)
        )
        item = body.model_copy(update={"audit_seq": seq, "audit_hash": digest})
        self.seq[user.username], self.head[user.username] = seq, digest
        made = _Made(item=item, user=user, queue=queue, device=f"demo-{user.username}-desk")
        self.made.append(made)
        return made


def _pick_action(rng: random.Random) -> str:
    return rng.choices([a for a, _w in _WEIGHTED_ACTIONS], [w for _a, w in _WEIGHTED_ACTIONS])[0]


def seed_audit_history(engine: Engine, *, seed: int = 47) -> int:
    """Write the week; returns the number of decisions (0 when the demo users are absent)."""
    rng = random.Random(f"audit-history:{seed}")
    with Session(engine) as s, s.begin():
        users = {u.username: u for u in s.scalars(select(User))}
        if any(name not in users for name in (*MODERATORS, "lead1", "qa1")):
            return 0
        templates = list(
            s.scalars(
                select(Case)
                .where(Case.queue != ESCALATION_QUEUE, Case.golden_json.is_(None))
                .order_by(Case.case_id)
            )
        )
        if not templates:
            return 0
        b = _Builder(rng, templates)
        lead = users["lead1"]
        leases: list[dict[str, Any]] = []
        for day in range(DAYS):
            date = WEEK_START + timedelta(days=day)
            for m_index, name in enumerate(MODERATORS):
                mod = users[name]
                at = date + timedelta(hours=8 + m_index, minutes=rng.randint(0, 40))
                for n in range(rng.randint(6, 10)):
                    at += timedelta(seconds=rng.randint(90, 900))
                    action = _pick_action(rng)
                    escalate = (day, name, n) in {
                        (1, "moderator1", 2),
                        (3, "moderator3", 4),
                        (4, "moderator2", 1),
                    }
                    if escalate:
                        action = "escalate"
                    case_id = b.new_case(at, "decided", "")
                    queue = b.case_rows[-1]["home_queue"]
                    b.case_rows[-1]["queue"] = queue
                    made = b.decide(
                        mod,
                        case_id,
                        action,
                        at,
                        queue=queue,
                        note="Threat against a named person; needs a lead." if escalate else "",
                        reason="credible_threat" if escalate else "",
                    )
                    row = b.case_rows[-1]
                    row["current_decision"] = made.item.decision_id
                    leases.append(
                        {"user": mod, "case": case_id, "queue": queue, "at": at, "end": action}
                    )
                    if escalate:
                        row.update(
                            status="escalated",
                            queue=ESCALATION_QUEUE,
                            escalation_reason="credible_threat",
                            escalation_note=made.item.note,
                        )
                        if day < 4:
                            later = at + timedelta(hours=3, minutes=rng.randint(0, 50))
                            outcome = b.decide(
                                lead,
                                case_id,
                                "end_stream" if day == 1 else "suspend_account",
                                later,
                                queue=ESCALATION_QUEUE,
                                codes=["violent_graphic"],
                                note="Confirmed with the safety team.",
                            )
                            row.update(status="decided", current_decision=outcome.item.decision_id)
                            leases.append(
                                {
                                    "user": lead,
                                    "case": case_id,
                                    "queue": ESCALATION_QUEUE,
                                    "at": later,
                                    "end": "decided",
                                }
                            )
                        continue
                    # one retract-and-redo and a few corrections
                    if day == 2 and n == 0 and name == "moderator2":
                        undo_at = at + timedelta(seconds=15)
                        undo = b.decide(
                            mod,
                            case_id,
                            "retract",
                            undo_at,
                            queue=queue,
                            supersedes=made.item.decision_id,
                            handle_ms=900,
                        )
                        made.superseded_by = undo.item.decision_id
                        at = undo_at + timedelta(seconds=40)
                        redo = b.decide(mod, case_id, "mute_chat", at, queue=queue)
                        row["current_decision"] = redo.item.decision_id
                    elif rng.random() < 0.05:
                        fix_at = at + timedelta(seconds=rng.randint(20, 120))
                        fixed = b.decide(
                            mod,
                            case_id,
                            "warn_streamer" if action == "no_violation" else "no_violation",
                            fix_at,
                            queue=queue,
                            supersedes=made.item.decision_id,
                            note="Correction: misread the chat.",
                        )
                        made.superseded_by = fixed.item.decision_id
                        row["current_decision"] = fixed.item.decision_id
                        at = fix_at
                # skips: released leases with a reason, on cases someone else decided
                for _ in range(rng.choice((0, 0, 1, 1, 2))):
                    skipped = b.case_rows[rng.randrange(len(b.case_rows))]
                    leases.append(
                        {
                            "user": mod,
                            "case": skipped["case_id"],
                            "queue": skipped["home_queue"],
                            "at": date + timedelta(hours=8 + m_index, minutes=rng.randint(0, 59)),
                            "end": "released:" + rng.choice(_SKIPS),
                        }
                    )
        _write(s, b, leases, users, rng)
        return len(b.made)


def _write(
    s: Session,
    b: _Builder,
    leases: list[dict[str, Any]],
    users: dict[str, User],
    rng: random.Random,
) -> None:
    s.execute(insert(Case), b.case_rows)
    s.flush()
    # Snapshots and chat of each clone copied inside the database: one INSERT ... SELECT
    # per table, executed for all clones at once (executemany).
    clones = [{"new_id": n, "template_id": t} for n, t in b.case_sources]
    for model in (CaseSnapshot, ChatChunk):
        table = cast(Table, model.__table__)
        cols = [c for c in table.columns if c.key not in ("case_id", "id")]
        copy = insert(table).from_select(
            ["case_id", *(c.key for c in cols)],
            select(bindparam("new_id", type_=String()), *cols).where(
                table.c.case_id == bindparam("template_id")
            ),
        )
        s.connection().execute(copy, clones)
    # leases: one batch per (user, day, queue)
    batches: dict[tuple[str, str, str], str] = {}
    for lease in sorted(leases, key=lambda x: x["at"]):
        user: User = lease["user"]
        key = (user.user_id, lease["at"].date().isoformat(), lease["queue"])
        if key not in batches:
            batches[key] = b.uid()
            s.add(
                LeaseBatch(
                    batch_id=batches[key],
                    queue=lease["queue"],
                    user_id=user.user_id,
                    created_at=lease["at"] - timedelta(minutes=5),
                    lease_expires_at=lease["at"] + timedelta(minutes=5),
                )
            )
        s.add(
            CaseLease(
                case_id=lease["case"],
                user_id=user.user_id,
                batch_id=batches[key],
                leased_at=lease["at"] - timedelta(minutes=4),
                expires_at=lease["at"] + timedelta(minutes=6),
                ended_at=lease["at"],
                end_reason="escalated" if lease["end"] == "escalate" else lease["end"],
            )
        )
    # uploads and decisions, per user in chain order
    by_user: dict[str, list[_Made]] = {}
    for m in b.made:
        by_user.setdefault(m.user.user_id, []).append(m)
    server_rows: list[dict[str, Any]] = []
    for user_id, mine in by_user.items():
        mine.sort(key=lambda m: m.item.audit_seq)
        for start in range(0, len(mine), UPLOAD_SIZE):
            chunk = mine[start : start + UPLOAD_SIZE]
            last = chunk[-1].item
            sent = last.decided_at + timedelta(seconds=30)
            upload = Upload(
                user_id=user_id,
                device_id=chunk[0].device,
                sent_at=sent,
                received_at=sent + timedelta(milliseconds=120),
                chain_seq=last.audit_seq,
                chain_head=last.audit_hash,
                item_count=len(chunk),
            )
            s.add(upload)
            s.flush()
            for m in chunk:
                m.upload_id = upload.id
                m.extra["received_at"] = upload.received_at
                m.extra["sent_at"] = sent
        top = mine[-1].item
        owner = s.get(User, user_id)
        assert owner is not None
        owner.chain_seq, owner.chain_head = top.audit_seq, top.audit_hash
    for m in sorted(b.made, key=lambda m: (m.extra["received_at"], m.item.decided_at)):
        it = m.item
        server_rows.append(
            {
                "decision_id": it.decision_id,
                "content_hash": content_hash(it),
                "case_id": it.case_id,
                "queue": m.queue,
                "user_id": m.user.user_id,
                "action": it.action,
                "policy_codes": "," + ",".join(it.policy_codes) + "," if it.policy_codes else "",
                "note": it.note,
                "escalation_reason": it.escalation_reason,
                "supersedes": it.supersedes,
                "superseded_by": m.superseded_by,
                "policy_version": it.policy_version,
                "handle_time_ms": it.handle_time_ms,
                "decided_at": it.decided_at,
                "received_at": m.extra["received_at"],
                "sent_at": m.extra["sent_at"],
                "late": False,
                "audit_seq": it.audit_seq,
                "audit_hash": it.audit_hash,
                "device_id": m.device,
                "upload_id": m.upload_id,
            }
        )
    s.execute(insert(Decision), server_rows)
    s.flush()
    seqs = {d: q for d, q in s.execute(select(Decision.decision_id, Decision.server_seq))}
    _write_qa(s, b, users, rng, seqs)
    top_seq = s.scalar(select(func.max(Decision.server_seq))) or 0
    sweep = s.get(QaSweep, 1)
    if sweep is None:
        s.add(QaSweep(id=1, last_seq=top_seq))
    else:
        sweep.last_seq = max(sweep.last_seq, top_seq)


def _write_qa(
    s: Session, b: _Builder, users: dict[str, User], rng: random.Random, seqs: dict[str, int]
) -> None:
    """Two live calibration sessions answered by qa1, their verdicts and the disputes."""
    qa, lead = users["qa1"], users["lead1"]
    counted = [
        m
        for m in b.made
        if m.user.role == "moderator"
        and m.item.action not in ("retract", "escalate")
        and m.superseded_by is None
    ]
    sample = [m for m in counted if rng.random() < 0.3]
    now_pool = WEEK_START + timedelta(days=DAYS, hours=18)
    for m in b.made:  # escalations always enter the pool (not reviewed yet)
        if m.item.action == "escalate":
            s.add(
                QaPoolRow(
                    decision_id=m.item.decision_id,
                    server_seq=seqs[m.item.decision_id],
                    case_id=m.item.case_id,
                    queue=m.queue,
                    user_id=m.user.user_id,
                    reason="escalation",
                    pooled_at=now_pool,
                    session_id=None,
                )
            )
    halves = (
        ("Live sample W47 (Mon-Wed)", WEEK_START + timedelta(days=3, hours=16)),
        ("Live sample W47 (Thu-Fri)", WEEK_START + timedelta(days=7, hours=11)),
    )
    overturned: list[QaResultRow] = []
    for title, submitted in halves:
        cutoff = WEEK_START + timedelta(days=3)
        part = [m for m in sample if (m.item.decided_at < cutoff) == (title.endswith("(Mon-Wed)"))]
        session_id = b.uid().replace("-", "")
        s.add(
            CalibrationSessionRow(
                session_id=session_id,
                title=title,
                created_by=lead.user_id,
                created_at=submitted - timedelta(hours=6),
            )
        )
        s.add(
            CalibrationAssignment(session_id=session_id, user_id=qa.user_id, submitted_at=submitted)
        )
        for pos, m in enumerate(part):
            it = m.item
            item_id = b.uid().replace("-", "")
            codes = ",".join(it.policy_codes)
            stored_codes = f",{codes}," if codes else ""
            s.add(
                QaPoolRow(
                    decision_id=it.decision_id,
                    server_seq=seqs[it.decision_id],
                    case_id=it.case_id,
                    queue=m.queue,
                    user_id=m.user.user_id,
                    reason="sampled",
                    pooled_at=it.decided_at + timedelta(minutes=5),
                    session_id=session_id,
                )
            )
            s.add(
                CalibrationItemRow(
                    item_id=item_id,
                    session_id=session_id,
                    position=pos,
                    case_id=it.case_id,
                    source="live",
                    ref_action=it.action,
                    ref_policy_codes=stored_codes,
                    ref_note=it.note,
                    ref_decision_id=it.decision_id,
                    ref_user_id=m.user.user_id,
                )
            )
            over = rng.random() < 0.22
            if over:
                qa_action = "no_violation" if it.action != "no_violation" else "warn_streamer"
                qa_codes = ",harassment_bullying," if qa_action != "no_violation" else ""
                qa_note = "Context in chat changes the call."
            else:
                qa_action, qa_codes, qa_note = it.action, stored_codes, ""
            reviewed = submitted - timedelta(minutes=rng.randint(5, 300))
            s.add(
                CalibrationAnswerRow(
                    answer_id=b.uid(),
                    content_hash="0" * 64,
                    session_id=session_id,
                    item_id=item_id,
                    user_id=qa.user_id,
                    action=qa_action,
                    policy_codes=qa_codes,
                    note=qa_note,
                    handle_time_ms=rng.randint(20_000, 120_000),
                    answered_at=reviewed,
                    received_at=reviewed,
                )
            )
            result = QaResultRow(
                result_id=b.uid().replace("-", ""),
                decision_id=it.decision_id,
                item_id=item_id,
                session_id=session_id,
                moderator_id=m.user.user_id,
                qa_user_id=qa.user_id,
                verdict="overturned" if over else "upheld",
                qa_action=qa_action,
                qa_policy_codes=qa_codes,
                qa_note=qa_note,
                reviewed_at=submitted,
                dispute_status="none",
                dispute_note="",
            )
            s.add(result)
            if over:
                overturned.append(result)
    # disputes: two open, one accepted, one rejected
    plan = ("accepted", "rejected", "open", "open")
    for result, outcome in zip(overturned, plan, strict=False):
        result.dispute_status = outcome
        result.dispute_note = "The streamer's own chat made the context clear; see 00:12:40."
        result.disputed_at = result.reviewed_at + timedelta(hours=2)
        if outcome != "open":
            result.resolved_by = lead.user_id
            result.resolved_at = result.reviewed_at + timedelta(hours=20)
            result.resolution_note = (
                "Agreed: the original call stands." if outcome == "accepted" else "QA is right."
            )
