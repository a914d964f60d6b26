"""server.domain.queues: the seeded queues and the rules name the same escalation queue."""

from __future__ import annotations

from server import synth
from server.domain.queues import ESCALATION_KIND, ESCALATION_QUEUE


def test_the_seeded_escalation_queue_is_the_one_the_rules_name() -> None:
    kinds = {q.id: q.kind for q in synth.QUEUES}
    assert kinds[ESCALATION_QUEUE] == ESCALATION_KIND
