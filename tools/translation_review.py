"""`make translations-review`: one CSV per language for a native-speaking T&S lead's review.

Columns: source, translation (plural forms joined by `` | ``), context, comment, screenshot
(the picture in docs/screenshots where the string's window appears, by its translation
context, in the language when there is one: case-view-es.png; empty for windows without
one), and two empty columns the reviewer fills in: verdict (ok / change) and suggestion.
UTF-8 with a byte order mark, so that a spreadsheet opens Arabic and Chinese right.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tools import translation_checks as checks

#: translation context -> the screenshot in docs/screenshots that shows its window
SCREENSHOTS: dict[str, str] = {
    **dict.fromkeys(
        (
            "AnnouncementBanner", "CaseHeader", "CaseView", "ChatTableModel", "ChatView",
            "DecisionKeyFilter", "ExposureStatus", "LiveLine", "MainWindow", "PolicyPanel",
            "PriorSection", "ReportsSection", "ReviewController", "ReviewStatusBar",
            "SnapshotStrip", "SnapshotViewer", "Timeline", "Wellbeing", "Formats",
        ),
        "case-view.png",
    ),
    **dict.fromkeys(("SignInDialog",), "signin.png"),
    **dict.fromkeys(("QueuePage",), "queues.png"),
    **dict.fromkeys(("SettingsDialog", "KeyButton", "KeyRefusal"), "settings.png"),
    **dict.fromkeys(
        ("AdminWindow", "UsersPage", "AdminLogPage", "TaxonomyPage", "Roles"), "admin.png"
    ),
    **dict.fromkeys(
        ("CalibrationReportView", "CalibrationReport", "_StatsBlock", "ConfusionTable"),
        "calibration-report.png",
    ),
    **dict.fromkeys(("DashboardView", "LeadChart", "LeadWindow"), "dashboard.png"),
    **dict.fromkeys(("HistoryView", "HistoryModel"), "history.png"),
    **dict.fromkeys(("WeeklyReport",), "weekly-report.png"),
}  # fmt: skip

HEADER = ("source", "translation", "context", "comment", "screenshot", "verdict", "suggestion")


SHOTS = checks.REPO / "docs" / "screenshots"


def screenshot(context: str, language: str, shots: Path = SHOTS) -> str:
    """The window's picture in ``language`` when there is one (case-view-es.png), else the
    English one; "" for a window without a picture."""
    name = SCREENSHOTS.get(context, "")
    localised = name.replace(".png", f"-{language}.png")
    return localised if name and (shots / localised).exists() else name


def rows(language: str, folder: Path = checks.FOLDER) -> list[tuple[str, ...]]:
    """The review rows of one language, in the .ts order (grouped by window)."""
    return [
        (
            entry.source,
            " | ".join(entry.forms) if entry.finished else "",
            entry.context,
            entry.comment,
            screenshot(entry.context, language),
            "",
            "",
        )
        for entry in checks.entries(checks.ts_path(language, folder))
    ]


def write(language: str, out: Path, folder: Path = checks.FOLDER) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"review_{language}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows(language, folder))
    return path


def write_all(out: Path, folder: Path = checks.FOLDER) -> list[Path]:
    return [write(language, out, folder) for language in checks.TRANSLATED]
