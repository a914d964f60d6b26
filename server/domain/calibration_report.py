"""The calibration report: agreement of each reviewer with the reference, as the caller may
see it, and the verdict of one QA answer (upheld or overturned)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer import agreement, contract
from server.domain import policies
from server.domain.principal import Principal
from server.domain.qa_pool import (
    users_by_id,
)
from server.errors import ApiError
from server.models.calibration import (
    CalibrationAnswerRow,
    CalibrationAssignment,
    CalibrationItemRow,
    CalibrationSessionRow,
)
from server.models.core import decode_codes


def area_label(codes: Sequence[str]) -> str:
    """The secondary label of a decision: its first policy area, or ``none``."""
    return codes[0] if codes else contract.NO_POLICY_AREA


def verdict_of(ref_action: str, ref_codes: Sequence[str], action: str, codes: Sequence[str]) -> str:
    """Upheld when QA chose the same action and the same (first) policy area."""
    same = ref_action == action and area_label(ref_codes) == area_label(codes)
    return "upheld" if same else "overturned"


def action_categories() -> list[str]:
    return [a.code for a in policies.ACTIONS if a.code != "retract"]


def area_categories() -> list[str]:
    return [contract.NO_POLICY_AREA, *(code for code, _l, _d, _k in policies.AREAS)]


def agreement_stats(
    ref: list[str | None], ans: list[str | None], categories: list[str]
) -> contract.AgreementStats:
    s = agreement.pair_stats(ref, ans, categories)
    used = [
        i
        for i, _ in enumerate(s.matrix.labels)
        if any(s.matrix.counts[i]) or any(row[i] for row in s.matrix.counts)
    ]
    return contract.AgreementStats(
        n=s.n,
        agreed=s.agreed,
        accuracy=s.accuracy,
        kappa=s.kappa,
        ac1=s.ac1,
        labels=[s.matrix.labels[i] for i in used],
        matrix=[[s.matrix.counts[r][c] for c in used] for r in used],
    )


def build_report(
    session: Session, row: CalibrationSessionRow, principal: Principal
) -> contract.CalibrationReport:
    """The report as the caller may see it: a reviewer sees their own part once submitted;
    the session's creator and admins see every reviewer who submitted."""
    me = principal.user.user_id
    overseer = principal.role == "admin" or row.created_by == me
    assigned = list(
        session.scalars(
            select(CalibrationAssignment).where(CalibrationAssignment.session_id == row.session_id)
        )
    )
    mine = next((a for a in assigned if a.user_id == me), None)
    if not overseer:
        if mine is None:
            raise ApiError(404, "not_found", "No such calibration session for you.")
        if mine.submitted_at is None:
            raise ApiError(409, "conflict", "Submit the session first; then the report opens.")
    submitted = [a for a in assigned if a.submitted_at is not None]
    items = list(
        session.scalars(
            select(CalibrationItemRow)
            .where(CalibrationItemRow.session_id == row.session_id)
            .order_by(CalibrationItemRow.position)
        )
    )
    answers: dict[tuple[str, str], CalibrationAnswerRow] = {
        (a.user_id, a.item_id): a
        for a in session.scalars(
            select(CalibrationAnswerRow).where(CalibrationAnswerRow.session_id == row.session_id)
        )
    }
    users = users_by_id(session, {a.user_id for a in assigned})
    ref_actions: list[str | None] = [i.ref_action for i in items]
    ref_areas: list[str | None] = [area_label(decode_codes(i.ref_policy_codes)) for i in items]
    reports: list[contract.ReviewerReport] = []
    alpha_actions: list[list[str | None]] = [[] for _ in items]
    alpha_areas: list[list[str | None]] = [[] for _ in items]
    for a in submitted:
        got = [answers.get((a.user_id, i.item_id)) for i in items]
        acts: list[str | None] = [g.action if g else None for g in got]
        areas: list[str | None] = [
            area_label(decode_codes(g.policy_codes)) if g else None for g in got
        ]
        for k in range(len(items)):
            alpha_actions[k].append(acts[k])
            alpha_areas[k].append(areas[k])
        if not overseer and a.user_id != me:
            continue
        disagreements = []
        for i, g in zip(items, got, strict=True):
            if g is None:
                continue
            ref_codes = decode_codes(i.ref_policy_codes)
            codes = decode_codes(g.policy_codes)
            action_differs = g.action != i.ref_action
            area_differs = area_label(codes) != area_label(ref_codes)
            if action_differs or area_differs:
                disagreements.append(
                    contract.CalibrationDisagreement(
                        item_id=i.item_id,
                        position=i.position,
                        case_id=i.case_id,
                        source=i.source,
                        reference_action=i.ref_action,
                        reference_policy_codes=ref_codes,
                        reference_note=i.ref_note,
                        answer_action=g.action,
                        answer_policy_codes=codes,
                        answer_note=g.note,
                        action_differs=action_differs,
                        area_differs=area_differs,
                    )
                )
        user = users.get(a.user_id)
        reports.append(
            contract.ReviewerReport(
                reviewer=user.username if user else "",
                display_name=user.display_name if user else "",
                submitted_at=a.submitted_at,
                answered=sum(1 for g in got if g is not None),
                action=agreement_stats(ref_actions, acts, action_categories()),
                area=agreement_stats(ref_areas, areas, area_categories()),
                disagreements=disagreements,
            )
        )
    several = len(submitted) >= 2
    return contract.CalibrationReport(
        session_id=row.session_id,
        title=row.title,
        item_count=len(items),
        golden_count=sum(1 for i in items if i.source == "golden"),
        live_count=sum(1 for i in items if i.source == "live"),
        reviewers=reports,
        alpha_action=agreement.krippendorff_alpha_nominal(alpha_actions) if several else None,
        alpha_area=agreement.krippendorff_alpha_nominal(alpha_areas) if several else None,
        alpha_raters=len(submitted),
    )
