"""Scratch PostgreSQL databases for tests: one seeded template, a clone per test.

``CREATE DATABASE ... TEMPLATE`` copies a seeded database file by file in a fraction of
what seeding takes, as ``copy_database`` does for SQLite files. The cluster is the one
``REVIEWER_TEST_POSTGRES_URL`` names (CI starts one: .ci/steps/30-postgres.sh); its role
needs CREATEDB.
"""

from __future__ import annotations

import os
import secrets

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

URL_ENV = "REVIEWER_TEST_POSTGRES_URL"


def cluster_url() -> str | None:
    """The PostgreSQL database the tests may use as their way into the cluster, if any."""
    return os.environ.get(URL_ENV) or None


def database_url(base: str, name: str) -> str:
    """``base`` with another database name (same host, port, role and password)."""
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def database_name(url: str) -> str:
    """The database a URL names."""
    name = make_url(url).database
    if not name:
        raise ValueError("the URL names no database")
    return name


def _admin(base: str, sql: str) -> None:
    engine = create_engine(base, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def create_database(base: str, *, template: str | None = None, prefix: str = "t") -> str:
    """A new database (empty, or a copy of ``template``, a database name); its URL.

    The template must have no open connection (dispose the engine that seeded it)."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    copy = f" TEMPLATE {template}" if template else ""
    _admin(base, f"CREATE DATABASE {name}{copy}")
    return database_url(base, name)


def drop_database(url: str) -> None:
    """Drop the database ``url`` names, closing whatever still holds it."""
    name = database_name(url)
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a scratch database name: {name!r}")
    _admin(database_url(url, "postgres"), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
