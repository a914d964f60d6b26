"""The case screen that the moderator's desk, QA calibration and the lead's case history
share: header, snapshot strip and viewer, the snapshot decode pipeline, timeline, chat
pane, policy panel and the decision keys; the case body that holds one case's parts (the
screen holds two, and builds the next case in the hidden one).

Each part is a widget with a typed entry point that takes the prepared case.
May import: ``ui.common`` and ``reviewer``.
"""
