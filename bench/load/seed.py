"""A database big enough that 1,000 moderators never run dry, in seconds rather than hours.

``reviewer-server seed`` writes a few hundred distinct cases (rendering their snapshots is
what costs); every further case is a copy of one of them under a new id, made inside the
database with INSERT ... SELECT. Copies share their snapshot bytes, so a moderator who saw a
snapshot before revalidates it with If-None-Match, as the desk does. The simulated accounts
share one password hash (hashing 1,000 passwords would take a minute of CPU for nothing).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, Interval, func, insert, literal, select
from sqlalchemy.orm import Session

from bench.load.config import PASSWORD, lead_name, moderator_name, team_of
from server.db import make_engine
from server.models.core import Case, CaseSnapshot, ChatChunk, User
from server.security import hash_password
from server.seeding.cases import seed_database


def _copy_cases(engine: Engine, copy: int, span: timedelta) -> None:
    """One copy of every seeded case, its snapshots and its chat, ids suffixed ``-c<copy>``.

    Copy k is ``k * span`` older than its original (its deadline too), ``span`` being the
    seeded cases' spread: queues hand out the last copies first (their deadlines are the
    earliest), then the ones before them, so a batch is not five copies of one case, and a
    snapshot reaches other moderators (and workers) later on."""
    suffix = literal(f"-c{copy}")
    original = ~Case.case_id.like("%-c%")
    case_columns = [c.key for c in Case.__table__.columns]
    with engine.begin() as conn:
        conn.execute(
            insert(Case).from_select(
                case_columns,
                select(
                    *(
                        (Case.case_id + suffix).label("case_id")
                        if key == "case_id"
                        else (Case.created_at - literal(span * copy, Interval())).label(
                            "created_at"
                        )
                        if key == "created_at"
                        else (Case.deadline - literal(span * copy, Interval())).label("deadline")
                        if key == "deadline"
                        else getattr(Case, key)
                        for key in case_columns
                    )
                ).where(original),
            )
        )
        snap_columns = [c.key for c in CaseSnapshot.__table__.columns if c.key != "id"]
        conn.execute(
            insert(CaseSnapshot).from_select(
                snap_columns,
                select(
                    *(
                        (CaseSnapshot.case_id + suffix).label("case_id")
                        if key == "case_id"
                        else getattr(CaseSnapshot, key)
                        for key in snap_columns
                    )
                ).where(~CaseSnapshot.case_id.like("%-c%")),
            )
        )
        chat_columns = [c.key for c in ChatChunk.__table__.columns]
        conn.execute(
            insert(ChatChunk).from_select(
                chat_columns,
                select(
                    *(
                        (ChatChunk.case_id + suffix).label("case_id")
                        if key == "case_id"
                        else getattr(ChatChunk, key)
                        for key in chat_columns
                    )
                ).where(~ChatChunk.case_id.like("%-c%")),
            )
        )


def _add_accounts(engine: Engine, moderators: int, leads: int) -> None:
    hashed = hash_password(PASSWORD)
    now = datetime.now(UTC)
    users = [(moderator_name(n), "moderator", team_of(n)) for n in range(moderators)]
    users += [(lead_name(k), "lead", team_of(k * 50)) for k in range(leads)]
    with Session(engine) as s, s.begin():
        s.add_all(
            User(
                user_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"live-review:load:{name}")),
                username=name,
                display_name=name,
                password_hash=hashed,
                role=role,
                team=team,
                vendor="loadsite",
                active=True,
                chain_seq=0,
                chain_head="",
                created_at=now,
            )
            for name, role, team in users
        )


def seed_load_database(url: str, *, cases: int, distinct: int, moderators: int, leads: int) -> int:
    """Seed ``distinct`` cases, copy them up to at least ``cases``, add the accounts; returns
    how many cases the database holds."""
    distinct = max(1, min(distinct, cases))
    seed_database(url, cases=distinct, seed=15, history=False)
    engine = make_engine(url)
    try:
        copies = -(-cases // distinct) - 1
        with engine.connect() as conn:
            oldest, newest = conn.execute(
                select(func.min(Case.created_at), func.max(Case.created_at))
            ).one()
        span = newest - oldest + timedelta(seconds=1)
        for copy in range(1, copies + 1):
            _copy_cases(engine, copy, span)
        _add_accounts(engine, moderators, leads)
        with engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(Case)).scalar_one())
        if engine.dialect.name == "postgresql":
            # a production table has its statistics and visibility map (autovacuum); a
            # freshly copied one has neither, and the first minutes' plans would differ
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    return total
