"""Calibration answers offline-first: durable locally, synced exactly once, on the live service."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from devkit.clients import sign_in
from devkit.db import rows
from devkit.live_service import LiveService, copy_database
from reviewer.calibration import (
    AlreadyAnswered,
    CalibrationStore,
    calibration_path_for,
    fetch_item_content,
    sync_answers,
)
from reviewer.client.calibration import CalibrationApi
from reviewer.client.errors import Offline


def _answers_on_service(db: Path, session_id: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in rows(
            db,
            "SELECT answer_id, action FROM calibration_answers WHERE session_id = ? "
            "ORDER BY answer_id",
            session_id,
        )
    ]


@pytest.fixture(scope="module")
def service(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Iterator[LiveService]:
    """One service for the module (the offline test stops and restarts it on its port)."""
    root = tmp_path_factory.mktemp("calibration-client")
    svc = LiveService(copy_database(live_service_template, root / "db.sqlite3"), root)
    svc.start()
    yield svc
    svc.stop()


def test_offline_answers_sync_exactly_once(service: LiveService, tmp_path: Path) -> None:
    api, _tokens = sign_in(service.base_url, "qa1", deadline_s=10)
    cal = CalibrationApi(api)
    store = CalibrationStore.open(calibration_path_for(tmp_path / "store.sqlite3"))
    try:
        (summary,) = [s for s in cal.sessions().sessions if s.title == "Weekly golden set"]
        store.save_sessions([summary])
        store.save_items(cal.items(summary.session_id))
        items = store.items(summary.session_id)
        assert len(items) == summary.item_count >= 2
        content = fetch_item_content(cal, items[0], tmp_path / "media")
        assert len(content.chat) == items[0].case.chat_count
        assert set(content.media) == {s.sha256 for s in items[0].case.snapshots}

        service.stop()
        # Offline: everything works from the local files.
        assert [s.session_id for s in store.sessions()] == [summary.session_id]
        recorded = [
            store.record_answer(summary.session_id, item.item_id, "no_violation", (), "", 1200)
            for item in store.items(summary.session_id)
        ]
        with pytest.raises(AlreadyAnswered):
            store.record_answer(summary.session_id, items[0].item_id, "end_stream")
        with pytest.raises(Offline):
            sync_answers(store, cal)
        assert store.counts() == {"pending": len(items)}

        service.start()
        assert _answers_on_service(service.db_path, summary.session_id) == []
        first = sync_answers(store, cal)
        assert (first.sent, first.accepted, first.problems) == (len(items), len(items), [])
        assert store.counts() == {"synced": len(items)}
        second = sync_answers(store, cal)
        assert second.sent == 0
        on_service = _answers_on_service(service.db_path, summary.session_id)
        assert on_service == sorted((a.answer_id, "no_violation") for a in recorded)

        report = cal.submit(summary.session_id)
        store.save_report(report)
        assert store.report(summary.session_id) == report
        assert report.reviewers[0].answered == len(items)
        # submitted: the items' case content is gone, the answers and the report stay
        assert store.items(summary.session_id) == []
        assert store.counts() == {"synced": len(items)}
    finally:
        store.close()
        api.close()


def test_lost_answer_resent_verbatim_and_rejected_answer_kept(
    service: LiveService, tmp_path: Path
) -> None:
    """The service stored the upload but the client never heard: the same bytes go again and
    come back duplicate; the stored request bytes cannot be changed. A rejected answer is
    kept as a problem with the service's reason, never dropped."""
    api, _tokens = sign_in(service.base_url, "qa1", deadline_s=10)
    cal = CalibrationApi(api)
    path = tmp_path / "cal.sqlite3"
    store = CalibrationStore.open(path)
    with service.client("lead1") as lead:
        created = lead.post(
            "/v1/calibration/sessions",
            json={"title": "Second", "reviewers": ["qa1"], "golden_count": 2},
        )
        assert created.status_code == 201, created.text
    try:
        summary = next(
            s for s in cal.sessions().sessions if s.session_id == created.json()["session_id"]
        )
        store.save_items(cal.items(summary.session_id))
        item = store.items(summary.session_id)[0]
        answer = store.record_answer(summary.session_id, item.item_id, "no_violation")
        ((answer_id, sid, body),) = store.pending()
        assert answer_id == answer.answer_id
        # The first upload reaches the service, but its answer is lost on the way back.
        lost = cal.upload_answers(sid, [body])
        assert [r.status for r in lost.results] == ["accepted"]
        outcome = sync_answers(store, cal)
        assert (outcome.sent, outcome.duplicate, outcome.accepted) == (1, 1, 0)
        assert store.counts() == {"synced": 1}
        assert len(_answers_on_service(service.db_path, sid)) == 1
        with closing(sqlite3.connect(path)) as raw, pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE cal_answers SET body = x'00'")

        other = store.items(summary.session_id)[1]
        store.record_answer(summary.session_id, other.item_id, "end_stream")  # no policy area
        outcome = sync_answers(store, cal)
        assert [(p.item_id, p.result) for p in outcome.problems] == [(other.item_id, "rejected")]
        assert "policy area" in outcome.problems[0].reason
        assert store.counts() == {"synced": 1, "problem": 1}
        # sign-out: case content goes, answers (and their problems) stay
        assert store.forget_items() == len(cal.items(summary.session_id).items)
        assert store.items(summary.session_id) == []
        assert store.counts() == {"synced": 1, "problem": 1}
    finally:
        store.close()
        api.close()
