"""The lease's covering index holds only leasable cases, the deadline right after the queue.

``ix_cases_rank`` (every case, ordered queue, status, deadline, ...) becomes the partial
``ix_cases_leasable`` (open and escalated cases, ordered queue, deadline, ...): a pull reads
the cases near their deadline in one range scan in deadline order and scores no more than it
takes; the queue list counts each queue's free cases from the same index; decided cases, the
bulk of a long-running service, are in neither.

Revision ID: 0013_leasable_index
Revises: 0012_account_labels
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_leasable_index"
down_revision: str | None = "0012_account_labels"
branch_labels: str | None = None
depends_on: str | None = None

#: the index before (0011's) and after this revision, frozen here
_RANK_BEFORE = (
    "queue",
    "status",
    "deadline",
    "lease_holder",
    "lease_expires_at",
    "stream_live",
    "stream_ends_at",
    "viewer_tier",
    "severity",
    "created_at",
    "case_id",
    "language",
)
_LEASABLE = (
    "queue",
    "deadline",
    "lease_holder",
    "lease_expires_at",
    "stream_live",
    "stream_ends_at",
    "viewer_tier",
    "severity",
    "created_at",
    "case_id",
    "language",
)
_LEASABLE_ROWS = "status IN ('open', 'escalated')"


def upgrade() -> None:
    op.drop_index("ix_cases_rank", table_name="cases")
    op.create_index(
        "ix_cases_leasable",
        "cases",
        list(_LEASABLE),
        unique=False,
        postgresql_where=sa.text(_LEASABLE_ROWS),
        sqlite_where=sa.text(_LEASABLE_ROWS),
    )


def downgrade() -> None:
    op.drop_index("ix_cases_leasable", table_name="cases")
    op.create_index("ix_cases_rank", "cases", list(_RANK_BEFORE), unique=False)
