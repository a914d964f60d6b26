"""Nothing of a case is left behind on a shared workstation after sign-out.

A desk leases and prefetches real cases from the service (detail into the store, chat
pages and snapshots into the cache), records a decision with a note, then signs out.
Every file under the desk's folders (data: the store, its write-ahead log and shared
memory; cache; logs; config) is then read byte for byte: none may contain a case's
stream title, its streamer's handle, a chat line or a piece of a snapshot. The same
scan before sign-out must find them (the scan can fail). The pending decision (id,
codes, the moderator's note) stays until it syncs. Log records carry ids, not case text.

Deleting a file does not scrub its disk blocks: that needs full-disk encryption
(docs/client-core.md); this test covers what the files hold.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from devkit.clients import draft
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.paths import AppPaths
from reviewer.store.cache import ContentCache
from reviewer.store.decisions import Store
from tests.reviewer.synckit import make_desk

NOTE = "moderator note: checked twice"


def _needles(text: str) -> list[bytes]:
    """The text as it could sit in a file: plain UTF-8 and JSON-escaped."""
    return list({text.encode("utf-8"), json.dumps(text)[1:-1].encode("utf-8")})


def _scan(paths: AppPaths, needles: dict[str, list[bytes]]) -> dict[str, list[str]]:
    """Which files (relative to their folder) hold which needle."""
    found: dict[str, list[str]] = {}
    for root in (paths.data_dir, paths.cache_dir, paths.log_dir, paths.config_dir):
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if not path.is_file():
                continue
            data = path.read_bytes()
            for name, forms in needles.items():
                if any(form in data for form in forms):
                    found.setdefault(name, []).append(str(path))
    return found


def test_after_sign_out_no_file_the_desk_wrote_holds_case_content(
    live_service: LiveService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    paths = AppPaths.default().ensure()
    store_path = paths.store_path_for(live_service.base_url, "moderator1")
    cache = ContentCache(paths.cache_dir / "content")
    desk = make_desk(live_service, store_path, cache=cache, lease_size=4, min_open=4)
    try:
        desk.engine.note_activity()
        for _ in range(10):
            report = desk.engine.step()
            assert report.next_attempt_at is None, report.error
            if report.next_step_at is not None and report.next_step_at > report.at:
                break
        needles: dict[str, list[bytes]] = {}
        cached = [r.case_id for r in desk.store.open_cases() if r.detail_cached]
        assert len(cached) >= 2
        for case_id in cached:
            detail = desk.store.case_detail(case_id)
            assert detail is not None
            needles[f"{case_id} title"] = _needles(detail.stream.title)
            needles[f"{case_id} handle"] = _needles(detail.streamer.handle)
            texts = [
                t
                for page in cache.chat_pages(case_id)
                for t in contract.ChatPage.model_validate_json(page.read_bytes()).texts
            ]
            assert texts
            longest = max(texts, key=len)
            needles[f"{case_id} chat"] = _needles(longest)
            for snap in detail.snapshots:
                path = cache.media_path(snap.sha256)
                assert path is not None
                jpeg = path.read_bytes()
                middle = len(jpeg) // 2
                needles[f"{case_id} snapshot {snap.sha256[:8]}"] = [jpeg[middle : middle + 64]]
        # Nothing answers the upload: the decision stays pending through sign-out.
        decided = desk.store.record_decision(
            replace(draft(cached[0], desk.policy_version, "no_violation"), note=NOTE)
        )
        before = _scan(paths, needles)
        missing = set(needles) - set(before)
        # A short text in the store can straddle a page of the SQLite file (an overflow
        # page's pointer sits between its bytes) and escape a byte scan: each case's detail
        # must be seen through its title or its handle, and everything else as it is.
        for case_id in cached:
            assert {f"{case_id} title", f"{case_id} handle"} - missing, case_id
        assert not {m for m in missing if not m.endswith((" title", " handle"))}, (
            "the scan must see the content before sign-out"
        )

        live_service.stop()
        desk.engine.sign_out()
        # The store is still open (a desk between sign-out and the next sign-in): its
        # write-ahead log and free pages must not hold the case either.
        after = _scan(paths, needles)
        assert after == {}, f"case content left behind after sign-out: {after}"
        assert desk.store.connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        desk.close()
        cache.close()

    assert _scan(paths, needles) == {}
    with Store.open(store_path) as store:
        kept = store.decision(decided.decision_id)
        assert kept is not None
        assert store.outbox_counts()["pending"] == 1
        assert store.case_decisions(cached[0])[-1].note == NOTE
    logged = "\n".join(
        r.getMessage() + (logging.Formatter().formatException(r.exc_info) if r.exc_info else "")
        for r in caplog.records
    )
    assert all(
        form.decode("utf-8", "replace") not in logged for f in needles.values() for form in f
    )
