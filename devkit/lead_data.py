"""A week of team work on a live service, made through its public API: for the lead tests
and the history/dashboard screenshots.

Moderators lease cases and decide them with properly hash-chained uploads (the chain a
real client keeps, see reviewer/audit.py), skip a case each with a reason, one escalates
a case that lead1 then decides from the escalation queue, and qa1 re-reviews a sample of
the decisions blind in a calibration session (some verdicts overturn; moderator1 disputes
one). Decision times are spread over the past days so that the dashboard has a shape.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from devkit.db import open_service_db
from devkit.live_service import DEMO_PASSWORDS, LiveService, copy_database
from reviewer import contract
from reviewer.audit import GENESIS_HASH, canonical_json, event_hash
from reviewer.client.credentials import MemoryVault
from reviewer.session import Session, SignInRequest, sign_in

POLICY_VERSION = "2026.11.1"
LIVE_QUEUES = ("live-priority", "live-general")
#: (action, policy codes, note) cycled per moderator; a note starting with "=" tests escaping
PLANS: dict[str, list[tuple[str, list[str], str]]] = {
    "moderator1": [
        ("no_violation", [], '=HYPERLINK("http://example.invalid","click")'),
        ("mute_chat", ["harassment_bullying"], ""),
        ("no_violation", [], ""),
        ("warn_streamer", ["spam_scams"], "+ repeated giveaway links"),
        ("end_stream", ["violent_graphic"], ""),
        ("no_violation", [], ""),
        ("age_restrict", ["sexual_nudity"], ""),
        ("no_violation", [], "@streamer asked viewers to report"),
    ],
    "moderator2": [
        ("no_violation", [], ""),
        ("warn_streamer", ["hateful_behavior"], ""),
        ("mute_chat", ["harassment_bullying"], ""),
        ("no_violation", [], ""),
        ("suspend_account", ["dangerous_acts"], ""),
        ("escalate", [], "credible threat in chat, needs a specialist"),
    ],
    "moderator3": [
        ("no_violation", [], ""),
        ("no_violation", [], ""),
        ("end_stream", ["illegal_goods"], ""),
        ("warn_streamer", ["intellectual_property"], ""),
        ("no_violation", [], "-- quiet stream"),
    ],
}
HANDLE_MS = {"moderator1": 21_000, "moderator2": 34_000, "moderator3": 27_000, "lead1": 60_000}
SKIPS = {"moderator1": "language", "moderator2": "wellness", "moderator3": "technical"}


@dataclass
class Chain:
    """One device's audit chain, as reviewer/audit.py builds it."""

    device_id: str
    seq: int = 0
    head: str = GENESIS_HASH

    def sign(self, item: dict[str, Any]) -> dict[str, Any]:
        model = contract.DecisionIn.model_validate({**item, "audit_seq": 0, "audit_hash": "0" * 64})
        body = canonical_json(model.body_fields())
        self.seq += 1
        self.head = event_hash(self.seq, "decision", body, self.head)
        wire = model.model_dump(mode="json")
        wire.update(audit_seq=self.seq, audit_hash=self.head)
        return wire


@dataclass
class LeadDemo:
    """What was made, so tests can check the screens against it independently."""

    decisions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    skips: dict[str, str] = field(default_factory=dict)
    escalated_case: str = ""
    escalation_outcome: str = ""
    formula_decision_id: str = ""
    qa_session: str = ""
    overturned: list[str] = field(default_factory=list)
    disputed: str = ""

    #: where each user's decisions of the last round start in ``decisions``
    last_round: dict[str, int] = field(default_factory=dict)
    corrected_case: str = ""
    retracted_case: str = ""

    def count(self, moderator: str) -> int:
        """Every decision uploaded (history shows them all)."""
        return len(self.decisions.get(moderator, []))

    def counted(self, moderator: str) -> list[dict[str, Any]]:
        """The decisions in force: not a retract, not superseded by a later one."""
        replaced = {
            d["supersedes"] for items in self.decisions.values() for d in items if d["supersedes"]
        }
        return [
            d
            for d in self.decisions.get(moderator, [])
            if d["action"] != "retract" and d["decision_id"] not in replaced
        ]


def _upload(client: Any, chain: Chain, items: list[dict[str, Any]]) -> None:
    resp = client.post(
        "/v1/decisions:batch",
        json={
            "device_id": chain.device_id,
            "sent_at": datetime.now(UTC).isoformat(),
            "chain_seq": chain.seq,
            "chain_head": chain.head,
            "decisions": items,
        },
    )
    resp.raise_for_status()
    bad = [r for r in resp.json()["results"] if r["status"] != "accepted"]
    assert not bad, bad


