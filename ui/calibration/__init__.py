"""QA calibration: the calibration window, "My QA results", disputes and the report.

A feature: it plugs into the main window through the host interface in ``ui.desk``
and never imports the shell. May import: ``ui.desk``, ``ui.case``, ``ui.common`` and
``reviewer``; not ``ui.lead`` or ``ui.wellbeing``.
"""
