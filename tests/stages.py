"""Diaries at each stage of a series' life, built through the services as a user would fill
them: for the tests that must hold at every stage (the report, the Today page, `status`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from scar_diary.domain.entities import FaceRegion, ScarType, SeriesEnd
from scar_diary.services.diary import Diary

DAY = dt.timedelta(days=1)
START_AGO = 500  # preparation began this many days before "today" in the longer stages


def _scars(diary: Diary) -> tuple[int, int]:
    cheek = diary.scars.add("Left cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    chin = diary.scars.add("Chin", FaceRegion.CHIN, ScarType.ICE_PICK)
    return cheek, chin


def preparation_only(diary: Diary, today: dt.date) -> None:
    diary.series.start(today - 3 * DAY)


def baseline_only(diary: Diary, today: dt.date) -> None:
    diary.series.start(today - 20 * DAY, acne_clear_on=today - 20 * DAY)
    cheek, chin = _scars(diary)
    diary.ratings.record(cheek, today - 2 * DAY, 7, 3, today=today)
    diary.ratings.record(chin, today - 2 * DAY, 8, 2, today=today)


def _sessions(diary: Diary, today: dt.date, count: int, first_ago: int) -> dt.date:
    """`count` sessions 16 days apart, the first `first_ago` days ago; returns the last day."""
    on = today - first_ago * DAY
    for n in range(count):
        on = today - (first_ago - 16 * n) * DAY
        diary.series.record_done(on, today=today)
    return on


def one_session(diary: Diary, today: dt.date) -> None:
    baseline_only(diary, today)
    _sessions(diary, today, 1, 1)  # yesterday: the ratings after it may be swollen
    diary.series.book(today + 15 * DAY, dt.time(9, 30))


def mid_series(diary: Diary, today: dt.date) -> None:
    diary.series.start(today - 90 * DAY, acne_clear_on=today - 90 * DAY)
    cheek, chin = _scars(diary)
    diary.ratings.record(cheek, today - 70 * DAY, 7, 3, today=today)
    diary.ratings.record(chin, today - 70 * DAY, 8, 2, today=today)
    last = _sessions(diary, today, 4, 68)
    diary.ratings.record(cheek, last + 5 * DAY, 5, 5, today=today)
    diary.ratings.record(chin, last + 5 * DAY, 8, 2, today=today)
    diary.ratings.record(cheek, last + DAY, 3, 5, today=today)  # swollen: kept, not used


def complete(diary: Diary, today: dt.date) -> None:
    diary.series.start(today - 160 * DAY, acne_clear_on=today - 160 * DAY)
    cheek, chin = _scars(diary)
    diary.ratings.record(cheek, today - 140 * DAY, 7, 3, today=today)
    diary.ratings.record(chin, today - 140 * DAY, 8, 2, today=today)
    last = _sessions(diary, today, 8, 138)
    diary.ratings.record(cheek, last + 4 * DAY, 4, 6, today=today)
    diary.ratings.record(chin, last + 4 * DAY, 8, 2, today=today)


def ended(diary: Diary, today: dt.date) -> None:
    complete(diary, today)
    diary.series.end(today - 2 * DAY, SeriesEnd.COMPLETED)


def with_boost(diary: Diary, today: dt.date) -> None:
    diary.series.start(today - START_AGO * DAY, acne_clear_on=today - START_AGO * DAY)
    cheek, chin = _scars(diary)
    diary.ratings.record(cheek, today - 480 * DAY, 7, 3, today=today)
    diary.ratings.record(chin, today - 480 * DAY, 8, 2, today=today)
    last = _sessions(diary, today, 7, 478)
    diary.ratings.record(cheek, last + 5 * DAY, 4, 6, today=today)
    diary.series.end(last + 5 * DAY, SeriesEnd.COMPLETED)
    diary.series.record_done(today - 3 * DAY, today=today)  # a boost, a year after the end
    diary.ratings.record(cheek, today - 2 * DAY, 2, 7, today=today)  # may be swollen


STAGES: dict[str, Callable[[Diary, dt.date], None]] = {
    "preparation": preparation_only,
    "baseline": baseline_only,
    "one session": one_session,
    "mid-series": mid_series,
    "complete": complete,
    "ended": ended,
    "boost": with_boost,
}
