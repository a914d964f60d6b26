"""Sign-out never freezes the window, and cache housekeeping runs off the GUI thread.

The service is "stopped" for real: its process gets SIGSTOP, so the kernel still accepts
connections but nothing answers, and the sync thread hangs in its network call exactly as
it would on a stalled link. SIGCONT lets it go on. Nothing here sleeps or times anything:
the GUI's responsiveness is shown by a zero-delay QTimer firing while the thread is still
stuck, through qtbot.waitUntil.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.paths import AppPaths
from reviewer.session import SignInRequest, sign_in
from reviewer.store.cache import DIRTY_MARKER, Housekeeping
from tests.ui.desk.test_review_flow import WAIT_MS, Desk, fast_sync
from ui.desk.sync_thread import CacheAbandoned, HoldingCache, abandoned_threads, wait_for_abandoned
from ui.shell.features import install_features
from ui.shell.main_window import MainWindow


@contextmanager
def frozen(service: LiveService) -> Iterator[None]:
    """The service process stops answering (SIGSTOP) until the block ends (SIGCONT)."""
    assert service.proc is not None
    pid = service.proc.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def content_files() -> list[Path]:
    root = AppPaths.default().content_dir
    return [p for p in root.rglob("*") if p.is_file() and p.name != DIRTY_MARKER]


def event_loop_turns(qtbot: QtBot) -> None:
    """The GUI thread is free: a zero-delay timer posted now fires (no timing involved)."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=WAIT_MS)


def case_status(service: LiveService, case_id: str) -> str:
    with service.client("admin1") as client:
        return str(client.get(f"/v1/cases/{case_id}").json()["status"])


def ready_desk(qtbot: QtBot, service: LiveService) -> tuple[Desk, str]:
    desk = Desk(qtbot, service, fast_sync(prefetch_depth=2))
    desk.acknowledge_all()
    desk.start()
    return desk, desk.wait_for_case()


