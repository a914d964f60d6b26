"""Deterministic synthetic Live cases for the reference service, the demo and the benchmark.

Pure generation, no database: :func:`generate_cases` yields :class:`SynthCase`
objects whose ``stream``, ``streamer``, ``reports`` and ``prior_enforcement``
dicts carry exactly the field names of the wire contract, so the service can
store and serve them as they are. The same seed gives the same bytes on every
run: each case draws from its own ``random.Random`` seeded with a string (which
``random`` hashes with SHA-512, unlike the per-process ``hash()``), and the
clock is never read.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from server.domain.queues import ESCALATION_KIND, ESCALATION_QUEUE
from server.synth.chat import FLAGGED_TERMS, SynthChat, generate_chat, is_flagged
from server.synth.images import format_offset, render_snapshot

__all__ = [
    "ACTIONS",
    "DEFAULT_BASE_TIME",
    "DEMO_USERS",
    "FLAGGED_TERMS",
    "POLICY_CODES",
    "QUEUES",
    "DemoUser",
    "QueueSpec",
    "SynthCase",
    "SynthChat",
    "SynthSnapshot",
    "format_offset",
    "generate_announcements",
    "generate_cases",
    "generate_chat",
    "is_flagged",
]

DEFAULT_BASE_TIME = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
#: live-sized cases (the benchmark's): snapshots 3x 640x360 = 1920x1080, chats of this many
LIVE_SCALE = 3
LIVE_CHAT = (2_000, 6_000)
"""The "now" of generated data when the caller gives none; never the wall clock."""

ANNOUNCEMENT_POLICY_VERSION = "2026.11.1"

_T = TypeVar("_T")

POLICY_CODES: list[str] = [
    "harassment_bullying",
    "hateful_behavior",
    "violent_graphic",
    "sexual_nudity",
    "minor_safety",
    "dangerous_acts",
    "illegal_goods",
    "spam_scams",
    "intellectual_property",
    "integrity_authenticity",
]
ACTIONS: list[str] = [
    "no_violation",
    "warn_streamer",
    "mute_chat",
    "end_stream",
    "suspend_account",
    "ban_account",
    "age_restrict",
    "escalate",
]


# --- people and queues --------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoUser:
    """A demo account; the password is ``demo-`` followed by the user name."""

    username: str
    password: str
    role: str
    team: str
    vendor: str
    display_name: str


def _demo(username: str, role: str, team: str, vendor: str, display_name: str) -> DemoUser:
    return DemoUser(username, "demo-" + username, role, team, vendor, display_name)


DEMO_USERS: list[DemoUser] = [
    _demo("moderator1", "moderator", "team-a", "northdesk", "Mira Okafor"),
    _demo("moderator2", "moderator", "team-a", "northdesk", "Jonas Weber"),
    # A second vendor site, still in lead1's team: lead1's team spans both vendors.
    _demo("moderator3", "moderator", "team-a", "southdesk", "Lucía Fernández"),
    _demo("qa1", "qa", "quality", "inhouse", "Priya Raman"),
    _demo("lead1", "lead", "team-a", "inhouse", "Sam Achterberg"),
    _demo("admin1", "admin", "platform", "inhouse", "Alex Kim"),
]


@dataclass(frozen=True)
class QueueSpec:
    id: str
    name: str
    kind: str  # "live" or "escalation" (contract QueueKind)
    sla_minutes: int


QUEUES: list[QueueSpec] = [
    QueueSpec("live-priority", "Live: priority", "live", 15),
    QueueSpec("live-general", "Live: general", "live", 60),
    QueueSpec(ESCALATION_QUEUE, "Escalations", ESCALATION_KIND, 240),
]


# --- cases --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SynthSnapshot:
    sha256: str
    jpeg: bytes
    offset_seconds: float
    captured_at: datetime
    width: int
    height: int
    labels: list[dict[str, object]]  # {"label", "score", "policy_code"} like SensitivityLabel


@dataclass(frozen=True)
class SynthCase:
    case_id: str
    queue: str
    created_at: datetime
    stream: dict[str, object]  # contract.StreamInfo fields
    streamer: dict[str, object]  # contract.StreamerInfo fields
    reports: list[dict[str, object]]  # contract.ReportInfo fields
    prior_enforcement: list[dict[str, object]]  # contract.PriorEnforcement fields
    snapshots: list[SynthSnapshot]
    chat: SynthChat
    golden: dict[str, object] | None  # {"action", "policy_codes", "note"} for calibration
    escalation_reason: str = ""  # set for cases seeded straight into the escalation queue
    escalation_note: str = ""


@dataclass(frozen=True)
class _Scenario:
    """What is really going on in a case: drives titles, reports, labels, chat and golden."""

    key: str
    weight: float
    policy_codes: tuple[str, ...]
    action: str
    labels: tuple[tuple[str, str], ...]  # (label, policy_code) upstream classifiers may raise
    titles: tuple[str, ...]
    categories: tuple[str, ...]
    harassment: float = 1.0
    raid: float = 0.2
    urgent: bool = False


_SCENARIOS: tuple[_Scenario, ...] = (
    _Scenario(
        "benign",
        0.27,
        (),
        "no_violation",
        (("suggestive", "sexual_nudity"), ("weapon", "dangerous_acts")),
        ("chill sunday stream", "ranked grind until diamond", "cooking ramen from scratch"),
        ("Just Chatting", "Gaming", "Music", "Cooking", "Art", "Travel"),
        harassment=0.4,
        raid=0.1,
    ),
    _Scenario(
        "chat_raid",
        0.10,
        ("harassment_bullying",),
        "mute_chat",
        (),
        ("first stream ever, be nice!", "small streamer, road to 50 followers"),
        ("Just Chatting", "Gaming", "Art"),
        harassment=5.0,
        raid=1.0,
    ),
    _Scenario(
        "streamer_harassment",
        0.07,
        ("harassment_bullying",),
        "warn_streamer",
        (),
        ("exposing @xoxo_lina LIVE", "reading my haters' DMs out loud", "calling out fake friends"),
        ("Just Chatting", "IRL"),
        harassment=3.0,
    ),
    _Scenario(
        "hateful",
        0.05,
        ("hateful_behavior",),
        "suspend_account",
        (("hate_symbol", "hateful_behavior"),),
        ("uncensored opinions, no snowflakes", "real talk about 'those people'"),
        ("Just Chatting", "Talk Shows"),
        harassment=2.0,
        urgent=True,
    ),
    _Scenario(
        "violent",
        0.07,
        ("violent_graphic",),
        "end_stream",
        (("graphic_violence", "violent_graphic"), ("blood", "violent_graphic")),
        ("street fight caught live", "IRL downtown at night"),
        ("IRL", "Travel"),
        urgent=True,
    ),
    _Scenario(
        "sexual",
        0.06,
        ("sexual_nudity",),
        "end_stream",
        (("nudity", "sexual_nudity"),),
        ("late night hot tub stream 🔞", "getting ready with me"),
        ("Just Chatting", "ASMR"),
        urgent=True,
    ),
    _Scenario(
        "suggestive",
        0.05,
        ("sexual_nudity",),
        "age_restrict",
        (("suggestive", "sexual_nudity"),),
        ("bikini try-on haul", "pool party live"),
        ("Just Chatting", "Fitness", "ASMR"),
    ),
    _Scenario(
        "minor",
        0.04,
        ("minor_safety",),
        "escalate",
        (("minor_present", "minor_safety"),),
        ("13 year old streamer, ask me anything", "home alone, talk to me"),
        ("Just Chatting", "IRL"),
        urgent=True,
    ),
    _Scenario(
        "dangerous",
        0.06,
        ("dangerous_acts",),
        "end_stream",
        (("dangerous_stunt", "dangerous_acts"), ("weapon", "dangerous_acts")),
        (
            "blackout challenge gone wrong??",
            "rooftop climbing no harness",
            "24h no sleep + energy drinks",
        ),
        ("IRL", "Fitness"),
        urgent=True,
    ),
    _Scenario(
        "illegal",
        0.05,
        ("illegal_goods",),
        "suspend_account",
        (("drugs", "illegal_goods"), ("weapon", "illegal_goods")),
        ("plug is live, DM for menu", "unboxing 'special' packages"),
        ("Just Chatting", "IRL"),
    ),
    _Scenario(
        "scam",
        0.07,
        ("spam_scams",),
        "ban_account",
        (),
        (
            "CRYPTO GIVEAWAY 🚀 send 1 get 2",
            "free robux generator WORKING 2026",
            "gift card giveaway",
        ),
        ("Crypto & Finance", "Gaming"),
        harassment=0.5,
    ),
    _Scenario(
        "ip",
        0.06,
        ("intellectual_property",),
        "end_stream",
        (("copyrighted_broadcast", "intellectual_property"),),
        ("FINAL LIVE FREE HD full match", "new movie full cam rip watch party"),
        ("Sports", "Movies & TV"),
    ),
    _Scenario(
        "integrity",
        0.05,
        ("integrity_authenticity", "spam_scams"),
        "suspend_account",
        (),
        ("Official MrBeast Giveaway LIVE", "[VERIFIED] bank support livestream"),
        ("Crypto & Finance", "Just Chatting"),
    ),
)

_LANGUAGES: list[tuple[str, float, tuple[str, ...]]] = [
    ("en", 0.35, ("US", "GB", "CA", "AU", "IN", "NG")),
    ("es", 0.12, ("ES", "MX", "AR", "CO")),
    ("pt", 0.10, ("BR", "PT")),
    ("de", 0.06, ("DE", "AT", "CH")),
    ("fr", 0.06, ("FR", "BE", "CA")),
    ("ar", 0.08, ("SA", "EG", "AE", "MA")),
    ("ja", 0.08, ("JP",)),
    ("zh", 0.05, ("TW", "HK", "SG")),
    ("ko", 0.06, ("KR",)),
    ("tr", 0.04, ("TR",)),
]

_LOCAL_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("just vibing", "late night chat 💤", "<b>24h stream</b> day 3", "Q&A + giveaway"),
    "es": ("charlando con ustedes", "directo nocturno 🌙", "jugando con subs"),
    "pt": ("live de domingo", "jogando com inscritos", "bate-papo 🔥"),
    "de": ("Gemütlicher Abend", "Ranked mit Zuschauern", "Quatschen & Zocken"),
    "fr": ("soirée chill", "on joue avec vous", "discussion en direct"),
    "ar": ("بث مباشر مع المتابعين", "سهرة الجمعة 🌙", "نلعب معكم"),
    "ja": ("雑談配信", "初見歓迎！まったりゲーム", "深夜のお絵描き"),
    "zh": ("直播聊天", "和粉丝一起玩", "深夜电台"),
    "ko": ("저챗 방송", "시청자 참여 게임", "새벽 방송"),
    "tr": ("sohbet yayını", "izleyicilerle oyun", "gece yayını"),
}

_DISPLAY_NAMES: tuple[str, ...] = (
    "Luna ✨",
    "Kenji 健二",
    "ياسمين",
    "Mateo",
    "Chloé",
    "민지",
    "DJ <i>Vortex</i>",
    "Ayşe",
    "小美",
    "Big Tony",
    "ＭｉｓｔｙＦｏｘ",
)

_REPORT_TEXTS: dict[str, tuple[str, ...]] = {
    "harassment_bullying": ("chat is attacking the streamer", "he's bullying a kid on call", ""),
    "hateful_behavior": ("slurs in the title and on stream", "hate symbol on the wall", ""),
    "violent_graphic": ("there is blood everywhere", "someone got hurt on camera", ""),
    "sexual_nudity": ("nudity around 12 minutes in", "not appropriate for minors", ""),
    "minor_safety": ("the streamer looks like a child", "adults asking a kid for socials", ""),
    "dangerous_acts": ("they are going to get hurt", "dangerous challenge", ""),
    "illegal_goods": ("selling drugs openly", "showing guns for sale", ""),
    "spam_scams": ("crypto scam", "fake giveaway asking for money", ""),
    "intellectual_property": ("restreaming the match", "full movie", ""),
    "integrity_authenticity": ("impersonating a famous creator", "fake verified badge", ""),
}
_ODD_REPORT_TEXTS: tuple[str, ...] = (
    '<a href="http://evil.example">proof here</a>',
    '=HYPERLINK("http://evil.example","click")',
    "see attached <img src=x onerror=alert(1)>",
    "ПОЧЕМУ ЭТО ЕЩЁ НЕ ЗАБАНЕНО",
    "هذا البث مخالف",
)

_ESCALATION_REASONS: tuple[tuple[str, str], ...] = (
    ("credible_threat", "Viewer posted a street name and a time. Needs a lead today."),
    ("minor_safety_specialist", "Possible minor on stream; routing to the specialist team."),
    ("policy_gap", "Not sure the current guidelines cover this; please advise."),
    ("legal_request", "Rights holder says they have contacted legal."),
    ("high_profile", "Verified creator with a large audience; a lead should sign off."),
)

_PRIOR_NOTES: tuple[str, ...] = ("", "", "repeat offender", "appealed, upheld", "auto-actioned")
_PRIOR_ACTIONS: tuple[str, ...] = (
    "warn_streamer",
    "warn_streamer",
    "mute_chat",
    "end_stream",
    "suspend_account",
)


def _pick_weighted(rng: random.Random, items: list[tuple[_T, float]]) -> _T:
    """One item by weight, drawn with a single ``rng.random()`` call."""
    r = rng.random() * sum(w for _, w in items)
    for item, w in items:
        r -= w
        if r < 0:
            return item
    return items[-1][0]


def _hex(rng: random.Random, bits: int = 48) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def _label(label: str, score: float, policy_code: str) -> dict[str, object]:
    """A sensitivity label as the contract's SensitivityLabel fields."""
    return {"label": label, "score": round(score, 2), "policy_code": policy_code}


