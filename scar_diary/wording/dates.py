"""Dates, times and numbers in the user's locale, in one style everywhere: a sentence says the day
in full ("Thursday, 19 November 2026"); lists, tables, date fields and charts use the short
unambiguous form ("19 Nov 2026", "19 nov. 2026" in Dutch). Files for other programs (CSV,
calendar, archives) use ISO 8601."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

MEDIUM_FORMAT = "d MMM yyyy"  # day, the month's short name, the full year: never ambiguous


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def medium_date(day: dt.date) -> str:
    """For lists, tables and charts: "17 Sep 2026" (month names in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), MEDIUM_FORMAT)


def clock_time(at: dt.time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def date_and_time(instant: dt.datetime) -> str:
    """An instant in the user's time zone: "17 Sep 2026 14:05"."""
    local = instant.astimezone()
    return f"{medium_date(local.date())} {clock_time(local.time())}"


def edit_format() -> str:
    """The display format of date fields: the same as lists."""
    return MEDIUM_FORMAT


def edit_time_format() -> str:
    """The display format of date-and-time fields."""
    return f"{MEDIUM_FORMAT} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def decimal(value: float, places: int = 1) -> str:
    """A number with a decimal comma or point, as the user's language writes it."""
    return QLocale().toString(float(value), "f", places)