def _decide(
    client: Any,
    chain: Chain,
    user: str,
    queue: str,
    plan: list[tuple[str, list[str], str]],
    times: list[datetime],
    demo: LeadDemo,
) -> list[dict[str, Any]]:
    batch = client.post(f"/v1/queues/{queue}/batches", json={"size": len(plan) + 1}).json()
    cases = [c["case_id"] for c in batch["cases"]]
    assert len(cases) == len(plan) + 1, f"{queue} ran out of cases for {user}"
    items = []
    for n, (case_id, (action, codes, note), at) in enumerate(zip(cases, plan, times, strict=False)):
        item = chain.sign(
            {
                "decision_id": str(uuid.uuid4()),
                "case_id": case_id,
                "action": action,
                "policy_codes": codes,
                "note": note,
                "escalation_reason": "credible_threat" if action == "escalate" else "",
                "policy_version": POLICY_VERSION,
                "handle_time_ms": HANDLE_MS[user] + 3_000 * ((n * 7) % 5),
                "decided_at": at.isoformat(),
            }
        )
        if note.startswith("="):
            demo.formula_decision_id = item["decision_id"]
        if action == "escalate":
            demo.escalated_case = case_id
        items.append(item)
    _upload(client, chain, items)
    # moderator1 corrects a warning into ending the stream; moderator3 undoes a warning
    fix = {"moderator1": ("end_stream", ["spam_scams"], "giveaway scam confirmed")}.get(
        user, ("retract", [], "") if user == "moderator3" else None
    )
    if fix is not None:
        target = items[3]
        action, codes, note = fix
        later = datetime.fromisoformat(target["decided_at"]) + timedelta(minutes=2)
        correction = chain.sign(
            {
                "decision_id": str(uuid.uuid4()),
                "case_id": target["case_id"],
                "action": action,
                "policy_codes": codes,
                "note": note,
                "supersedes": target["decision_id"],
                "policy_version": POLICY_VERSION,
                "handle_time_ms": 9_000,
                "decided_at": later.isoformat(),
            }
        )
        _upload(client, chain, [correction])
        items.append(correction)
        if action == "retract":
            demo.retracted_case = target["case_id"]
        else:
            demo.corrected_case = target["case_id"]
    # the spare case is skipped with a reason
    skipped = cases[len(plan)]
    client.post(
        f"/v1/batches/{batch['batch_id']}/release",
        json={"case_ids": [skipped], "reason": SKIPS[user]},
    ).raise_for_status()
    demo.skips[user] = SKIPS[user]
    return items


#: minutes per decision in a shift: each moderator has their own pace
PACE_MIN = {"moderator1": 6, "moderator2": 12, "moderator3": 9}


def seed_lead_history(
    service: LiveService,
    *,
    now: datetime | None = None,
    qa: bool = True,
    rounds: int = 1,
) -> LeadDemo:
    """Make the week described in the module docstring; returns what was made.

    Each round is one shift per moderator on an earlier day (the last round is today),
    followed by lead1 working the escalation queue.
    """
    now = now or datetime.now(UTC)
    demo = LeadDemo()
    if qa:
        with service.client("lead1") as lead:
            for q in LIVE_QUEUES:
                lead.put(f"/v1/qa/sampling/{q}", json={"rate": 1.0}).raise_for_status()
    chains = {user: Chain(device_id=f"{user}-desk") for user in [*PLANS, "lead1"]}
    for r in range(rounds):
        day = now - timedelta(days=rounds - 1 - r)
        for m, (user, plan) in enumerate(PLANS.items()):
            start = day - timedelta(hours=m + 2, minutes=5 * r)
            times = [start + timedelta(minutes=PACE_MIN[user] * i) for i in range(len(plan))]
            demo.last_round[user] = len(demo.decisions.get(user, []))
            with service.client(user) as client:
                demo.decisions.setdefault(user, []).extend(
                    _decide(client, chains[user], user, "live-general", plan, times, demo)
                )
        _work_escalations(service, chains["lead1"], day - timedelta(minutes=20), demo)
    if qa:
        _qa_review(service, demo)
    return demo


