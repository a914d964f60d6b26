"""Alembic's entry point for ``reviewer-server migrate``: online migrations only, on the
URL the command line gives, against the models' metadata."""

from __future__ import annotations

from alembic import context

from server.db import make_engine, sqlite_foreign_keys
from server.models.core import Base

config = context.config
engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
try:
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A batch rebuild drops and recreates a table that others reference: with foreign
            # keys enforced, dropping `users` would fail. Off outside any transaction (the
            # pragma is ignored inside one), checked whole after the migration instead.
            sqlite_foreign_keys(connection, on=False)
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            # SQLite alters a table by copying it: the only way for most column changes
            render_as_batch=sqlite,
        )
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            broken = sqlite_foreign_keys(connection, on=True)
            if broken:
                raise RuntimeError(f"the migration left broken foreign keys: {broken[:5]}")
finally:
    engine.dispose()
