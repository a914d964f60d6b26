"""Following a live stream on the real service (``--live-speed``): new messages and
snapshots arrive while the moderator reads (the reading place holds, the snapshots veiled),
the "not following" mark while the service is down and following again when it is back on
the same port, then the stream's end changes the header at once and the desk refuses to end
it, recording nothing. What following brings is written into the store file and the content
cache before it shows: the ordinary reads of the same messages add none twice, and the case
reopened from the store and the cache shows the followed news."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from devkit.live_service import LiveService
from reviewer.chat import ChatLog
from reviewer.store.decisions import Store
from server.domain import live
from server.models.core import Case, Meta
from tests.server.test_live_priority import arranged
from tests.ui.desk.test_review_flow import Desk, fast_sync
from ui.case.screen import CaseView

#: a snapshot every 3 s, at most 40 of them (two minutes): past that none would come
SPEED = 5.0
QUEUE = "live-priority"
#: real seconds until the followed stream ends, arranged while the service is down
ENDS_IN_S = 3.0
WAIT_MS = 30_000


def _simulated(seeded: datetime, real: datetime) -> datetime:
    """The simulation's moment at a real one (``server.domain.live.LiveClock.at``)."""
    return seeded + (real - seeded) * SPEED


@pytest.fixture
def service(live_service_factory: Callable[..., LiveService]) -> LiveService:
    svc = live_service_factory(
        ["--live-speed", str(SPEED), "--follow-interval", "0.05"], start=False
    )
    now = datetime.now(UTC)
    svc.workdir.joinpath("seeded_at").write_text(now.isoformat())
    with arranged(svc.database) as s:
        # the story starts now, and every stream of the queue is live (for days)
        s.execute(update(Meta).where(Meta.key == live.META_KEY).values(value=now.isoformat()))
        s.execute(
            update(Case)
            .where(Case.queue == QUEUE)
            .values(stream_live=True, stream_ends_at=now + timedelta(days=30))
        )
    svc.start()
    return svc


@pytest.fixture
def desk(qtbot: QtBot, service: LiveService) -> Iterator[Desk]:
    d = Desk(qtbot, service, fast_sync())
    d.window.following.follower.hold_s = 2.0
    yield d
    d.close()


