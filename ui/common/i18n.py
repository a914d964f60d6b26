"""Translation for every window: one ``translate`` call, placeholders filled in one pass.

Rules (docs/translations.md says more):
- Inside a QObject subclass that no shown class derives from, ``self.tr("...")``.
  PySide6 takes ``tr``'s context from the object's runtime class while lupdate takes it
  from the class the call is written in; a base class therefore uses
  ``translate("BaseName", "...")``.
- Everywhere else, ``translate("Context", "...")`` with a literal context and source:
  lupdate extracts the call by that name. A plural's count is a plain name
  (``translate("Ctx", "%n case(s)", "", count)``): lupdate skips other expressions there.
- A constant or a core label is marked where it is written with
  ``QT_TRANSLATE_NOOP("Context", "...")`` and translated where it is shown with
  ``translate_marked("Context", value)``.
- A widget that shows data (names, chat, the service's words) is marked with
  ``mark_untranslated``: never translated, and the pseudo-locale check skips it.
- Counts use ``%n`` and the ``n`` argument (plural forms); other values use ``%1``,
  ``%2`` … filled by ``arg``, never by concatenation or f-strings, so a translator can
  reorder the sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject

_PLACEHOLDER = re.compile(r"%([1-9])")

UNTRANSLATED = "untranslatedData"
"""The dynamic property of a widget that shows data (names, chat, server text): its text
is never translated, and the pseudo-locale check skips it and its children."""


UNTRANSLATED_ITEMS = "untranslatedItems"
"""The dynamic property of a list or combo box whose items are data (languages by their own
names, queue names) while its other texts are the app's words."""


def mark_untranslated_items(widget: QObject) -> None:
    """Say that the items of ``widget`` are data; its other texts are still checked."""
    widget.setProperty(UNTRANSLATED_ITEMS, True)


def mark_untranslated(widget: QObject) -> None:
    """Say that ``widget`` (and everything inside it) shows data, not the app's words."""
    widget.setProperty(UNTRANSLATED, True)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the chosen language (``%n`` already replaced when ``n`` is given)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def translate_marked(context: str, source: str) -> str:
    """A text marked elsewhere with ``QT_TRANSLATE_NOOP(context, source)`` (a core label,
    a constant), in the chosen language. Not an extraction point: the marker is."""
    return QCoreApplication.translate(context, source)


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` in one pass.

    One pass means a value that itself contains ``%2`` is never expanded again, unlike
    chained ``str.replace``. A placeholder without a value stays as written.
    """
    texts = [str(value) for value in values]

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return texts[index] if index < len(texts) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
