"""The QA pool: sampling rates, the sweep that pools decided cases (every escalation, a
deterministic sample of the rest), and writing a calibration session from the pool."""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db import rowcount
from server.domain.clock import now_utc
from server.domain.principal import Principal
from server.domain.queues import ESCALATION_QUEUE
from server.models.calibration import (
    CalibrationAssignment,
    CalibrationItemRow,
    CalibrationSessionRow,
    QaPoolRow,
    QaSamplingRateRow,
    QaSweep,
)
from server.models.core import Case, Decision, Queue, User, encode_codes

#: the pool rate of a queue without its own setting
DEFAULT_QA_RATE = 0.1


CALIBRATION_QUEUE = "calibration"


def sampled(decision_id: str, rate: float) -> bool:
    """Deterministic sampling: the decision id's hash, read as a fraction, is below ``rate``."""
    if rate <= 0.0:
        return False
    digest = hashlib.sha256(decision_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < rate


def users_by_id(session: Session, ids: set[str]) -> dict[str, User]:
    if not ids:
        return {}
    return {u.user_id: u for u in session.scalars(select(User).where(User.user_id.in_(ids)))}


def rates(session: Session) -> dict[str, float]:
    """Every queue's pool rate (the default where none is set)."""
    stored = {r.queue_id: r.rate for r in session.scalars(select(QaSamplingRateRow))}
    queues = session.scalars(select(Queue.queue_id).order_by(Queue.position)).all()
    return {q: stored.get(q, DEFAULT_QA_RATE) for q in queues}


def sweep_pool(session: Session) -> int:
    """Read decisions not yet swept and pool the sampled ones; returns how many entered.

    The sweep position is advanced by a guarded update first: of two processes
    sweeping at once, one wins and the other leaves the work to it.
    """
    state = session.get(QaSweep, 1)
    if state is None:
        session.add(QaSweep(id=1, last_seq=0))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
        state = session.get(QaSweep, 1)
        assert state is not None
    last = state.last_seq
    top = session.scalar(select(func.max(Decision.server_seq))) or 0
    if top <= last:
        return 0
    moved = rowcount(
        session,
        update(QaSweep)
        .where(QaSweep.id == 1, QaSweep.last_seq == last)
        .values(last_seq=top)
        .execution_options(synchronize_session=False),
    )
    if moved != 1:
        session.rollback()
        return 0
    by_queue = rates(session)
    now = now_utc()
    added = 0
    for d in session.scalars(
        select(Decision)
        .where(Decision.server_seq > last, Decision.server_seq <= top)
        .order_by(Decision.server_seq)
    ):
        if d.action == "retract" or d.kind == "chat_action":
            continue  # QA sampling of chat actions is out of scope (issue #18)
        if d.action == "escalate" or d.queue == ESCALATION_QUEUE:
            reason = "escalation"
        elif sampled(d.decision_id, by_queue.get(d.queue, DEFAULT_QA_RATE)):
            reason = "sampled"
        else:
            continue
        session.add(
            QaPoolRow(
                decision_id=d.decision_id,
                server_seq=d.server_seq,
                case_id=d.case_id,
                queue=d.queue,
                user_id=d.user_id,
                reason=reason,
                pooled_at=now,
                session_id=None,
            )
        )
        added += 1
    session.commit()
    return added


def pool_scope(principal: Principal) -> Any:
    if principal.role == "admin":
        return None
    return User.team == principal.user.team


def create_session(
    session: Session,
    creator: User,
    title: str,
    reviewers: Sequence[User],
    golden: Sequence[Case],
    live: Sequence[tuple[QaPoolRow, Decision]],
    *,
    rng: random.Random | None = None,
) -> CalibrationSessionRow:
    """Write a session with its items in a shuffled order (golden and live interleaved);
    the caller commits. Used by the endpoint and by the demo seed."""
    now = now_utc()
    row = CalibrationSessionRow(
        session_id=uuid.uuid4().hex, title=title, created_by=creator.user_id, created_at=now
    )
    session.add(row)
    items: list[CalibrationItemRow] = []
    for case in golden:
        gold = json.loads(case.golden_json or "{}")
        items.append(
            CalibrationItemRow(
                item_id=uuid.uuid4().hex,
                session_id=row.session_id,
                position=0,
                case_id=case.case_id,
                source="golden",
                ref_action=str(gold.get("action", "")),
                ref_policy_codes=encode_codes([str(c) for c in gold.get("policy_codes", [])]),
                ref_note=str(gold.get("note", "")),
                ref_decision_id=None,
                ref_user_id=None,
            )
        )
    for pool, decision in live:
        pool.session_id = row.session_id
        items.append(
            CalibrationItemRow(
                item_id=uuid.uuid4().hex,
                session_id=row.session_id,
                position=0,
                case_id=decision.case_id,
                source="live",
                ref_action=decision.action,
                ref_policy_codes=decision.policy_codes,
                ref_note=decision.note,
                ref_decision_id=decision.decision_id,
                ref_user_id=decision.user_id,
            )
        )
    (rng or random.SystemRandom()).shuffle(items)
    for pos, item in enumerate(items):
        item.position = pos
        session.add(item)
    for user in dict.fromkeys(reviewers):
        session.add(
            CalibrationAssignment(
                session_id=row.session_id, user_id=user.user_id, submitted_at=None
            )
        )
    return row
