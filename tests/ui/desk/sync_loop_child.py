"""Child process for the sync-loop kill test: the desk's real sync loop
(:class:`ui.desk.sync_thread.SyncThread`) uploads while this process records decisions on
leased cases, until it is killed.

    python -m tests.ui.desk.sync_loop_child BASE_URL STORE CACHE_DIR CASE_ID...

Prints ``ready`` once the loop runs, ``send N`` just before each upload goes on the wire,
``sent N`` when its answer came back, and ``id <decision id>`` after each commit (the
acknowledgement the moderator sees). The parent kills it with SIGKILL, often right after a
``send``, so the kill lands mid-upload.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from devkit.live_service import DEMO_PASSWORDS
from reviewer import contract
from reviewer.client.credentials import MemoryVault
from reviewer.client.tokens import TokenManager
from reviewer.client.transport import ApiClient
from reviewer.store.decisions import Store
from reviewer.sync import SyncConfig
from tests.reviewer.store.storekit import draft
from ui.desk.sync_thread import HoldingCache, SyncThread

USER = "moderator1"


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


class TellingClient(ApiClient):
    """The real client; says when an upload leaves and when its answer is back."""

    def upload_decisions(self, items: Sequence[bytes], **kw: Any) -> contract.DecisionBatchResponse:
        _say(f"send {len(items)}")
        answer = super().upload_decisions(items, **kw)
        _say(f"sent {len(items)}")
        return answer


def main(argv: Sequence[str]) -> None:
    base_url, store_path, cache_dir, *case_ids = argv
    app = QCoreApplication([])
    tokens = TokenManager(base_url, MemoryVault())
    with ApiClient(base_url, tokens=tokens, deadline_s=30) as bare:
        tokens.sign_in(bare, USER, DEMO_PASSWORDS[USER])
    store = Store.open(Path(store_path))
    thread = SyncThread(
        store_path=Path(store_path),
        cache=HoldingCache(Path(cache_dir)),
        api_factory=lambda: TellingClient(base_url, tokens=tokens, deadline_s=30),
        config=SyncConfig(
            queue="", lease_size=0, min_open=0, prefetch_depth=0, upload_batch=4, idle_poll_s=0.05
        ),
    )
    thread.set_queue("")
    thread.start()
    _say("ready")
    # where each case stands: the decision to retract next, or None when it is open
    active: dict[str, str | None] = {}
    for case_id in case_ids:
        rows = store.case_decisions(case_id)
        decided = store.case_state(case_id) == "decided" and rows
        active[case_id] = rows[-1].decision_id if decided else None
    turn = 0
    while True:
        case_id = case_ids[turn % len(case_ids)]
        turn += 1
        earlier = active[case_id]
        if earlier is None:
            rec = store.record_decision(draft(case_id, "no_violation", policy_codes=()))
        else:
            rec = store.record_decision(
                draft(case_id, "retract", policy_codes=(), supersedes=earlier)
            )
        active[case_id] = None if earlier else rec.decision_id
        _say(f"id {rec.decision_id}")  # durable: record_decision has returned
        thread.wake()
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main(sys.argv[1:])
