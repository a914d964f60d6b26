"""Freeze a seeded database at one schema revision, for the upgrade tests.

Run ONCE, in a copy of the commit whose schema it freezes, under a PostgreSQL cluster for
the SQL dump:

    mkdir /tmp/base && git archive BASE | tar -x -C /tmp/base
    cp devkit/schema_fixture.py /tmp/base/devkit/
    cd /tmp/base && devkit/with-postgres.sh $REPO/.venv/bin/python -m devkit.schema_fixture \\
        $REPO/tests/server/fixtures

It writes ``rev_<revision>.sqlite3.gz`` (the seeded SQLite file, with the chat of one case
and the bytes of two snapshots) and ``rev_<revision>.sql.gz`` (the same seed on PostgreSQL,
dumped by ``pg_dump --inserts``: plain SQL that SQLAlchemy can run), gzipped, about 100 KB
each. ``tests/server/test_migrations.py`` upgrades both to the head and
checks that their decisions survive. Never regenerate a frozen file: freeze a new revision
beside it instead.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from devkit import postgres

CASES = 4
SEED = 3


FOLDER = Path(__file__).resolve().parent.parent / "tests" / "server" / "fixtures"


def restore(revision: str, engine_name: str, where: Path | str) -> str:
    """Load the frozen ``revision`` into ``where``: a SQLite file to write (``engine_name``
    "sqlite") or the URL of an empty PostgreSQL database; the database's URL."""
    if engine_name == "sqlite":
        path = Path(where)
        with gzip.open(FOLDER / f"rev_{revision}.sqlite3.gz") as packed, path.open("wb") as out:
            shutil.copyfileobj(packed, out)
        return f"sqlite:///{path.resolve()}"
    url = str(where)
    sql = gzip.decompress((FOLDER / f"rev_{revision}.sql.gz").read_bytes()).decode()
    engine = create_engine(url, poolclass=NullPool)
    try:
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute(sql)  # no parameters: one script of many statements
            cur.close()
            raw.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()
    return url


def _pg_dump() -> str:
    found = shutil.which("pg_dump") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)), None
    )
    if found is None:
        raise SystemExit("pg_dump not found: install Debian's postgresql")
    return found


def _dump(url: str, out: Path) -> None:
    parsed = make_url(url)
    env = {**os.environ, "PGPASSWORD": parsed.password or ""}
    sql = subprocess.run(  # noqa: S603 (pg_dump, with our own cluster's URL)
        [
            _pg_dump(),
            "--inserts",
            "--no-owner",
            "--no-privileges",
            "--no-comments",
            "-h",
            parsed.host or "127.0.0.1",
            "-p",
            str(parsed.port or 5432),
            "-U",
            parsed.username or "postgres",
            parsed.database or "",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Only statements: psql's meta-commands (\restrict ...) and comments stay out, so the
    # file runs through any driver.
    kept = [line for line in sql.splitlines() if not line.startswith(("\\", "--"))]
    out.write_text("\n".join(kept).strip() + "\n")


def _trim(url: str) -> None:
    """Keep the fixture small: the chat of one case and two snapshots' bytes (they are most
    of the bytes, and no migration is about them); every other row stays as seeded."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            keep = conn.execute(text("SELECT min(case_id) FROM chat_chunks")).scalar_one()
            conn.execute(text("DELETE FROM chat_chunks WHERE case_id <> :k"), {"k": keep})
            conn.execute(
                text(
                    "DELETE FROM media WHERE sha256 NOT IN (SELECT sha256 FROM snapshots "
                    "WHERE case_id = :k ORDER BY position LIMIT 2)"
                ),
                {"k": keep},
            )
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    from server import migrations
    from server.seeding.cases import seed_database

    revision = migrations.head()
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    sqlite_file = folder / f"rev_{revision}.sqlite3"
    sqlite_file.unlink(missing_ok=True)
    sql_file = folder / f"rev_{revision}.sql"
    seed_database(f"sqlite:///{sqlite_file.resolve()}", cases=CASES, seed=SEED)
    _trim(f"sqlite:///{sqlite_file.resolve()}")
    with closing(sqlite3.connect(sqlite_file)) as db:
        db.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        db.execute("VACUUM")
    base = postgres.cluster_url()
    if base is None:
        print(f"no {postgres.URL_ENV}: run under devkit/with-postgres.sh", file=sys.stderr)
        return 2
    url = postgres.create_database(base, prefix="freeze")
    try:
        seed_database(url, cases=CASES, seed=SEED)
        _trim(url)
        _dump(url, sql_file)
    finally:
        postgres.drop_database(url)
    for path in (sqlite_file, sql_file):
        packed = path.with_name(path.name + ".gz")
        # mtime 0 and no name: the same bytes give the same file
        with (
            path.open("rb") as raw,
            packed.open("wb") as out,
            gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz,
        ):
            shutil.copyfileobj(raw, gz)
        path.unlink()
        print(f"{packed} {packed.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
