"""The team lead's figures and files as data: the dashboard's tables and the CSV exports
of history and metrics, for the lead window to draw.

Pure Python. May import ``reviewer.contract``, ``reviewer.client`` and the other core
modules; never PySide6, ``ui``, ``server`` or ``devkit``.
"""
