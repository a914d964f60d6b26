"""The developers' kit that tests, bench and tools share: the live service fixture,
synthetic cases, the Xvfb helper and a database helper.

Never installed or bundled, and never imported by ``reviewer``, ``ui`` or ``server``
(import-linter). It may import them. Tools and bench take what they share from here,
never from ``tests``.
"""
