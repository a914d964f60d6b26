"""The moderator's loop against the real reference service (offscreen Qt, real sync thread).

Sign in, pull, decide by key presses, sync, and check what the service holds. Time that
the key guard and the handle-time clock see is a fake clock the tests move by hand; only
real waiting (for the network and the sync thread) uses qtbot.waitUntil.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from devkit.live_service import LiveService
from reviewer.client.credentials import MemoryVault
from reviewer.gil import COMMIT_SWITCH_INTERVAL_S, split_cpus
from reviewer.session import Session, SignInRequest, sign_in
from reviewer.store.rows import DecisionDraft, RecordedDecision
from reviewer.sync import SyncConfig
from ui.desk.sync_thread import pending_releases
from ui.shell.features import install_features
from ui.shell.main_window import MainWindow

QUEUE = "live-general"
WAIT_MS = 30_000


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fast_sync(**changes: Any) -> SyncConfig:
    """Short waits so that a test never idles; otherwise the defaults."""
    base: dict[str, Any] = {
        "idle_poll_s": 0.2,
        "empty_queue_poll_s": 0.5,
        "backoff_base_s": 0.05,
        "backoff_max_s": 0.3,
    }
    base.update(changes)
    return SyncConfig(**base)


class Desk:
    """A signed-in main window plus helpers that act as the moderator."""

    def __init__(
        self,
        qtbot: QtBot,
        service: LiveService,
        config: SyncConfig,
        undo_window_s: float = 60,
        username: str = "moderator1",
    ) -> None:
        self.qtbot = qtbot
        self.service = service
        self.username = username
        self.clock = FakeClock()
        self.session: Session = sign_in(
            SignInRequest(service.base_url, username, f"demo-{username}"),
            vault=(MemoryVault(), False),
        )
        self.window = MainWindow(
            self.session, sync_config=config, undo_window_s=undo_window_s, clock=self.clock
        )
        self.features = install_features(self.window)
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.start()
        self.controller = self.window.controller
        self.controller.set_app_active(True)

    # -- acting ---------------------------------------------------------------------------

    def acknowledge_all(self) -> None:
        while self.window.banner.pending():
            self.window.banner.ack_button.click()

    def start(self) -> None:
        self.window.start_reviewing(QUEUE)

    def wait_for_case(self, other_than: str | None = None) -> str:
        def ready() -> bool:
            cur = self.controller.current
            return cur is not None and cur.case_id != other_than

        self.qtbot.waitUntil(ready, timeout=WAIT_MS)
        assert self.controller.current is not None
        return self.controller.current.case_id

    def press(
        self,
        key: Qt.Key,
        *,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        after: float = 1.0,
    ) -> None:
        """Press a key on the case screen ``after`` (fake) seconds: past the key guard."""
        self.clock.advance(after)
        self.qtbot.keyClick(self.window.case_view, key, modifier)

    def decide(self, key: Qt.Key = Qt.Key.Key_N) -> str:
        case_id = self.wait_for_case()
        self.press(key)
        assert self.controller.current is None or self.controller.current.case_id != case_id
        return case_id

    def wait_synced(self) -> None:
        self.qtbot.waitUntil(
            lambda: self.window.store.outbox_counts().get("pending", 0) == 0, timeout=WAIT_MS
        )

    # -- the service's view -----------------------------------------------------------------

    def service_decisions(self) -> list[dict[str, Any]]:
        """This moderator's decisions on the cases this test's store leased (the seed may hold
        older history of its own)."""
        ours = {r.case_id for r in self.window.store.recent_decisions(1000)}
        with self.service.client(self.username) as client:
            resp = client.get("/v1/decisions", params={"limit": 500})
        resp.raise_for_status()
        items: list[dict[str, Any]] = resp.json()["items"]
        return [i for i in items if i["case_id"] in ours]

    def close(self) -> None:
        self.window.shutdown()
        self.session.close()


@pytest.fixture
def desk(qtbot: QtBot, live_service: LiveService) -> Iterator[Desk]:
    d = Desk(qtbot, live_service, fast_sync())
    yield d
    d.close()


def test_ten_decisions_by_key_reach_the_service(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    decided = [desk.decide(Qt.Key.Key_N) for _ in range(10)]
    assert len(set(decided)) == 10
    local = desk.window.store.recent_decisions(50)
    assert sorted(d.case_id for d in local) == sorted(decided)
    desk.wait_synced()
    on_service = desk.service_decisions()
    assert sorted(d["case_id"] for d in on_service) == sorted(decided)
    assert {d["action"] for d in on_service} == {"no_violation"}
    assert {d["policy_version"] for d in on_service} == {desk.session.taxonomy.version}
    desk.qtbot.waitUntil(lambda: "0 waiting to sync" in desk.window.status.pending.text())


def cpus_of_threads_named(name: str) -> list[set[int]]:
    """The allowed CPUs of each of this process's threads the OS knows by ``name`` (Qt names
    a QThread after its objectName; threads it starts, such as the prefetch workers, take
    the name with them). A thread that ends while we look is skipped."""
    found: list[set[int]] = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            if (task / "comm").read_text().strip() == name:
                found.append(os.sched_getaffinity(int(task.name)))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


@pytest.mark.skipif(split_cpus() is None, reason="thread affinity needs Linux and two CPUs")
def test_a_decision_commits_on_the_cpu_the_sync_thread_keeps_off(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    split = split_cpus()
    assert split is not None
    mask = os.sched_getaffinity(0)
    seen: list[tuple[set[int], float]] = []
    record = desk.window.store.record_decision

    def noting(draft: DecisionDraft) -> RecordedDecision:
        seen.append((os.sched_getaffinity(0), sys.getswitchinterval()))
        return record(draft)

    monkeypatch.setattr(desk.window.store, "record_decision", noting)
    desk.acknowledge_all()
    desk.start()
    desk.decide(Qt.Key.Key_N)
    [(cpus, interval)] = seen
    assert cpus == {split[0]}
    assert interval == pytest.approx(COMMIT_SWITCH_INTERVAL_S)
    assert os.sched_getaffinity(0) == mask  # the window paints wherever the OS likes
    sync_threads = cpus_of_threads_named("sync")
    assert sync_threads
    assert all(cpus == set(split[1]) for cpus in sync_threads)


def test_offline_decisions_sync_when_the_service_comes_back(
    qtbot: QtBot, live_service: LiveService
) -> None:
    desk = Desk(qtbot, live_service, fast_sync(lease_size=10, prefetch_depth=10, min_open=10))
    try:
        desk.acknowledge_all()
        desk.start()
        qtbot.waitUntil(
            lambda: sum(r.detail_cached for r in desk.window.store.open_cases()) >= 10,
            timeout=60_000,
        )
        live_service.stop()
        decided = [desk.decide(Qt.Key.Key_N) for _ in range(10)]
        assert desk.window.store.outbox_counts()["pending"] == 10
        qtbot.waitUntil(lambda: "Offline" in desk.window.status.connection.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "10 waiting to sync" in desk.window.status.pending.text())
        live_service.start()
        desk.window.sync.retry_now()
        desk.wait_synced()
        assert sorted(d["case_id"] for d in desk.service_decisions()) == sorted(decided)
    finally:
        desk.close()


def test_a_moderators_offline_decisions_never_go_out_under_the_next_sign_in(
    qtbot: QtBot, live_service: LiveService
) -> None:
    """Shared workstation: moderator1 decides offline and leaves; moderator2 signs in with the
    service up. moderator2's window must not upload (or even hold) moderator1's work; it goes
    out when moderator1 signs in again."""
    config = fast_sync(lease_size=5, prefetch_depth=5, min_open=5)
    first = Desk(qtbot, live_service, config)
    try:
        first.acknowledge_all()
        first.start()
        qtbot.waitUntil(
            lambda: sum(r.detail_cached for r in first.window.store.open_cases()) >= 3,
            timeout=60_000,
        )
        live_service.stop()
        decided = [first.decide(Qt.Key.Key_N) for _ in range(3)]
        assert first.window.store.outbox_counts()["pending"] == 3
    finally:
        first.close()
    live_service.start()

    second = Desk(qtbot, live_service, config, username="moderator2")
    try:
        assert second.window.store_path != first.window.store_path
        # the step count moves on the sync thread; its report reaches the window through a
        # queued signal a moment later: wait for the report itself
        qtbot.waitUntil(lambda: second.window.sync.steps >= 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: second.window.last_report is not None, timeout=WAIT_MS)
        assert second.window.last_report is not None
        assert not second.window.last_report.auth_expired
        assert second.window.store.recent_decisions(100) == []
        assert second.window.store.outbox_counts().get("pending", 0) == 0
        with live_service.client("admin1") as client:
            for case_id in decided:
                resp = client.get("/v1/decisions", params={"case_id": case_id})
                resp.raise_for_status()
                assert resp.json()["items"] == [], case_id
    finally:
        second.close()

    again = Desk(qtbot, live_service, config)
    try:
        assert again.window.store_path == first.window.store_path
        again.wait_synced()
        mine = again.service_decisions()
        assert sorted(d["case_id"] for d in mine) == sorted(decided)
    finally:
        again.close()


def _send_key(widget: Any, key: Qt.Key, text: str, *, repeat: bool) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text, repeat)
        QApplication.sendEvent(widget, event)


def test_a_held_key_and_a_double_press_decide_one_case(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    first = desk.wait_for_case()
    desk.press(Qt.Key.Key_N)  # the real press
    assert len(desk.window.store.recent_decisions()) == 1
    # the same key held: auto-repeat events, no time passing
    for _ in range(5):
        _send_key(desk.window.case_view, Qt.Key.Key_N, "n", repeat=True)
    # a double press lands right after the next case appeared: inside the guard time
    second = desk.wait_for_case(other_than=first)
    desk.press(Qt.Key.Key_N, after=0.05)
    decisions = desk.window.store.recent_decisions()
    assert [d.case_id for d in decisions] == [first]
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == second


def test_undo_retracts_and_brings_the_case_back(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    first = desk.decide(Qt.Key.Key_N)
    desk.wait_for_case(other_than=first)
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == first
    rows = desk.window.store.case_decisions(first)
    assert [r.action for r in rows] == ["no_violation", "retract"]
    assert rows[1].supersedes == rows[0].decision_id
    # decide it again, differently; the service holds the whole story
    desk.press(Qt.Key.Key_A)  # age-restrict needs a policy area: refused, nothing recorded
    assert len(desk.window.store.case_decisions(first)) == 2
    assert "policy area" in desk.window.panel.message_text()
    desk.window.panel.select_area("sexual_nudity")
    desk.press(Qt.Key.Key_A)
    desk.wait_synced()
    on_service = [d for d in desk.service_decisions() if d["case_id"] == first]
    by_action = {d["action"]: d for d in on_service}
    assert set(by_action) == {"no_violation", "retract", "age_restrict"}
    assert by_action["no_violation"]["superseded_by"] == by_action["retract"]["decision_id"]
    assert by_action["age_restrict"]["policy_codes"] == ["sexual_nudity"]


def test_undo_after_the_grace_window_is_refused(qtbot: QtBot, live_service: LiveService) -> None:
    desk = Desk(qtbot, live_service, fast_sync(), undo_window_s=10)
    try:
        desk.acknowledge_all()
        desk.start()
        first = desk.decide()
        desk.wait_for_case(other_than=first)
        desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier, after=11)
        assert [r.action for r in desk.window.store.case_decisions(first)] == ["no_violation"]
        assert "Nothing to undo" in desk.window.status.message.text()
    finally:
        desk.close()


def test_skip_asks_for_a_reason_and_releases_the_case(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    first = desk.wait_for_case()
    desk.press(Qt.Key.Key_K)
    dialog = desk.controller.skip_dialog
    assert dialog is not None
    assert dialog.choose("language")
    dialog.accept()
    second = desk.wait_for_case(other_than=first)
    assert second != first
    assert desk.window.store.recent_decisions() == []
    desk.qtbot.waitUntil(lambda: desk.window.store.case_state(first) == "released", timeout=WAIT_MS)
    with desk.service.client("admin1") as client:
        detail = client.get(f"/v1/cases/{first}")
    assert detail.status_code == 200
    assert detail.json()["status"] == "open"


def test_a_skip_made_offline_is_sent_after_a_restart(
    qtbot: QtBot, live_service: LiveService
) -> None:
    """Skip while the service is down, close the app, start again with the service up: the
    case goes back to the queue and is not shown again meanwhile."""
    config = fast_sync(lease_size=5, prefetch_depth=5, min_open=5)
    first = Desk(qtbot, live_service, config)
    try:
        first.acknowledge_all()
        first.start()
        qtbot.waitUntil(
            lambda: sum(r.detail_cached for r in first.window.store.open_cases()) >= 2,
            timeout=60_000,
        )
        live_service.stop()
        skipped = first.wait_for_case()
        first.controller.skip_with(skipped, "language")
        assert first.wait_for_case(other_than=skipped) != skipped
        qtbot.waitUntil(
            lambda: (
                [c for ids, _r in pending_releases(first.window.store) for c in ids] == [skipped]
            ),
            timeout=WAIT_MS,
        )
    finally:
        first.close()
    live_service.start()
    with live_service.client("admin1") as client:
        assert client.get(f"/v1/cases/{skipped}").json()["status"] != "open"

    again = Desk(qtbot, live_service, config)
    try:
        assert skipped in again.controller.skipped_cases

        def back_in_queue() -> bool:
            with live_service.client("admin1") as client:
                return bool(client.get(f"/v1/cases/{skipped}").json()["status"] == "open")

        qtbot.waitUntil(back_in_queue, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: pending_releases(again.window.store) == [], timeout=WAIT_MS)
        assert again.window.store.case_state(skipped) == "released"
    finally:
        again.close()


def test_handle_time_counts_only_while_visible_and_active(desk: Desk) -> None:
    desk.acknowledge_all()
    desk.start()
    case_id = desk.wait_for_case()
    desk.clock.advance(3)
    # another application in front: Qt says so, and the clock stops
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not desk.controller.handle.running
    desk.clock.advance(100)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert desk.controller.handle.running
    desk.press(Qt.Key.Key_N, after=2)
    recorded = desk.window.store.case_decisions(case_id)[0]
    payload = desk.window.store.decision(recorded.decision_id)
    assert payload is not None
    assert json.loads(payload.payload)["handle_time_ms"] == 5000


def test_the_banner_must_be_acknowledged_before_deciding(desk: Desk) -> None:
    desk.start()
    assert desk.window.banner.pending()
    assert desk.window.banner.isVisible()
    case_id = desk.wait_for_case()
    desk.press(Qt.Key.Key_N)
    assert desk.window.store.recent_decisions() == []
    assert "acknowledge the urgent guideline update" in desk.window.status.message.text()
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == case_id
    first_id = desk.window.banner.current().id  # type: ignore[union-attr]
    desk.acknowledge_all()
    assert not desk.window.banner.isVisible()
    desk.press(Qt.Key.Key_N)
    assert [d.case_id for d in desk.window.store.recent_decisions()] == [case_id]
    desk.qtbot.waitUntil(lambda: desk.window.store.pending_acks() == [], timeout=WAIT_MS)
    with desk.service.client("moderator1") as client:
        policies = client.get("/v1/policies").json()
    acked = {a["id"] for a in policies["announcements"] if a["acknowledged"]}
    assert first_id in acked


def test_a_conflict_is_shown_in_the_problems_list(desk: Desk) -> None:
    """Our lease is lost (released on the service) and moderator2 decides the case first."""
    desk.acknowledge_all()
    desk.start()
    case_id = desk.wait_for_case()
    batch_id = next(r.batch_id for r in desk.window.store.open_cases() if r.case_id == case_id)
    with desk.service.client("moderator1") as client:
        client.post(f"/v1/batches/{batch_id}/release", json={"case_ids": [case_id]})
    with desk.service.client("moderator2") as client:
        leased: list[str] = []
        for _ in range(10):
            batch = client.post(f"/v1/queues/{QUEUE}/batches", json={"size": 20}).json()
            leased = [c["case_id"] for c in batch["cases"]]
            if case_id in leased:
                break
        assert case_id in leased
        # moderator2's decision needs a real audit head; any valid chain start will do
        answer = client.post(
            "/v1/decisions:batch",
            json={
                "sent_at": "2026-11-25T10:00:00Z",
                "chain_seq": 1,
                "chain_head": "a" * 64,
                "decisions": [
                    {
                        "decision_id": "01900000-0000-7000-8000-000000000001",
                        "case_id": case_id,
                        "action": "no_violation",
                        "policy_version": desk.session.taxonomy.version,
                        "handle_time_ms": 1000,
                        "decided_at": "2026-11-25T10:00:00Z",
                        "audit_seq": 1,
                        "audit_hash": "a" * 64,
                    }
                ],
            },
        ).json()
        assert answer["results"][0]["status"] == "accepted"
    desk.press(Qt.Key.Key_N)
    desk.qtbot.waitUntil(
        lambda: desk.window.store.outbox_counts().get("problem", 0) == 1, timeout=WAIT_MS
    )
    desk.qtbot.waitUntil(lambda: "1 sync problem" in desk.window.status.problems.text())
    desk.window.status.problems.click()
    dialog = desk.window.problems_dialog
    assert dialog.model.rowCount() == 1
    _when, shown_case, action, status, reason = dialog.model.row_text(0)
    assert shown_case == case_id
    assert action == "No violation"
    assert status.startswith("Conflict")
    assert reason


def test_only_the_newest_undo_keeps_its_chat_and_an_older_one_parses_it_again(
    desk: Desk,
) -> None:
    """Deciding quickly kept every parsed log of the grace window (140 MiB of strings in
    the memory bench); the older entries drop theirs and parse it again when undone."""
    desk.acknowledge_all()
    desk.start()
    decided: list[str] = []
    for _ in range(3):
        case_id = desk.wait_for_case(other_than=decided[-1] if decided else None)
        desk.qtbot.waitUntil(
            lambda: (
                desk.controller.current is not None and desk.controller.current.chat is not None
            ),
            timeout=WAIT_MS,
        )
        decided.append(desk.decide(Qt.Key.Key_N))
        assert decided[-1] == case_id
    held = [entry.case.chat is not None for entry in desk.controller.undo_entries()]
    assert held == [False, False, True]
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == decided[2]
    desk.press(Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == decided[1]

    def parsed_again() -> bool:
        shown = desk.controller.current
        return shown is not None and shown.chat is not None and len(shown.chat) > 0

    desk.qtbot.waitUntil(parsed_again, timeout=WAIT_MS)
    assert desk.controller.current is not None
    assert desk.controller.current.chat is not None
    assert len(desk.controller.current.chat) == desk.controller.current.detail.chat_count
