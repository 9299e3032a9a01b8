"""Where a day falls in the series: before it, or how long after which session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SessionContext:
    after_session: int | None  # None: before the first treatment day (baseline time)
    days_since: int | None  # days since that session; 0 = on the session day


def treatment_context(
    day: dt.date, treatment_days: Sequence[dt.date], *, session_day_counts_before: bool = False
) -> SessionContext:
    """`treatment_days` in order (DiaryFacts.treatment_days()). A photo on a session day is
    "on the day of session N"; a rating on a session day counts as made before it."""
    number = 0
    last: dt.date | None = None
    for on in treatment_days:
        if on > day or (session_day_counts_before and on == day):
            break
        number += 1
        last = on
    if last is None:
        return SessionContext(None, None)
    return SessionContext(number, (day - last).days)