def test_a_followed_stream_grows_goes_offline_comes_back_and_ends(desk: Desk) -> None:
    qtbot, view = desk.qtbot, desk.window.case_view
    desk.acknowledge_all()
    desk.window.start_reviewing(QUEUE)
    case_id = desk.wait_for_case()
    chat = view.chat
    qtbot.waitUntil(
        lambda: chat.chat_log() is not None and chat.model.rowCount() > 20, timeout=WAIT_MS
    )
    log = chat.chat_log()
    assert log is not None
    shots = len(view.snapshot_slots())
    chat.scroll_to_log_index(len(log) // 2, select=False)
    bar = chat.table.verticalScrollBar()
    place, first_row = bar.value(), chat.table.rowAt(0)

    # new messages and snapshots arrive through following; the reader's place holds
    qtbot.waitUntil(lambda: chat.unseen() > 0, timeout=WAIT_MS)
    assert bar.value() == place
    assert chat.table.rowAt(0) == first_row
    qtbot.waitUntil(lambda: len(view.snapshot_slots()) > shots, timeout=WAIT_MS)
    for slot in view.snapshot_slots()[shots:]:
        assert slot.mode == view.reveal_mode(slot.snapshot)
        assert not slot.sensitive or slot.veiled
    assert not view.viewer.showing_clear()

    # the service goes away: a quiet mark, the case as it was; back on the same port: on
    desk.service.stop()
    qtbot.waitUntil(lambda: not view.header.is_following(), timeout=WAIT_MS)
    assert view.case_id() == case_id
    assert view.header.not_following.text()
    current = desk.controller.current
    assert current is not None
    version = current.detail.live_version  # nothing joins while the service is down
    # while it is down: the followed stream will end a few seconds after it is back
    seeded = datetime.fromisoformat(desk.service.workdir.joinpath("seeded_at").read_text())
    ends = _simulated(seeded, datetime.now(UTC) + timedelta(seconds=ENDS_IN_S))
    with arranged(desk.service.database) as s:
        s.execute(update(Case).where(Case.case_id == case_id).values(stream_ends_at=ends))
    desk.service.start()
    qtbot.waitUntil(view.header.is_following, timeout=WAIT_MS)
    # ... and what it reports joins again (a version past the one before the outage)

    def moved_on() -> bool:
        now = desk.controller.current
        return now is not None and now.detail.live_version > version

    qtbot.waitUntil(moved_on, timeout=WAIT_MS)

    # the stream ends: the header says so, and ending it is refused with the reason
    qtbot.waitUntil(
        lambda: view.header.live.property("state") == "ended",
        timeout=int(ENDS_IN_S * 1000) + WAIT_MS,
    )
    assert desk.controller.current is not None
    assert not desk.controller.current.detail.stream.is_live
    panel = desk.window.panel
    panel.select_area("spam_scams")
    panel.request_action("end_stream")
    assert "ended" in panel.message_text()
    assert desk.window.store.case_decisions(case_id) == []
    assert desk.controller.current is not None
    assert desk.controller.current.case_id == case_id


def test_followed_news_is_stored_and_shows_when_the_case_is_reopened_from_the_cache(
    desk: Desk,
) -> None:
    qtbot, view = desk.qtbot, desk.window.case_view
    desk.acknowledge_all()
    desk.window.start_reviewing(QUEUE)
    case_id = desk.wait_for_case()
    chat = view.chat
    qtbot.waitUntil(lambda: chat.chat_log() is not None, timeout=WAIT_MS)
    shots = len(view.snapshot_slots())
    qtbot.waitUntil(
        lambda: chat.unseen() > 0 and len(view.snapshot_slots()) > shots, timeout=WAIT_MS
    )
    current = desk.controller.current
    assert current is not None
    assert current.case_id == case_id
    shown = current.detail
    log = chat.chat_log()
    assert log is not None
    shown_ids = list(log.ids)

    # written before it showed: a fresh connection to the store file, and the cache's pages
    with Store.open(desk.window.store_path) as store:
        stored = store.case_detail(case_id)
    assert stored is not None
    assert stored.live_version >= shown.live_version
    moments = [(s.sha256, s.offset_seconds) for s in stored.snapshots]
    assert moments[: len(shown.snapshots)] == [
        (s.sha256, s.offset_seconds) for s in shown.snapshots
    ]
    assert len(set(moments)) == len(moments)
    cache = desk.window.cache
    cached = ChatLog.from_pages(cache.chat_pages(case_id), case_id)
    assert list(cached.ids[: len(shown_ids)]) == shown_ids
    assert len(set(cached.ids)) == len(cached.ids)

    # the ordinary reads return the same messages again (written as a prefetch writes
    # them): none shows twice, and the order is the service's
    api = desk.session.new_api()
    try:
        cursor: str | None = None
        ordinary: list[str] = []
        for index in range(100):
            raw, page = api.chat_page_raw(case_id, cursor)
            cache.put_chat_page(case_id, index, raw)
            ordinary.extend(page.ids)
            cursor = page.next_cursor
            if not cursor or not len(page):
                break
    finally:
        api.close()
    again = ChatLog.from_pages(cache.chat_pages(case_id), case_id)
    assert len(set(again.ids)) == len(again.ids)
    common = min(len(ordinary), len(again))
    assert list(again.ids[:common]) == ordinary[:common]
    assert len(again) >= len(shown_ids)

    # the case reopened from the store and the cache (as a desk restarted offline shows it)
    reopened = CaseView()
    qtbot.addWidget(reopened)
    reopened.resize(1400, 900)
    reopened.show()
    with qtbot.waitSignal(reopened.caseShown, timeout=WAIT_MS):
        reopened.set_case(stored, again, cache.media_path)
    assert len(reopened.snapshot_slots()) == len(stored.snapshots) > shots
    assert all(not slot.error for slot in reopened.snapshot_slots())
    assert reopened.chat.model.rowCount() == len(again)
