"""Schema migrations (Alembic): one linear history of revisions in ``versions/``.

``reviewer-server migrate --db ...`` upgrades a database in place (``upgrade``); ``serve``
never migrates (several workers must not race one) and refuses a schema older or newer than
its own (``schema_problem``); ``seed`` builds the whole schema and records the head
(``stamp``). The first revision, the baseline, is the schema as ``seed`` built it before
migrations existed: such a database is stamped with it, then upgraded.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from server.db import make_engine, missing_tables
from server.models.core import Base

HERE = Path(__file__).resolve().parent
BASELINE = "0001_baseline"
VERSION_TABLE = "alembic_version"
#: tables that revisions after the baseline create: a database made before migrations
#: lacks them and is migrated, not seeded again
AFTER_BASELINE_TABLES = frozenset(
    {
        "desk_chain_notes",
        "queue_weights",
        "case_reports",
        "vendor_settings",
        "admin_log",
        "policy_versions",
        "taxonomy_log",
        "account_labels",
    }
)


def config(url: str) -> Config:
    """Alembic's configuration, built in code (no alembic.ini to find or to ship)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config("sqlite://"))


def head() -> str:
    """The revision this version of the service's code expects."""
    revision = _scripts().get_current_head()
    assert revision is not None, "server/migrations/versions holds no revision"
    return revision


def current(conn: Connection) -> str | None:
    """The revision a database is at (None: never migrated, or made before migrations)."""
    return MigrationContext.configure(conn).get_current_revision()


def _known(revision: str) -> bool:
    return any(script.revision == revision for script in _scripts().walk_revisions())


def stamp(conn: Connection, revision: str | None = None) -> None:
    """Record ``revision`` (the head by default) without running anything: for a schema
    just built whole from the models (seeding), which is the head by construction."""
    MigrationContext.configure(conn).stamp(_scripts(), revision or head())


def upgrade(url: str) -> tuple[str | None, str]:
    """Upgrade the database in place to the head; (revision before, revision after).

    A database made before migrations (every table of the baseline, no version table) is
    stamped with the baseline first; an empty one is built by running every revision."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            before = current(conn)
            tables = set(inspect(conn).get_table_names())
            if before is None and tables & set(Base.metadata.tables):
                stamp(conn, BASELINE)
                before = BASELINE
    finally:
        engine.dispose()
    command.upgrade(config(url), "head")
    return before, head()


def schema_problem(engine: Engine, command_line: str) -> str | None:
    """Why ``serve`` must not run on this database (None: its schema is this code's), with
    the command that fixes it; ``command_line`` is how the user named the database."""
    missing = missing_tables(engine)
    with engine.connect() as conn:
        at = current(conn)
    ours = head()
    if at is not None and not _known(at):
        return (
            f"the database's schema is at revision {at}, newer than this service's {ours}: "
            "run the service version that migrated it"
        )
    before_migrations = at is None and not set(missing) <= AFTER_BASELINE_TABLES
    if missing and (before_migrations or at == ours):
        if len(missing) == len(Base.metadata.tables):
            return f"the database is empty: run `reviewer-server seed {command_line}`"
        return (
            f"the database lacks {', '.join(missing)}: it was seeded by an older version; "
            f"run `reviewer-server seed {command_line} --replace` again (its data is lost)"
        )
    if at == ours:
        return None
    return (
        f"the database's schema is at revision {at or 'none (made before migrations)'}, "
        f"older than this service's {ours}: run `reviewer-server migrate {command_line}`"
    )
