"""Demo data for QA calibration: pool rates per queue and one golden session for qa1.

Called at the end of ``server.seeding.cases`` so that ``make demo`` has a calibration
session waiting for qa1 (created by lead1, as a lead would).
"""

from __future__ import annotations

import random

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from server.domain.qa_pool import create_session
from server.models.calibration import QaSamplingRateRow
from server.models.core import Case, User

DEMO_SESSION_TITLE = "Weekly golden set"
DEMO_GOLDEN_ITEMS = 8
#: share of each live queue's decisions that enters the QA pool (escalations: all)
DEMO_RATES = {"live-priority": 0.25, "live-general": 0.1}


def seed_calibration_demo(engine: Engine) -> int:
    """Write the pool rates and the demo session; returns the number of items."""
    with Session(engine) as s, s.begin():
        for queue, rate in DEMO_RATES.items():
            s.add(QaSamplingRateRow(queue_id=queue, rate=rate))
        lead = s.scalar(select(User).where(User.username == "lead1"))
        qa = s.scalar(select(User).where(User.username == "qa1"))
        if lead is None or qa is None:
            return 0
        golden = list(
            s.scalars(
                select(Case)
                .where(Case.golden_json.is_not(None))
                .order_by(Case.case_id)
                .limit(DEMO_GOLDEN_ITEMS)
            )
        )
        if not golden:
            return 0
        create_session(s, lead, DEMO_SESSION_TITLE, [qa], golden, [], rng=random.Random(1))
        return len(golden)
