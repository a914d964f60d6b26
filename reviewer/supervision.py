"""The sync thread never stops silently: its restart policy and its crash log.

The desk's sync thread restarts the engine after an unexpected error, with backoff
(:class:`RestartPolicy`); after too many restarts in a short time it stays stopped and says
so. Every such error is written to a small crash log in the log folder
(:func:`record_crash`), which ``reviewer doctor`` shows (:func:`last_crashes`). The trace
holds where it happened (files, lines, functions) and the exception's type, never its
message: a message may quote case text, and logs carry ids only.
"""

from __future__ import annotations

import json
import os
import traceback
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

#: the crash log's file name in the log folder
CRASH_LOG_NAME = "sync-crashes.jsonl"
#: records kept in the crash log (older ones are dropped when a new one is written)
CRASH_LOG_KEEP = 20


@dataclass
class RestartPolicy:
    """Backoff between restarts (base doubling to ``max_s``); gives up after ``limit``
    restarts within ``window_s``."""

    base_s: float = 2.0
    max_s: float = 60.0
    limit: int = 5
    window_s: float = 600.0

    def __post_init__(self) -> None:
        self._restarts: deque[float] = deque()

    def failed(self, now: float) -> float | None:
        """The engine failed at ``now`` (a monotonic clock): seconds to wait before the
        restart, or None when it has restarted ``limit`` times within the window already."""
        while self._restarts and now - self._restarts[0] > self.window_s:
            self._restarts.popleft()
        if len(self._restarts) >= self.limit:
            return None
        delay = min(self.max_s, self.base_s * 2.0 ** len(self._restarts))
        self._restarts.append(now)
        return delay

    @property
    def restarts(self) -> int:
        """Restarts counted within the current window."""
        return len(self._restarts)


@dataclass(frozen=True)
class CrashRecord:
    at: datetime
    #: True when the thread stopped for good after this error
    gave_up: bool
    #: frames and the exception's type; never its message
    trace: str


def safe_trace(exc: BaseException) -> str:
    """Where an exception happened and its type, without its message (it may hold case
    text); chained causes included."""
    parts: list[str] = []
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen and len(parts) < 5:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        parts.append("\n".join([*lines, f"{type(current).__module__}.{type(current).__name__}"]))
        current = current.__cause__ or current.__context__
    return "\n-- caused by --\n".join(reversed(parts))


def record_crash(log_dir: Path, exc: BaseException, *, gave_up: bool) -> Path:
    """Append one record to the crash log (keeping the last :data:`CRASH_LOG_KEEP`)."""
    path = log_dir / CRASH_LOG_NAME
    record = {"at": datetime.now(UTC).isoformat(), "gave_up": gave_up, "trace": safe_trace(exc)}
    lines = [json.dumps(r) for r in _read(path)][-(CRASH_LOG_KEEP - 1) :]
    lines.append(json.dumps(record))
    log_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def _read(path: Path) -> list[dict[str, object]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return []
    records: list[dict[str, object]] = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn line: the others still count
        if isinstance(value, dict):
            records.append(value)
    return records


def last_crashes(log_dir: Path, limit: int = 3) -> list[CrashRecord]:
    """The newest crash records, oldest first (a damaged line is skipped)."""
    out: list[CrashRecord] = []
    for raw in _read(log_dir / CRASH_LOG_NAME)[-limit:]:
        try:
            at = datetime.fromisoformat(str(raw["at"]))
        except (KeyError, ValueError):
            continue
        out.append(CrashRecord(at, bool(raw.get("gave_up")), str(raw.get("trace", ""))))
    return out
