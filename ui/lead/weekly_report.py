"""The weekly business report as a PDF (QTextDocument printed by QPdfWriter) and a CSV.

Every string that comes from the service (vendor, team, policy areas, case ids, the
moderator's note, the QA reason) enters the document through ``QTextCursor.insertText``,
never as HTML, so a note such as ``<img src=file:///etc/passwd>`` prints as those
characters. Charts are ``ChartCanvas`` widgets rendered into images (no plotting library).
The CSV holds the same tables, one row per figure, through ``reviewer.export.write_csv``
(formula cells escaped). Needs a QApplication (offscreen is enough: the command line).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextTableFormat,
)

from reviewer import contract
from reviewer.export import Cell, write_csv
from ui.common import formats
from ui.common.i18n import arg, translate
from ui.lead.charts import ChartCanvas

_CHART = QSize(640, 240)
_CHART_WIDTH_PT = 480.0


def _figure_rows(report: contract.WeeklyReport) -> list[tuple[str, Cell, Cell]]:
    """The headline figures: (name, this week, the week before), raw values for the CSV."""
    c, p = report.current, report.previous
    return [
        (translate("WeeklyReport", "Cases"), c.cases, p.cases),
        (translate("WeeklyReport", "Staffed hours"), c.staffed_hours, p.staffed_hours),
        (translate("WeeklyReport", "Cases per staffed hour"), c.cases_per_hour, p.cases_per_hour),
        (
            translate("WeeklyReport", "Handle time, mean (ms)"),
            c.handle_time_mean_ms,
            p.handle_time_mean_ms,
        ),
        (
            translate("WeeklyReport", "Handle time, 90th percentile (ms)"),
            c.handle_time_p90_ms,
            p.handle_time_p90_ms,
        ),
        (translate("WeeklyReport", "SLA attainment"), c.sla_attainment, p.sla_attainment),
        (translate("WeeklyReport", "QA agreement"), c.qa_agreement, p.qa_agreement),
        (translate("WeeklyReport", "QA reviewed decisions"), c.qa_reviewed, p.qa_reviewed),
        (translate("WeeklyReport", "Overturn rate"), c.overturn_rate, p.overturn_rate),
    ]


def _shown(value: Cell) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return formats.number(value, 2)
    return str(value) if not isinstance(value, int) else formats.number(value)


def _counts(now: dict[str, int], before: dict[str, int]) -> list[tuple[str, int, int]]:
    return [(k, now.get(k, 0), before.get(k, 0)) for k in sorted(set(now) | set(before))]


def tables(report: contract.WeeklyReport) -> list[tuple[str, list[tuple[str, Cell, Cell]]]]:
    """Every table of the report: (title, rows of (name, this week, the week before))."""
    c, p = report.current, report.previous
    causes: list[tuple[str, Cell, Cell]] = [
        (cause.policy_area, cause.overturned, None) for cause in report.overturn_causes
    ]
    return [
        (translate("WeeklyReport", "Figures"), list(_figure_rows(report))),
        (translate("WeeklyReport", "Case decisions"), list(_counts(c.action_mix, p.action_mix))),
        (translate("WeeklyReport", "Chat actions"), list(_counts(c.chat_actions, p.chat_actions))),
        (
            translate("WeeklyReport", "Escalations by reason"),
            list(_counts(c.escalations_by_reason, p.escalations_by_reason)),
        ),
        (translate("WeeklyReport", "Overturns by policy area"), causes),
    ]


def write_report_csv(report: contract.WeeklyReport, path: Path) -> int:
    """The report's tables and its root-cause examples in one CSV; returns its data rows."""
    out: list[Sequence[Cell]] = []
    for title, rows in tables(report):
        out.extend((title, name, now, before, "") for name, now, before in rows)
    example_title = translate("WeeklyReport", "Overturn examples")
    for cause in report.overturn_causes:
        for ex in cause.examples:
            out.append((example_title, cause.policy_area, ex.case_id, ex.note, ex.qa_reason))
    header = (
        translate("WeeklyReport", "Table"),
        translate("WeeklyReport", "Name"),
        arg(translate("WeeklyReport", "Week %1"), report.week),
        translate("WeeklyReport", "The week before"),
        translate("WeeklyReport", "QA reason"),
    )
    return write_csv(path, header, out)


