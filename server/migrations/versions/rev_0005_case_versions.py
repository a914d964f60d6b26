"""Case content versions: ``cases.content_version`` changes whenever what a case shows
(its stream, streamer, reports, prior enforcement, snapshots or chat) changes, so a worker
may keep a case's detail in memory keyed by (case id, version) and never serve a stale one.

Every case starts at 1: nothing changed a case's content after seeding before this revision.

And an index on ``login_failures.at``: failed sign-ins older than the throttle's window are
pruned in small batches, oldest first, which this index keeps to a short range scan.

Revision ID: 0005_case_versions
Revises: 0004_desk_chain_notes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_case_versions"
down_revision: str | None = "0004_desk_chain_notes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(
            sa.Column("content_version", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("login_failures") as batch:
        batch.create_index("ix_login_failures_at", ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_failures") as batch:
        batch.drop_index("ix_login_failures_at")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("content_version")
