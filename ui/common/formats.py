"""Numbers, durations, counts and times as a person reads them, in the chosen language.

Every figure a window shows goes through here: QLocale() is the default locale, which
the language switch sets with ``QLocale.setDefault``, so digits, separators and date
orders follow the language without a restart. Units and suffixes are translated
(context ``Formats``). ``reviewer.formatting`` stays for the CLI and exports, which must
not change with the language (a CSV is read by machines too).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from ui.common.i18n import arg, translate

NONE = "–"
"""What every formatter shows for a missing value."""


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digits, decimal point and group separator."""
    return QLocale().toString(float(value), "f", decimals)


def compact(count: int) -> str:
    """A count short enough for a header: 950, 1.2k, 48k, 1.2M (locale decimal point)."""
    n = max(0, int(count))
    if n < 1000:
        return number(n)
    if n < 10_000 and round(n / 1000, 1) < 10:
        return arg(translate("Formats", "%1k", "thousands, short"), number(n / 1000, 1))
    if round(n / 1000) < 1000:
        return arg(translate("Formats", "%1k", "thousands, short"), number(n / 1000))
    return arg(translate("Formats", "%1M", "millions, short"), number(n / 1_000_000, 1))


def percent(share: float | None) -> str:
    """A 0..1 share as a percentage with one decimal."""
    if share is None:
        return NONE
    return arg(translate("Formats", "%1 %", "a percentage"), number(100 * share, 1))


def duration(seconds: float | None) -> str:
    """How long ago or how long: 42 s, 7 min, 3 h 05 min, 4 days (like format_age)."""
    if seconds is None:
        return NONE
    s = max(0, int(seconds))
    if s < 60:
        return translate("Formats", "%Ln s", "seconds, short", s)
    if s < 3600:
        minutes = s // 60
        return translate("Formats", "%Ln min", "minutes, short", minutes)
    if s < 48 * 3600:
        return arg(
            translate("Formats", "%1 h %2 min", "hours and minutes, short"),
            QLocale().toString(s // 3600),
            _padded((s % 3600) // 60),
        )
    days = s // 86400
    return translate("Formats", "%Ln day(s)", "a duration in days", days)


def seconds(ms: float | None) -> str:
    """A handle time in seconds with one decimal."""
    if ms is None:
        return NONE
    return arg(translate("Formats", "%1 s", "seconds with a decimal"), number(ms / 1000, 1))


def _padded(value: int) -> str:
    """A two-digit field (minutes, seconds) in the locale's digits."""
    shown = QLocale().toString(value)
    return QLocale().zeroDigit() + shown if value < 10 else shown


def offset(offset_ms: float) -> str:
    """Time since the stream started as h:mm:ss in the locale's digits (٠:٠٣:١٢ in Arabic):
    always with hours, so a column of them keeps its width."""
    total = max(0, int(offset_ms)) // 1000
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    # the colons read the same in every language the desk ships: nothing to translate
    return f"{QLocale().toString(hours)}:{_padded(minutes)}:{_padded(secs)}"


def _local(value: datetime) -> QDateTime:
    """The same instant as a local QDateTime (a naive datetime counts as local time)."""
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))


def date_time(value: datetime | None) -> str:
    """Local date and time in the locale's short format."""
    if value is None:
        return NONE
    return QLocale().toString(_local(value), QLocale.FormatType.ShortFormat)


def time_of_day(value: datetime | None) -> str:
    """Local wall-clock time in the locale's short format."""
    if value is None:
        return NONE
    return QLocale().toString(_local(value).time(), QLocale.FormatType.ShortFormat)


def date(value: datetime | None) -> str:
    """Local date in the locale's short format."""
    if value is None:
        return NONE
    return QLocale().toString(_local(value).date(), QLocale.FormatType.ShortFormat)
