"""Render the calibration report offscreen from a real session on the reference service.

    .venv/bin/python -m tools.shot_calibration_report [--out PATH] [--theme dark]

Seeds a small database, starts the service, lets moderator1 decide a few live cases
(pooled at rate 1), has lead1 build a session of golden items and those live decisions
for qa1 and lead1, answers it as both (with a few honest mistakes), submits, and draws
qa1's report as the client shows it (``widget.grab()``, no X server needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from devkit.db import CalibrationRef

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "calibration-report.png"


def _answers(
    refs: dict[str, CalibrationRef], items: list[dict[str, Any]], wrong: set[int]
) -> list[dict[str, Any]]:
    out = []
    for n, item in enumerate(items):
        ref = refs[item["item_id"]]
        action, codes, source = ref.ref_action, ref.ref_policy_codes, ref.source
        note = ""
        if n in wrong:
            if action == "no_violation":
                action, codes = "warn_streamer", ["harassment_bullying"]
            elif source == "live":
                action, codes = "no_violation", []
            else:
                action, codes = "age_restrict", ["sexual_nudity"]
        if action in ("ban_account", "escalate"):
            note = "repeat offender" if action == "ban_account" else "needs a specialist"
        out.append(
            {
                "answer_id": str(uuid.uuid4()),
                "item_id": item["item_id"],
                "action": action,
                "policy_codes": codes,
                "note": note,
                "handle_time_ms": 20_000 + 1000 * n,
                "answered_at": datetime.now(UTC).isoformat(),
            }
        )
    return out


def build_report(workdir: Path) -> tuple[Any, Any]:
    """Run the session on a real service; returns (qa1's report, taxonomy)."""
    from devkit.db import open_service_db
    from devkit.live_service import LiveService, seed_database_file
    from reviewer import contract

    db = seed_database_file(workdir / "db.sqlite3", cases=80, seed=3)
    service = LiveService(db, workdir / "service")
    service.start()
    try:
        with service.client("lead1") as lead:
            for q in ("live-priority", "live-general"):
                lead.put(f"/v1/qa/sampling/{q}", json={"rate": 1.0}).raise_for_status()
        decided = []
        with service.client("moderator1") as m1:
            batch = m1.post("/v1/queues/live-general/batches", json={"size": 4}).json()
            for n, c in enumerate(batch["cases"]):
                action, codes = ("no_violation", [])
                if n % 2:
                    action, codes = ("mute_chat", ["harassment_bullying"])
                decided.append(
                    {
                        "decision_id": str(uuid.uuid4()),
                        "case_id": c["case_id"],
                        "action": action,
                        "policy_codes": codes,
                        "note": "",
                        "policy_version": "2026.11.1",
                        "handle_time_ms": 30_000,
                        "decided_at": datetime.now(UTC).isoformat(),
                        "audit_seq": n + 1,
                        "audit_hash": "ab" * 32,
                    }
                )
            m1.post(
                "/v1/decisions:batch",
                json={
                    "device_id": "shot",
                    "sent_at": datetime.now(UTC).isoformat(),
                    "chain_seq": len(decided),
                    "chain_head": "cd" * 32,
                    "decisions": decided,
                },
            ).raise_for_status()
        with service.client("lead1") as lead:
            created = lead.post(
                "/v1/calibration/sessions",
                json={
                    "title": "Week 47 calibration: golden set and live sample",
                    "reviewers": ["qa1", "lead1"],
                    "golden_count": 8,
                    "live_decision_ids": [d["decision_id"] for d in decided],
                },
            )
            created.raise_for_status()
            sid = created.json()["session_id"]
        with open_service_db(db) as service_db:
            refs = service_db.calibration_refs(sid)
        for user, wrong in (("lead1", {0, 3, 7}), ("qa1", {1, 5})):
            with service.client(user) as c:
                items = c.get(f"/v1/calibration/sessions/{sid}/items").json()["items"]
                c.post(
                    f"/v1/calibration/sessions/{sid}/answers:batch",
                    json={"answers": _answers(refs, items, wrong)},
                ).raise_for_status()
                c.post(f"/v1/calibration/sessions/{sid}/submit").raise_for_status()
        with service.client("qa1") as qa:
            report = contract.CalibrationReport.model_validate(
                qa.get(f"/v1/calibration/sessions/{sid}/report").json()
            )
            taxonomy = contract.PolicyTaxonomy.model_validate(qa.get("/v1/policies").json())
        return report, taxonomy
    finally:
        service.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--theme", default="light", help="light or dark")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        report, taxonomy = build_report(Path(tmp))
    from PySide6.QtWidgets import QApplication

    from ui.calibration.report import CalibrationReportView
    from ui.common.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    view = CalibrationReportView()
    view.set_report(report, taxonomy)
    width, height = (int(v) for v in args.size.split("x"))
    view.resize(width, height)
    view.show()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pixmap = view.grab()
    pixmap.save(str(args.out))
    print(f"saved {args.out} ({pixmap.width()}x{pixmap.height()})")
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
