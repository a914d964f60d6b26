"""The Qt desktop client: rooms by audience and feature, each importing only downward.

From the top: ``launcher`` (the ``reviewer`` command, cheap to import), ``shell``
(the window frame and the one composition root), the features ``calibration``,
``lead`` and ``wellbeing`` (independent of each other), ``settings``, ``desk``
(the moderator's loop), ``case`` (the case screen that desk, QA and lead share)
and ``common`` (what every room uses). import-linter enforces this order in
``make test``. Nothing here imports ``server`` or ``devkit``.
"""
