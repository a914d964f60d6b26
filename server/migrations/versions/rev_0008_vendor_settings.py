"""Vendor settings: the IANA time zone a vendor's weekly report counts its weeks in (a
vendor without a row counts in UTC).

Revision ID: 0008_vendor_settings
Revises: 0007_chat_actions
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_vendor_settings"
down_revision: str | None = "0007_chat_actions"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "vendor_settings",
        sa.Column("vendor", sa.String(length=64), primary_key=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vendor_settings")
