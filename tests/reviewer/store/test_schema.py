"""The schema module on its own: statement splitting and the migration step."""

from __future__ import annotations

import sqlite3

from reviewer.store import schema


def test_split_sql_keeps_a_trigger_body_whole() -> None:
    script = """
    CREATE TABLE t (x);
    CREATE TRIGGER t_no_update BEFORE UPDATE ON t
        BEGIN SELECT RAISE(ABORT, 'no'); END;
    """
    statements = schema.split_sql(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER")
    assert statements[1].endswith("END;")


def test_every_migration_applies_in_order_to_an_empty_database() -> None:
    conn = sqlite3.connect(":memory:")
    version = schema.user_version(conn)
    assert version == 0
    while version < schema.SCHEMA_VERSION:
        version = schema.apply_migration(conn, version)
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    assert schema.pragma_check(conn, "quick_check") == "ok"
    conn.close()
