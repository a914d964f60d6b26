"""The calibration report: agreement numbers, confusion matrices, disagreements side by side.

Accuracy, Cohen's kappa and Gwet's AC1 stand next to each other for the action (the
primary label) and the policy area (the secondary): when violations are rare kappa
can be near zero at 95 % accuracy (the prevalence paradox), and AC1 beside it shows
that the reviewer is in fact reliable. With several reviewers, Krippendorff's alpha
across them follows. Everything shown comes from the service and is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import contract
from reviewer.formatting import one_line
from ui.common import formats
from ui.common.i18n import arg, mark_untranslated, translate
from ui.common.tables import static_view
from ui.common.text import plain_label, plain_tooltip, set_plain

#: kappa this far below AC1 is worth a word about prevalence
PARADOX_GAP = 0.2


def fmt_share(value: float | None) -> str:
    """A 0..1 share as a whole percentage (a report reads better without decimals)."""
    if value is None:
        return formats.NONE
    return arg(translate("CalibrationReport", "%1 %", "a percentage"), formats.number(value * 100))


def fmt_coef(value: float | None) -> str:
    """An agreement coefficient (kappa, AC1, alpha) with two decimals."""
    return formats.NONE if value is None else formats.number(value, 2)


def no_area_label() -> str:
    """What a decision without a policy area is called."""
    return translate("CalibrationReport", "No policy area")


def label_names(taxonomy: contract.PolicyTaxonomy | None) -> dict[str, str]:
    """Code -> readable label for actions and policy areas (codes are shown as themselves
    when the taxonomy does not know them)."""
    names = {contract.NO_POLICY_AREA: no_area_label()}
    if taxonomy is not None:
        names.update({a.code: a.label for a in taxonomy.actions})
        names.update({a.code: a.label for a in taxonomy.areas})
    return names


def short_label(label: str) -> str:
    """A column header that fits: the first word ("Harassment and bullying" -> "Harassment");
    the full name is in the row header and the tool tip."""
    if label == no_area_label():
        return translate("CalibrationReport", "None", "no policy area, as a short column header")
    words = label.split()
    return words[0] if len(words) > 2 else label


def _decision_text(action: str, codes: Sequence[str], note: str, names: dict[str, str]) -> str:
    sep = translate("CalibrationReport", ", ", "between policy areas")
    area = sep.join(names.get(c, c) for c in codes) or names[contract.NO_POLICY_AREA]
    label = names.get(action, action)
    if note.strip():
        template = translate("CalibrationReport", "%1 · %2 · “%3”", "action, areas, note")
        return arg(template, label, area, one_line(note)[:160])
    return arg(translate("CalibrationReport", "%1 · %2", "action, areas"), label, area)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    static_view(table)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    return table


ROW_HEIGHT = 30


def _fit_height(table: QTableWidget) -> None:
    """Show every row: the tables live in a scroll area, so they never scroll themselves."""
    header = table.horizontalHeader()
    h = max(header.height(), header.sizeHint().height()) + 2 * table.frameWidth() + 2
    h += ROW_HEIGHT * table.rowCount()
    table.setFixedHeight(h)


class ConfusionTable(QTableWidget):
    """Rows: the reference's label; columns: the reviewer's. The diagonal is agreement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        mark_untranslated(self)  # the service's labels (the "→" of the headers is ours)
        static_view(self)

    def set_stats(self, stats: contract.AgreementStats, names: dict[str, str]) -> None:
        labels = [names.get(code, code) for code in stats.labels]
        n = len(labels)
        self.clear()
        self.setRowCount(n)
        self.setColumnCount(n)
        for c, label in enumerate(labels):
            head = QTableWidgetItem(arg(self.tr("→ %1", "the answer's label"), short_label(label)))
            head.setToolTip(plain_tooltip(label))
            self.setHorizontalHeaderItem(c, head)
        self.setVerticalHeaderLabels(labels)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(70)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        pal = self.palette()
        good = pal.color(QPalette.ColorRole.Highlight)
        good.setAlpha(60)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for r in range(n):
            for c in range(n):
                count = stats.matrix[r][c] if r < len(stats.matrix) else 0
                item = QTableWidgetItem(formats.number(count) if count else "·")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == c:
                    item.setBackground(QBrush(good))
                if count and r != c:
                    item.setFont(bold)
                self.setItem(r, c, item)
        _fit_height(self)


