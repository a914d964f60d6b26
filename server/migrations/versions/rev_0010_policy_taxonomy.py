"""The policy taxonomy as versioned rows: ``policy_versions`` and
``taxonomy_log`` (each admin change, in the admin log's shape).

A migrated database has no row yet: the service serves today's code under its current
version until an admin drafts a new one, which stores that as version 1 first
(``server.domain.taxonomy.new_draft``).

Revision ID: 0010_policy_taxonomy
Revises: 0009_admin_console
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_policy_taxonomy"
down_revision: str | None = "0009_admin_console"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "policy_versions",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("version"),
        sa.UniqueConstraint("seq"),
    )
    op.create_table(
        "taxonomy_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("taxonomy_log")
    op.drop_table("policy_versions")
