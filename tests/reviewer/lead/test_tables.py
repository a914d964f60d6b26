"""Exports of history and metrics through the typed LeadApi client on the live service,
scoped by role."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from devkit.clients import sign_in
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.client.errors import ApiError
from reviewer.client.lead import LeadApi
from reviewer.export import read_csv
from reviewer.lead.tables import (
    HISTORY_HEADER,
    export_history,
    export_metrics,
    qa_week_table,
    queue_table,
)
from tests.server.audit_kit import Clients, shared_week_service


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    return shared_week_service(request, tmp_path_factory, live_service_template)


def _audit(service: LiveService, user: str) -> LeadApi:
    api, _tokens = sign_in(service.base_url, user, deadline_s=10)
    return LeadApi(api)


def test_history_export_is_the_filter_and_the_role_scope(
    week: tuple[LiveService, Clients], tmp_path: Path
) -> None:
    service, _users = week
    lead = _audit(service, "lead1")
    mod = _audit(service, "moderator1")
    try:
        flt = contract.AuditFilter(
            since=datetime(2026, 11, 16, tzinfo=UTC),
            until=datetime(2026, 11, 23, tzinfo=UTC),
            limit=25,  # several pages
        )
        n = export_history(lead, flt, tmp_path / "team.csv")
        header, rows = read_csv(tmp_path / "team.csv")
        assert header == list(HISTORY_HEADER)
        assert len(rows) == n > 100
        ids = [r[1] for r in rows]
        assert len(set(ids)) == n
        assert {r[HISTORY_HEADER.index("moderator")] for r in rows} == {
            "moderator1",
            "moderator2",
            "moderator3",
            "lead1",
        }
        disputed = export_history(lead, flt.model_copy(update={"disputed": True}), tmp_path / "d")
        _h, drows = read_csv(tmp_path / "d")
        assert disputed == 4
        assert {r[HISTORY_HEADER.index("dispute_status")] for r in drows} == {
            "open",
            "accepted",
            "rejected",
        }
        # the same filter as moderator1: only their own rows
        own = export_history(mod, flt, tmp_path / "own.csv")
        _h, orows = read_csv(tmp_path / "own.csv")
        assert own == len(orows) > 0
        assert {r[HISTORY_HEADER.index("moderator")] for r in orows} == {"moderator1"}
        assert {r[1] for r in orows} < set(ids)
        with pytest.raises(ApiError) as refused:
            export_history(mod, flt.model_copy(update={"moderator": "moderator2"}), tmp_path / "x")
        assert refused.value.status == 403
        assert not (tmp_path / "x").exists()
    finally:
        lead.api.close()
        mod.api.close()


def test_the_typed_client_reads_every_audit_answer(
    week: tuple[LiveService, Clients], tmp_path: Path
) -> None:
    service, _users = week
    lead = _audit(service, "lead1")
    qa = _audit(service, "qa1")
    try:
        m = lead.metrics(
            since=datetime(2026, 11, 16, tzinfo=UTC),
            until=datetime(2026, 11, 23, tzinfo=UTC),
            group_by="vendor",
        )
        assert m.scope == "team"
        assert {r.key for r in m.rows} == {"northdesk", "southdesk", "inhouse"}
        count = export_metrics(m, tmp_path / "metrics.csv")
        header, rows = read_csv(tmp_path / "metrics.csv")
        assert count == len(rows) == len(m.rows) + 1
        assert rows[-1][0] == "*"
        assert int(rows[-1][header.index("decisions")]) == m.totals.decisions
        assert "action:no_violation" in header
        assert qa_week_table(m)[1]
        assert queue_table(m)[1]
        with pytest.raises(ApiError) as refused:
            qa.metrics()
        assert refused.value.status == 403

        page = lead.decisions(contract.AuditFilter(disputed=True, limit=2))
        assert len(page.items) == 2
        assert page.next_cursor
        chain = lead.case_chain(page.items[0].case_id)
        assert any(e.kind == "dispute" for e in chain.events)
        report = lead.chain_report("moderator3")
        assert report.ok
        published = lead.publish(
            contract.AnnouncementCreate(
                title="=cmd|' /C calc'!A0",
                body="Read it.",
                target="vendor",
                target_value="northdesk",
            )
        )
        table = lead.acks(published.announcement.id)
        assert {r.username for r in table.rows} == {"moderator1", "moderator2"}
        assert table.acknowledged == 0
        listed = {a.announcement.id for a in lead.announcements().items}
        assert published.announcement.id in listed
    finally:
        lead.api.close()
        qa.api.close()
