"""Figures follow the chosen locale: digits, separators, date orders; None shows a dash."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.common import formats

SetLocale = Callable[[str], None]


@pytest.fixture
def use_locale() -> Iterator[SetLocale]:
    """use_locale("de_DE") makes it the default locale for the rest of the test."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    use("en_US")
    yield use
    QLocale.setDefault(before)


def test_none_is_a_dash(use_locale: SetLocale) -> None:
    assert formats.percent(None) == "–"
    assert formats.duration(None) == "–"
    assert formats.seconds(None) == "–"
    assert formats.date_time(None) == "–"
    assert formats.time_of_day(None) == "–"
    assert formats.date(None) == "–"


def test_numbers_in_english(use_locale: SetLocale) -> None:
    assert formats.number(1234567) == "1,234,567"
    assert formats.number(1234.56, 1) == "1,234.6"
    assert formats.percent(0.1234) == "12.3 %"
    assert formats.seconds(1234) == "1.2 s"


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "0"),
        (950, "950"),
        (1234, "1.2k"),
        (9_960, "10k"),
        (48_000, "48k"),
        (999_400, "999k"),
        (999_600, "1.0M"),
        (1_234_567, "1.2M"),
    ],
)
def test_compact_counts(use_locale: SetLocale, count: int, shown: str) -> None:
    assert formats.compact(count) == shown


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (-5, "0 s"),
        (42, "42 s"),
        (7 * 60 + 59, "7 min"),
        (3 * 3600 + 5 * 60, "3 h 05 min"),
        (47 * 3600 + 59 * 60, "47 h 59 min"),
    ],
)
def test_durations_use_the_ranges_of_format_age(
    use_locale: SetLocale, seconds: int, shown: str
) -> None:
    assert formats.duration(seconds) == shown


def test_days_are_a_plural(use_locale: SetLocale) -> None:
    # Without a translator the source text shows; with reviewer_en it reads "4 days".
    assert formats.duration(4 * 86400).startswith("4 day")


def test_german_separators(use_locale: SetLocale) -> None:
    use_locale("de_DE")
    assert formats.number(1234567) == "1.234.567"
    assert formats.compact(1234) == "1,2k"
    assert formats.percent(0.5) == "50,0 %"
    assert formats.seconds(2500) == "2,5 s"
    moment = datetime(2026, 3, 4, 13, 5)
    assert formats.date(moment) == "04.03.26"
    assert formats.time_of_day(moment) == "13:05"
    assert formats.date_time(moment) == "04.03.26 13:05"


def test_arabic_digits(use_locale: SetLocale) -> None:
    use_locale("ar_EG")
    assert formats.number(12) == "١٢"
    assert formats.duration(3 * 3600 + 5 * 60) == "٣ h ٠٥ min"
    assert formats.duration(42) == "٤٢ s"
    assert formats.compact(48_000) == "٤٨k"
    assert formats.percent(0.5) == "٥٠٫٠ %"
    assert formats.date(datetime(2026, 3, 4, 13, 5)) == "٤\u200f/٣\u200f/٢٠٢٦"


def test_english_dates(use_locale: SetLocale) -> None:
    moment = datetime(2026, 3, 4, 13, 5)
    assert formats.date(moment) == "3/4/26"
    assert formats.time_of_day(moment).startswith("1:05")


def test_an_aware_time_is_shown_in_local_time(use_locale: SetLocale) -> None:
    local = datetime(2026, 3, 4, 13, 5)
    utc = local.astimezone().astimezone(UTC)
    assert formats.time_of_day(utc) == formats.time_of_day(local)
    assert formats.date_time(utc) == formats.date_time(local)
