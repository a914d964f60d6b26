"""Chat actions end to end on the real service over loopback: recorded offline first in the
store, uploaded once through decisions:batch, undone by a retract, the case still decidable
after them, the hash chain verifying, history filtered by kind and metrics counting them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from devkit.clients import draft
from devkit.db import rows
from devkit.live_service import LiveService
from reviewer import contract
from reviewer.chat import UNKNOWN_CREATED, ChatLog, normalise_text, raid_rows
from reviewer.client.lead import LeadApi
from reviewer.store.decisions import DraftError
from reviewer.store.rows import DecisionDraft, RecordedDecision
from tests.reviewer.synckit import Desk, decide, drain, make_desk, service_rows
from tests.server.helpers import decision, lease, upload

AREA = "harassment_bullying"


def chat_action(
    desk: Desk,
    case_id: str,
    action: str,
    target: tuple[str, str],
    duration_s: int | None = None,
    *,
    supersedes: str | None = None,
) -> RecordedDecision:
    base = draft(case_id, desk.policy_version, action, supersedes, handle_time_ms=700)
    chat: DecisionDraft = replace(
        base,
        policy_codes=() if action == "retract" else (AREA,),
        kind="chat_action",
        target=target,
        duration_s=duration_s,
    )
    return desk.store.record_decision(chat)


def test_chat_actions_sync_once_undo_and_leave_the_case_decidable(
    live_service: LiveService, tmp_path: Path
) -> None:
    desk = make_desk(
        live_service, tmp_path / "s.sqlite3", lease_size=2, min_open=2, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        desk.engine.step()
        case_id = desk.store.open_cases()[0].case_id
        removed = chat_action(desk, case_id, "remove_message", ("message", f"{case_id}:7"))
        timeout = chat_action(desk, case_id, "timeout_chatter", ("chatter", "u1"), 3600)
        banned = chat_action(desk, case_id, "ban_chatter", ("chatter", "u2"))
        assert desk.store.case_state(case_id) == "leased"  # never decides the case
        undo = chat_action(
            desk, case_id, "retract", ("chatter", "u1"), supersedes=timeout.decision_id
        )
        standing = desk.store.chat_actions(case_id)
        assert [(a.action, a.target_id) for a in standing] == [
            ("remove_message", f"{case_id}:7"),
            ("ban_chatter", "u2"),
        ]
        # the case is still decidable, and its decision is the current one on the service
        final = decide(desk, case_id, "no_violation")
        assert desk.store.case_state(case_id) == "decided"
        drain(desk)
        drain(desk)  # nothing left to send: a second drain uploads nothing again
        ids = [d.decision_id for d in (removed, timeout, banned, undo, final)]
        assert service_rows(live_service, ids) == dict.fromkeys(ids, 1)
        assert rows(
            live_service.database,
            "SELECT status, current_decision FROM cases WHERE case_id = ?",
            case_id,
        ) == [("decided", final.decision_id)]
        stored = rows(
            live_service.database,
            "SELECT kind, target_kind, target_id, duration_s, superseded_by FROM decisions"
            " WHERE case_id = ? ORDER BY server_seq",
            case_id,
        )
        assert stored == [
            ("chat_action", "message", f"{case_id}:7", None, None),
            ("chat_action", "chatter", "u1", 3600, undo.decision_id),
            ("chat_action", "chatter", "u2", None, None),
            ("chat_action", "chatter", "u1", None, None),
            ("case", None, None, None, None),
        ]
        lead = LeadApi(desk.api)
        seq, head = desk.store.chain_head()
        report = lead.chain_report("moderator1", seq=seq, head=head)
        assert report.ok, report.issues
        (device,) = report.devices
        assert device.decisions == 5
        assert device.links_checked == 5  # every chat action's hash recomputed from its content
        assert desk.store.verify_chain().ok

        mine = {
            kind: [r.decision_id for r in lead.decisions(contract.AuditFilter(kind=kind)).items]
            for kind in ("chat_action", "case")
        }
        assert set(ids[:4]) <= set(mine["chat_action"])
        assert final.decision_id in mine["case"]
        assert not set(ids[:4]) & set(mine["case"])
        record = lead.decisions(contract.AuditFilter(case_id=case_id)).items[3]  # newest first
        assert record.kind == "chat_action"
        assert record.target is not None
        assert (record.target.kind, record.target.id, record.duration_s) == ("chatter", "u1", 3600)
        page = desk.api.request_json(
            "GET",
            "/v1/decisions",
            contract.DecisionPage,
            params={"kind": "chat_action", "case_id": case_id},
        )
        assert len(page.items) == 4

        totals = lead.metrics().totals
        assert totals.chat_actions == {"ban_chatter": 1, "remove_message": 1}
        assert "remove_message" not in totals.action_mix

        # the very bytes again: a duplicate, never a second row
        with live_service.client("moderator1") as raw:
            again = upload(raw, json.loads(removed.payload), chain_seq=seq, chain_head=head)
            assert again[0]["status"] == "duplicate"
        assert service_rows(live_service, ids) == dict.fromkeys(ids, 1)
    finally:
        desk.close()


def test_the_store_refuses_chat_actions_that_do_not_fit(
    live_service: LiveService, tmp_path: Path
) -> None:
    desk = make_desk(
        live_service, tmp_path / "s.sqlite3", lease_size=1, min_open=1, prefetch_depth=0
    )
    try:
        desk.engine.note_activity()
        desk.engine.step()
        case_id = desk.store.open_cases()[0].case_id
        head = desk.store.chain_head()
        with pytest.raises(DraftError, match="duration"):
            chat_action(desk, case_id, "timeout_chatter", ("chatter", "u1"), 900)
        with pytest.raises(DraftError, match="needs a duration"):
            chat_action(desk, case_id, "timeout_chatter", ("chatter", "u1"))
        with pytest.raises(DraftError, match="targets a message"):
            chat_action(desk, case_id, "remove_message", ("chatter", "u1"))
        with pytest.raises(DraftError, match="takes no duration"):
            chat_action(desk, case_id, "ban_chatter", ("chatter", "u1"), 600)
        removed = chat_action(desk, case_id, "remove_message", ("message", "m1"))
        with pytest.raises(DraftError, match="chat-action retract"):
            decide(desk, case_id, "retract", supersedes=removed.decision_id)
        decided = decide(desk, case_id)
        with pytest.raises(DraftError, match="not a chat action"):
            chat_action(desk, case_id, "retract", ("message", "m1"), supersedes=decided.decision_id)
        assert desk.store.chain_head()[0] == head[0] + 2  # refusals left the store as it was
    finally:
        desk.close()


def test_the_service_judges_chat_actions_without_touching_the_case(
    live_service: LiveService,
) -> None:
    with live_service.client("moderator1") as m1, live_service.client("moderator2") as m2:
        (mine,) = [c["case_id"] for c in lease(m1, size=1)["cases"]]
        (theirs,) = [c["case_id"] for c in lease(m2, size=1)["cases"]]

        def act(case_id: str, action: str, **fields: object) -> dict[str, object]:
            target = {"kind": contract.CHAT_ACTION_TARGETS.get(action, "chatter"), "id": "u9"}
            base = {"kind": "chat_action", "target": target, "policy_codes": [AREA]}
            return decision(case_id, action, **{**base, **fields})

        state = "SELECT status, current_decision, lease_holder FROM cases WHERE case_id = ?"
        before = rows(live_service.database, state, mine)
        ban = act(mine, "ban_chatter")
        wrong = [
            act(mine, "timeout_chatter"),  # no duration
            act(mine, "remove_message", target={"kind": "chatter", "id": "u9"}),
            act(mine, "ban_chatter", policy_codes=[]),
            act(mine, "mute_chat"),  # a case action is no chat action
            decision(mine, "remove_message", policy_codes=[AREA]),  # nor the other way round
        ]
        results = upload(m1, ban, *wrong, act(theirs, "ban_chatter"))
        assert [r["status"] for r in results] == ["accepted", *["rejected"] * 5, "case_conflict"]
        assert rows(live_service.database, state, mine) == before  # the case as it was
        # undo: a case retract may not name a chat action, a chat-action retract may
        case_undo = decision(mine, "retract", supersedes=ban["decision_id"])
        chat_undo = act(mine, "retract", supersedes=ban["decision_id"], policy_codes=[])
        assert [r["status"] for r in upload(m1, case_undo, chat_undo)] == ["rejected", "accepted"]
        again = act(mine, "retract", supersedes=ban["decision_id"], policy_codes=[])
        assert upload(m1, again)[0]["status"] == "rejected"
        # the case is decided after all of it
        assert upload(m1, decision(mine, "no_violation"))[0]["status"] == "accepted"
        # a batch with an unknown duration is refused whole by the contract (an allow list)
        bad = act(mine, "timeout_chatter", duration_s=900)
        resp = m1.post(
            "/v1/decisions:batch",
            json={
                "sent_at": "2026-12-06T20:00:00+00:00",
                "chain_seq": 1,
                "chain_head": "cd" * 32,
                "decisions": [bad],
            },
        )
        assert resp.status_code == 422


def test_the_raid_helper_finds_the_seeded_raid_through_the_api(live_service: LiveService) -> None:
    """A seeded raid case's chat, read page by page as the desk reads it: the account ages
    ride along and the helper selects the raid in all of its spellings."""
    raid_titles = ("first stream ever, be nice!", "small streamer, road to 50 followers")
    cases = [
        case_id
        for case_id, stream in rows(live_service.database, "SELECT case_id, stream_json FROM cases")
        if json.loads(stream)["title"] in raid_titles
    ]
    assert cases
    with live_service.client("admin1") as admin:
        detail = contract.CaseDetail.model_validate(admin.get(f"/v1/cases/{cases[0]}").json())
        log = ChatLog(detail.case_id)
        cursor: str | None = None
        while True:
            params = {"limit": 5000} | ({"cursor": cursor} if cursor else {})
            resp = admin.get(f"/v1/cases/{detail.case_id}/chat", params=params)
            assert resp.status_code == 200, resp.text
            page = log.append_raw(resp.content)
            assert page.account_created_ms is not None
            cursor = page.next_cursor
            if cursor is None:
                break
    assert UNKNOWN_CREATED not in log.account_created_ms
    picked = raid_rows(
        log.texts,
        log.offset_ms,
        log.user_ids,
        log.account_created_ms,
        stream_started_ms=int(detail.stream.started_at.timestamp() * 1000),
    )
    assert len(picked) >= 10
    assert len({normalise_text(log.texts[i]) for i in picked}) == 1
    assert len({log.texts[i] for i in picked}) == 4  # plain, zero-width, fullwidth, bidi
