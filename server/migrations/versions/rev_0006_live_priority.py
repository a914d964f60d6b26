"""Live priority: per-queue weights (seeded defaults), viewer reports as they arrive, and the
indexed case columns the lease scores (deadline, severity, viewers, live, the reopen link).

Rows from before keep working: no deadline (they rank as if none were near), severity and
viewers 0, not live; the seeded queues get the default weights.

Revision ID: 0006_live_priority
Revises: 0004_desk_chain_notes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_live_priority"
down_revision: str | None = "0005_case_versions"
branch_labels: str | None = None
depends_on: str | None = None

#: the defaults of server.domain.priority.DEFAULT_WEIGHTS, frozen here as this revision wrote
#: them (a revision never imports today's code)
_DEFAULTS = {"live": 400, "viewer_tier": 60, "report_5min": 25, "severity": 50, "near": 300}


#: server.models.core.RANK_COLUMNS as this revision indexed them
_RANK_COLUMNS = (
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
)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("deadline", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("severity", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("viewers", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("viewer_tier", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("stream_ends_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("stream_live", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reopened_from", sa.String(length=36), nullable=True))
        # covers the ranked lease query: a pull scores a queue from this index alone
        batch.create_index("ix_cases_rank", list(_RANK_COLUMNS), unique=False)
    weights = op.create_table(
        "queue_weights",
        sa.Column("queue_id", sa.String(length=64), nullable=False),
        sa.Column("live", sa.Integer(), nullable=False),
        sa.Column("viewer_tier", sa.Integer(), nullable=False),
        sa.Column("report_5min", sa.Integer(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("deadline_near_seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("queue_id"),
    )
    op.create_table(
        "case_reports",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_reports_case_at", "case_reports", ["case_id", "reported_at"])
    op.create_index("ix_case_reports_at", "case_reports", ["reported_at"])
    queues = sa.table("queues", sa.column("queue_id", sa.String()))
    existing = [row[0] for row in op.get_bind().execute(sa.select(queues.c.queue_id))]
    if existing:
        op.bulk_insert(
            weights,
            [
                {
                    "queue_id": q,
                    "live": _DEFAULTS["live"],
                    "viewer_tier": _DEFAULTS["viewer_tier"],
                    "report_5min": _DEFAULTS["report_5min"],
                    "severity": _DEFAULTS["severity"],
                    "deadline_near_seconds": _DEFAULTS["near"],
                }
                for q in existing
            ],
        )


def downgrade() -> None:
    op.drop_index("ix_case_reports_at", table_name="case_reports")
    op.drop_index("ix_case_reports_case_at", table_name="case_reports")
    op.drop_table("case_reports")
    op.drop_table("queue_weights")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_rank")
        for column in (
            "reopened_from",
            "stream_live",
            "stream_ends_at",
            "viewer_tier",
            "viewers",
            "severity",
            "deadline",
        ):
            batch.drop_column(column)
