"""The synthetic case generator: deterministic, contract-shaped, realistic chat and images."""

from __future__ import annotations

import hashlib
import io
import random
import re
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from reviewer import contract
from reviewer.chat import normalise_text, raid_rows
from server.synth import (
    ACTIONS,
    DEFAULT_BASE_TIME,
    DEMO_USERS,
    POLICY_CODES,
    QUEUES,
    SynthCase,
    generate_announcements,
    generate_cases,
)
from server.synth.chat import CYRILLIC_A, FLAGGED_TERMS, SynthChat, generate_chat

N_CASES = 30
HUGE_SIZE = 20_000

ARABIC = re.compile("[\u0600-\u06ff]")
CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
EMOJI = re.compile("[\U0001f300-\U0001faff]")


@pytest.fixture(scope="module")
def cases() -> list[SynthCase]:
    return list(generate_cases(N_CASES, 7, huge_chats=1, huge_size=HUGE_SIZE))


def digest_cases(cases: list[SynthCase]) -> str:
    """One hash over everything a case carries, bytes and text alike."""
    h = hashlib.sha256()
    for c in cases:
        h.update(repr((c.case_id, c.queue, c.created_at, c.stream, c.streamer)).encode())
        h.update(repr((c.reports, c.prior_enforcement, c.golden)).encode())
        for s in c.snapshots:
            h.update(s.jpeg)
            h.update(repr((s.offset_seconds, s.captured_at, s.labels)).encode())
        h.update(repr(c.chat).encode())
    return h.hexdigest()


def test_same_seed_same_cases_and_other_seed_differs() -> None:
    first = list(generate_cases(8, 3))
    again = list(generate_cases(8, 3))
    assert first == again
    other = list(generate_cases(8, 4))
    assert [c.stream for c in other] != [c.stream for c in first]


