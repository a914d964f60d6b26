"""``reviewer report weekly``: refuses a token file others may read, and writes the PDF and
CSV from the real service with a token from a file (a real process, without a display)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from devkit.live_service import LiveService
from tests.server.audit_kit import Clients, shared_week_service


@pytest.fixture(scope="module")
def week(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    live_service_template: Path,
) -> tuple[LiveService, Clients]:
    return shared_week_service(request, tmp_path_factory, live_service_template)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", "report", "weekly", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_token_file_others_may_read_is_refused(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("secret")
    token.chmod(0o644)
    out = tmp_path / "r.pdf"
    got = _run(
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--token-file",
        str(token),
        "--server",
        "http://127.0.0.1:9",
    )
    assert got.returncode == 1
    assert "readable by others" in got.stderr
    assert "chmod 600" in got.stderr
    assert not out.exists()


def test_writes_pdf_and_csv_from_the_service(
    week: tuple[LiveService, Clients], tmp_path: Path
) -> None:
    service, users = week
    issued = users["admin1"].post("/v1/admin/report-tokens", json={"expires_in_days": 7})
    assert issued.status_code == 201, issued.text
    bearer = issued.json()["token"]
    token = tmp_path / "token"
    token.write_text(bearer)
    token.chmod(0o600)
    out = tmp_path / "report.pdf"
    got = _run(
        "--vendor",
        "northdesk",
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--token-file",
        str(token),
        "--server",
        service.base_url,
    )
    assert got.returncode == 0, got.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert out.with_suffix(".csv").stat().st_size > 100


def test_the_job_speaks_through_the_api_client(
    week: tuple[LiveService, Clients], tmp_path: Path
) -> None:
    """The job's request goes through ApiClient: a refused token is said plainly (no
    refresh is tried), and plain HTTP to another host is refused before any request."""
    from reviewer.cli import ReportJobError, fetch_weekly_report

    service, _users = week
    with pytest.raises(ReportJobError, match="expired or was revoked"):
        fetch_weekly_report(
            service.base_url, "not-a-token", week="2026-W47", vendor="northdesk", team=None
        )
    with pytest.raises(ReportJobError, match="gave no report"):
        fetch_weekly_report(
            "http://198.51.100.7:9", "whatever", week="2026-W47", vendor=None, team=None
        )
