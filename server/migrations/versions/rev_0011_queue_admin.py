"""Queue admin: who may pull a queue, the actions hidden there, and a case's language.

Existing cases take their language from their stream's metadata (``stream_json``), read in
chunks; the lease's covering index gains the language (it filters on it).

Revision ID: 0011_queue_admin
Revises: 0010_policy_taxonomy
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision: str = "0011_queue_admin"
down_revision: str | None = "0010_policy_taxonomy"
branch_labels: str | None = None
depends_on: str | None = None

#: the lease's covering index before and after this revision (frozen here: the model's
#: RANK_COLUMNS may move on)
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
)
_RANK_AFTER = (*_RANK_BEFORE, "language")
_CHUNK = 2000


def _language(stream_json: str) -> str:
    """The stream's ISO 639-1 language, or "" when the metadata has none (the rule of
    server.domain.languages, frozen here for the backfill)."""
    try:
        stream = json.loads(stream_json)
    except ValueError:
        return ""
    code = stream.get("language") if isinstance(stream, dict) else None
    if isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha():
        return code.lower()
    return ""


def upgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        for column in ("teams", "vendors", "hidden_actions"):
            batch.add_column(
                sa.Column(column, sa.String(length=800), server_default="", nullable=False)
            )
    op.drop_index("ix_cases_rank", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.add_column(
            sa.Column("language", sa.String(length=16), server_default="", nullable=False)
        )
    op.create_index("ix_cases_rank", "cases", list(_RANK_AFTER), unique=False)
    cases = sa.table(
        "cases",
        sa.column("case_id", sa.String()),
        sa.column("stream_json", sa.Text()),
        sa.column("language", sa.String()),
    )
    conn = op.get_bind()
    after = ""
    while True:
        rows = conn.execute(
            sa.select(cases.c.case_id, cases.c.stream_json)
            .where(cases.c.case_id > after)
            .order_by(cases.c.case_id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            break
        after = rows[-1][0]
        found = [
            {"k": case_id, "v": lang}
            for case_id, stream_json in rows
            if (lang := _language(stream_json))
        ]
        if found:
            conn.execute(
                cases.update()
                .where(cases.c.case_id == sa.bindparam("k"))
                .values(language=sa.bindparam("v")),
                found,
            )


def downgrade() -> None:
    op.drop_index("ix_cases_rank", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("language")
    op.create_index("ix_cases_rank", "cases", list(_RANK_BEFORE), unique=False)
    with op.batch_alter_table("queues") as batch:
        for column in ("hidden_actions", "vendors", "teams"):
            batch.drop_column(column)
