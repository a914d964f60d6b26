"""The desk's local storage: the decision store (outbox and audit trail) on SQLite and
the content cache of case media and chat pages beside it.

Pure Python. May import ``reviewer.contract`` and the other core modules; never
PySide6, ``ui``, ``server`` or ``devkit``.
"""
