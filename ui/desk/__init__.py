"""The moderator's loop: the review controller, the urgent-guideline banner, the sync
thread, and the host interface that features plug into.

May import: ``ui.case``, ``ui.common`` and ``reviewer``.
"""
