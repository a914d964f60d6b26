"""Wellbeing on the review screen: staged reveal, exposure minutes, breaks, the idle lock.

A feature: it plugs into the main window through the host interface in ``ui.desk``
and never imports the shell. May import: ``ui.settings``, ``ui.desk``, ``ui.case``,
``ui.common`` and ``reviewer``; not ``ui.calibration`` or ``ui.lead``.
"""
