"""Render the case view offscreen with a realistic synthetic case and save a PNG.

    .venv/bin/python -m tools.shot_case_view [--index N] [--seed S] [--out /tmp/case_view.png]
    .venv/bin/python -m tools.shot_case_view --language es   # after make translations

The case is ``devkit.cases.synth_case`` (the same data the demo service serves). Used to
look at the screen as a moderator would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from devkit.cases import synth_case, taxonomy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--want", default="", help='"sensitive": first case with a blur')
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--theme", default="light", help="light, dark, high_contrast or none")
    parser.add_argument("--text-size", type=int, default=100, help="percent, 100-200")
    parser.add_argument("--no-panel", action="store_true", help="leave out the policy panel")
    parser.add_argument("--reveal", action="store_true", help="hold the reveal (clear image)")
    parser.add_argument("--snapshot", type=int, default=-1, help="snapshot to select")
    parser.add_argument("--press", default="", help="an action code to press on the panel")
    parser.add_argument(
        "--labels", default="", help="account label kinds, comma-separated (high_profile,…)"
    )
    parser.add_argument(
        "--confirm", default="", help="an action's label: show the high-profile prompt too"
    )
    parser.add_argument("--out", default="/tmp/case_view.png")  # noqa: S108 - a dev tool
    parser.add_argument(
        "--language", default="en", help="es, ar, zh_CN… (the compiled .qm, make translations)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

    from ui.case.policy_panel import PolicyPanel
    from ui.case.screen import CaseView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.theme != "none":
        from ui.common.theme import apply_text_size, apply_theme

        apply_theme(app, args.theme)  # type: ignore[arg-type]
        apply_text_size(app, args.text_size)  # type: ignore[arg-type]
    if args.language != "en":
        from ui.common.language import apply_language

        applied = apply_language(args.language)
        if applied != args.language:
            print(f"{args.language}: no compiled translation, run make translations")
            return 1
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        bundle = synth_case(Path(tmp), index=args.index, seed=args.seed, want=args.want)
        detail = bundle.detail
        if args.labels:
            from datetime import UTC, datetime, timedelta

            from reviewer.contract import CaseLabel

            until = datetime.now(UTC) + timedelta(days=90)
            kinds = [k for k in args.labels.split(",") if k]
            labels = [CaseLabel(kind=k, expires_at=until) for k in kinds]
            detail = detail.model_copy(update={"account_labels": labels})
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
        view.set_case(detail, bundle.chat, bundle.media_path, bundle.flagged_terms)
        while not shown:
            app.processEvents()
        if args.snapshot >= 0:
            view.show_snapshot(args.snapshot)
        elif args.want == "sensitive":
            first = next(i for i, s in enumerate(view.snapshot_slots()) if s.sensitive)
            view.show_snapshot(first)
        view.set_revealed(args.reveal)
        if args.press and not args.no_panel:
            panel.request_action(args.press)
        app.processEvents()
        shot = root.grab()
        if args.confirm:
            from PySide6.QtCore import QPoint
            from PySide6.QtGui import QPainter

            from ui.case.account_labels import HighProfileConfirm

            prompt = HighProfileConfirm(args.confirm)
            prompt.resize(prompt.sizeHint().expandedTo(prompt.minimumSizeHint()))
            prompt.show()
            app.processEvents()
            painter = QPainter(shot)
            image = prompt.grab()
            painter.drawPixmap(
                QPoint((shot.width() - image.width()) // 2, (shot.height() - image.height()) // 3),
                image,
            )
            painter.end()
            prompt.close()
        shot.save(args.out)
        print(f"{bundle.detail.case_id}: {len(bundle.chat)} chat messages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
