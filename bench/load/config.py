"""The sizes and shares of one load run, handed from the runner to Locust's process through
environment variables (Locust runs the locustfile in a process of its own)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENV = "REVIEWER_LOAD_CONFIG"
PASSWORD = "load-test-password"  # noqa: S105 - every simulated account's, on a throwaway database
TEAM_SIZE = 50


def moderator_name(n: int) -> str:
    """The n-th simulated moderator (0-based)."""
    return f"loadmod{n:05d}"


def lead_name(n: int) -> str:
    return f"loadlead{n:03d}"


def team_of(n: int) -> str:
    """Moderators sit in teams of TEAM_SIZE; lead k leads team k."""
    return f"load-{n // TEAM_SIZE:03d}"


@dataclass(frozen=True)
class LoadConfig:
    """One Locust run: ``steady`` (ramp, reset, hold) or ``steps`` (hold at each size)."""

    out: str
    mode: str = "steady"
    moderators: int = 1000
    leads: int = 5
    ramp_seconds: float = 120.0
    steady_seconds: float = 300.0
    steps: tuple[int, ...] = (100, 250, 500, 1000)
    step_seconds: float = 40.0
    #: the first part of each step, while its new moderators sign in, is left out of its figures
    step_settle_seconds: float = 15.0
    think_min: float = 20.0
    think_max: float = 40.0
    batch_size: int = 5
    #: a moderator renews its batch when this long has passed since the last renewal
    renew_seconds: float = 60.0
    #: share of batches worked offline and uploaded in one burst when back
    offline_share: float = 0.1
    #: share of decisions followed by a correction (supersedes it)
    correction_share: float = 0.03
    #: batches in a shift: then the moderator signs out and in again
    shift_batches: tuple[int, int] = (2, 4)
    lead_pause: tuple[float, float] = (10.0, 20.0)
    #: each moderator follows its shown case while it thinks (one long-poll at a time)
    follow: bool = True
    metrics_path: str = "/internal/metrics"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        if self.mode == "steps":
            return self.step_seconds * len(self.steps)
        return self.ramp_seconds + self.steady_seconds

    @property
    def peak_users(self) -> int:
        return (max(self.steps) if self.mode == "steps" else self.moderators) + self.leads

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> LoadConfig:
        raw = json.loads(os.environ[ENV])
        raw["steps"] = tuple(raw["steps"])
        raw["shift_batches"] = tuple(raw["shift_batches"])
        raw["lead_pause"] = tuple(raw["lead_pause"])
        return cls(**raw)

    @property
    def out_dir(self) -> Path:
        return Path(self.out)
