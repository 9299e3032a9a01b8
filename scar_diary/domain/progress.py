"""Progress over the series: the numbers the charts and the doctor summary show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scar_diary.domain.entities import DiaryFacts, Rating
from scar_diary.domain.scores import evidence, improvements, may_be_swollen, rated_after
from scar_diary.domain.timeline import treatment_context


@dataclass(frozen=True)
class SessionImprovement:
    session: int  # 1-based treatment day
    on: dt.date
    mean_pct: float | None  # mean depth improvement measured before the next session
    mean_softening: float | None = None  # mean softening change, points


def improvement_after_sessions(facts: DiaryFacts, today: dt.date) -> list[SessionImprovement]:
    """For each treatment day, the mean improvement of the scars expected to respond, using
    each scar's latest usable rating made after that session and up to the next session's
    day (a rating on that day was made before it), or up to today after the last one. A
    rating made before session N is never drawn as "after session N": a session with no
    rating of its own has no point (None)."""
    days = facts.treatment_days()
    result = []
    for index, on in enumerate(days):
        cutoff = days[index + 1] if index + 1 < len(days) else today
        found = evidence(rated_after(improvements(facts, upto=cutoff), on))
        result.append(
            SessionImprovement(index + 1, on, found.mean_depth_pct, found.mean_softening_change)
        )
    return result


@dataclass(frozen=True)
class RatingPoint:
    rating: Rating
    session_x: float  # sessions done before it, plus the fraction of an interval since
    may_be_swollen: bool = False  # shown, but not part of the line


def scar_points(
    facts: DiaryFacts, scar_id: int, *, since: dt.date | None = None
) -> list[RatingPoint]:
    """A scar's ratings in date order, each placed on a "sessions" axis as well. A rating
    on a session day sits just before that session."""
    days = facts.treatment_days()
    visit_days = facts.visit_days()
    interval = max(facts.settings.interval_max_days, 1)
    points = []
    for rating in sorted(
        (r for r in facts.ratings if r.scar_id == scar_id), key=lambda r: (r.rated_on, r.id)
    ):
        if since is not None and rating.rated_on < since:
            continue
        context = treatment_context(rating.rated_on, days, session_day_counts_before=True)
        if context.after_session is None:
            x = 0.0
        else:
            x = context.after_session + min((context.days_since or 0) / interval, 0.95)
        swollen = may_be_swollen(rating.rated_on, visit_days, facts.settings.swelling_days)
        points.append(RatingPoint(rating, x, swollen))
    return points
