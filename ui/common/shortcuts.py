"""The client's fixed keys, declared once: what installs a key and what the shortcut sheet
says about it read the same entry, so the sheet cannot drift from the keys.

The decision keys (actions and policy areas) are not here: they come from the taxonomy
and the user's remaps (:mod:`ui.case.decision_keys`). Skip and reveal have defaults
here that the decision-key filter may move to a free key (``rebound``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from reviewer.i18n import QT_TRANSLATE_NOOP
from ui.common.i18n import translate_marked

#: a key in portable text ("Ctrl+Return"), or a platform's standard key (Find)
Key = str | QKeySequence.StandardKey
#: ``install`` context of a key that acts only while its widget has the focus
WIDGET_ONLY = Qt.ShortcutContext.WidgetShortcut


@dataclass(frozen=True)
class Shortcut:
    """One binding: its ``keys`` (the first is the one to mention), a ``name`` for code and
    tests, the sheet's ``description`` (English, marked for translation; :attr:`said` is
    it in the chosen language); ``shown`` writes the keys on the sheet when their
    own text would not do (arrows)."""

    keys: tuple[Key, ...]
    name: str
    description: str
    shown: str = ""

    def sequence(self, index: int = 0) -> QKeySequence:
        return QKeySequence(self.keys[index])

    @property
    def text(self) -> str:
        """How the sheet and tool tips write the keys."""
        if self.shown:  # arrows: in a right-to-left layout "previous" is the one pointing right
            return self.shown[::-1] if QGuiApplication.isRightToLeft() else self.shown
        key = self.keys[0]
        if isinstance(key, str):
            return key
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    @property
    def said(self) -> str:
        """The description in the chosen language."""
        return translate_marked("Shortcuts", self.description)

    def rebound(self, key: str) -> Shortcut:
        """The same binding on another key (a remapped skip or reveal key)."""
        return dataclasses.replace(self, keys=(key,), shown="")

    def install(
        self,
        widget: QWidget,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> list[QShortcut]:
        """A QShortcut on ``widget`` per key, each calling ``slot``."""
        made = []
        for n in range(len(self.keys)):
            shortcut = QShortcut(self.sequence(n), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            made.append(shortcut)
        return made


UNDO = Shortcut(
    ("Ctrl+Z",),
    "undo",
    QT_TRANSLATE_NOOP("Shortcuts", "Undo the last decision (within the undo window)"),
)
SKIP = Shortcut(("K",), "skip", QT_TRANSLATE_NOOP("Shortcuts", "Skip the case (asks for a reason)"))
REVEAL = Shortcut(
    ("V",), "reveal", QT_TRANSLATE_NOOP("Shortcuts", "Hold to see a blurred snapshot clearly")
)
SNAPSHOTS = Shortcut(
    ("Left", "Right"),
    "snapshots",
    QT_TRANSLATE_NOOP("Shortcuts", "Previous / next snapshot"),
    shown="← →",
)
PAUSE = Shortcut(("Ctrl+P",), "pause", QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume"))
SETTINGS = Shortcut(
    ("Ctrl+,",),
    "settings",
    QT_TRANSLATE_NOOP("Shortcuts", "Settings: keys, sensitive media, breaks, lock, theme"),
)
HELP = Shortcut(("F1",), "help", QT_TRANSLATE_NOOP("Shortcuts", "This list"))
#: the chat pane
FIND_IN_CHAT = Shortcut(
    (QKeySequence.StandardKey.Find,), "find", QT_TRANSLATE_NOOP("Shortcuts", "Search the chat")
)
AUTHOR_HISTORY = Shortcut(
    ("Return",),
    "authorHistory",
    QT_TRANSLATE_NOOP("Shortcuts", "In the chat: that author's messages"),
)
LEAVE_FIELD = Shortcut(
    ("Escape",),
    "leaveField",
    QT_TRANSLATE_NOOP("Shortcuts", "Clear the chat filter, leave a text field"),
)
#: actions on the chat (while the chat table has the focus), and the raid helper
CHAT_REMOVE = Shortcut(
    ("Delete",), "chatRemove", QT_TRANSLATE_NOOP("Shortcuts", "In the chat: remove the messages")
)
CHAT_TIMEOUT = Shortcut(
    ("Ctrl+T",),
    "chatTimeout",
    QT_TRANSLATE_NOOP("Shortcuts", "In the chat: time their authors out"),
)
CHAT_BAN = Shortcut(
    ("Ctrl+B",),
    "chatBan",
    QT_TRANSLATE_NOOP("Shortcuts", "In the chat: ban their authors from this streamer's chat"),
)
RAID_HELPER = Shortcut(
    ("Ctrl+Shift+R",),
    "raidHelper",
    QT_TRANSLATE_NOOP("Shortcuts", "In the chat: select a raid (new accounts, same text)"),
)
NEW_MESSAGES = Shortcut(
    ("Ctrl+End",),
    "newMessages",
    QT_TRANSLATE_NOOP("Shortcuts", "In the chat: jump to the newest messages (live stream)"),
)
#: Return, and Enter on the keypad
SUBMIT_SESSION = Shortcut(
    ("Ctrl+Return", "Ctrl+Enter"),
    "submitSession",
    QT_TRANSLATE_NOOP("Shortcuts", "Submit the calibration session"),
)
SAVE_SETTINGS = Shortcut(
    ("Ctrl+S",), "saveSettings", QT_TRANSLATE_NOOP("Shortcuts", "Save the settings")
)

#: the review screen's fixed keys, in the order of the shortcut sheet (after the decisions)
REVIEW_SHEET: tuple[Shortcut, ...] = (UNDO, SKIP, REVEAL, SNAPSHOTS, PAUSE, SETTINGS, HELP)
#: the chat pane's keys, in the sheet's chat section
CHAT_SHEET: tuple[Shortcut, ...] = (
    FIND_IN_CHAT,
    AUTHOR_HISTORY,
    CHAT_REMOVE,
    CHAT_TIMEOUT,
    CHAT_BAN,
    RAID_HELPER,
    NEW_MESSAGES,
)


def sheet_lines(entries: Sequence[Shortcut]) -> list[str]:
    """One line per entry, keys right-aligned in a column: the sheet's plain-text layout."""
    return [f"  {entry.text:>8}  {entry.said}" for entry in entries]
