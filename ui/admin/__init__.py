"""The admin's console: users, queues, golden items, QA sampling and the policy taxonomy.

A feature room like ``lead`` and ``calibration``: it may import ``ui.settings``,
``ui.desk`` (the host interface only), ``ui.case``, ``ui.common`` and ``reviewer``; the
shell opens it for a signed-in admin. Pages live one module each (``users``, ``queues``,
``golden``, ``sampling``, ``taxonomy``) and plug into ``window.AdminWindow`` through
``pages.AdminPage``. Nothing here imports ``server``.
"""
