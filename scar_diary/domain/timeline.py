"""Where a day falls in the series: before it, or how long after which session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from scar_diary.domain.entities import Visit


@dataclass(frozen=True)
class SessionContext:
    after_session: int | None  # None: before the first done session (baseline time)
    days_since: int | None  # days since that session; 0 = on the session day


def session_context(day: dt.date, done_visits: Sequence[Visit]) -> SessionContext:
    """`done_visits` in the order they happened (DiaryFacts.done_visits())."""
    number = 0
    last: Visit | None = None
    for visit in done_visits:
        if visit.scheduled_on > day:
            break
        number += 1
        last = visit
    if last is None:
        return SessionContext(None, None)
    return SessionContext(number, (day - last.scheduled_on).days)
