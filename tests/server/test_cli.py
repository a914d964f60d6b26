"""The command line: seed builds what it says, serve refuses a missing database,
and a chat log over one page comes back in pages of at most 5,000."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from devkit.db import rows, write
from devkit.live_service import LiveService, copy_database


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_seed_then_serve_a_huge_chat_in_pages(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    done = _cli(
        "seed",
        "--db",
        str(db),
        "--cases",
        "3",
        "--seed",
        "5",
        "--huge-chats",
        "1",
        "--huge-size",
        "6001",
        "--no-history",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("seeded 3 cases")
    assert rows(db, "SELECT count(*) FROM cases") == [(3,)]
    assert rows(db, "SELECT count(*) FROM users") == [(6,)]
    (huge,) = rows(db, "SELECT case_id, chat_count FROM cases WHERE chat_count = 6001")
    stored = "SELECT sum(message_count), count(*) FROM chat_chunks WHERE case_id = ?"
    assert rows(db, stored, huge[0]) == [(6001, 7)]  # 1,000 messages a chunk
    # Passwords are argon2 hashes, never the demo passwords themselves.
    for (stored,) in rows(db, "SELECT password_hash FROM users"):
        assert stored.startswith("$argon2id$")

    with LiveService(db, tmp_path / "svc") as service, service.client("admin1") as admin:
        first = admin.get(f"/v1/cases/{huge[0]}/chat").json()
        assert len(first["ids"]) == 5000
        assert first["next_cursor"]
        second = admin.get(
            f"/v1/cases/{huge[0]}/chat", params={"cursor": first["next_cursor"]}
        ).json()
        assert (second["start"], len(second["ids"]), second["next_cursor"]) == (5000, 1001, None)
        assert second["ids"][-1] == f"{huge[0]}:6000"


def test_seed_never_drops_a_database_that_holds_data_unless_told(tmp_path: Path) -> None:
    db = tmp_path / "kept.sqlite3"
    first = _cli("seed", "--db", str(db), "--cases", "2", "--seed", "5", "--no-history")
    assert first.returncode == 0, first.stderr
    secret = rows(db, "SELECT value FROM meta WHERE key = 'token_secret'")
    write(db, "DELETE FROM cases WHERE case_id = (SELECT min(case_id) FROM cases)")
    before = rows(db, "SELECT case_id FROM cases")

    again = _cli("seed", "--db", str(db), "--cases", "4", "--seed", "6", "--no-history")
    assert again.returncode == 2
    assert "already holds data" in again.stderr
    assert f"reviewer-server seed --db {db} --replace" in again.stderr
    assert "Traceback" not in again.stderr
    assert rows(db, "SELECT case_id FROM cases") == before  # nothing changed
    assert rows(db, "SELECT value FROM meta WHERE key = 'token_secret'") == secret

    replaced = _cli(
        "seed", "--db", str(db), "--cases", "4", "--seed", "6", "--no-history", "--replace"
    )
    assert replaced.returncode == 0, replaced.stderr
    assert rows(db, "SELECT count(*) FROM cases") == [(4,)]


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    done = _cli("serve", "--db", str(tmp_path / "absent.sqlite3"), "--port", "0")
    assert done.returncode == 2
    assert "seed" in done.stderr


def test_serve_refuses_a_database_seeded_by_an_older_version(
    tmp_path: Path, live_service_template: Path
) -> None:
    """A database from before chat was stored in chunks: serving it would fail every chat
    request, so serve says to seed again and does not start."""
    db = copy_database(live_service_template, tmp_path / "old.sqlite3")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TABLE chat_chunks")
    conn.close()
    done = _cli("serve", "--db", str(db), "--port", "0")
    assert done.returncode == 2
    assert "chat_chunks" in done.stderr
    assert f"reviewer-server seed --db {db}" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_says_clearly_when_the_port_is_taken(
    tmp_path: Path, live_service: LiveService
) -> None:
    done = _cli("serve", "--db", str(live_service.database), "--port", str(live_service.port))
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{live_service.port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_workers_need_a_database_server(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    """Several worker processes on one port on PostgreSQL; on SQLite (one writer at a time)
    ``--workers 2`` is refused, saying why."""
    if service_engine == "sqlite":
        service = live_service_factory(start=False)
        done = _cli("serve", "--db", str(service.database), "--port", "0", "--workers", "2")
        assert done.returncode == 2
        assert "--workers 2 needs a database server such as PostgreSQL" in done.stderr
        assert "Traceback" not in done.stderr
        return
    service = live_service_factory(["--workers", "2"])
    for _ in range(8):  # a new connection each: the kernel spreads them over the workers
        with service.client("moderator1") as client:
            assert client.get("/v1/queues").status_code == 200
