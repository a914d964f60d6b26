"""The pure half of following: a follow answer merged into a case, the chat rows a log
lacks, the backoff after failures and the refusal of an action an ended stream no longer
allows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from devkit.cases import synth_case
from reviewer.chat import ChatColumns
from reviewer.contract import CaseDetail, FollowUpdate
from reviewer.follow import backoff_s, merge_update, new_rows, page_from, refusal


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
    assert new_rows(page, 100) == range(0, 10)
    assert new_rows(page, 104) == range(4, 10)
    assert not new_rows(page, 120)
    assert not new_rows(page, 90)  # a gap: nothing joins at the wrong place
    tail = page_from(page, 4)
    assert tail.start == 104
    assert tail.ids == [f"m{i}" for i in range(104, 110)]
    assert tail.account_created_ms == [0] * 6


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
