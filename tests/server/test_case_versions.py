"""A case's detail is kept in each worker's memory keyed by (case id, content version): a
change to the case's content through the one writer (``server.domain.case_content``) bumps
the version, and every worker answers the new detail at once (two workers on PostgreSQL,
two separate `serve` processes on one SQLite file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.db import change_case_content, rows
from devkit.live_service import LiveService
from reviewer import contract
from server.domain.case_content import ChatColumns
from server.state import STATS_DIR_ENV
from tests.server.helpers import lease

_ASKS = 16  # new connections per round: each worker answers some


def _details(services: list[LiveService], token: str, case_id: str) -> list[dict[str, Any]]:
    """The case's detail, each time over a new connection to one of the services."""
    auth = {"Authorization": f"Bearer {token}"}
    seen = []
    for i in range(_ASKS):
        url = services[i % len(services)].url(f"/v1/cases/{case_id}")
        resp = httpx.get(url, headers=auth, timeout=10)
        assert resp.status_code == 200, resp.text
        seen.append(resp.json())
    return seen


def test_a_content_change_shows_in_every_worker_at_once(
    service_engine: str,
    live_service_factory: Callable[..., LiveService],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stats = tmp_path / "stats"
    stats.mkdir()
    monkeypatch.setenv(STATS_DIR_ENV, str(stats))  # each worker's cache figures, at its stop
    # The live simulation all but stopped: what moves with time (viewers, new snapshots and
    # messages) is not what this test is about, and would differ between two reads.
    still = ["--live-speed", "0.000001"]
    if service_engine == "sqlite":
        first = live_service_factory(still)
        services = [first, live_service_factory(still, db=first.database)]
    else:
        services = [live_service_factory([*still, "--workers", "2"])]
    db = services[0].database
    token = services[0].login("moderator1")["access_token"]
    with services[0].client(headers={"Authorization": f"Bearer {token}"}) as m1:
        (case,) = lease(m1, "live-general", size=1)["cases"]
    case_id = case["case_id"]

    before = _details(services, token, case_id)  # now in every worker's memory
    assert all(d == before[0] for d in before)
    old = before[0]
    stream = contract.StreamInfo.model_validate({**old["stream"], "title": "A changed title"})
    first_snap = contract.Snapshot.model_validate(old["snapshots"][0])
    relabelled = first_snap.model_copy(
        update={"labels": [contract.SensitivityLabel(label="gore", score=0.99)]}
    )
    chat: ChatColumns = ([5, 9], ["u1", "u2"], ["one", "two"], ["hello", "world"], [[], []])
    version = change_case_content(db, case_id, stream=stream, snapshots=[relabelled], chat=chat)
    assert version == 2

    after = _details(services, token, case_id)
    for detail in after:
        assert detail["stream"] == {**old["stream"], "title": "A changed title"}
        gore = [{"label": "gore", "score": 0.99, "policy_code": ""}]
        assert detail["snapshots"] == [{**old["snapshots"][0], "labels": gore}]
        assert detail["chat_count"] == 2
        assert {k: detail[k] for k in ("case_id", "reports", "status")} == {
            k: old[k] for k in ("case_id", "reports", "status")
        }
    chat_page = httpx.get(
        services[0].url(f"/v1/cases/{case_id}/chat"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert chat_page["texts"] == ["hello", "world"]

    for service in services:
        service.stop()
    figures = [json.loads(p.read_text()) for p in stats.glob("*.json")]
    assert len(figures) == 2
    # a worker built the detail twice (the old version, then the new) and served it from
    # memory in between: it held the old detail when the content changed, and still every
    # answer above was the new one. (With `--workers 2` the kernel hands the connections to
    # the workers as it likes: one may never see the case before the change.)
    held = [w for w in figures if w["cases"]["misses"] >= 2 and w["cases"]["hits"] >= 1]
    assert held, figures
    if service_engine == "sqlite":  # two processes asked in turn: both held it
        assert len(held) == 2, figures


def test_the_one_writer_bumps_the_version_and_refuses_an_unknown_case(
    service_engine: str, live_service_factory: Callable[..., LiveService]
) -> None:
    service = live_service_factory(start=False)
    db = service.database
    (case_id,) = rows(db, "SELECT case_id FROM cases ORDER BY case_id LIMIT 1")[0]
    assert rows(db, "SELECT DISTINCT content_version FROM cases") == [(1,)]  # as seeded
    streamer = rows(db, "SELECT streamer_json FROM cases WHERE case_id = ?", case_id)[0][0]
    info = contract.StreamerInfo.model_validate(json.loads(streamer))
    assert change_case_content(db, case_id, streamer=info) == 2
    stored = rows(db, "SELECT reports_json FROM cases WHERE case_id = ?", case_id)[0][0]
    reports = [contract.ReportInfo.model_validate(r) for r in json.loads(stored)]
    assert change_case_content(db, case_id, reports=reports[:1]) == 3
    assert rows(db, "SELECT content_version FROM cases WHERE case_id = ?", case_id) == [(3,)]
    others = rows(db, "SELECT DISTINCT content_version FROM cases WHERE case_id <> ?", case_id)
    assert others == [(1,)]
    with pytest.raises(Exception, match="No such case"):
        change_case_content(db, "no-such-case", streamer=info)
