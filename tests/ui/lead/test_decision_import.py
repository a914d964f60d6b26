"""Decisions > "Import a disabled moderator's decisions…" on the real service: the lead
window uploads a disabled moderator's export off the GUI thread and shows the answer as
plain text (two accepted, one refused with the service's reason); a file that is not an
export is refused in the status bar without a request."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from devkit.lead_data import lead_session
from devkit.live_service import LiveService
from tests.server.import_kit import disabled_desk
from ui.lead.window import LeadWindow

WAIT_MS = 20_000


def test_a_lead_imports_an_export_and_reads_the_summary(
    qtbot: QtBot, live_service: LiveService, tmp_path: Path
) -> None:
    desk = disabled_desk(live_service, tmp_path)
    session = lead_session(live_service)
    window = LeadWindow(session)
    qtbot.addWidget(window)
    try:
        assert window.import_action.text() == "Import a disabled moderator's decisions…"
        with qtbot.waitSignal(window.importFinished, timeout=WAIT_MS) as got:
            window.import_file(desk.export)
        dialog = window.import_summary
        assert dialog is not None
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
        assert got.args == [text]
        lines = text.splitlines()
        assert lines[:2] == ["2 decisions accepted.", "1 decision refused."]
        assert lines[2].startswith(f"Refused: decision {desk.after}: decided after the account")
        assert len(lines) == 3
        assert dialog.windowTitle() == f"Imported decisions of {desk.username}"
        assert dialog.text.accessibleName() == "Import summary"

        junk = tmp_path / "junk.json"
        junk.write_text('{"format": "something else"}', encoding="utf-8")
        with qtbot.waitSignal(window.importFinished, timeout=WAIT_MS) as got:
            window.import_file(junk)
        assert got.args[0].startswith("This file is not a desk's decision export: ")
        assert window.import_summary is dialog  # the earlier answer stays
    finally:
        window.close()
        session.close()
