"""Wellbeing rules without a display: staged reveal, exposure minutes, breaks, idle.

Research on moderators' exposure (HCOMP 2020 and later) found that interactive blur
lowers the impact of disturbing media without costing accuracy, but that no single
veil suits everyone. So each policy area gets a *staged reveal level*, most protective
first:

``blurred``         blurred at rest; holding the reveal key shows it in grey only
``hold_to_reveal``  blurred at rest; holding shows it as it is
``grayscale``       grey at rest; holding shows it as it is
``colour``          shown as it is

The level of an area comes from the moderator's own choice for that area, else the
team's default (``PolicyArea.media_reveal`` in the taxonomy), else a built-in default
(:data:`BUILTIN_DEFAULTS`). Sensitive content without a policy area uses the personal
``Settings.media_reveal``. A snapshot with several sensitive areas takes the most
protective of their levels.

The :class:`ExposureTracker` counts seconds during which sensitive content is on screen
un-blurred, per category, and says when a break reminder is due; :class:`IdleTimer`
says when the workstation has been idle long enough to lock. Both take the time as an
argument, so tests drive them with a fake clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, Literal, cast, get_args

from reviewer import contract
from reviewer.i18n import QT_TRANSLATE_NOOP

RevealLevel = Literal["blurred", "hold_to_reveal", "grayscale", "colour"]
#: most protective first; the index is the strictness order
LEVELS: Final[tuple[RevealLevel, ...]] = cast(tuple[RevealLevel, ...], get_args(RevealLevel))
#: marked for translation: the client shows them with translate_marked("RevealLevels", …)
LEVEL_LABELS: Final[dict[RevealLevel, str]] = {
    "blurred": QT_TRANSLATE_NOOP("RevealLevels", "Blurred (hold shows grey)"),
    "hold_to_reveal": QT_TRANSLATE_NOOP("RevealLevels", "Blurred, hold to reveal"),
    "grayscale": QT_TRANSLATE_NOOP("RevealLevels", "Grayscale, hold for colour"),
    "colour": QT_TRANSLATE_NOOP("RevealLevels", "Colour"),
}

#: the team default when the taxonomy names none for an area
BUILTIN_DEFAULTS: Final[dict[str, RevealLevel]] = {
    "violent_graphic": "blurred",
    "sexual_nudity": "hold_to_reveal",
    "minor_safety": "blurred",
    "dangerous_acts": "grayscale",
}
#: areas not listed above
BUILTIN_ELSEWHERE: Final[RevealLevel] = "colour"

#: a label at or above this score makes a snapshot sensitive (the viewer uses the same)
SENSITIVE_SCORE: Final = 0.5
#: exposure of sensitive content without a policy code is counted under this category
UNCATEGORISED: Final = "uncategorised"


def is_level(value: object) -> bool:
    return isinstance(value, str) and value in LEVELS


def stricter(a: RevealLevel, b: RevealLevel) -> RevealLevel:
    """The more protective of two levels."""
    return a if LEVELS.index(a) <= LEVELS.index(b) else b


@dataclass(frozen=True)
class ViewMode:
    """How a viewer shows a snapshot: at rest (``blur``, ``gray``, ``color``) and while the
    reveal key is held (``color`` or ``gray``; equal to ``rest`` when nothing is veiled)."""

    rest: str
    held: str

    @property
    def veiled(self) -> bool:
        return self.rest != "color"


VIEW_MODES: Final[dict[RevealLevel, ViewMode]] = {
    "blurred": ViewMode("blur", "gray"),
    "hold_to_reveal": ViewMode("blur", "color"),
    "grayscale": ViewMode("gray", "color"),
    "colour": ViewMode("color", "color"),
}


def team_defaults(taxonomy: contract.PolicyTaxonomy | None) -> dict[str, RevealLevel]:
    """Each known area's team level: the taxonomy's when it names a valid one, else built in.

    An unknown value from a newer service is ignored (the built-in default applies).
    """
    out: dict[str, RevealLevel] = dict(BUILTIN_DEFAULTS)
    if taxonomy is None:
        return out
    for area in taxonomy.areas:
        named = area.media_reveal
        if is_level(named):
            out[area.code] = cast(RevealLevel, named)
        else:
            out.setdefault(area.code, BUILTIN_DEFAULTS.get(area.code, BUILTIN_ELSEWHERE))
    return out


@dataclass(frozen=True)
class RevealPolicy:
    """Resolves the reveal level of each policy area and of each snapshot."""

    team: Mapping[str, RevealLevel]
    personal: Mapping[str, RevealLevel] = field(default_factory=dict)
    uncategorised: RevealLevel = "blurred"

    @classmethod
    def build(
        cls,
        taxonomy: contract.PolicyTaxonomy | None,
        personal: Mapping[str, str] | None = None,
        uncategorised: str = "blurred",
    ) -> RevealPolicy:
        """From the taxonomy (team defaults) and the settings (personal choices).

        Personal values that are not levels are ignored, so a hand-edited file cannot
        turn a veil off by accident.
        """
        mine = {k: cast(RevealLevel, v) for k, v in (personal or {}).items() if is_level(v)}
        fallback = cast(RevealLevel, uncategorised) if is_level(uncategorised) else "blurred"
        return cls(team_defaults(taxonomy), mine, fallback)

    def team_level(self, area: str) -> RevealLevel:
        if not area:
            return self.uncategorised
        return self.team.get(area, BUILTIN_ELSEWHERE)

    def level(self, area: str) -> RevealLevel:
        """The level for one policy area ('' = sensitive content without an area)."""
        if not area:
            return self.uncategorised
        return self.personal.get(area) or self.team_level(area)

    def snapshot_level(self, snapshot: contract.Snapshot) -> RevealLevel | None:
        """The level for a snapshot, or None when it is not sensitive (shown as it is)."""
        areas = sensitive_categories(snapshot, raw=True)
        if not areas:
            return None
        level: RevealLevel = "colour"
        for area in areas:
            level = stricter(level, self.level(area))
        return level

    def view_mode(self, snapshot: contract.Snapshot) -> ViewMode:
        level = self.snapshot_level(snapshot)
        return VIEW_MODES["colour"] if level is None else VIEW_MODES[level]


def sensitive_categories(snapshot: contract.Snapshot, *, raw: bool = False) -> tuple[str, ...]:
    """Policy codes of the labels that make ``snapshot`` sensitive, in order, once each.

    A label without a policy code counts as '' (``raw``) or :data:`UNCATEGORISED`.
    """
    codes = [
        lab.policy_code if (lab.policy_code or raw) else UNCATEGORISED
        for lab in snapshot.labels
        if lab.score >= SENSITIVE_SCORE
    ]
    return tuple(dict.fromkeys(codes))


class ExposureTracker:
    """Seconds of sensitive content on screen un-blurred, per category, in this session.

    Call :meth:`show` with the categories on screen (an empty tuple when nothing sensitive
    is visible) whenever that changes; the time in between is added to each category
    shown. Seconds add to each category separately, and once to the total (two labels on
    one snapshot are one exposure for the break reminder).
    """

    def __init__(self, break_after_minutes: float = 30.0) -> None:
        self.break_after_s = break_after_minutes * 60
        self._seconds: dict[str, float] = {}
        self._total = 0.0
        self._since_break = 0.0
        self._showing: tuple[str, ...] = ()
        self._since: float | None = None
        self._snoozed = False

    def show(self, categories: Iterable[str], now: float) -> None:
        """The categories visible un-blurred from ``now`` on (empty: nothing visible)."""
        self._settle(now)
        self._showing = tuple(dict.fromkeys(c or UNCATEGORISED for c in categories))
        self._since = now if self._showing else None

    def stop(self, now: float) -> None:
        """Nothing sensitive on screen any more (case hidden, lock, pause)."""
        self.show((), now)

    def _settle(self, now: float) -> None:
        if self._since is None or not self._showing:
            return
        spent = max(0.0, now - self._since)
        for cat in self._showing:
            self._seconds[cat] = self._seconds.get(cat, 0.0) + spent
        self._total += spent
        self._since_break += spent
        self._since = now

    @property
    def showing(self) -> tuple[str, ...]:
        return self._showing

    def seconds(self, now: float) -> dict[str, float]:
        """Seconds per category up to ``now``, largest first."""
        self._settle(now)
        return dict(sorted(self._seconds.items(), key=lambda kv: (-kv[1], kv[0])))

    def total_seconds(self, now: float) -> float:
        self._settle(now)
        return self._total

    def minutes(self, now: float) -> dict[str, int]:
        """Whole minutes per category, for showing (a category under a minute shows 0)."""
        return {k: int(v // 60) for k, v in self.seconds(now).items()}

    def set_break_after(self, minutes: float) -> None:
        self.break_after_s = minutes * 60

    def break_due(self, now: float) -> bool:
        """True once the exposure since the last break (or dismissal) reaches the limit."""
        self._settle(now)
        return self.break_after_s > 0 and self._since_break >= self.break_after_s

    def took_break(self, now: float) -> None:
        """The reminder was answered (a break, or dismissed): count afresh from here."""
        self._settle(now)
        self._since_break = 0.0


class IdleTimer:
    """Idle after ``idle_after_seconds`` without input; the caller locks the workstation."""

    def __init__(self, idle_after_seconds: float, now: float) -> None:
        self.idle_after_s = idle_after_seconds
        self._last = now

    def activity(self, now: float) -> None:
        self._last = max(self._last, now)

    def set_idle_after(self, seconds: float, now: float) -> None:
        self.idle_after_s = seconds
        self.activity(now)

    def idle_for(self, now: float) -> float:
        return max(0.0, now - self._last)

    def is_idle(self, now: float) -> bool:
        return self.idle_for(now) >= self.idle_after_s

    def seconds_left(self, now: float) -> float:
        return max(0.0, self.idle_after_s - self.idle_for(now))
