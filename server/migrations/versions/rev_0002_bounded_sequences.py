"""Sequence numbers are 64-bit: ``chain_seq``, ``audit_seq``, ``server_seq``, upload ids and
the QA sweep's position become BIGINT (PostgreSQL's INTEGER holds only 32 bits, and the
contract bounds these numbers to what a BIGINT holds).

On SQLite every INTEGER is 64-bit already: the tables are rebuilt in batch mode with the
same storage, and ``INTEGER PRIMARY KEY`` stays (it is what numbers the rows there). On
PostgreSQL the columns are altered in place, and the sequences behind the two
autoincrement keys are widened with them.

Revision ID: 0002_bounded_sequences
Revises: 0001_baseline
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_bounded_sequences"
down_revision: str | None = "0001_baseline"
branch_labels: str | None = None
depends_on: str | None = None

#: (table, column, is the autoincrement key)
_COLUMNS = (
    ("users", "chain_seq", False),
    ("uploads", "id", True),
    ("uploads", "chain_seq", False),
    ("decisions", "server_seq", True),
    ("decisions", "audit_seq", False),
    ("decisions", "upload_id", False),
    ("qa_pool", "server_seq", False),
    ("qa_sweep", "last_seq", False),
)


def _alter(wide: bool) -> None:
    old, new = (sa.Integer(), sa.BigInteger()) if wide else (sa.BigInteger(), sa.Integer())
    sqlite = op.get_bind().dialect.name == "sqlite"
    tables: dict[str, list[tuple[str, bool]]] = {}
    for table, column, key in _COLUMNS:
        tables.setdefault(table, []).append((column, key))
    for table, columns in tables.items():
        with op.batch_alter_table(table) as batch:
            for column, key in columns:
                if sqlite and key:
                    continue  # INTEGER PRIMARY KEY is the 64-bit rowid: nothing to widen
                batch.alter_column(column, existing_type=old, type_=new)
    if not sqlite:
        for table, column, key in _COLUMNS:
            if key:
                kind = "bigint" if wide else "integer"
                op.execute(f"ALTER SEQUENCE IF EXISTS {table}_{column}_seq AS {kind}")


def upgrade() -> None:
    _alter(wide=True)


def downgrade() -> None:
    _alter(wide=False)
