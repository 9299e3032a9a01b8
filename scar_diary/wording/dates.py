"""Dates and times in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def clock_time(at: dt.time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def medium_date(day: dt.date) -> str:
    """Unambiguous and short, for tables: "17 Sep 2026" (month names in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