class _StatsBlock(QFrame):
    """Accuracy, kappa and AC1 of one label, and its confusion matrix."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = plain_label(title, self, object_name="statsTitle")
        f = self.title.font()
        f.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(f)
        self.accuracy = plain_label("", self, object_name="accuracy")
        self.kappa = plain_label("", self, object_name="kappa")
        self.ac1 = plain_label("", self, object_name="ac1")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setWeight(QFont.Weight.DemiBold)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        captions = (
            (self.tr("Accuracy"), self.accuracy),
            (self.tr("Cohen's kappa"), self.kappa),
            (self.tr("Gwet's AC1"), self.ac1),
        )
        for col, (caption, label) in enumerate(captions):
            label.setFont(big)
            cap = plain_label(caption, self)
            cap.setProperty("role", "muted")
            cap.setWordWrap(True)  # longer languages take a second line, never a cut
            grid.addWidget(label, 0, col)
            grid.addWidget(cap, 1, col)
        grid.setColumnStretch(3, 1)
        self.note = plain_label("", self, object_name="paradoxNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.matrix = ConfusionTable(self)
        self.matrix.setAccessibleName(arg(self.tr("%1: confusion matrix"), title))
        matrix_caption = plain_label(
            self.tr("Rows: the reference. Columns (→): the answer. The diagonal is agreement."),
            self,
        )
        matrix_caption.setProperty("role", "muted")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.title)
        left.addLayout(grid)
        left.addWidget(self.note)
        left.addStretch(1)
        side = QWidget(self)
        side.setLayout(left)
        side.setFixedWidth(340)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.matrix)
        right.addWidget(matrix_caption)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(side)
        layout.addLayout(right, 1)

    def set_stats(self, stats: contract.AgreementStats, names: dict[str, str]) -> None:
        set_plain(self.accuracy, fmt_share(stats.accuracy))
        agreed = arg(
            self.tr("%1 of %Ln item(s) agree with the reference.", "", stats.n),
            formats.number(stats.agreed),
        )
        self.accuracy.setToolTip(agreed)
        self.accuracy.setAccessibleName(arg(self.tr("Accuracy %1"), fmt_share(stats.accuracy)))
        set_plain(self.kappa, fmt_coef(stats.kappa))
        self.kappa.setAccessibleName(arg(self.tr("Cohen's kappa %1"), fmt_coef(stats.kappa)))
        set_plain(self.ac1, fmt_coef(stats.ac1))
        self.ac1.setAccessibleName(arg(self.tr("Gwet's AC1 %1"), fmt_coef(stats.ac1)))
        if stats.kappa is None and stats.n:
            note = self.tr(
                "%1 of %2 agree with the reference. Kappa is undefined here: the answers all "
                "fell into one category."
            )
        elif (
            stats.kappa is not None
            and stats.ac1 is not None
            and stats.ac1 - stats.kappa > PARADOX_GAP
        ):
            note = self.tr(
                "%1 of %2 agree with the reference. Kappa is low because one label dominates "
                "(the prevalence paradox): read AC1 beside it."
            )
        else:
            note = self.tr("%1 of %2 agree with the reference.")
        note = arg(note, formats.number(stats.agreed), formats.number(stats.n))
        set_plain(self.note, note)
        self.matrix.set_stats(stats, names)


class CalibrationReportView(QScrollArea):
    """The whole report; ``set_report`` fills it. For one reviewer (a QA reviewer's own
    view) or several (a lead's view), each with their own block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationReport")
        self.setAccessibleName(self.tr("Calibration report"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(self)
        self._body.setObjectName("calibrationReportBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(24, 20, 24, 20)
        self._layout.setSpacing(14)
        self.title = plain_label("", self._body, object_name="reportTitle")
        self.title.setProperty("role", "title")
        tf = self.title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.4)
        tf.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(tf)
        self.subtitle = plain_label("", self._body, object_name="reportSubtitle")
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.alpha = plain_label("", self._body, object_name="alphaLine")
        self.alpha.setWordWrap(True)
        af = self.alpha.font()
        af.setWeight(QFont.Weight.DemiBold)
        self.alpha.setFont(af)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.subtitle)
        self._layout.addWidget(self.alpha)
        self._reviewer_widgets: list[QWidget] = []
        self.blocks: list[tuple[_StatsBlock, _StatsBlock, QTableWidget]] = []
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.report: contract.CalibrationReport | None = None

    def set_report(
        self, report: contract.CalibrationReport, taxonomy: contract.PolicyTaxonomy | None
    ) -> None:
        self.report = report
        names = label_names(taxonomy)
        set_plain(self.title, arg(self.tr("Calibration report: %1"), one_line(report.title)))
        items = self.tr("%Ln item(s)", "", report.item_count)
        labels = self.tr("the action is the primary label, the policy area the secondary")
        if report.golden_count or report.live_count:
            mix = arg(
                self.tr("%1 golden, %2", "golden items, then sampled live decisions"),
                formats.number(report.golden_count),
                self.tr("%Ln sampled live decision(s)", "", report.live_count),
            )
            subtitle = arg(
                self.tr("%1 · %2 · %3", "items, their mix, the labels"), items, mix, labels
            )
        else:
            subtitle = arg(self.tr("%1 · %2", "items, the labels"), items, labels)
        set_plain(self.subtitle, subtitle)
        if report.alpha_raters >= 2:
            set_plain(
                self.alpha,
                arg(
                    self.tr(
                        "Krippendorff's alpha across %Ln reviewer(s): action %1, policy area %2.",
                        "",
                        report.alpha_raters,
                    ),
                    fmt_coef(report.alpha_action),
                    fmt_coef(report.alpha_area),
                ),
            )
        else:
            set_plain(
                self.alpha,
                self.tr(
                    "Krippendorff's alpha across reviewers appears once two or more reviewers "
                    "have submitted (%Ln so far).",
                    "",
                    report.alpha_raters,
                ),
            )
        for w in self._reviewer_widgets:
            self._layout.removeWidget(w)
            w.deleteLater()
        self._reviewer_widgets = []
        self.blocks = []
        insert_at = self._layout.count() - 1  # before the stretch
        for rr in report.reviewers:
            box = self._reviewer_box(rr, names, several=len(report.reviewers) > 1)
            self._layout.insertWidget(insert_at, box)
            insert_at += 1
            self._reviewer_widgets.append(box)

    def _reviewer_box(
        self, rr: contract.ReviewerReport, names: dict[str, str], *, several: bool
    ) -> QWidget:
        box = QFrame(self._body)
        box.setObjectName("reviewerReport")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if several:
            who = plain_label(
                arg(
                    self.tr("%1 (%2)", "a display name, then a user name"),
                    rr.display_name,
                    rr.reviewer,
                ),
                box,
                object_name="reviewer",
            )
            f = who.font()
            f.setWeight(QFont.Weight.DemiBold)
            who.setFont(f)
            layout.addWidget(who)
        action = _StatsBlock(self.tr("Action (primary label)"), "actionStats", box)
        action.set_stats(rr.action, names)
        area = _StatsBlock(self.tr("Policy area (secondary label)"), "areaStats", box)
        area.set_stats(rr.area, names)
        layout.addWidget(action)
        layout.addSpacing(6)
        layout.addWidget(area)
        layout.addSpacing(6)
        heading = plain_label(
            arg(self.tr("Disagreements (%1)"), formats.number(len(rr.disagreements)))
            if rr.disagreements
            else self.tr("No disagreements: every answer matches the reference."),
            box,
            object_name="disagreementsTitle",
        )
        hf = heading.font()
        hf.setWeight(QFont.Weight.DemiBold)
        heading.setFont(hf)
        layout.addWidget(heading)
        table = _table(box, "disagreements")
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Kind"), self.tr("Reference"), self.tr("Your answer")]
        )
        table.setRowCount(len(rr.disagreements))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for r, d in enumerate(rr.disagreements):
            cells = [
                arg(self.tr("#%1", "an item's number"), formats.number(d.position + 1)),
                self.tr("golden") if d.source == "golden" else self.tr("live decision"),
                _decision_text(
                    d.reference_action, d.reference_policy_codes, d.reference_note, names
                ),
                _decision_text(d.answer_action, d.answer_policy_codes, d.answer_note, names),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))  # the whole note, never as rich text
                table.setItem(r, c, item)
        _fit_height(table)
        table.setVisible(bool(rr.disagreements))
        layout.addWidget(table)
        self.blocks.append((action, area, table))
        return box

    # -- helpers for tests --------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every label's text, for assertions."""
        return [w.text() for w in self.findChildren(QLabel)]