def test_sign_out_with_a_stalled_service_keeps_the_window_responsive(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk, first = ready_desk(qtbot, live_service)
    window = desk.window
    try:
        assert content_files()
        with frozen(live_service):
            desk.decide()  # the sync thread wakes and hangs in the upload
            still_open = [r.case_id for r in window.store.open_cases()]
            assert still_open
            window.sign_out_action.trigger()
            # at once: the case is gone from the screen and no key acts
            assert window.pages.currentWidget() is window.signing_out_page
            assert not window.case_view.isVisible()
            assert window.controller.current is None
            assert not window.keys.is_enabled()
            assert not window.sign_out_action.isEnabled()
            assert window.signing_out_page is not None
            assert window.signing_out_page.title.text() == (
                "Signing out: sending 1 decision, releasing cases…"
            )
            steps: list[str] = []
            window.signing_out_page.said.connect(steps.append)
            # the event loop turns while the sync thread is still stuck in its upload
            event_loop_turns(qtbot)
            assert window.sync.isRunning()
        with qtbot.waitSignal(window.signedOut, timeout=WAIT_MS) as blocker:
            pass  # the service answers again: upload, releases, purge, token, sign-in
        assert steps == [
            "Signing out: releasing cases…",  # the upload went through
            "Signing out: removing cached case content…",
            "Signing out: ending your session with the service…",
        ]
        assert blocker.args[0] == "You are signed out."  # the decision went up first
        assert not content_files()
        assert not (AppPaths.default().content_dir / DIRTY_MARKER).exists()
        assert desk.session.vault.load(desk.session.server_url, "moderator1") is None
        with live_service.client("moderator1") as client:
            decided = client.get("/v1/decisions", params={"case_id": first}).json()["items"]
        assert [d["case_id"] for d in decided] == [first]
        assert {case_status(live_service, c) for c in still_open} == {"open"}  # released
    finally:
        desk.close()


def test_a_sync_thread_past_its_deadline_is_given_up_and_decisions_stay(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk, case_id = ready_desk(qtbot, live_service)
    window = desk.window
    window.sign_out_deadline_ms = 100  # the thread cannot make it: the service is stopped
    marker = AppPaths.default().content_dir / DIRTY_MARKER
    try:
        with frozen(live_service):
            desk.decide()
            window.sign_out_action.trigger()
            qtbot.waitUntil(lambda: abandoned_threads() == 1, timeout=WAIT_MS)
            assert window.sync.parent() is None  # deleting the window cannot destroy it
            assert window.sync.isRunning()
            assert window.signing_out_page is not None
            note = window.signing_out_page.title.text()
            assert "did not answer in time: 1 decision will stay on this machine" in note
            assert window.status.message.text() in note
            event_loop_turns(qtbot)
        # what quitting the application now would do: wait (bounded) for the thread to end
        wait_for_abandoned()
        assert not window.sync.isRunning()  # it ended at its next use of the given-up cache
        with qtbot.waitSignal(window.signedOut, timeout=WAIT_MS) as blocker:
            pass  # the token's revocation waited for the service
        message = blocker.args[0]
        assert message.startswith("You are signed out.")
        assert "1 decision will stay on this machine" in message
        assert marker.exists()  # the next start purges what the stuck thread left
        qtbot.waitUntil(lambda: abandoned_threads() == 0, timeout=WAIT_MS)
    finally:
        desk.close()

    # the next sign-in purges the content and sends the decision
    again = Desk(qtbot, live_service, fast_sync())
    try:
        assert again.window.cache.recovered_from_crash
        assert again.window.store.case_detail(case_id) is None
        again.wait_synced()
        assert [d["case_id"] for d in again.service_decisions()] == [case_id]
    finally:
        again.close()


def test_closing_the_window_during_sign_out_lets_it_finish_first(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk, _case_id = ready_desk(qtbot, live_service)
    window = desk.window
    signed_out: list[str] = []
    window.signedOut.connect(signed_out.append)
    try:
        with frozen(live_service):
            window.sign_out_action.trigger()
            window.close()
            assert not window.isVisible()  # gone from the screen at once
            event_loop_turns(qtbot)
            assert window.sync.isRunning()
        with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
            pass
        assert signed_out == []  # closing means quitting: no sign-in dialog comes back
        assert not content_files()
        assert not (AppPaths.default().content_dir / DIRTY_MARKER).exists()
    finally:
        desk.close()


def test_housekeeping_evicts_a_synced_case_on_the_sync_thread(
    qtbot: QtBot, live_service: LiveService
) -> None:
    first = Desk(qtbot, live_service, fast_sync(prefetch_depth=2))
    try:
        first.acknowledge_all()
        first.start()
        case_id = first.wait_for_case()
        live_service.stop()
        first.decide()  # recorded offline: its content stays until the service has it
    finally:
        first.close()
    live_service.start()
    cache = first.window.cache
    assert cache.chat_pages(case_id)

    session = sign_in(
        SignInRequest(live_service.base_url, "moderator1", "demo-moderator1"),
        vault=(MemoryVault(), False),
    )
    window = MainWindow(session, sync_config=fast_sync(housekeeping_s=0.0))  # every round
    install_features(window)
    qtbot.addWidget(window)
    jobs: list[tuple[int, bool, Housekeeping]] = []

    def in_the_job(done: Housekeeping) -> None:  # called inside the job, on its thread
        jobs.append((threading.get_ident(), QThread.currentThread() is window.sync, done))

    window.sync.housekept.connect(in_the_job, Qt.ConnectionType.DirectConnection)

    def evicted() -> list[tuple[int, bool, Housekeeping]]:
        return [job for job in list(jobs) if case_id in job[2].evicted_cases]

    try:
        window.start()
        qtbot.waitUntil(lambda: bool(evicted()), timeout=WAIT_MS)  # once its decision synced
        assert window.store.outbox_counts()["pending"] == 0
        ident, on_sync_thread, _done = evicted()[0]
        assert ident != threading.get_ident()  # not this (the GUI) thread
        assert on_sync_thread
        assert window.cache.chat_pages(case_id) == []
        assert window.store.case_detail(case_id) is None
        qtbot.waitUntil(lambda: window.last_housekeeping is not None, timeout=WAIT_MS)
    finally:
        window.shutdown()
        session.close()


def test_closing_the_window_removes_content_held_for_undo(
    qtbot: QtBot, live_service: LiveService
) -> None:
    """A decided case keeps its files through the undo window even once synced; closing the
    window ends that window, so they go with the sync thread's last act, not at retention."""
    desk, case_id = ready_desk(qtbot, live_service)
    cache = desk.window.cache
    try:
        desk.decide()
        desk.wait_synced()
        qtbot.waitUntil(lambda: desk.window.store.case_detail(case_id) is None, timeout=WAIT_MS)
        assert cache.chat_pages(case_id)  # held: Ctrl+Z could still bring the case back
    finally:
        desk.close()
    assert cache.chat_pages(case_id) == []
    assert not (AppPaths.default().content_dir / DIRTY_MARKER).exists()


def test_an_abandoned_cache_refuses_every_write_and_keeps_its_marker(tmp_path: Path) -> None:
    """What a given-up sync thread may still do to the shared content folder: nothing."""
    data = b"snapshot"
    sha = hashlib.sha256(data).hexdigest()
    cache = HoldingCache(tmp_path / "content")
    cache.put_chat_page("LV-1", 0, b"chat")
    cache.abandon()
    for act in (
        lambda: cache.put_media(sha, data),
        lambda: cache.put_chat_page("LV-2", 0, b"chat"),
        lambda: cache.evict_case("LV-1", []),
        cache.purge_all,
        lambda: cache.purge_older_than(0),
    ):
        with pytest.raises(CacheAbandoned):
            act()
    assert cache.flush_evictions() == 0
    cache.close()
    assert (tmp_path / "content" / DIRTY_MARKER).exists()  # the next start purges
    assert cache.chat_pages("LV-1")  # left for that purge, not removed under a new session
    assert HoldingCache(tmp_path / "content").recovered_from_crash
