"""The pure half of following: a follow answer merged into a case, the chat rows a log
lacks, the messages held for a log still loading, a follow answer written into a real store
file and cache, the backoff after failures and the refusal of an action an ended stream no
longer allows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from devkit.cases import synth_case
from reviewer.chat import ChatColumns, ChatLog
from reviewer.contract import CaseDetail, FollowUpdate
from reviewer.follow import ChatTail, backoff_s, keep_followed, merge_update, refusal
from reviewer.store.cache import FOLLOWED_PAGE_BASE, ContentCache, sign_out_purge
from reviewer.store.decisions import Store
from tests.reviewer.store.storekit import lease


def _update(detail: CaseDetail, **changes: object) -> FollowUpdate:
    base: dict[str, object] = {
        "case_id": detail.case_id,
        "version": detail.live_version + 1,
        "changed": True,
        "live": True,
        "viewer_count": 4321,
        "chat_count": detail.chat_count + 3,
        "new_chat_count": 3,
        "server_time": datetime.now(UTC),
    }
    base.update(changes)
    return FollowUpdate.model_validate(base)


def test_merge_brings_viewers_end_and_each_new_snapshot_once(tmp_path: Path) -> None:
    detail = synth_case(tmp_path).detail
    first, rest = detail.snapshots[:2], detail.snapshots[2:]
    shown = detail.model_copy(update={"snapshots": first})
    ended = datetime.now(UTC)
    merged = merge_update(
        shown, _update(shown, live=False, ended_at=ended, new_snapshots=[*rest, first[0]])
    )
    assert merged.stream.viewer_count == 4321
    assert not merged.stream.is_live
    assert merged.stream.ended_at == ended
    assert [s.sha256 for s in merged.snapshots] == [s.sha256 for s in detail.snapshots]
    assert merged.chat_count == detail.chat_count + 3
    assert merged.live_version == shown.live_version + 1
    assert refusal("end_stream", merged) == "stream-ended"
    assert (
        refusal(
            "end_stream",
            shown.model_copy(update={"stream": merged.stream.model_copy(update={"is_live": True})}),
        )
        == ""
    )
    assert refusal("no_violation", merged) == ""
    # the same picture at a later moment is a new snapshot
    again = first[0].model_copy(update={"offset_seconds": first[0].offset_seconds + 15})
    later = merge_update(merged, _update(merged, new_snapshots=[again]))
    assert later.snapshots[-1] == again
    assert len(later.snapshots) == len(detail.snapshots) + 1


def test_an_older_answer_or_another_case_changes_nothing(tmp_path: Path) -> None:
    detail = synth_case(tmp_path).detail.model_copy(update={"live_version": 9})
    assert merge_update(detail, _update(detail, version=8)) is detail
    assert merge_update(detail, _update(detail, case_id="other")) is detail


def _page(start: int, n: int) -> ChatColumns:
    return ChatColumns(
        case_id="c",
        total=start + n,
        start=start,
        ids=[f"m{start + i}" for i in range(n)],
        offset_ms=[start + i for i in range(n)],
        user_ids=["u"] * n,
        usernames=["u"] * n,
        texts=["t"] * n,
        flagged=[False] * n,
        next_cursor=None,
        account_created_ms=[0] * n,
    )


def test_only_the_rows_a_log_lacks_join() -> None:
    page = _page(100, 10)
    assert page.rows_after(100) == range(0, 10)
    assert page.rows_after(104) == range(4, 10)
    assert not page.rows_after(120)
    assert not page.rows_after(90)  # a gap: nothing joins at the wrong place
    tail = page.from_row(4)
    assert tail.start == 104
    assert tail.ids == [f"m{i}" for i in range(104, 110)]
    assert tail.account_created_ms == [0] * 6


def test_a_log_joins_pages_by_position() -> None:
    log = ChatLog("c")
    assert log.join_page(_page(0, 10)) == 10
    assert log.join_page(_page(5, 10)) == 5  # five it holds, five new
    assert log.join_page(_page(0, 15)) == 0  # all held
    assert log.join_page(_page(20, 5)) == 0  # a gap: nothing at the wrong place
    assert log.ids == [f"m{i}" for i in range(15)]


def _ids(log: ChatLog) -> list[str]:
    return list(log.ids)


def test_the_tail_joins_a_log_that_arrives_later_in_order_and_once() -> None:
    tail = ChatTail()
    # three followed pages arrive while the 100-message log loads, one out of order, two
    # overlapping each other and the log
    tail.keep(_page(110, 10))
    tail.keep(_page(95, 10))
    tail.keep(_page(103, 9))
    log = ChatLog("c")
    log.join_page(_page(0, 100))
    assert tail.join(log) == 20
    assert _ids(log) == [f"m{i}" for i in range(120)]
    assert tail.held() == 0
    assert tail.join(log) == 0


def test_the_tail_keeps_what_lies_past_a_gap_and_drops_another_case() -> None:
    tail = ChatTail()
    tail.keep(_page(200, 5))
    log = ChatLog("c")
    log.join_page(_page(0, 100))
    assert tail.join(log) == 0
    assert tail.held() == 5  # the rows between may still come
    other = ChatLog("c2")
    assert tail.join(other) == 0
    assert tail.held() == 0


def test_the_tail_is_bounded() -> None:
    tail = ChatTail(limit=25)
    for start in range(0, 50, 10):
        tail.keep(_page(start, 10))
    assert tail.held() <= 30
    again = ChatTail()
    again.keep(_page(0, 3))
    again.keep(replace(_page(0, 3), case_id="c9"))
    assert again.case_id == "c9"
    assert again.held() == 3


def _leased(tmp_path: Path) -> tuple[Store, ContentCache, CaseDetail]:
    detail = synth_case(tmp_path / "synth").detail
    store = Store.open(tmp_path / "store.sqlite3")
    cache = ContentCache(tmp_path / "content")
    lease(store, [detail.case_id])
    store.save_case_detail(detail)
    cache.put_chat_page(detail.case_id, 0, b"{}")
    return store, cache, detail


def test_a_follow_answer_is_written_into_the_store_file_and_the_cache(tmp_path: Path) -> None:
    store, cache, detail = _leased(tmp_path)
    shots = detail.snapshots
    base = detail.model_copy(update={"snapshots": shots[:1]})
    store.save_case_detail(base)
    update = _update(base, new_snapshots=shots[1:], viewer_count=99, version=7)
    assert keep_followed(store, cache, update, [b"page one", b"page two"])
    pages = cache.chat_pages(detail.case_id)
    assert [p.name for p in pages] == [
        "page-000000.json",
        f"page-{FOLLOWED_PAGE_BASE:06d}.json",
        f"page-{FOLLOWED_PAGE_BASE + 1:06d}.json",
    ]
    assert pages[-1].read_bytes() == b"page two"
    # a fresh connection to the same file (a desk restarted) reads the news
    with Store.open(tmp_path / "store.sqlite3") as again:
        stored = again.case_detail(detail.case_id)
    assert stored is not None
    assert stored.live_version == 7
    assert stored.stream.viewer_count == 99
    assert [s.sha256 for s in stored.snapshots] == [s.sha256 for s in shots]
    # the same answer again (a retry): no snapshot twice
    assert keep_followed(store, cache, update, [])
    stored = store.case_detail(detail.case_id)
    assert stored is not None
    assert len(stored.snapshots) == len(shots)
    # an ordinary read of page 0 again never overwrites a followed page
    cache.put_chat_page(detail.case_id, 1, b"ordinary")
    assert len(cache.chat_pages(detail.case_id)) == 4
    store.close()


def test_nothing_is_written_once_the_content_went(tmp_path: Path) -> None:
    store, cache, detail = _leased(tmp_path)
    sign_out_purge(store, cache)
    update = _update(detail, viewer_count=5)
    assert not keep_followed(store, cache, update, [b"late page"])
    assert cache.chat_pages(detail.case_id) == []
    assert store.case_detail(detail.case_id) is None
    store.close()


def test_backoff_doubles_up_to_its_cap() -> None:
    assert backoff_s(0) == 0
    assert [backoff_s(n) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff_s(50) == 30


def test_the_lease_priority_is_kept_with_the_case(tmp_path: Path) -> None:
    from datetime import timedelta

    from reviewer import contract
    from reviewer.store.decisions import Store

    now = datetime.now(UTC)
    expires = now + timedelta(minutes=10)
    why = contract.PriorityWhy(
        score=900, live=True, viewers=48_000, reports_5min=12, severity=3, deadline_near=False
    )
    batch = contract.Batch(
        batch_id="b1",
        queue="live-priority",
        cases=[
            contract.LeasedCase(case_id="c1", lease_expires_at=expires, priority=why),
            contract.LeasedCase(case_id="c2", lease_expires_at=expires),
        ],
        lease_expires_at=expires,
        server_time=now,
    )
    with Store.open(tmp_path / "store.sqlite3") as store:
        store.save_batch(batch)
        assert store.case_priority("c1") == why
        assert store.case_priority("c2") is None
        assert store.case_priority("unknown") is None
