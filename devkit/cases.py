"""Render the case view offscreen with a realistic synthetic case and save a PNG.

    .venv/bin/python -m devkit.cases [--index N] [--seed S] [--out /tmp/case_view.png]

The case comes from ``server.synth.generate_cases`` (the same data the demo service
serves); snapshots are written to a temporary folder as the content cache would hold
them. Used to look at the screen as a moderator would, and by the UI tests as a source
of realistic cases (``synth_case``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reviewer import contract
from reviewer.chat import ChatColumns, ChatLog


@dataclass
class CaseBundle:
    """What the client would have on disk for one case: detail, chat and media files."""

    detail: contract.CaseDetail
    chat: ChatLog
    media: dict[str, Path]
    flagged_terms: list[str]

    def media_path(self, sha256: str) -> Path | None:
        return self.media.get(sha256)


def synth_case(
    media_dir: Path, *, index: int = 0, seed: int = 7, want: str = "", n_cases: int = 12
) -> CaseBundle:
    """Case ``index`` of a synthetic run (or the first whose snapshots match ``want``:
    "sensitive" for one with a sensitive snapshot)."""
    from server.synth import FLAGGED_TERMS, generate_cases

    chosen = None
    for i, case in enumerate(generate_cases(n_cases, seed)):
        if want == "sensitive":
            if any(
                float(lab["score"]) >= 0.5  # type: ignore[arg-type]
                for s in case.snapshots
                for lab in s.labels
            ):
                chosen = case
                break
        elif i == index:
            chosen = case
            break
    if chosen is None:
        raise LookupError(f"no synthetic case matches index={index} want={want!r}")
    case = chosen
    media_dir.mkdir(parents=True, exist_ok=True)
    media: dict[str, Path] = {}
    for snap in case.snapshots:
        path = media_dir / snap.sha256
        path.write_bytes(snap.jpeg)
        media[snap.sha256] = path
    detail = contract.CaseDetail(
        case_id=case.case_id,
        queue=case.queue,
        status="leased",
        created_at=case.created_at,
        stream=contract.StreamInfo.model_validate(case.stream),
        streamer=contract.StreamerInfo.model_validate(case.streamer),
        reports=[contract.ReportInfo.model_validate(r) for r in case.reports],
        prior_enforcement=[
            contract.PriorEnforcement.model_validate(p) for p in case.prior_enforcement
        ],
        snapshots=[
            contract.Snapshot(
                sha256=s.sha256,
                offset_seconds=s.offset_seconds,
                captured_at=s.captured_at,
                width=s.width,
                height=s.height,
                size_bytes=len(s.jpeg),
                labels=[contract.SensitivityLabel.model_validate(lab) for lab in s.labels],
            )
            for s in case.snapshots
        ],
        chat_count=len(case.chat),
        escalation_reason=case.escalation_reason,
        escalation_note=case.escalation_note,
    )
    chat = ChatLog(case.case_id)
    c = case.chat
    n = len(c)
    chat.append_page(
        ChatColumns(
            case_id=case.case_id,
            total=n,
            start=0,
            ids=[f"{case.case_id}-m{i}" for i in range(n)],
            offset_ms=list(c.offset_ms),
            user_ids=list(c.user_ids),
            usernames=list(c.usernames),
            texts=list(c.texts),
            flagged=list(c.flagged),
            next_cursor=None,
        )
    )
    return CaseBundle(detail, chat, media, list(FLAGGED_TERMS))


def taxonomy() -> contract.PolicyTaxonomy:
    """The reference service's taxonomy, as GET /v1/policies would send it."""
    from datetime import UTC, datetime

    from server import policies

    return contract.PolicyTaxonomy(
        version=policies.POLICY_VERSION,
        published_at=datetime(2026, 11, 1, tzinfo=UTC),
        actions=[
            contract.ActionDef(
                code=a.code,
                label=a.label,
                shortcut=a.shortcut,
                description=a.description,
                requires_policy=a.requires_policy,
                requires_note=a.requires_note,
                severity=a.severity,
            )
            for a in policies.ACTIONS
        ],
        areas=[
            contract.PolicyArea(code=code, label=label, description=desc, shortcut=key)
            for code, label, desc, key in policies.AREAS
        ],
        skip_reasons=[contract.ReasonDef(code=c, label=lab) for c, lab in policies.SKIP_REASONS],
        escalation_reasons=[
            contract.ReasonDef(code=c, label=lab) for c, lab in policies.ESCALATION_REASONS
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--want", default="", help='"sensitive": first case with a blur')
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--theme", default="light", help="light, dark or none")
    parser.add_argument("--no-panel", action="store_true", help="leave out the policy panel")
    parser.add_argument("--reveal", action="store_true", help="hold the reveal (clear image)")
    parser.add_argument("--snapshot", type=int, default=-1, help="snapshot to select")
    parser.add_argument("--press", default="", help="an action code to press on the panel")
    parser.add_argument("--out", default="/tmp/case_view.png")  # noqa: S108 - a dev tool
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

    from ui.case.policy_panel import PolicyPanel
    from ui.case.screen import CaseView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.theme != "none":
        from ui.common.theme import apply_theme

        apply_theme(app, args.theme)  # type: ignore[arg-type]
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        bundle = synth_case(Path(tmp), index=args.index, seed=args.seed, want=args.want)
        root = QWidget()
        layout = QHBoxLayout(root)
        view = CaseView(root)
        layout.addWidget(view, 1)
        if not args.no_panel:
            panel = PolicyPanel(root)
            panel.set_taxonomy(taxonomy())
            layout.addWidget(panel)
        root.resize(width, height)
        root.show()
        shown: list[str] = []
        view.caseShown.connect(shown.append)
        view.set_case(bundle.detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
        while not shown:
            app.processEvents()  # type: ignore[union-attr]
        if args.snapshot >= 0:
            view.show_snapshot(args.snapshot)
        elif args.want == "sensitive":
            first = next(i for i, s in enumerate(view.snapshot_slots()) if s.sensitive)
            view.show_snapshot(first)
        view.set_revealed(args.reveal)
        if args.press and not args.no_panel:
            panel.request_action(args.press)
        app.processEvents()  # type: ignore[union-attr]
        root.grab().save(args.out)
        print(f"{bundle.detail.case_id}: {len(bundle.chat)} chat messages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
