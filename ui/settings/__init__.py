"""The Settings dialog: decision keys, sensitive media per policy area, breaks, idle
lock, theme.

May import: ``ui.case`` (key names), ``ui.common`` and ``reviewer``.
"""
