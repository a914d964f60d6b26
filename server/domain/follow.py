"""Long-poll waiting for one worker: every follow request waits on an asyncio future, and
one task per worker looks once per interval at each case someone follows, not once per
follower. Waiting holds no thread and no database connection (the live state is computed,
see server.domain.live); a waiter's ``version`` function is called on the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Waiter:
    after: int
    version: Callable[[], int]
    done: asyncio.Future[None]


class FollowPoller:
    """Wakes the followers of a case once its version passes theirs (or their hold ends)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._waiters: dict[str, list[_Waiter]] = {}
        self._task: asyncio.Task[None] | None = None
        #: rounds run and cases looked at (tests: one look per case per round)
        self.rounds = 0
        self.looks = 0
        #: requests waiting now (an int, so another thread may read it: the metrics scrape)
        self.waiting = 0

    async def wait(self, case_id: str, after: int, version: Callable[[], int], hold: float) -> bool:
        """Until ``version()`` exceeds ``after`` (True) or ``hold`` seconds pass (False)."""
        if version() > after:
            return True
        loop = asyncio.get_running_loop()
        waiter = _Waiter(after, version, loop.create_future())
        self._waiters.setdefault(case_id, []).append(waiter)
        self.waiting += 1
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._task = loop.create_task(self._run())
        try:
            await asyncio.wait_for(asyncio.shield(waiter.done), hold)
            return True
        except TimeoutError:
            return False
        finally:
            self.waiting -= 1
            waiters = self._waiters.get(case_id, [])
            if waiter in waiters:
                waiters.remove(waiter)
            if not waiters:
                self._waiters.pop(case_id, None)

    async def _run(self) -> None:
        while self._waiters:
            await asyncio.sleep(self.interval)
            self.rounds += 1
            for waiters in list(self._waiters.values()):
                if not waiters:
                    continue
                self.looks += 1
                now = waiters[0].version()  # the same story for every follower of the case
                for w in waiters:
                    if now > w.after and not w.done.done():
                        w.done.set_result(None)
