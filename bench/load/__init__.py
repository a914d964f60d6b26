"""`make load`: the case service under 1,000 simulated moderators (Locust), issue #15 part 10.

A benchmark like the rest of bench/: it reports latencies beside their budgets and never
fails on timing. What it does fail on is the database afterwards: a double lease, a decision
acknowledged to a simulated moderator but not stored, or a doubled decision (``checks``).

``__main__`` is the runner (PostgreSQL database, seeding, the service with 1 and 4 workers,
Locust as a subprocess, the report); ``locustfile`` is what Locust runs (imported only by
Locust: gevent patches the process it runs in); ``config`` is what the two share through
the environment. May import server, reviewer and devkit; never tests.
"""
