"""Alembic's entry point for ``reviewer-server migrate``: online migrations only, on the
URL the command line gives, against the models' metadata."""

from __future__ import annotations

from alembic import context

from server.db import make_engine
from server.models.core import Base

config = context.config
engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
try:
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            # SQLite alters a table by copying it: the only way for most column changes
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
finally:
    engine.dispose()
