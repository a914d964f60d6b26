"""Reports > "Import a disabled moderator's decisions…": a lead picks the file a disabled
moderator's desk wrote (``reviewer export-pending``), the window uploads it off the GUI
thread (``POST /v1/decisions:import``) and shows the service's answer as plain text: how
many were accepted, and each refused one with the service's reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from reviewer import contract
from ui.common import a11y
from ui.common.i18n import arg, mark_untranslated, translate

_REFUSED = ("rejected", "id_reused", "case_conflict")


def summary_text(answer: contract.DecisionImportResponse) -> str:
    """The import's answer for a person: counts first, then each refused decision. The
    reasons are the service's text, shown as they are (plain text, never markup)."""
    duplicates = sum(r.status == "duplicate" for r in answer.results)
    accepted, refused = answer.accepted, answer.refused  # lupdate reads a plain name as n
    lines = [
        translate("DecisionImport", "%n decision(s) accepted.", "", accepted),
        translate("DecisionImport", "%n decision(s) refused.", "", refused),
    ]
    if duplicates:
        lines.append(
            translate(
                "DecisionImport", "%n decision(s) were already in the service.", "", duplicates
            )
        )
    for result in answer.results:
        if result.status in _REFUSED:
            lines.append(
                arg(
                    translate("DecisionImport", "Refused: decision %1: %2"),
                    result.decision_id,
                    result.reason or result.status,
                )
            )
    return "\n".join(lines)


class ImportSummaryDialog(QDialog):
    """The answer of one import; the text is read-only and selectable (support copies it)."""

    def __init__(self, answer: contract.DecisionImportResponse, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importSummaryDialog")
        self.setWindowTitle(
            arg(translate("DecisionImport", "Imported decisions of %1"), answer.author)
        )
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("importSummary")
        self.text.setReadOnly(True)
        self.text.setPlainText(summary_text(answer))
        mark_untranslated(self.text)  # the service's reasons and the decision ids
        a11y.name(
            self.text,
            translate("DecisionImport", "Import summary"),
            translate(
                "DecisionImport",
                "How many decisions the service accepted and refused, with each refusal's reason",
            ),
        )
        buttons = a11y.describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, em * 24)
