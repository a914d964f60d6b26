"""The team lead's tools: decision history, audit-chain checks, a case's history,
urgent guidelines and the dashboard, in one window.

A feature: it plugs into the main window through the host interface in ``ui.desk``
and never imports the shell. May import: ``ui.desk``, ``ui.case``, ``ui.common`` and
``reviewer``; not ``ui.calibration`` or ``ui.wellbeing``.
"""
