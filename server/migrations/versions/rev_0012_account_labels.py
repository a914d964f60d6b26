"""Account labels, and a decision's confirmation of a severe action on a high-profile account.

Revision ID: 0012_account_labels
Revises: 0011_queue_admin
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_account_labels"
down_revision: str | None = "0011_queue_admin"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "account_labels",
        sa.Column("label_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=64), nullable=False),
        sa.Column("account_handle", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requester_team", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("label_id"),
    )
    op.create_index("ix_account_labels_account_status", "account_labels", ["account_id", "status"])
    op.create_index("ix_account_labels_status_at", "account_labels", ["status", "requested_at"])
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(
            sa.Column("confirmed_high_profile", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("confirmed_high_profile")
    op.drop_index("ix_account_labels_status_at", table_name="account_labels")
    op.drop_index("ix_account_labels_account_status", table_name="account_labels")
    op.drop_table("account_labels")