def _work_escalations(service: LiveService, chain: Chain, at: datetime, demo: LeadDemo) -> None:
    """lead1 decides every escalated case waiting, the moderator's among them."""
    with service.client("lead1") as lead:
        batch = lead.post("/v1/queues/escalations/batches", json={"size": 10}).json()
        items = []
        for n, c in enumerate(batch["cases"]):
            ours = c["case_id"] == demo.escalated_case
            action, codes, note = (
                ("end_stream", ["violent_graphic"], "threat confirmed; reported to safety")
                if ours
                else ("warn_streamer", ["harassment_bullying"], "")
            )
            items.append(
                chain.sign(
                    {
                        "decision_id": str(uuid.uuid4()),
                        "case_id": c["case_id"],
                        "action": action,
                        "policy_codes": codes,
                        "note": note,
                        "policy_version": POLICY_VERSION,
                        "handle_time_ms": HANDLE_MS["lead1"] + 5_000 * n,
                        "decided_at": (at + timedelta(minutes=4 * n)).isoformat(),
                    }
                )
            )
            if ours:
                demo.escalation_outcome = items[-1]["decision_id"]
        if items:
            _upload(lead, chain, items)
        demo.decisions.setdefault("lead1", []).extend(items)


def _qa_review(service: LiveService, demo: LeadDemo) -> None:
    """qa1 re-reviews two decisions of each moderator blind; two verdicts overturn."""
    sample = [d for user in PLANS for d in demo.decisions[user][demo.last_round[user] :][:2]]
    with service.client("lead1") as lead:
        created = lead.post(
            "/v1/calibration/sessions",
            json={
                "title": "Live sample, this week",
                "reviewers": ["qa1"],
                "golden_count": 0,
                "live_decision_ids": [d["decision_id"] for d in sample],
            },
        )
        created.raise_for_status()
        sid = created.json()["session_id"]
    demo.qa_session = sid
    with open_service_db(service.db_path) as db:
        refs = db.calibration_refs(sid)
    # overturn moderator1's second and moderator3's first sampled decision
    overturn = {sample[1]["decision_id"], sample[4]["decision_id"]}
    with service.client("qa1") as qa:
        items = qa.get(f"/v1/calibration/sessions/{sid}/items").json()["items"]
        answers = []
        for item in items:
            ref = refs[item["item_id"]]
            action, codes, decision_id = ref.ref_action, ref.ref_policy_codes, ref.ref_decision_id
            if decision_id is not None and decision_id in overturn:
                demo.overturned.append(decision_id)
                action, codes = (
                    ("no_violation", [])
                    if action != "no_violation"
                    else (
                        "warn_streamer",
                        ["harassment_bullying"],
                    )
                )
            answers.append(
                {
                    "answer_id": str(uuid.uuid4()),
                    "item_id": item["item_id"],
                    "action": action,
                    "policy_codes": codes,
                    "note": "needs a specialist" if action == "escalate" else "",
                    "handle_time_ms": 25_000,
                    "answered_at": datetime.now(UTC).isoformat(),
                }
            )
        qa.post(
            f"/v1/calibration/sessions/{sid}/answers:batch", json={"answers": answers}
        ).raise_for_status()
        qa.post(f"/v1/calibration/sessions/{sid}/submit").raise_for_status()
    with service.client("moderator1") as m1:
        results = m1.get("/v1/qa/results").json()["items"]
        mine = [r for r in results if r["verdict"] == "overturned"]
        if mine:
            m1.post(
                f"/v1/qa/results/{mine[0]['result_id']}/dispute",
                json={"note": "=the chat was quoting, not harassing"},
            ).raise_for_status()
            demo.disputed = mine[0]["decision_id"]


# --- fixtures (used by tests/ui/test_*_view.py through tests/ui/conftest.py) ------------------


@pytest.fixture(scope="session")
def lead_service(
    tmp_path_factory: pytest.TempPathFactory, live_service_template: Path
) -> Iterator[tuple[LiveService, LeadDemo]]:
    """One service with a working week for every lead-page test of the session.

    Starting a service costs seconds on a busy CI machine, so the lead tests share this
    one: each test reads, or adds rows of its own (announcements), or edits a field no
    other test looks at (the audit-chain test edits a note of moderator3).
    """
    work = tmp_path_factory.mktemp("lead-service")
    db = copy_database(live_service_template, work / "db.sqlite3")
    service = LiveService(db, work / "service").start()
    try:
        yield service, seed_lead_history(service)
    finally:
        service.stop()


def lead_session(service: LiveService, user: str = "lead1") -> Session:
    """Sign in as a user the way the client does (tokens kept in memory)."""
    return sign_in(
        SignInRequest(service.base_url, user, DEMO_PASSWORDS[user]), vault=(MemoryVault(), False)
    )
