"""Render the case view following a live stream, offscreen, and save a PNG.

    .venv/bin/python -m tools.shot_following [--out docs/screenshots/following.png]

A synthetic case (``devkit.cases.synth_case``, the demo service's data) shown live with the
lease's priority; then two follow answers arrive as the follow thread hands them over
(``ui.case.follow.apply_batch``): new snapshots (a sensitive one among them, veiled like the
others), a burst of chat messages below the moderator's reading place (the "new messages"
chip) and a new viewer count. The moderator's place in the chat stays where it was.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from devkit.cases import synth_case, taxonomy

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--theme", default="light", help="light, dark or none")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "following.png")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

    from reviewer.chat import ChatColumns
    from reviewer.contract import FollowUpdate, PriorityWhy
    from reviewer.follow import FollowBatch
    from ui.case.follow import apply_batch
    from ui.case.policy_panel import PolicyPanel
    from ui.case.screen import CaseView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.theme != "none":
        from ui.common.theme import apply_theme

        apply_theme(app, args.theme)  # type: ignore[arg-type]
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        bundle = synth_case(Path(tmp), seed=args.seed, want="sensitive")
        now = datetime.now(UTC)
        stream = bundle.detail.stream.model_copy(
            update={"is_live": True, "ended_at": None, "started_at": now - timedelta(minutes=42)}
        )
        full = bundle.detail.model_copy(
            update={"stream": stream, "deadline": now + timedelta(minutes=3, seconds=20)}
        )
        sensitive = [s for s in full.snapshots if any(lab.score >= 0.5 for lab in s.labels)]
        first = [s for s in full.snapshots if s not in sensitive][:3]
        detail = full.model_copy(update={"snapshots": first})
        root = QWidget()
        layout = QHBoxLayout(root)
        view = CaseView(root)
        layout.addWidget(view, 1)
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
        view.header.set_priority(
            PriorityWhy(
                score=940,
                live=True,
                viewers=stream.viewer_count,
                reports_5min=12,
                severity=3,
                deadline_near=True,
            )
        )
        log = view.chat.chat_log()
        assert log is not None
        view.chat.scroll_to_log_index(len(log) // 2, select=True)
        last = int(log.offset_ms[-1]) if len(log) else 0
        burst = 37
        names = ("nightowl", "pixel_pal", "zed42", "mira", "bytebard")
        lines = ("lol", "gg", "hi chat", "clip it", "w stream")
        page = ChatColumns(
            case_id=detail.case_id,
            total=len(log) + burst,
            start=len(log),
            ids=[f"live-{i}" for i in range(burst)],
            offset_ms=[last + 800 * (i + 1) for i in range(burst)],
            user_ids=[f"u-{i % 5}" for i in range(burst)],
            usernames=[names[i % 5] for i in range(burst)],
            texts=[lines[i % 5] for i in range(burst)],
            flagged=[False] * burst,
            next_cursor=None,
        )
        update = FollowUpdate(
            case_id=detail.case_id,
            version=detail.live_version + 3,
            changed=True,
            live=True,
            viewer_count=stream.viewer_count + 1_250,
            # the stream's newest moments: after the last snapshot shown
            new_snapshots=[
                shot.model_copy(
                    update={"offset_seconds": first[-1].offset_seconds + 15.0 * (k + 1)}
                )
                for k, shot in enumerate(
                    [s for s in full.snapshots if s not in first and s not in sensitive][:1]
                    + sensitive[:1]
                )
            ],
            chat_count=detail.chat_count + burst,
            new_chat_count=burst,
            server_time=now,
        )
        apply_batch(view, detail, FollowBatch(detail.case_id, update, page))
        while view.decodes.waiting() or view.decoder.pending():
            app.processEvents()
        app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        root.grab().save(str(args.out))
        print(
            f"{detail.case_id}: {len(view.snapshot_slots())} snapshots, "
            f"{view.chat.unseen()} new messages -> {args.out}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