def _round_s(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def _golden_index(seed: int, block: int) -> int:
    """Which case in a block of ten is golden: about 1 in 10, blind (not a fixed position)."""
    return random.Random(f"synth-golden:{seed}:{block}").randrange(10)


def _snapshots(
    rng: random.Random,
    case_id: str,
    scenario: _Scenario,
    started_at: datetime,
    span_s: float,
    moments: list[float],
    scale: int = 1,
) -> list[SynthSnapshot]:
    """4 to 12 snapshots across the stream; in a violating case about half carry its label."""
    count = rng.randrange(4, 13)
    palette = rng.randrange(64)
    portrait = rng.random() < 0.15
    # Upstream captures periodically and when viewers report, so reported moments have a frame.
    picks = [m + rng.uniform(0.0, 5.0) for m in moments[: count // 2]]
    picks += [rng.uniform(0.0, span_s) for _ in range(count - len(picks))]
    offsets = sorted(round(min(p, span_s), 1) for p in picks)
    out: list[SynthSnapshot] = []
    for off in offsets:
        labels: list[dict[str, object]] = []
        shown: str | None = None
        if scenario.labels and scenario.key != "benign" and rng.random() < 0.55:
            label, code = rng.choice(scenario.labels)
            labels.append(_label(label, rng.uniform(0.62, 0.99), code))
            shown = label
        elif scenario.labels and rng.random() < 0.2:
            # False positive or weak signal: the client decides by score whether to blur.
            label, code = rng.choice(scenario.labels)
            labels.append(_label(label, rng.uniform(0.05, 0.55), code))
        if rng.random() < 0.1:
            labels.append(_label("text_overlay", rng.uniform(0.3, 0.9), ""))
        jpeg, w, h = render_snapshot(
            rng,
            case_id=case_id,
            offset_seconds=off,
            palette=palette,
            portrait=portrait,
            sensitive_label=shown,
            scale=scale,
        )
        out.append(
            SynthSnapshot(
                sha256=hashlib.sha256(jpeg).hexdigest(),
                jpeg=jpeg,
                offset_seconds=off,
                captured_at=started_at + timedelta(seconds=off),
                width=w,
                height=h,
                labels=labels,
            )
        )
    return out


def _reports(
    rng: random.Random, scenario: _Scenario, started_at: datetime, span_s: float, viewers: int
) -> list[dict[str, object]]:
    """Viewer reports grouped by reason: the true reason, often a noisy one beside it."""
    reasons: list[str] = list(scenario.policy_codes[:1])
    if not reasons or rng.random() < 0.35:
        extra = rng.choice(POLICY_CODES)
        if extra not in reasons:
            reasons.append(extra)
    out: list[dict[str, object]] = []
    for i, reason in enumerate(reasons):
        main = i == 0 and scenario.key != "benign"
        audience = 1 + math.log10(1 + viewers)
        base = 1 + int(rng.lognormvariate(1.0 if main else 0.2, 1.0) * audience)
        first = round(rng.uniform(0.0, span_s * 0.9), 1)
        last = round(rng.uniform(first, span_s), 1) if base > 1 else first
        odd = rng.random() < 0.08
        text = rng.choice(_ODD_REPORT_TEXTS if odd else _REPORT_TEXTS[reason])
        out.append(
            {
                "report_id": "rp-" + _hex(rng),
                "reason": reason,
                "count": base,
                "first_reported_at": _round_s(started_at + timedelta(seconds=first)),
                "last_reported_at": _round_s(started_at + timedelta(seconds=last)),
                "offset_seconds": first,
                "description": text,
            }
        )
    return out


def _prior(
    rng: random.Random, scenario: _Scenario, account_created: datetime, before: datetime
) -> list[dict[str, object]]:
    """Earlier enforcement on the account, more likely for accounts that violate now."""
    chance = 0.2 if scenario.key == "benign" else 0.45
    if rng.random() >= chance:
        return []
    out: list[dict[str, object]] = []
    window = max(3600.0, (before - account_created).total_seconds() - 3600.0)
    for _ in range(rng.randrange(1, 4)):
        same = scenario.policy_codes and rng.random() < 0.6
        code = scenario.policy_codes[0] if same else rng.choice(POLICY_CODES)
        action = rng.choice(_PRIOR_ACTIONS)
        out.append(
            {
                "action": action,
                "policy_code": code,
                "decided_at": _round_s(account_created + timedelta(seconds=rng.uniform(0, window))),
                "note": rng.choice(_PRIOR_NOTES),
            }
        )
    out.sort(key=lambda p: str(p["decided_at"]))  # same zone, so text order is time order
    return out


def _make_case(
    seed: int,
    index: int,
    base_time: datetime,
    *,
    chat_size: int | None,
    golden: bool,
    live_sized: bool = False,
) -> SynthCase:
    rng = random.Random(f"synth-case:{seed}:{index}")
    case_id = f"LV-{index + 1:06d}"
    scenario = _pick_weighted(rng, [(s, s.weight) for s in _SCENARIOS])
    language, regions = _pick_weighted(rng, [((code, regs), w) for code, w, regs in _LANGUAGES])
    region = rng.choice(regions)

    created_at = _round_s(base_time - timedelta(seconds=rng.uniform(60.0, 8 * 3600.0)))
    span_s = float(int(math.exp(rng.uniform(math.log(600.0), math.log(6 * 3600.0)))))
    if chat_size is not None:
        span_s = max(span_s, 3 * 3600.0)
    is_live = rng.random() < 0.7
    content_end = created_at if is_live else created_at - timedelta(seconds=rng.randrange(60, 1800))
    started_at = _round_s(content_end - timedelta(seconds=span_s))

    if scenario.key != "benign" and rng.random() < 0.6:
        title = rng.choice(scenario.titles)
    else:
        title = rng.choice(_LOCAL_TITLES[language])
    viewers = int(rng.lognormvariate(4.5, 1.8))
    stream: dict[str, object] = {
        "stream_id": "st-" + _hex(rng),
        "title": title,
        "category": rng.choice(scenario.categories),
        "language": language,
        "region": region,
        "viewer_count": viewers,
        "is_live": is_live,
        "started_at": started_at,
        "ended_at": None if is_live else _round_s(content_end),
    }

    age_days = math.exp(rng.uniform(math.log(2.0), math.log(3650.0)))
    if scenario.key in {"integrity", "scam"} and rng.random() < 0.7:
        age_days = rng.uniform(0.2, 10.0)  # throwaway accounts
    account_created = _round_s(started_at - timedelta(days=age_days))
    followers = int(rng.lognormvariate(6.0, 2.2))
    handle = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz_") for _ in range(rng.randrange(4, 9)))
    handle += str(rng.randrange(0, 999))
    streamer: dict[str, object] = {
        "account_id": "ac-" + _hex(rng),
        "handle": handle,
        "display_name": rng.choice(_DISPLAY_NAMES) if rng.random() < 0.4 else handle.capitalize(),
        "account_created_at": account_created,
        "followers": followers,
        "verified": followers > 50_000 and rng.random() < 0.5,
    }

    reports = _reports(rng, scenario, started_at, span_s, viewers)
    if live_sized:  # several reports, as a busy Live stream gathers
        while len(reports) < 3:
            reports += _reports(rng, scenario, started_at, span_s, viewers)
    prior = _prior(rng, scenario, account_created, started_at)
    moments = [float(str(r["offset_seconds"])) for r in reports]
    snapshots = _snapshots(
        rng, case_id, scenario, started_at, span_s, moments, LIVE_SCALE if live_sized else 1
    )

    n_chat = int(math.exp(rng.uniform(math.log(20), math.log(3000))))
    if live_sized:
        n_chat = rng.randrange(LIVE_CHAT[0], LIVE_CHAT[1] + 1)
    if chat_size is not None:
        n_chat = chat_size
    raid: bool | None = True if scenario.raid >= 1.0 else (rng.random() < scenario.raid)
    chat = generate_chat(
        rng,
        n_chat,
        int(span_s * 1000),
        language,
        harassment=scenario.harassment,
        raid=raid,
        moments_ms=[int(m * 1000) for m in moments],
    )

    queue = "live-priority" if scenario.urgent or viewers > 5000 else "live-general"
    reason = note = ""
    if rng.random() < 0.04:
        queue = ESCALATION_QUEUE
        reason, note = rng.choice(_ESCALATION_REASONS)

    gold: dict[str, object] | None = None
    if golden:
        gold = {
            "action": scenario.action,
            "policy_codes": list(scenario.policy_codes),
            "note": f"reference: {scenario.key.replace('_', ' ')}",
        }
    return SynthCase(
        case_id=case_id,
        queue=queue,
        created_at=created_at,
        stream=stream,
        streamer=streamer,
        reports=reports,
        prior_enforcement=prior,
        snapshots=snapshots,
        chat=chat,
        golden=gold,
        escalation_reason=reason,
        escalation_note=note,
    )


def generate_cases(
    n_cases: int,
    seed: int,
    *,
    huge_chats: int = 0,
    huge_size: int = 200_000,
    base_time: datetime | None = None,
    live_sized: bool = False,
) -> Iterator[SynthCase]:
    """Yield ``n_cases`` cases one at a time (so a seeder can stream them into a database).

    ``huge_chats`` of them, spread through the run, carry ``huge_size`` chat
    messages. Every case depends only on (seed, index), never on the clock.
    ``live_sized`` cases weigh what real Live cases do (the benchmark's): 1920x1080
    snapshots, 2,000-6,000 chat messages, at least three report groups.
    """
    base = base_time or DEFAULT_BASE_TIME
    if base.tzinfo is None:
        raise ValueError("base_time must be timezone-aware")
    huge_count = max(0, min(huge_chats, n_cases))
    huge = {k * n_cases // huge_count for k in range(huge_count)} if huge_count else set()
    for i in range(n_cases):
        yield _make_case(
            seed,
            i,
            base,
            chat_size=huge_size if i in huge else None,
            golden=i % 10 == _golden_index(seed, i // 10),
            live_sized=live_sized,
        )


def generate_announcements() -> list[dict[str, object]]:
    """Urgent and informational guideline updates shipped with the policy taxonomy."""
    return [
        {
            "id": "ann-2026-11-raids",
            "title": "Coordinated chat raids",
            "body": (
                "When many new accounts post the same abusive line within seconds, treat it as "
                "harassment_bullying against the streamer: mute_chat first, do not act on the "
                "streamer's account."
            ),
            "severity": "urgent",
            "published_at": datetime(2026, 11, 18, 9, 0, tzinfo=UTC),
            "policy_version": ANNOUNCEMENT_POLICY_VERSION,
            "requires_ack": True,
        },
        {
            "id": "ann-2026-11-giveaways",
            "title": "Fake creator giveaways",
            "body": (
                "Streams that impersonate a known creator to run a crypto or gift card giveaway "
                "are integrity_authenticity plus spam_scams. Suspend; ban on a repeat."
            ),
            "severity": "urgent",
            "published_at": datetime(2026, 11, 19, 14, 30, tzinfo=UTC),
            "policy_version": ANNOUNCEMENT_POLICY_VERSION,
            "requires_ack": True,
        },
        {
            "id": "ann-2026-11-shortcuts",
            "title": "Shortcut layout for AZERTY sites",
            "body": "Southdesk: policy keys now follow key positions, not characters.",
            "severity": "info",
            "published_at": datetime(2026, 11, 10, 8, 0, tzinfo=UTC),
            "policy_version": ANNOUNCEMENT_POLICY_VERSION,
            "requires_ack": False,
        },
    ]