def test_same_bytes_in_another_process() -> None:
    """Catches anything seeded from hash() of a str, which differs per process."""
    code = (
        "from tests.server.test_synth import digest_cases\n"
        "from server.synth import generate_cases\n"
        "print(digest_cases(list(generate_cases(4, 11))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == digest_cases(list(generate_cases(4, 11)))


def test_every_dict_matches_the_contract(cases: list[SynthCase]) -> None:
    pairs: list[tuple[type[contract.ResponseModel], dict[str, object]]] = []
    for c in cases:
        pairs.append((contract.StreamInfo, c.stream))
        pairs.append((contract.StreamerInfo, c.streamer))
        pairs += [(contract.ReportInfo, r) for r in c.reports]
        pairs += [(contract.PriorEnforcement, p) for p in c.prior_enforcement]
    for model, data in pairs:
        model.model_validate(data)
        assert set(data) == set(model.model_fields), model.__name__
        for value in data.values():
            if isinstance(value, datetime):
                assert value.tzinfo is not None
    for c in cases:
        detail = contract.CaseDetail.model_validate(
            {
                "case_id": c.case_id,
                "queue": c.queue,
                "status": "open",
                "created_at": c.created_at,
                "stream": c.stream,
                "streamer": c.streamer,
                "reports": c.reports,
                "prior_enforcement": c.prior_enforcement,
                "snapshots": [
                    {
                        "sha256": s.sha256,
                        "offset_seconds": s.offset_seconds,
                        "captured_at": s.captured_at,
                        "width": s.width,
                        "height": s.height,
                        "size_bytes": len(s.jpeg),
                        "labels": s.labels,
                    }
                    for s in c.snapshots
                ],
                "chat_count": len(c.chat.texts),
                "escalation_reason": c.escalation_reason,
            }
        )
        assert detail.stream.stream_id == c.stream["stream_id"]
        for s in c.snapshots:
            for label in s.labels:
                assert set(label) == set(contract.SensitivityLabel.model_fields)


def test_codes_queues_and_times_are_consistent(cases: list[SynthCase]) -> None:
    queue_ids = {q.id for q in QUEUES}
    for c in cases:
        assert c.queue in queue_ids
        assert re.fullmatch(r"[A-Za-z0-9_.:\-]{1,64}", c.case_id)
        assert c.created_at <= DEFAULT_BASE_TIME
        started = c.stream["started_at"]
        assert isinstance(started, datetime)
        assert started <= c.created_at
        ended = c.stream["ended_at"]
        assert (ended is None) == c.stream["is_live"]
        end = ended if isinstance(ended, datetime) else c.created_at
        span_s = (end - started).total_seconds()
        for r in c.reports:
            assert r["reason"] in POLICY_CODES
            assert started <= r["first_reported_at"] <= r["last_reported_at"] <= end  # type: ignore[operator]
            assert 0 <= r["offset_seconds"] <= span_s  # type: ignore[operator]
        for p in c.prior_enforcement:
            assert p["policy_code"] in POLICY_CODES
            assert p["action"] in ACTIONS
            assert p["decided_at"] < started  # type: ignore[operator]
        for s in c.snapshots:
            assert 0 <= s.offset_seconds <= span_s
            for label in s.labels:
                assert label["policy_code"] in [*POLICY_CODES, ""]
                assert 0.0 <= label["score"] <= 1.0  # type: ignore[operator]
        first_report = float(str(c.reports[0]["offset_seconds"]))
        assert any(0 <= s.offset_seconds - first_report <= 5.1 for s in c.snapshots)
        if c.queue == "escalations":
            assert c.escalation_reason
        assert not c.chat.offset_ms or c.chat.offset_ms[-1] < span_s * 1000


def test_about_one_case_in_ten_is_golden(cases: list[SynthCase]) -> None:
    golden = [c.golden for c in cases if c.golden is not None]
    assert len(golden) == N_CASES // 10
    for g in golden:
        assert g["action"] in ACTIONS
        codes = g["policy_codes"]
        assert isinstance(codes, list)
        assert set(codes) <= set(POLICY_CODES)
        assert (g["action"] == "no_violation") == (codes == [])


def test_snapshots_are_real_jpegs_at_their_stated_size(cases: list[SynthCase]) -> None:
    labelled = 0
    for c in cases:
        assert 4 <= len(c.snapshots) <= 12
        offsets = [s.offset_seconds for s in c.snapshots]
        assert offsets == sorted(offsets)
        for s in c.snapshots:
            assert hashlib.sha256(s.jpeg).hexdigest() == s.sha256
            with Image.open(io.BytesIO(s.jpeg)) as img:
                assert img.format == "JPEG"
                assert img.size == (s.width, s.height)
                img.load()
            labelled += any(float(str(lb["score"])) >= 0.6 for lb in s.labels)
    assert labelled > 0


def _check_columns(chat: SynthChat) -> None:
    n = len(chat.texts)
    assert len(chat.offset_ms) == len(chat.user_ids) == len(chat.usernames) == n
    assert len(chat.flagged) == n
    assert chat.offset_ms == sorted(chat.offset_ms)
    terms = [t.lower() for t in FLAGGED_TERMS]
    for text, flag in zip(chat.texts, chat.flagged, strict=True):
        assert flag == any(t in text.lower() for t in terms), text


def test_chat_columns_sorted_and_flags_match_the_term_list(cases: list[SynthCase]) -> None:
    for c in cases:
        assert len(c.chat.texts) >= 20
        _check_columns(c.chat)
        contract.ChatPage.model_validate(
            {
                "case_id": c.case_id,
                "total": len(c.chat.texts),
                "start": 0,
                "ids": [str(i) for i in range(len(c.chat.texts))],
                "offset_ms": c.chat.offset_ms,
                "user_ids": c.chat.user_ids,
                "usernames": c.chat.usernames,
                "texts": c.chat.texts,
                "flagged": c.chat.flagged,
            }
        )
    assert any(any(c.chat.flagged) for c in cases)


def test_chat_mix_has_rtl_cjk_rich_text_long_lines_and_a_raid() -> None:
    chat = generate_chat(random.Random(5), 2000, 3_600_000, "en", raid=True)
    _check_columns(chat)
    texts = chat.texts
    assert any(ARABIC.search(t) for t in texts)
    assert any(CJK.search(t) for t in texts)
    assert any(EMOJI.search(t) for t in texts)
    assert any("<img" in t or "<a href" in t for t in texts)
    assert any(len(t) >= 2000 for t in texts)
    assert any(f for f in chat.flagged)
    assert chat.offset_ms[0] >= 0
    assert chat.offset_ms[-1] < 3_600_000
    # Repeated spam: one user posting the same line again and again.
    per_user_line: dict[tuple[str, str], int] = defaultdict(int)
    for uid, text in zip(chat.user_ids, texts, strict=True):
        per_user_line[(uid, text)] += 1
    assert max(per_user_line.values()) >= 10
    # A raid: many distinct new accounts, one line in several spellings, inside half a minute.
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        by_text[normalise_text(text)].append(i)
    raid_rows = max(
        (rows for rows in by_text.values() if len({chat.user_ids[i] for i in rows}) == len(rows)),
        key=len,
    )
    assert len(raid_rows) >= 10
    assert chat.offset_ms[raid_rows[-1]] - chat.offset_ms[raid_rows[0]] <= 30_000
    assert len({texts[i] for i in raid_rows}) == 4  # plain, zero-width, fullwidth, bidi + case
    assert all(chat.account_age_ms[i] < 7 * 86_400_000 for i in raid_rows)
    assert len(chat.account_age_ms) == len(texts)


def test_arabic_and_cjk_streams_chat_in_their_language() -> None:
    for lang, pattern in (("ar", ARABIC), ("ja", CJK), ("ko", CJK), ("zh", CJK)):
        chat = generate_chat(random.Random(1), 300, 600_000, lang, raid=False)
        share = sum(1 for t in chat.texts if pattern.search(t)) / len(chat.texts)
        assert share > 0.4, lang


def test_huge_chat_has_the_requested_length(cases: list[SynthCase]) -> None:
    sizes = sorted(len(c.chat.texts) for c in cases)
    assert sizes[-1] == HUGE_SIZE
    assert sizes[-2] <= 3000
    big = generate_chat(random.Random(9), 200_000, 4 * 3_600_000, "es")
    assert len(big.texts) == 200_000
    assert big.offset_ms == sorted(big.offset_ms)
    assert len(set(big.user_ids)) > 1000


def test_tiny_and_empty_chats() -> None:
    assert generate_chat(random.Random(1), 0, 1000, "en").texts == []
    small = generate_chat(random.Random(1), 20, 60_000, "xx")
    _check_columns(small)
    assert len(small.texts) == 20


def test_demo_users_as_specified() -> None:
    users = {u.username: u for u in DEMO_USERS}
    assert set(users) == {"moderator1", "moderator2", "moderator3", "qa1", "lead1", "admin1"}
    for u in DEMO_USERS:
        assert u.password == f"demo-{u.username}"
        assert u.role in {"moderator", "qa", "lead", "admin"}
        assert u.display_name
    assert users["qa1"].role == "qa"
    assert users["lead1"].role == "lead"
    assert users["admin1"].role == "admin"
    m1, m2, m3 = users["moderator1"], users["moderator2"], users["moderator3"]
    assert (m1.team, m1.vendor) == (m2.team, m2.vendor) == ("team-a", "northdesk")
    assert m3.vendor == "southdesk"
    lead_team = users["lead1"].team
    team_vendors = {u.vendor for u in DEMO_USERS if u.team == lead_team and u.role == "moderator"}
    assert team_vendors == {"northdesk", "southdesk"}


def test_queues_and_flagged_terms() -> None:
    kinds = {q.id: q.kind for q in QUEUES}
    assert kinds["escalations"] == "escalation"
    assert {"live-priority", "live-general"} <= set(kinds)
    for q in QUEUES:
        contract.QueueInfo(id=q.id, name=q.name, kind=q.kind, depth=0, sla_minutes=q.sla_minutes)
    assert any(not t.isascii() for t in FLAGGED_TERMS)
    assert len(set(FLAGGED_TERMS)) == len(FLAGGED_TERMS)


def test_codes_agree_with_the_service_taxonomy(cases: list[SynthCase]) -> None:
    """The generator and the service must speak the same policy and reason codes."""
    from server.domain import policies

    assert set(POLICY_CODES) == set(policies.AREA_CODES)
    assert set(ACTIONS) <= set(policies.ACTION_BY_CODE)
    for c in cases:
        if c.escalation_reason:
            assert c.escalation_reason in policies.ESCALATION_REASON_CODES


def test_announcements_match_the_contract() -> None:
    anns = [contract.Announcement.model_validate(a) for a in generate_announcements()]
    assert {a.severity for a in anns} == {"urgent", "info"}
    assert len({a.id for a in anns}) == len(anns)
    assert all(a.published_at.tzinfo is not None for a in anns)


def test_base_time_moves_the_whole_case() -> None:
    base = datetime(2030, 1, 1, tzinfo=UTC)
    (c,) = generate_cases(1, 2, base_time=base)
    assert c.created_at <= base
    assert c.created_at > DEFAULT_BASE_TIME
    with pytest.raises(ValueError, match="timezone"):
        next(generate_cases(1, 2, base_time=datetime(2030, 1, 1)))


def test_the_raid_helper_finds_the_seeded_raid_in_every_spelling() -> None:
    """The helper (reviewer.chat.raid_rows) on a seeded raid: every zero-width, fullwidth and
    bidi variant is selected, the Cyrillic look-alike and the old accounts are not."""
    chat = generate_chat(random.Random(5), 2000, 3_600_000, "en", raid=True)
    start_ms = 1_800_000_000_000
    created = [start_ms - age for age in chat.account_age_ms]
    picked = raid_rows(
        chat.texts, chat.offset_ms, chat.user_ids, created, stream_started_ms=start_ms
    )
    raiders = [i for i, uid in enumerate(chat.user_ids) if uid.startswith("r")]
    cyrillic = [i for i in raiders if CYRILLIC_A in chat.texts[i]]
    assert len(cyrillic) == 1
    assert picked == [i for i in raiders if i not in cyrillic]
    assert len({chat.texts[i] for i in picked}) == 4
    assert len({normalise_text(chat.texts[i]) for i in picked}) == 1  # one raid, not four
