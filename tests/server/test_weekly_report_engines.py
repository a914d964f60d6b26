"""The weekly report's SQL runs on both engines (SQLite's text hours, PostgreSQL's
``date_trunc``): the service answers it, and a report token reads it, on each."""

from __future__ import annotations

from datetime import UTC, datetime

from devkit.live_service import LiveService


def test_the_report_answers_on_each_engine(shared_service: LiveService) -> None:
    year, week, _ = datetime.now(UTC).isocalendar()
    params = {"week": f"{year}-W{week:02d}", "vendor": "northdesk"}
    with shared_service.client("admin1") as admin:
        resp = admin.get("/v1/reports/weekly", params=params)
        assert resp.status_code == 200, resp.text
        assert resp.json()["time_zone"] == "UTC"
        assert (
            admin.put(
                "/v1/admin/vendors/southdesk", json={"time_zone": "Europe/Berlin"}
            ).status_code
            == 200
        )
        issued = admin.post("/v1/admin/report-tokens", json={"expires_in_days": 1})
        assert issued.status_code == 201, issued.text
    with shared_service.client() as job:
        got = job.get(
            "/v1/reports/weekly",
            params={**params, "vendor": "southdesk"},
            headers={"Authorization": "Bearer " + issued.json()["token"]},
        )
        assert got.status_code == 200, got.text
        assert got.json()["time_zone"] == "Europe/Berlin"
