"""``reviewer report weekly``: the weekly report as a PDF (and CSV) for a scheduled job.

Runs without a display: the launcher sets the offscreen platform before anything loads Qt,
and this module imports PySide6 only after the token file and the service's answer are
good, so a refused token file costs no Qt start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reviewer report", description="Write a report.")
    sub = parser.add_subparsers(dest="report", required=True)
    weekly = sub.add_parser("weekly", help="one ISO week of a vendor or team, as PDF and CSV")
    weekly.add_argument("--week", required=True, help="ISO week, e.g. 2026-W48")
    weekly.add_argument("--vendor", default=None)
    weekly.add_argument("--team", default=None)
    weekly.add_argument("--out", type=Path, required=True, help="the PDF to write")
    weekly.add_argument("--csv", type=Path, default=None, help="the CSV (default: beside --out)")
    weekly.add_argument("--token-file", type=Path, required=True, help="a report token, mode 600")
    weekly.add_argument("--server", default=None, help="service URL (default: from settings)")
    return parser


def main(argv: Sequence[str]) -> int:
    """Exit 0 when the PDF and CSV are written, 1 with a message otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    args = build_parser().parse_args(list(argv))
    from reviewer.cli import ReportJobError, fetch_weekly_report, read_token_file

    server = args.server
    if server is None:
        from reviewer.paths import AppPaths
        from reviewer.settings import load_settings

        server = load_settings(AppPaths.default().settings_path).settings.server_url
    try:
        token = read_token_file(args.token_file)
        report = fetch_weekly_report(
            server, token, week=args.week, vendor=args.vendor, team=args.team
        )
    except ReportJobError as exc:
        print(f"reviewer report: {exc}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ui.lead.weekly_report import write_report_csv, write_report_pdf

    app = QApplication.instance() or QApplication([])
    del app
    write_report_pdf(report, args.out)
    csv_path = args.csv or args.out.with_suffix(".csv")
    write_report_csv(report, csv_path)
    print(f"wrote {args.out} and {csv_path}")
    return 0
