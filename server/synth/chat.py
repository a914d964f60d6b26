"""Synthetic live chat logs with the shapes moderators meet in real streams.

Bursts around stream moments, a raid (many brand-new accounts posting one line
inside a few seconds), repeated spam, harassment that the keyword list flags,
emoji, right-to-left Arabic, CJK, very long messages and text that looks like
HTML or Qt rich text (the client must show all of it as plain text).

Everything is drawn from the ``random.Random`` passed in, so a seed gives the
same log on every run. A 200,000-message log takes a fraction of a second.

Each author's account age comes from their user id alone (:func:`account_age_ms`), never
from the shared generator, so adding it changed no other column of any seeded log. The
raid's line arrives in variants a moderator cannot tell apart at a glance: zero-width
characters inside, fullwidth letters, bidi marks and another case, and once with a Cyrillic
"а" for a Latin "a" (which NFKC does not fold, so the raid helper rightly leaves it out).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

FLAGGED_TERMS: list[str] = [
    # harassment and threats
    "kill yourself",
    "kys",
    "loser",
    "worthless",
    "i know where you live",
    "doxx",
    "your address",
    "ugly pig",
    "nobody likes you",
    "go die",
    # scams and solicitation
    "free robux",
    "crypto giveaway",
    "double your btc",
    "gift card",
    "send nudes",
    "onlyfans.example",
    "dm me for pics",
    # non-English
    "idiota",  # es / pt / it
    "verpiss dich",  # de
    "connard",  # fr
    "غبي",  # ar: stupid
    "اقتلك",  # ar: I will kill you
    "死ね",  # ja: die
    "去死",  # zh: go die
    "꺼져",  # ko: get lost
    "aptal",  # tr: idiot
]
"""Terms the chat generator uses and the client highlights (case-insensitive substring)."""

_TERMS_RE = re.compile("|".join(re.escape(t.lower()) for t in FLAGGED_TERMS))


def is_flagged(text: str) -> bool:
    """True exactly when a flagged term occurs in ``text``, ignoring case."""
    return _TERMS_RE.search(text.lower()) is not None


@dataclass(frozen=True)
class SynthChat:
    """A chat log, columnar like the wire format: one list per field, same length."""

    offset_ms: list[int]
    user_ids: list[str]
    usernames: list[str]
    texts: list[str]
    flagged: list[bool]
    #: each author's account age when the stream started, in ms (see account_age_ms)
    account_age_ms: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)


_HOUR_MS = 3_600_000
_DAY_MS = 24 * _HOUR_MS


def account_age_ms(user_id: str) -> int:
    """How old the account ``user_id`` was when the stream started: a pure function of the
    id. Raid accounts (ids starting "r") are 30 minutes to 3 days old; of the others one in
    fifty is under a week old, the rest 8 days to about 7 years."""
    h = int.from_bytes(hashlib.sha256(user_id.encode()).digest()[:8], "big")
    if user_id.startswith("r"):
        return _HOUR_MS // 2 + h % (3 * _DAY_MS)
    if h % 50 == 0:
        return _HOUR_MS + (h >> 8) % (6 * _DAY_MS)
    return 8 * _DAY_MS + (h >> 8) % (2500 * _DAY_MS)


_FULLWIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}  # "!".."~" -> U+FF01..U+FF5E


def raid_variant(line: str, k: int) -> str:
    """The k-th raider's spelling of the raid line; every variant normalises (NFKC, case
    fold, zero-width and bidi controls dropped) to the line."""
    if k % 4 == 1:  # zero-width space after the first character, a joiner in the middle
        mid = len(line) // 2
        return line[:1] + "\u200b" + line[1:mid] + "\u200d" + line[mid:]
    if k % 4 == 2:  # fullwidth ASCII
        return line.translate(_FULLWIDTH)
    if k % 4 == 3:  # wrapped in a right-to-left mark and an isolate, other case
        return "\u200f\u2066" + line.swapcase() + "\u2069"
    return line


#: the Cyrillic small a (U+0430) in place of the Latin one: a look-alike NFKC keeps apart
CYRILLIC_A = "\u0430"


# --- text pools ---------------------------------------------------------------------------------

CHATTER: dict[str, list[str]] = {
    "en": [
        "lol",
        "LMAO",
        "first time here, this is great",
        "what game is this?",
        "hi from Ohio",
        "gg",
        "that was insane",
        "W stream",
        "can you play the song again",
        "how long have you been live?",
        "chat is wild today",
        "mods are sleeping",
        "who else is here from tiktok",
        "he's cooking",
        "nah that's crazy",
        "turn the volume up pls",
        "what's your setup?",
        "clip it!!",
        "brb getting snacks",
        "any tips for beginners?",
        "this stream is so chill",
        "rip",
        "ez",
        "no way",
        "based",
    ],
    "es": [
        "jajaja",
        "saludos desde México",
        "qué juego es este?",
        "buen stream",
        "no manches",
        "eso estuvo increíble",
        "sube el volumen porfa",
        "primera vez aquí",
        "grande!!",
        "vamos equipo",
        "qué hora es allá?",
        "se cayó el stream?",
    ],
    "pt": [
        "kkkkkk",
        "salve do Brasil",
        "que jogo é esse?",
        "mano que isso",
        "live top demais",
        "aumenta o som",
        "primeira vez aqui",
        "bora!!",
        "caraca",
        "qual o setup?",
    ],
    "de": [
        "Hallo aus Berlin",
        "was für ein Spiel ist das?",
        "krass",
        "gg wp",
        "mach mal lauter bitte",
        "erstes Mal hier",
        "geiler Stream",
        "Alter was",
        "wie lange bist du schon live?",
    ],
    "fr": [
        "mdr",
        "salut de Lyon",
        "c'est quoi ce jeu ?",
        "trop fort",
        "monte le son stp",
        "première fois ici",
        "incroyable",
        "ptdr",
        "bien joué",
    ],
    "ar": [
        "السلام عليكم",
        "مرحبا من القاهرة",
        "ما اسم هذه اللعبة؟",
        "هههههه",
        "بث رائع",
        "ارفع الصوت من فضلك",
        "أول مرة هنا",
        "ما شاء الله",
        "كم ساعة وأنت في البث؟",
        "تحياتي من الرياض 🇸🇦",
        "يا جماعة شوفوا هذا",
    ],
    "ja": [
        "こんにちは！",
        "草",
        "初見です",
        "うますぎる",
        "何のゲームですか？",
        "音量上げてください",
        "かわいい",
        "おつかれさま",
        "ｗｗｗｗ",
        "神回",
        "今北産業",
    ],
    "zh": [
        "哈哈哈哈",
        "主播好",
        "这是什么游戏？",
        "太强了",
        "第一次来",
        "声音大一点",
        "666666",
        "笑死我了",
        "来了来了",
        "主播加油",
    ],
    "ko": [
        "안녕하세요!",
        "ㅋㅋㅋㅋㅋ",
        "이거 무슨 게임이에요?",
        "대박",
        "처음 왔어요",
        "소리 좀 키워주세요",
        "개웃기네",
        "화이팅",
        "레전드다",
    ],
    "tr": [
        "selam",
        "İstanbul'dan selamlar",
        "bu oyun ne?",
        "harika yayın",
        "sesi aç lütfen",
        "ilk defa buradayım",
        "efsane",
    ],
}
"""Ordinary chatter per stream language (ISO 639-1)."""

QUESTIONS: list[str] = [
    "@streamer can you say hi to my mom",
    "what time is it there?",
    "are you gonna stream tomorrow?",
    "what keyboard is that",
    "can you read chat pls",
    "how old are you?",
    "where are you from?",
    "is this live or a rerun?",
]

EMOJI: list[str] = [
    "😂😂😂",
    "🔥🔥",
    "❤️",
    "👏👏👏",
    "💀",
    "🤡",
    "😭",
    "🎉🎉🎉🎉",
    "👀",
    "🫡",
    "🏳️‍🌈",
    "👨‍👩‍👧‍👦",
    "🇯🇵🇧🇷🇩🇪",
    "✨💖✨",
    "🐐",
]

HARASSMENT: list[str] = [
    "you're such a loser lmao",
    "kys nobody watches this",
    "just kill yourself already",
    "worthless streamer, worthless chat",
    "i know where you live btw",
    "someone doxx this clown",
    "drop your address if you're so tough",
    "ugly pig get off the internet",
    "nobody likes you, go die",
    "LOSER LOSER LOSER",
    "eres un idiota",
    "verpiss dich einfach",
    "quel connard celui-là",
    "أنت غبي جدا",
    "والله اقتلك",
    "死ね",
    "早点去死吧",
    "꺼져 진짜",
    "aptal herif",
]

SPAM: list[str] = [
    "FREE ROBUX at robux-free.example 💰💰 no scam",
    "crypto giveaway!! send 0.1 ETH get 1 ETH back at eth-x2.example",
    "double your BTC in 24h, dm me",
    "get a $100 gift card >>> giftz.example <<<",
    "buy followers cheap 1k = $2 followz.example",
    "send nudes 😏 onlyfans.example/hot",
    "dm me for pics",
    "check out my stream!!! twitch-clone.example/notascam",
]

RICH_TEXT: list[str] = [
    '<img src="file:///etc/hostname"><b>x</b>',
    '<a href="http://evil.example/login">click</a> for free skins',
    "<b>BOLD</b> <i>italic</i> <u>under</u>",
    '<font color="red" size="7">HUGE RED TEXT</font>',
    '<span style="font-size:400px">hi</span>',
    "<h1>MODS ARE ASLEEP</h1>",
    "<table><tr><td>cell</td></tr></table>",
    "<script>alert(document.cookie)</script>",
    "&lt;b&gt;escaped&lt;/b&gt; &amp;&amp; &#x41;",
    '<qt><img src="qrc:/qt-project.org/styles/commonstyle/images/up-16.png"></qt>',
    "<html><body onload=alert(1)>",
    "[url=http://evil.example]totally safe[/url]",
    "javascript:alert(1)",
    "<!-- hidden -->visible",
    '<img src="http://tracker.example/pixel.gif" width=1 height=1>',
    "file:///C:/Windows/System32/",
    "evil\u202egnp.exe",  # right-to-left override hides the real extension
    "z\u0335\u0322a\u0336\u0327l\u0334\u031bg\u0338\u0321o\u0337\u0328",  # combining marks
    "zero\u200bwidth\u200bspaces\u200bhere",
]
"""Lines that a rich-text widget would render or follow; the client must not."""

RAID_LINES: list[str] = [
    "THIS CHANNEL IS NOW OURS 🤡🤡🤡 loser streamer",
    "raid incoming!!! say hi to your new fans kys",
    "💀💀💀 WE RUN THIS CHAT 💀💀💀",
    "everyone report this worthless stream",
]

_LONG_SENTENCES: list[str] = [
    "I have been watching this channel since the very first stream and honestly",
    "the way the community has grown is something I never expected to see",
    "but lately the chat has been getting out of hand and nobody seems to care",
    "anyway here is my full review of tonight's stream in exhaustive detail",
    "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
    "هذه رسالة طويلة جدا مكتوبة باللغة العربية لاختبار عرض النص من اليمين إلى اليسار",
    "これは非常に長いメッセージで、表示の折り返しをテストするためのものです",
    "这是一条非常长的消息，用来测试聊天记录的显示和换行",
    "아주 긴 메시지입니다 줄바꿈을 테스트하기 위한 것입니다",
    "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",
]

_TABLE = 1000  # resolution of the kind lookup table

# Fraction of ordinary rows by kind; the cumulative table is searched with bisect.
_KINDS: list[tuple[str, float]] = [
    ("chatter", 0.60),
    ("other_language", 0.07),
    ("emoji", 0.12),
    ("question", 0.06),
    ("spam", 0.05),
    ("harassment", 0.04),
    ("rich_text", 0.01),
    ("copy", 0.05),  # chat repeats a recent line (emote walls, "F", memes)
]

_SYLLABLES = [
    "ka", "zu", "mi", "ro", "shadow", "pixel", "neo", "fox", "byte", "star", "luna", "dark",
    "gamer", "xx", "lil", "big", "tea", "moon", "ice", "nova", "tiny", "vibe", "king", "ghost",
]  # fmt: skip
_INTL_NAMES = ["さくら", "小龙", "민준", "ياسمين", "Zoë", "Ørjan", "Łukasz", "Ñandú", "İlker"]
_ODD_NAMES = ["<b>admin</b>", "moderator_official", "ＳＴＲＥＡＭＥＲ", "\u202etxet_desrever"]


def _username(rng: random.Random) -> str:
    """A plausible handle: syllables and digits, sometimes non-Latin or deliberately odd."""
    r = rng.random()
    if r < 0.06:
        return rng.choice(_INTL_NAMES) + str(rng.randrange(10, 99))
    if r < 0.075:
        return rng.choice(_ODD_NAMES)
    name = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)
    if rng.random() < 0.6:
        name += str(rng.randrange(1, 9999))
    if rng.random() < 0.2:
        name = name.capitalize()
    return name


def _long_message(rng: random.Random) -> str:
    """A message of a few thousand characters (copypasta, walls of text)."""
    target = rng.randrange(2000, 6000)
    parts: list[str] = []
    size = 0
    while size < target:
        s = rng.choice(_LONG_SENTENCES)
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)


def _offsets(rng: random.Random, n: int, duration_ms: int, moments_ms: list[int]) -> list[int]:
    """Message times: a steady trickle plus bursts around a few stream moments."""
    if n == 0:
        return []
    d = max(duration_ms, 1)
    n_bursts = 1 + min(12, d // 600_000) + rng.randrange(0, 3)
    centers = [rng.random() * d for _ in range(n_bursts)]
    centers += [float(min(max(0, m), d - 1)) for m in moments_ms]
    n_bursts = len(centers)
    widths = [rng.uniform(3_000.0, 45_000.0) for _ in range(n_bursts)]
    burst_share = rng.uniform(0.25, 0.5)
    rnd = rng.random
    gauss = rng.gauss
    out: list[int] = []
    append = out.append
    hi = d - 1
    for _ in range(n):
        if rnd() < burst_share:
            k = int(rnd() * n_bursts)
            t = int(gauss(centers[k], widths[k]))
            append(0 if t < 0 else (hi if t > hi else t))
        else:
            append(int(rnd() * d))
    return out


def generate_chat(
    rng: random.Random,
    n: int,
    duration_ms: int,
    language: str,
    *,
    harassment: float = 1.0,
    raid: bool | None = None,
    moments_ms: list[int] | None = None,
) -> SynthChat:
    """Build a chat log of ``n`` messages spread over ``duration_ms`` of stream.

    ``harassment`` scales how much abuse there is (0 for none, 3 for a pile-on);
    ``raid`` forces a raid on or off (None: chance); ``moments_ms`` adds burst
    centres (e.g. when viewers reported the stream). Offsets come out sorted.
    """
    if n <= 0:
        return SynthChat([], [], [], [], [])
    lang = language if language in CHATTER else "en"
    local = CHATTER[lang]
    others = [line for code, lines in CHATTER.items() if code != lang for line in lines]

    # Viewers: a long-tailed activity distribution, a few regulars write most lines.
    n_users = max(8, min(20_000, n // 6))
    uids = [f"u{rng.getrandbits(40):010x}" for _ in range(n_users)]
    names = [_username(rng) for _ in range(n_users)]
    spammers = [rng.randrange(n_users) for _ in range(rng.randrange(1, 4))]
    spam_lines = rng.sample(SPAM, 2)
    harassers = [rng.randrange(n_users) for _ in range(rng.randrange(1, 5))]

    # Kinds by weight through a lookup table: one random() per row instead of a search.
    weights = [w * (harassment if kind == "harassment" else 1.0) for kind, w in _KINDS]
    total = sum(weights)
    table: list[str] = []
    acc = 0.0
    for (kind, _), w in zip(_KINDS, weights, strict=True):
        acc += w / total * _TABLE
        table += [kind] * (round(acc) - len(table))
    table += [table[-1]] * (_TABLE - len(table))

    # Special rows first so that every sizeable log has each shape at least once.
    texts: list[str] = []
    users: list[int] = []
    if n >= 40:
        for line in (
            rng.choice(CHATTER["ar"]),
            rng.choice(CHATTER["ja"]),
            rng.choice(CHATTER["zh"]),
            rng.choice(CHATTER["ko"]),
            rng.choice(RICH_TEXT),
            rng.choice(HARASSMENT),
            rng.choice(EMOJI),
        ):
            texts.append(line)
            users.append(int(n_users * rng.random() ** 2))
        for _ in range(max(1, n // 10_000)):
            texts.append(_long_message(rng))
            users.append(int(n_users * rng.random() ** 2))

    n_special = len(texts)
    rnd = rng.random
    n_local, n_others = len(local), len(others)
    n_emoji, n_q, n_h, n_rt = len(EMOJI), len(QUESTIONS), len(HARASSMENT), len(RICH_TEXT)
    while len(texts) < n:
        kind = table[int(rnd() * _TABLE)]
        user = int(n_users * rnd() ** 2.5)
        if kind == "chatter":
            text = local[int(rnd() * n_local)]
            if rnd() < 0.15:
                text += " " + EMOJI[int(rnd() * n_emoji)]
        elif kind == "other_language":
            text = others[int(rnd() * n_others)]
        elif kind == "emoji":
            text = EMOJI[int(rnd() * n_emoji)]
        elif kind == "question":
            text = QUESTIONS[int(rnd() * n_q)]
        elif kind == "spam":
            user = spammers[int(rnd() * len(spammers))]
            text = spam_lines[0] if rnd() < 0.8 else spam_lines[1]
        elif kind == "harassment":
            user = harassers[int(rnd() * len(harassers))] if rnd() < 0.7 else user
            text = HARASSMENT[int(rnd() * n_h)]
        elif kind == "rich_text":
            text = RICH_TEXT[int(rnd() * n_rt)]
        else:  # copy: repeat something said recently
            text = texts[-1 - int(rnd() * min(len(texts), 20))] if texts else "F"
        texts.append(text)
        users.append(user)

    offsets = _offsets(rng, n, duration_ms, moments_ms or [])

    # A raid: fresh accounts, one line, a window of a few seconds.
    do_raid = (rng.random() < 0.3) if raid is None else raid
    if do_raid and n >= 30:
        size = max(10, min(n // 5, rng.randrange(40, 400) * max(1, n // 20_000)))
        start = int(rng.random() * max(1, duration_ms - 40_000))
        window = rng.randrange(5_000, 30_000)
        line = rng.choice(RAID_LINES)
        raid_tag = rng.choice(["raidsquad", "xx_army", "clownfleet", "zerg"])
        rows = rng.sample(range(n_special, n), min(size, n - n_special))
        for k, row in enumerate(rows):
            texts[row] = raid_variant(line, k)
            if k == len(rows) - 1 and "a" in line:
                texts[row] = line.replace("a", CYRILLIC_A)
            users[row] = len(uids)
            uids.append(f"r{rng.getrandbits(40):010x}")
            names.append(f"{raid_tag}_{k:04d}")
            offsets[row] = min(max(0, duration_ms - 1), start + int(rng.random() * window))

    order = sorted(range(n), key=offsets.__getitem__)
    texts_sorted = [texts[i] for i in order]
    users_sorted = [users[i] for i in order]
    flag_of = {text: is_flagged(text) for text in set(texts)}
    user_ids = [uids[u] for u in users_sorted]
    age_of = {uid: account_age_ms(uid) for uid in set(user_ids)}
    return SynthChat(
        offset_ms=sorted(offsets),
        user_ids=user_ids,
        usernames=[names[u] for u in users_sorted],
        texts=texts_sorted,
        flagged=[flag_of[t] for t in texts_sorted],
        account_age_ms=[age_of[uid] for uid in user_ids],
    )
