"""Progress over the series: the numbers the charts and the doctor summary show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scar_diary.domain.entities import DiaryFacts, Rating
from scar_diary.domain.scores import mean_improvement, scar_improvement
from scar_diary.domain.timeline import session_context


@dataclass(frozen=True)
class SessionImprovement:
    session: int  # 1-based
    on: dt.date
    mean_pct: float | None  # mean depth improvement measured before the next session


def improvement_after_sessions(facts: DiaryFacts, today: dt.date) -> list[SessionImprovement]:
    """For each done session, the mean improvement using each scar's latest rating made
    before the next session (or up to today after the last one)."""
    done = facts.done_visits()
    if not done:
        return []
    first_on = done[0].scheduled_on
    result = []
    for index, visit in enumerate(done):
        cutoff = (
            done[index + 1].scheduled_on if index + 1 < len(done) else today + dt.timedelta(days=1)
        )
        upto = [r for r in facts.ratings if r.rated_on < cutoff]
        per_scar = [scar_improvement(s.id, upto, first_on) for s in facts.active_scars]
        result.append(SessionImprovement(index + 1, visit.scheduled_on, mean_improvement(per_scar)))
    return result


@dataclass(frozen=True)
class RatingPoint:
    rating: Rating
    session_x: float  # sessions done before it, plus the fraction of a 21-day interval since


def scar_points(
    facts: DiaryFacts, scar_id: int, *, since: dt.date | None = None
) -> list[RatingPoint]:
    """A scar's ratings in date order, each placed on a "sessions" axis as well."""
    done = facts.done_visits()
    interval = max(facts.settings.interval_max_days, 1)
    points = []
    for rating in sorted(
        (r for r in facts.ratings if r.scar_id == scar_id), key=lambda r: (r.rated_on, r.id)
    ):
        if since is not None and rating.rated_on < since:
            continue
        context = session_context(rating.rated_on, done)
        if context.after_session is None:
            x = 0.0
        else:
            x = context.after_session + min((context.days_since or 0) / interval, 0.95)
        points.append(RatingPoint(rating, x))
    return points
