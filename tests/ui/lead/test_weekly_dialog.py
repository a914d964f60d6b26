"""The lead window's "Weekly report…" on the real service: the week and a file chosen, the
PDF and CSV written in the background with the taxonomy's labels; a refused week is said."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from devkit.lead_data import LeadDemo, lead_session
from devkit.live_service import LiveService
from ui.lead.weekly_dialog import last_week
from ui.lead.window import LeadWindow

WAIT_MS = 60_000


@pytest.fixture
def lead_window(qtbot: QtBot, lead_service: tuple[LiveService, LeadDemo]) -> Iterator[LeadWindow]:
    service, _demo = lead_service
    session = lead_session(service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    session.close()


def test_last_week() -> None:
    assert last_week(datetime(2026, 11, 25, tzinfo=UTC)) == "2026-W47"
    assert last_week(datetime(2027, 1, 4, tzinfo=UTC)) == "2026-W53"


def _a_worked_week(service: LiveService) -> str:
    """The ISO week of the team's newest decision (the demo data is days old)."""
    with service.client("lead1") as lead:
        (newest,) = lead.get("/v1/audit/decisions", params={"limit": 1}).json()["items"]
    year, week, _ = datetime.fromisoformat(newest["decided_at"]).astimezone(UTC).isocalendar()
    return f"{year}-W{week:02d}"


def test_the_dialog_writes_the_pdf_and_csv(
    qtbot: QtBot,
    lead_window: LeadWindow,
    lead_service: tuple[LiveService, LeadDemo],
    tmp_path: Path,
) -> None:
    lead_window.report_action.trigger()
    dialog = lead_window.report_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.team.text() == "team-a"  # a lead reports on their own team
    dialog.week.setText(_a_worked_week(lead_service[0]))
    dialog.path.setText(str(tmp_path / "week47"))
    with qtbot.waitSignal(dialog.written, timeout=WAIT_MS) as got:
        dialog.write_button.click()
    pdf, csv = (Path(p) for p in got.args)
    assert pdf == tmp_path / "week47.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert csv.stat().st_size > 100
    assert "Wrote" in dialog.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = unicodedata.normalize("NFKC", text)
        assert "No violation" in text  # the taxonomy's label, not its code
        assert "no_violation" not in text
    # a week the service refuses: said in the dialog, the button usable again
    dialog.week.setText("2025-W53")  # 2025 has 52 weeks
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS):
        dialog.write_button.click()
    assert "No report" in dialog.status.text()
    assert dialog.write_button.isEnabled()
