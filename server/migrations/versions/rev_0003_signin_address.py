"""Sign-in throttles per client address: failed sign-ins record the address they came from.

The throttles count failures per (user name, address) and per address in the database, so
they hold across workers. Rows from before this revision get '' (no address).

Revision ID: 0003_signin_address
Revises: 0001_baseline
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_signin_address"
down_revision: str | None = "0001_baseline"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("login_failures") as batch:
        batch.add_column(
            sa.Column("address", sa.String(length=45), nullable=False, server_default="")
        )
        batch.create_index("ix_login_failures_address", ["address"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_failures") as batch:
        batch.drop_index("ix_login_failures_address")
        batch.drop_column("address")
