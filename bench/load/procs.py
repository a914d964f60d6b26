"""CPU time and memory of the processes under test, read from /proc (Linux).

A sampler thread records, every couple of seconds, the CPU seconds of each group (the
service and its workers, PostgreSQL and its backends, Locust) and each service process's
resident memory; a window's CPU share is then the difference between the samples nearest
its start and end, divided by the wall time between them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name may hold spaces: the fields start after its closing parenthesis
    return raw[raw.rindex(")") + 2 :].split()


def cpu_seconds(pid: int) -> float:
    fields = _stat(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine spent busy (all cores, every process: other people's
    work on a shared machine too), from the first line of /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle, iowait
    return (sum(fields[:8]) - idle) / _TICK


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields is not None:
            parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(parents.get(p, []))
    return found


def memory_kb(pid: int) -> tuple[int, int]:
    """(resident now, resident peak) in KiB; zeros for a process that is gone."""
    values = {"VmRSS": 0, "VmHWM": 0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in values:
                values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values["VmRSS"], values["VmHWM"]


@dataclass
class Sample:
    at: float
    #: group -> pid -> CPU seconds so far
    cpu: dict[str, dict[int, float]]
    #: service pid -> (resident, peak) KiB
    memory: dict[int, tuple[int, int]]
    #: what the probe counted at that moment (e.g. PostgreSQL backends waiting on a lock)
    probed: dict[str, float] = field(default_factory=dict)


@dataclass
class Sampler:
    """Samples the groups (name -> root pid getter) until stopped."""

    groups: dict[str, Callable[[], int | None]]
    every: float = 2.0
    probe: Callable[[], dict[str, float]] | None = None
    samples: list[Sample] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def take(self) -> Sample:
        cpu: dict[str, dict[int, float]] = {}
        memory: dict[int, tuple[int, int]] = {}
        for name, root in self.groups.items():
            pid = root()
            pids = descendants(pid) if pid else []
            cpu[name] = {p: cpu_seconds(p) for p in pids}
            if name == "service":
                memory = {p: memory_kb(p) for p in pids}
        cpu["machine"] = {0: machine_busy_seconds()}
        sample = Sample(time.time(), cpu, memory, self.probe() if self.probe else {})
        self.samples.append(sample)
        return sample

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.take()

    def start(self) -> Sampler:
        self.take()
        self._thread = threading.Thread(target=self._run, name="load-sampler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.take()

    def nearest(self, at: float) -> Sample:
        return min(self.samples, key=lambda s: abs(s.at - at))

    def cpu_share(self, start: float, end: float) -> dict[str, float]:
        """Each group's CPU over the window, in cores (1.0 = one core busy throughout)."""
        a, b = self.nearest(start), self.nearest(end)
        seconds = b.at - a.at
        if seconds <= 0:
            return {}
        return {
            name: sum(t - a.cpu.get(name, {}).get(pid, 0.0) for pid, t in b.cpu[name].items())
            / seconds
            for name in b.cpu
        }

    def probed_mean(self, start: float, end: float) -> dict[str, float]:
        """The probe's figures averaged over the samples inside the window."""
        inside = [s.probed for s in self.samples if start <= s.at <= end and s.probed]
        keys = {k for p in inside for k in p}
        means = {k: sum(p.get(k, 0.0) for p in inside) / len(inside) for k in keys}
        return dict(sorted(means.items(), key=lambda kv: -kv[1]))

    def memory_at(self, at: float) -> dict[int, tuple[int, int]]:
        return self.nearest(at).memory
