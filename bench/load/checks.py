"""The database after a load run: no double lease, nothing acknowledged and lost, nothing
doubled. Read-only, through ``devkit.db`` (SQLAlchemy), so the same checks run on PostgreSQL
after ``make load`` and on a SQLite copy in their tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import aliased

from devkit.db import ServiceDatabase
from server.models.core import CaseLease, Decision


@dataclass(frozen=True)
class CheckReport:
    """What each check found: empty lists mean the database is sound."""

    #: (case id, lease row id, lease row id) for two lease rows whose [start, end) overlap
    double_leases: list[tuple[str, int, int]]
    #: decision ids acknowledged to a simulated moderator that the database does not hold
    lost: list[str]
    #: (user id, case id, how many) where one moderator has more than one decision on a case
    #: that no later decision of theirs supersedes (or two that supersede the same one)
    doubled: list[tuple[str, str, int]]
    acknowledged: int

    @property
    def ok(self) -> bool:
        return not (self.double_leases or self.lost or self.doubled)

    def lines(self) -> list[str]:
        return [
            f"{len(self.double_leases)} double leases",
            f"{len(self.lost)} lost (of {self.acknowledged} acknowledged decisions)",
            f"{len(self.doubled)} doubled",
        ]


def _lease_end(lease: type[CaseLease]) -> ColumnElement[datetime]:
    """When a lease row stopped holding its case: ended early, or at its expiry."""
    return case(
        (and_(lease.ended_at.is_not(None), lease.ended_at < lease.expires_at), lease.ended_at),
        else_=lease.expires_at,
    )


def double_leases(db: ServiceDatabase) -> list[tuple[str, int, int]]:
    a, b = aliased(CaseLease), aliased(CaseLease)
    end_a, end_b = _lease_end(a), _lease_end(b)
    statement = (
        select(a.case_id, a.id, b.id)
        .join(b, and_(a.case_id == b.case_id, a.id < b.id))
        .where(a.leased_at < end_b, b.leased_at < end_a)
        .order_by(a.case_id, a.id, b.id)
    )
    return [(str(c), int(x), int(y)) for c, x, y in db.select(statement)]


def lost(db: ServiceDatabase, acknowledged: Iterable[str]) -> list[str]:
    ids = sorted(set(acknowledged))
    found: dict[str, int] = {}
    for start in range(0, len(ids), 400):
        found.update(db.decision_row_counts(ids[start : start + 400]))
    return [d for d in ids if found.get(d, 0) != 1]


def doubled(db: ServiceDatabase) -> list[tuple[str, str, int]]:
    heads = (
        select(Decision.user_id, Decision.case_id, func.count())
        .where(Decision.superseded_by.is_(None), Decision.action != "retract")
        .group_by(Decision.user_id, Decision.case_id)
        .having(func.count() > 1)
    )
    forks = (
        select(Decision.user_id, Decision.case_id, func.count())
        .where(Decision.supersedes.is_not(None))
        .group_by(Decision.user_id, Decision.case_id, Decision.supersedes)
        .having(func.count() > 1)
    )
    found = {(str(u), str(c)): int(n) for u, c, n in db.select(heads)}
    for u, c, n in db.select(forks):
        found[(str(u), str(c))] = max(found.get((str(u), str(c)), 0), int(n))
    return [(u, c, n) for (u, c), n in sorted(found.items())]


def check_database(db: ServiceDatabase, acknowledged: Iterable[str]) -> CheckReport:
    acked = list(acknowledged)
    return CheckReport(
        double_leases=double_leases(db),
        lost=lost(db, acked),
        doubled=doubled(db),
        acknowledged=len(set(acked)),
    )
