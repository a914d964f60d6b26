"""Immutable case content kept in memory: least recently used first out, under a size budget.

A per-process cache may hold only what can never change under its key, since other workers
cannot tell it of a change: media bytes are keyed by their sha256, the fixed part of a case's
detail by (case id, content version), a version every change to that part bumps. So an
entry never goes stale while the service runs. It holds content only, never who may see it:
every request checks the caller's scope in the database before it is served from here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from threading import Lock
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ContentCache(Generic[K, V]):
    """A thread-safe LRU map whose entries each cost a caller-given size (bytes, say)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._used = 0
        self._lock = Lock()
        #: lookups that found their entry, and those that did not (for the load report)
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self.hits += 1
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: K, value: V, cost: int) -> None:
        """Keep ``value``; an entry bigger than the whole budget is not kept at all."""
        if cost > self.budget:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._used -= old[1]
            self._entries[key] = (value, cost)
            self._used += cost
            while self._used > self.budget:
                _key, (_value, freed) = self._entries.popitem(last=False)
                self._used -= freed

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    @property
    def used(self) -> int:
        with self._lock:
            return self._used
