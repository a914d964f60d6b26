"""Calibration's pages and report in the pseudo-locale: every word of ours marked, nothing
cut. Built from contract data (the window with a live service is checked in
test_window.py); titles, names, notes and policy labels are data and stay as they came."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from devkit.cases import taxonomy
from devkit.qt import cell_text
from reviewer import contract
from tests.ui.i18n_kit import assert_translated
from ui.calibration.report import CalibrationReportView, label_names
from ui.calibration.window import DisputesPage, NewSessionDialog, QaResultsPage, SessionListPage

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _shown(qtbot: QtBot, widget: QWidget, width: int = 1280, height: int = 800) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _stats(n: int, agreed: int, kappa: float | None, ac1: float | None) -> contract.AgreementStats:
    return contract.AgreementStats(
        n=n,
        agreed=agreed,
        accuracy=agreed / n,
        kappa=kappa,
        ac1=ac1,
        labels=["no_violation", "ban_account"],
        matrix=[[agreed, 1], [n - agreed - 1, 0]],
    )


def _report(reviewers: int) -> contract.CalibrationReport:
    disagreement = contract.CalibrationDisagreement(
        item_id="item-1",
        position=0,
        case_id="LV-000001",
        source="golden",
        reference_action="ban_account",
        reference_policy_codes=["hateful_behavior"],
        reference_note="Slurs in the title",
        answer_action="no_violation",
        answer_policy_codes=[],
        action_differs=True,
        area_differs=True,
    )
    people = [
        contract.ReviewerReport(
            reviewer=f"qa{n}",
            display_name=f"Quinn {n}",
            answered=10,
            action=_stats(10, 9, 0.1, 0.8),  # the prevalence paradox note
            area=_stats(10, 7, None, None),  # kappa undefined
            disagreements=[disagreement],
        )
        for n in range(1, reviewers + 1)
    ]
    return contract.CalibrationReport(
        session_id="s1",
        title="Weekly golden set",
        item_count=10,
        golden_count=6,
        live_count=4,
        reviewers=people,
        alpha_action=0.71 if reviewers > 1 else None,
        alpha_area=0.64 if reviewers > 1 else None,
        alpha_raters=reviewers,
    )


def test_the_report_is_translated_for_one_reviewer_and_several(
    qtbot: QtBot, pseudo_locale: str
) -> None:
    for reviewers in (1, 2):
        view = CalibrationReportView()
        view.set_report(_report(reviewers), taxonomy())
        _shown(qtbot, view)
        assert view.alpha.text().startswith("⟦")
        assert_translated(view)


def test_the_pages_are_translated(qtbot: QtBot, pseudo_locale: str) -> None:
    names = label_names(taxonomy())
    sessions = SessionListPage()
    summary = contract.CalibrationSessionSummary(
        session_id="s1",
        title="Weekly golden set",
        created_at=NOW,
        created_by="lead1",
        item_count=10,
        reviewers=["qa1", "qa2"],
        answered=3,
    )
    sessions.set_sessions([summary, summary.model_copy(update={"session_id": "s2"})], "lead1")
    _shown(qtbot, sessions)
    assert_translated(sessions)
    assert cell_text(sessions.table, 0, 3).startswith("⟦")  # cells are ours too: the state
    empty = SessionListPage()
    empty.set_sessions([])
    _shown(qtbot, empty)
    assert_translated(empty)

    result = contract.QaResult(
        result_id="r1",
        decision_id="d1",
        case_id="LV-000002",
        queue="live-general",
        moderator="moderator1",
        qa_reviewer="qa1",
        session_id="s1",
        verdict="overturned",
        final_verdict="upheld",
        decision_action="no_violation",
        decision_policy_codes=[],
        qa_action="mute_chat",
        qa_policy_codes=["harassment_bullying"],
        decided_at=NOW,
        reviewed_at=NOW,
        dispute_status="accepted",
        dispute_note="The chat was quiet at that point.",
    )
    results = QaResultsPage()
    results.set_results([result, result.model_copy(update={"result_id": "r2"})], names)
    _shown(qtbot, results)
    assert_translated(results)
    assert all(cell_text(results.table, 0, c).startswith("⟦") for c in (0, 3, 4))

    disputes = DisputesPage()
    disputes.set_results([result.model_copy(update={"dispute_status": "open"})], names)
    _shown(qtbot, disputes)
    assert_translated(disputes)

    dialog = NewSessionDialog()
    _shown(qtbot, dialog, 520, 260)
    assert_translated(dialog)
