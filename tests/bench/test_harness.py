"""The bench's copy of its cached service database starts its live story at the copy."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.harness import META_KEY, SQL_TIME, restart_live_clock
from devkit.live_service import seed_database_file
from server.domain import live


def _clock(db: Path) -> tuple[datetime, dict[str, datetime]]:
    conn = sqlite3.connect(db)
    try:
        (seeded,) = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        ends = {
            case_id: datetime.strptime(end, SQL_TIME).replace(tzinfo=UTC)
            for case_id, end in conn.execute(
                "SELECT case_id, stream_ends_at FROM cases WHERE stream_ends_at IS NOT NULL"
            )
        }
    finally:
        conn.close()
    return datetime.fromisoformat(seeded), ends


def _age(db: Path, by: timedelta) -> None:
    """Make the file look seeded ``by`` earlier (as a template cached since then is)."""
    seeded, ends = _clock(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = ?", ((seeded - by).isoformat(), META_KEY)
        )
        conn.executemany(
            "UPDATE cases SET stream_ends_at = ? WHERE case_id = ?",
            [((end - by).strftime(SQL_TIME), case_id) for case_id, end in ends.items()],
        )
    conn.close()


def test_the_key_is_the_services() -> None:
    assert META_KEY == live.META_KEY


def test_a_copy_hours_old_starts_its_live_story_now(tmp_path: Path) -> None:
    db = seed_database_file(tmp_path / "service.sqlite3", cases=30, seed=7)
    _age(db, timedelta(hours=5))
    old_seeded, old_ends = _clock(db)
    assert old_ends  # some streams end on their own: their end moves with the clock

    before = datetime.now(UTC)
    shift = restart_live_clock(db)
    seeded, ends = _clock(db)

    assert before <= seeded <= datetime.now(UTC)
    assert shift >= timedelta(hours=5)
    assert ends.keys() == old_ends.keys()
    for case_id, end in ends.items():
        # each stream ends as long after the new seeding time as it did after the old one
        assert end - seeded == old_ends[case_id] - old_seeded.replace(tzinfo=UTC)
