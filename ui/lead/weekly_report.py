"""The weekly business report as a PDF (QTextDocument printed by QPdfWriter) and a CSV.

Every string that comes from the service (vendor, team, policy areas, case ids, the
moderator's note, the QA reason) enters the document through ``QTextCursor.insertText``,
never as HTML, so a note such as ``<img src=file:///etc/passwd>`` prints as those
characters. Charts are ``ChartCanvas`` widgets rendered into images (no plotting library).
The CSV holds the same tables, one row per figure, through ``reviewer.export.write_csv``
(formula cells escaped). Needs a QApplication (offscreen is enough: the command line).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QMarginsF, QSize, QTime, QUrl
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
from ui.lead.charts import ChartCanvas, tick_text

_CHART = QSize(640, 240)
_CHART_WIDTH_PT = 480.0


#: how a figure prints on the page (the CSV keeps the raw value)
COUNT, NUMBER, RATE, MS = "count", "number", "rate", "ms"
#: a code (action, policy area, reason) -> its label; unknown codes print as words
Names = Mapping[str, str]


def _figure_rows(report: contract.WeeklyReport) -> list[tuple[str, Cell, Cell, str]]:
    """The headline figures: (name, this week, the week before, how it prints), raw values
    for the CSV."""
    c, p = report.current, report.previous
    return [
        (translate("WeeklyReport", "Cases"), c.cases, p.cases, COUNT),
        (translate("WeeklyReport", "Staffed hours"), c.staffed_hours, p.staffed_hours, COUNT),
        (
            translate("WeeklyReport", "Cases per staffed hour"),
            c.cases_per_hour,
            p.cases_per_hour,
            NUMBER,
        ),
        (
            translate("WeeklyReport", "Handle time, mean"),
            c.handle_time_mean_ms,
            p.handle_time_mean_ms,
            MS,
        ),
        (
            translate("WeeklyReport", "Handle time, 90th percentile"),
            c.handle_time_p90_ms,
            p.handle_time_p90_ms,
            MS,
        ),
        (translate("WeeklyReport", "SLA attainment"), c.sla_attainment, p.sla_attainment, RATE),
        (translate("WeeklyReport", "QA agreement"), c.qa_agreement, p.qa_agreement, RATE),
        (translate("WeeklyReport", "QA reviewed decisions"), c.qa_reviewed, p.qa_reviewed, COUNT),
        (translate("WeeklyReport", "Overturn rate"), c.overturn_rate, p.overturn_rate, RATE),
        (translate("WeeklyReport", "Urgent guidelines"), c.guidelines, p.guidelines, COUNT),
        (translate("WeeklyReport", "Acknowledged"), c.ack_rate, p.ack_rate, RATE),
        (
            translate("WeeklyReport", "Acknowledged within a day"),
            c.on_time_rate,
            p.on_time_rate,
            RATE,
        ),
        (translate("WeeklyReport", "Late acknowledgements"), c.acks_late, p.acks_late, COUNT),
    ]


def _shown(value: Cell, kind: str = NUMBER) -> str:
    """A figure as the page prints it: counts and numbers in the locale's digits, rates as
    percentages, handle times in seconds; never raw milliseconds."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return formats.date_time(value)
    if kind == RATE:
        return formats.percent(float(value))
    if kind == MS:
        return formats.seconds(float(value))
    if kind == COUNT or isinstance(value, int):
        return formats.number(value)
    return formats.number(value, 2)


def _num(value: Cell) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def report_zone(name: str) -> tzinfo:
    """The report's time zone (the vendor's, chosen by the lead); UTC when the name is not
    one this machine knows, so a report always prints."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def when(value: datetime, zone: tzinfo) -> str:
    """A moment as the report prints it: in the report's time zone (not this desk's), year
    first ("2026-11-16 00:00"), which reads the same at every vendor site whatever its date
    habits, in the locale's digits."""
    moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    t = moment.astimezone(zone)
    qt = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
    return QLocale().toString(qt, "yyyy-MM-dd HH:mm")


def code_words(code: str, names: Names | None = None) -> str:
    """A code in words: the taxonomy's label when known, else ``end_stream`` -> "end stream"."""
    if names and code in names:
        return names[code]
    return code.replace("_", " ")


def _counts(
    now: dict[str, int], before: dict[str, int], names: Names | None = None
) -> list[tuple[str, Cell, Cell, str]]:
    return [
        (code_words(k, names), now.get(k, 0), before.get(k, 0), COUNT)
        for k in sorted(set(now) | set(before))
    ]


def tables(
    report: contract.WeeklyReport, names: Names | None = None
) -> list[tuple[str, list[tuple[str, Cell, Cell, str]]]]:
    """Every table of the report: (title, rows of (name, this week, the week before, how it
    prints)); codes are named through ``names`` (the taxonomy's labels)."""
    c, p = report.current, report.previous
    causes: list[tuple[str, Cell, Cell, str]] = [
        (code_words(cause.policy_area, names), cause.overturned, None, COUNT)
        for cause in report.overturn_causes
    ]
    return [
        (translate("WeeklyReport", "Figures"), list(_figure_rows(report))),
        (
            translate("WeeklyReport", "Case decisions"),
            _counts(c.action_mix, p.action_mix, names),
        ),
        (
            translate("WeeklyReport", "Chat actions"),
            _counts(c.chat_actions, p.chat_actions, names),
        ),
        (
            translate("WeeklyReport", "Escalations by reason"),
            _counts(c.escalations_by_reason, p.escalations_by_reason, names),
        ),
        (translate("WeeklyReport", "Overturns by policy area"), causes),
    ]


