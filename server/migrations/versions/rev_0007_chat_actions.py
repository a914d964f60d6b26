"""Chat actions: a decision's kind ("case" or "chat_action") and, for a chat action, its
target (a message or a chatter) and a timeout's duration. Existing rows are case decisions.
A chat chunk gains its authors' account creation times (NULL for chats seeded before: their
pages leave the optional column out).

Revision ID: 0007_chat_actions
Revises: 0004_desk_chain_notes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_chat_actions"
down_revision: str | None = "0006_live_priority"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=16), server_default="case", nullable=False)
        )
        batch.add_column(sa.Column("target_kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("target_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("duration_s", sa.Integer(), nullable=True))
    op.create_index("ix_decisions_kind", "decisions", ["kind"])
    with op.batch_alter_table("chat_chunks") as batch:
        batch.add_column(sa.Column("account_created_ms", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat_chunks") as batch:
        batch.drop_column("account_created_ms")
    op.drop_index("ix_decisions_kind", table_name="decisions")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("duration_s")
        batch.drop_column("target_id")
        batch.drop_column("target_kind")
        batch.drop_column("kind")