def _chart_image(report: contract.WeeklyReport) -> QImage:
    """The action mix, this week beside the week before, as an image."""
    canvas = ChartCanvas()
    rows = _counts(report.current.action_mix, report.previous.action_mix)
    canvas.bars(
        [name for name, _n, _b in rows],
        [
            (report.week, [float(n) for _k, n, _b in rows], "#2b6cb0"),
            (
                translate("WeeklyReport", "The week before"),
                [float(b) for *_r, b in rows],
                "#a0aec0",
            ),
        ],
    )
    canvas.resize(_CHART)
    image = QImage(_CHART, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    canvas.render(image)
    canvas.deleteLater()
    return image


def _table(cursor: QTextCursor, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain-text table: every cell through insertText."""
    fmt = QTextTableFormat()
    fmt.setCellPadding(3)
    fmt.setBorder(0.5)
    table = cursor.insertTable(len(rows) + 1, len(header), fmt)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for col, text in enumerate(header):
        table.cellAt(0, col).firstCursorPosition().insertText(text, bold)
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            table.cellAt(r, col).firstCursorPosition().insertText(text)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def document(report: contract.WeeklyReport) -> QTextDocument:
    """The report as a text document: headings, tables, a chart and the root-cause examples."""
    doc = QTextDocument()
    doc.setPageSize(QPageSize(QPageSize.PageSizeId.A4).sizePoints().toSizeF())
    cursor = QTextCursor(doc)
    title = QTextCharFormat()
    title.setFontPointSize(16)
    title.setFontWeight(QFont.Weight.Bold)
    heading = QTextCharFormat()
    heading.setFontPointSize(12)
    heading.setFontWeight(QFont.Weight.Bold)
    plain = QTextCharFormat()
    who = " / ".join(x for x in (report.vendor, report.team) if x) or translate(
        "WeeklyReport", "everyone in scope"
    )
    cursor.insertText(
        arg(translate("WeeklyReport", "Weekly report %1: %2"), report.week, who), title
    )
    cursor.insertBlock()
    cursor.insertText(
        arg(
            translate("WeeklyReport", "Week counted from %1 to %2 in the time zone %3."),
            report.since.isoformat(),
            report.until.isoformat(),
            report.time_zone,
        ),
        plain,
    )
    before = translate("WeeklyReport", "The week before")
    for name, rows in tables(report):
        cursor.insertBlock()
        cursor.insertText(name, heading)
        cursor.insertBlock()
        _table(
            cursor,
            (translate("WeeklyReport", "Name"), report.week, before),
            [(n, _shown(a), _shown(b)) for n, a, b in rows],
        )
    doc.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl("chart:action-mix"), _chart_image(report)
    )
    cursor.insertBlock()
    cursor.insertText(translate("WeeklyReport", "Action mix"), heading)
    cursor.insertBlock()
    image = QTextImageFormat()
    image.setName("chart:action-mix")
    image.setWidth(_CHART_WIDTH_PT)  # the page's width in points, less its margins
    image.setHeight(_CHART_WIDTH_PT * _CHART.height() / _CHART.width())
    cursor.insertImage(image)
    cursor.insertBlock()
    cursor.insertText(translate("WeeklyReport", "Overturn examples"), heading)
    cursor.insertBlock()
    _table(
        cursor,
        (
            translate("WeeklyReport", "Case"),
            translate("WeeklyReport", "Policy areas"),
            translate("WeeklyReport", "Moderator's note"),
            translate("WeeklyReport", "QA reason"),
        ),
        [
            (ex.case_id, ", ".join(ex.policy_areas), ex.note, ex.qa_reason)
            for cause in report.overturn_causes
            for ex in cause.examples
        ],
    )
    return doc


def write_report_pdf(report: contract.WeeklyReport, path: Path) -> None:
    """Print the report to an A4 PDF at ``path``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(arg(translate("WeeklyReport", "Weekly report %1"), report.week))
    document(report).print_(writer)
