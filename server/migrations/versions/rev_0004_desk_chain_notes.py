"""The desk's chain notes: seqs a desk keeps out of its uploaded chain (held decisions and
recovery links), so the lead's chain check names them instead of reporting a gap.

Revision ID: 0004_desk_chain_notes
Revises: 0003_signin_address
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_desk_chain_notes"
down_revision: str | None = "0003_signin_address"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "desk_chain_notes",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("decision_id", sa.String(length=64), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "device_id", "audit_seq"),
    )


def downgrade() -> None:
    op.drop_table("desk_chain_notes")
