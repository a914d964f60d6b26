"""The moderator's loop: the review controller, the urgent-guideline banner, the sync
thread; and what features plug into: the host interface (``host.DeskHost``, which the main
window satisfies) and the tool windows held by key (``windows.ToolWindows``).

May import: ``ui.case``, ``ui.common`` and ``reviewer``.
"""
