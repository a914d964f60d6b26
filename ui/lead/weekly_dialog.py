"""The lead window's "Weekly report…": pick a vendor and/or team, an ISO week and a PDF file;
the service computes the figures, and the PDF and the CSV beside it are written off the GUI
thread (``ui.common.tasks``). Only the chart, drawn by a widget, is made on the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.client.lead import LeadApi
from ui.common import a11y, pages
from ui.common.i18n import arg, translate
from ui.common.tasks import Runner
from ui.common.text import set_plain
from ui.lead.weekly_report import Names, chart_image, write_report_csv, write_report_pdf


def last_week(now: datetime) -> str:
    """The ISO week before the one ``now`` falls in: the usual week to report on."""
    year, week, _ = (now - timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}"


class WeeklyReportDialog(QDialog):
    """``written(str, str)`` carries the PDF's and the CSV's paths once both are on disk;
    ``failed(str)`` a readable reason."""

    written = Signal(str, str)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner[LeadApi],
        names: Names,
        *,
        vendors: list[str],
        team: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyReportDialog")
        self.setWindowTitle(self.tr("Weekly report"))
        self.runner = runner
        self.names = dict(names)
        self.vendor = QComboBox(self)
        self.vendor.setObjectName("reportVendor")
        a11y.describe(self.vendor, translate("Accessibility", "The vendor the report covers"))
        self.vendor.addItem(self.tr("All vendors"), "")
        for v in vendors:
            self.vendor.addItem(v, v)
        self.team = QLineEdit(team, self)
        self.team.setObjectName("reportTeam")
        a11y.describe(
            self.team, translate("Accessibility", "The team the report covers; empty for all")
        )
        self.team.setMaxLength(64)
        self.week = QLineEdit(last_week(datetime.now(UTC)), self)
        self.week.setObjectName("reportWeek")
        a11y.describe(
            self.week, translate("Accessibility", "The week the report covers, as year and week")
        )
        self.week.setInputMask("9999-W99")
        self.path = QLineEdit(self)
        self.path.setObjectName("reportPath")
        self.path.setPlaceholderText(self.tr("report.pdf"))
        a11y.name(
            self.path,
            translate("Accessibility", "PDF file"),
            translate("Accessibility", "Where the PDF goes; a CSV is written beside it"),
        )
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("reportChoose")
        a11y.describe(choose, translate("Accessibility", "Picks the PDF file in a file dialog"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Vendor"), self.vendor)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("ISO week"), self.week)
        form.addRow(self.tr("PDF file"), where)
        self.status = pages.muted(self, "reportStatus")
        self.write_button = QPushButton(self.tr("Write the report"), self)
        self.write_button.setObjectName("reportWrite")
        a11y.describe(
            self.write_button,
            translate("Accessibility", "Writes the PDF and the CSV with the week's figures"),
        )
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(pages.status_row(self.status, self.write_button))

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the weekly report"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def write(self) -> None:
        """Ask the service for the figures, then write the PDF and CSV in the background."""
        text = self.path.text().strip()
        if not text:
            set_plain(self.status, self.tr("Choose a file for the PDF first."))
            return
        pdf = Path(text) if text.lower().endswith(".pdf") else Path(text + ".pdf")
        week = self.week.text().strip()
        vendor = str(self.vendor.currentData() or "") or None
        team = self.team.text().strip() or None
        self.write_button.setEnabled(False)
        set_plain(self.status, self.tr("Asking the service for the figures…"))

        def fetched(report: contract.WeeklyReport) -> None:
            set_plain(self.status, self.tr("Writing the PDF and the CSV…"))
            chart = chart_image(report, self.names)  # a widget draws it: here, on this thread
            names = self.names
            csv = pdf.with_suffix(".csv")

            def work() -> tuple[str, str]:
                write_report_pdf(report, pdf, names, chart)
                write_report_csv(report, csv, names)
                return str(pdf), str(csv)

            self.runner.run(work, self._done, lambda exc: self._failed(str(exc)))

        self.runner.call(
            lambda api: api.weekly_report(week, vendor=vendor, team=team), fetched, self._failed
        )

    def _done(self, paths: tuple[str, str]) -> None:
        self.write_button.setEnabled(True)
        set_plain(self.status, arg(self.tr("Wrote %1 and %2."), *paths))
        self.written.emit(*paths)

    def _failed(self, why: str) -> None:
        self.write_button.setEnabled(True)
        set_plain(self.status, arg(self.tr("No report: %1"), why))
        self.failed.emit(why)