def write_report_csv(report: contract.WeeklyReport, path: Path, names: Names | None = None) -> int:
    """The report's tables and its root-cause examples in one CSV; returns its data rows."""
    out: list[Sequence[Cell]] = []
    for title, rows in tables(report, names):
        out.extend((title, name, now, before, "") for name, now, before, _kind in rows)
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


def chart_image(report: contract.WeeklyReport, names: Names | None = None) -> QImage:
    """The action mix, this week beside the week before, as an image. A widget draws it:
    call on the GUI thread, and hand the image to a worker that writes the PDF."""
    canvas = ChartCanvas()
    rows = _counts(report.current.action_mix, report.previous.action_mix, names)
    canvas.bars(
        [name for name, *_r in rows],
        [
            (report.week, [_num(n) for _k, n, _b, _f in rows], "#2b6cb0"),
            (
                translate("WeeklyReport", "The week before"),
                [_num(b) for _k, _n, b, _f in rows],
                "#a0aec0",
            ),
        ],
        fmt=tick_text,  # counts: "12", not "12.0"
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


def document(
    report: contract.WeeklyReport, names: Names | None = None, chart: QImage | None = None
) -> QTextDocument:
    """The report as a text document: headings, tables, a chart, the guidelines'
    acknowledgements and the root-cause examples. ``names``: the taxonomy's labels."""
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
    zone = report_zone(report.time_zone)
    cursor.insertText(
        arg(
            translate("WeeklyReport", "Week counted from %1 to %2 in the time zone %3."),
            when(report.since, zone),
            when(report.until, zone),
            report.time_zone,
        ),
        plain,
    )
    before = translate("WeeklyReport", "The week before")
    for name, rows in tables(report, names):
        cursor.insertBlock()
        cursor.insertText(name, heading)
        cursor.insertBlock()
        if not rows:
            cursor.insertText(translate("WeeklyReport", "None in either week."), plain)
            continue
        _table(
            cursor,
            (translate("WeeklyReport", "Name"), report.week, before),
            [(n, _shown(a, kind), _shown(b, kind)) for n, a, b, kind in rows],
        )
    _acks_section(cursor, report, heading, zone)
    doc.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("chart:action-mix"),
        chart if chart is not None else chart_image(report, names),
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
    cursor.insertText(
        arg(
            translate("WeeklyReport", "Dark bars: %1. Light bars: the week before."),
            report.week,
        ),
        plain,
    )
    cursor.insertBlock()
    cursor.insertText(translate("WeeklyReport", "Overturn examples"), heading)
    cursor.insertBlock()
    if not report.overturn_causes or not any(c.examples for c in report.overturn_causes):
        cursor.insertText(translate("WeeklyReport", "No overturned decision this week."), plain)
        return doc
    _table(
        cursor,
        (
            translate("WeeklyReport", "Case"),
            translate("WeeklyReport", "Policy areas"),
            translate("WeeklyReport", "Moderator's note"),
            translate("WeeklyReport", "QA reason"),
        ),
        [
            (
                ex.case_id,
                ", ".join(code_words(a, names) for a in ex.policy_areas),
                ex.note,
                ex.qa_reason,
            )
            for cause in report.overturn_causes
            for ex in cause.examples
        ],
    )
    return doc


def _acks_section(
    cursor: QTextCursor, report: contract.WeeklyReport, heading: QTextCharFormat, zone: tzinfo
) -> None:
    """Each urgent guideline of the week: its audience in scope, on time, late, missing,
    and who was late or has not acknowledged it."""
    cursor.insertBlock()
    cursor.insertText(translate("WeeklyReport", "Urgent guideline acknowledgements"), heading)
    cursor.insertBlock()
    if not report.guideline_acks:
        cursor.insertText(
            translate("WeeklyReport", "No urgent guideline this week."), QTextCharFormat()
        )
        return
    _table(
        cursor,
        (
            translate("WeeklyReport", "Guideline"),
            translate("WeeklyReport", "Published"),
            translate("WeeklyReport", "For"),
            translate("WeeklyReport", "Within a day"),
            translate("WeeklyReport", "Late"),
            translate("WeeklyReport", "Not yet"),
        ),
        [
            (
                g.title,
                when(g.published_at, zone),
                formats.number(g.expected),
                formats.number(g.on_time),
                formats.number(g.late),
                formats.number(g.missing),
            )
            for g in report.guideline_acks
        ],
    )
    late = [(g, x) for g in report.guideline_acks for x in g.not_on_time]
    if not late:
        return
    cursor.insertBlock()
    _table(
        cursor,
        (
            translate("WeeklyReport", "Guideline"),
            translate("WeeklyReport", "Person"),
            translate("WeeklyReport", "Acknowledged"),
        ),
        [
            (
                g.title,
                x.username,
                when(x.acknowledged_at, zone)
                if x.acknowledged_at
                else translate("WeeklyReport", "not yet"),
            )
            for g, x in late
        ],
    )


def write_report_pdf(
    report: contract.WeeklyReport,
    path: Path,
    names: Names | None = None,
    chart: QImage | None = None,
) -> None:
    """Print the report to an A4 PDF at ``path``; with ``chart`` (see :func:`chart_image`)
    this needs no widget and may run off the GUI thread."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(arg(translate("WeeklyReport", "Weekly report %1"), report.week))
    document(report, names, chart).print_(writer)
