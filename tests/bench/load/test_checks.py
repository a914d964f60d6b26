"""The load test's database checks pass on what the real service stored, and each one
flags its own kind of corruption, injected into a copy of that database."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bench.load.checks import CheckReport, check_database
from devkit.db import open_service_db, rows, write
from devkit.live_service import LiveService, copy_database, seed_database_file
from reviewer import contract
from server.domain import policies


def _decision(case_id: str, seq: int, **extra: Any) -> dict[str, Any]:
    return {
        "decision_id": str(uuid.uuid4()),
        "case_id": case_id,
        "action": "no_violation",
        "policy_codes": [],
        "policy_version": policies.POLICY_VERSION,
        "handle_time_ms": 1000,
        "decided_at": datetime.now(UTC).isoformat(),
        "audit_seq": seq,
        "audit_hash": hashlib.sha256(str(seq).encode()).hexdigest(),
        **extra,
    }


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A service database after a moderator leased a batch, decided two cases and corrected
    one of them; and the ids the service acknowledged."""
    root = tmp_path_factory.mktemp("load-checks")
    db = seed_database_file(root / "service.sqlite3", cases=12)
    acked: list[str] = []
    with LiveService(db, root / "service") as svc, svc.client("moderator1") as client:
        queue = next(
            q["id"]
            for q in client.get("/v1/queues").json()["queues"]
            if q["kind"] == "live" and q["depth"] >= 2
        )
        batch = client.post(f"/v1/queues/{queue}/batches", json={"size": 2}).json()
        first, second = (c["case_id"] for c in batch["cases"])
        d1, d2 = _decision(first, 1), _decision(second, 2)
        fix = _decision(first, 3, supersedes=d1["decision_id"], action="warn_streamer")
        fix["policy_codes"] = [sorted(policies.AREA_CODES)[0]]
        for items in ([d1, d2], [fix]):
            body = {
                "sent_at": datetime.now(UTC).isoformat(),
                "chain_seq": items[-1]["audit_seq"],
                "chain_head": items[-1]["audit_hash"],
                "decisions": items,
            }
            resp = client.post("/v1/decisions:batch", json=body)
            resp.raise_for_status()
            results = contract.DecisionBatchResponse.model_validate(resp.json()).results
            assert [r.status for r in results] == ["accepted"] * len(items)
            acked += [r.decision_id for r in results]
    return db, acked


def _check(db: Path, acked: list[str]) -> CheckReport:
    with open_service_db(db) as view:
        return check_database(view, acked)


def test_what_the_service_stored_passes(decided: tuple[Path, list[str]]) -> None:
    db, acked = decided
    report = _check(db, acked)
    assert report.ok, report
    assert report.lines() == [
        "0 double leases",
        "0 lost (of 3 acknowledged decisions)",
        "0 doubled",
    ]


def test_an_overlapping_lease_row_is_a_double_lease(
    decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, acked = decided
    copy = copy_database(db, tmp_path / "copy.sqlite3")
    # a second holder whose lease starts inside the first one's
    write(
        copy,
        "INSERT INTO case_leases (case_id, user_id, batch_id, leased_at, expires_at, ended_at,"
        " end_reason) SELECT case_id, 'intruder', 'b2', leased_at, expires_at, NULL, ''"
        " FROM case_leases ORDER BY id LIMIT 1",
    )
    report = _check(copy, acked)
    assert len(report.double_leases) == 1
    assert not report.lost
    assert not report.doubled


def test_a_lease_that_starts_when_the_last_ended_is_not_a_double_lease(
    decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, acked = decided
    copy = copy_database(db, tmp_path / "copy.sqlite3")
    # [start, end) is half open: taking the case at the instant it was given back is fine
    write(
        copy,
        "INSERT INTO case_leases (case_id, user_id, batch_id, leased_at, expires_at, ended_at,"
        " end_reason) SELECT case_id, 'next', 'b2', ended_at, expires_at, NULL, ''"
        " FROM case_leases WHERE ended_at IS NOT NULL ORDER BY id LIMIT 1",
    )
    assert _check(copy, acked).ok


def test_an_acknowledged_decision_missing_from_the_database_is_lost(
    decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, acked = decided
    copy = copy_database(db, tmp_path / "copy.sqlite3")
    write(copy, "DELETE FROM decisions WHERE decision_id = ?", acked[1])
    report = _check(copy, acked)
    assert report.lost == [acked[1]]
    assert not report.double_leases
    assert not report.doubled


def test_two_decisions_on_one_case_that_do_not_supersede_each_other_are_doubled(
    decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, acked = decided
    copy = copy_database(db, tmp_path / "copy.sqlite3")
    # the same moderator's second, independent decision on the case of acked[1]
    _duplicate_row(copy, acked[1], supersedes=None)
    report = _check(copy, acked)
    assert len(report.doubled) == 1
    assert report.doubled[0][2] == 2
    assert not report.lost
    assert not report.double_leases


def test_two_corrections_of_one_decision_are_doubled(
    decided: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, acked = decided
    copy = copy_database(db, tmp_path / "copy.sqlite3")
    # a second correction of acked[0], superseded by nothing: a fork of the chain
    fork = _duplicate_row(copy, acked[2], supersedes=acked[0])
    write(copy, "UPDATE decisions SET superseded_by = ? WHERE decision_id = ?", "x", fork)
    report = _check(copy, acked)
    assert len(report.doubled) == 1
    assert not report.lost
    assert not report.double_leases


def _duplicate_row(db: Path, decision_id: str, *, supersedes: str | None) -> str:
    """A copy of a stored decision row under a new id (and server_seq), as a bug would write."""
    columns = [
        str(r[1])
        for r in rows(db, "PRAGMA table_info(decisions)")
        if r[1] not in ("server_seq", "decision_id", "supersedes", "superseded_by")
    ]
    new_id = str(uuid.uuid4())
    listed = ", ".join(columns)
    write(
        db,
        f"INSERT INTO decisions (decision_id, supersedes, superseded_by, {listed}) "
        f"SELECT ?, ?, NULL, {listed} FROM decisions WHERE decision_id = ?",
        new_id,
        supersedes,
        decision_id,
    )
    return new_id
