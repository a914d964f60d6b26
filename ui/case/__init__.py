"""The case screen that the moderator's desk, QA calibration and the lead's case history
share: header, snapshot strip and viewer, the snapshot decode pipeline, timeline, chat
pane, policy panel and the decision keys.

Each part is a widget with a typed entry point that takes the prepared case.
May import: ``ui.common`` and ``reviewer``.
"""
