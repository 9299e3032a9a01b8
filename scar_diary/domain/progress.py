"""Progress over the series: the numbers the charts and the doctor summary show."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

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
    now = improvements(facts, upto=today)  # each scar's baseline (fixed by the first session)
    visit_days = facts.visit_days()
    swelling = facts.settings.swelling_days
    usable: dict[int, list[Rating]] = {scar_id: [] for scar_id in now}
    for rating in sorted(facts.ratings, key=lambda r: (r.rated_on, r.id)):
        after_first = bool(days) and rating.rated_on > days[0]
        if (
            rating.scar_id in usable
            and after_first
            and not may_be_swollen(rating.rated_on, visit_days, swelling)
        ):
            usable[rating.scar_id].append(rating)
    dates = {scar_id: [r.rated_on for r in mine] for scar_id, mine in usable.items()}
    result = []
    for index, on in enumerate(days):
        cutoff = days[index + 1] if index + 1 < len(days) else today
        at_cutoff = {}
        for scar_id, scar in now.items():  # the latest usable rating up to the cutoff
            position = bisect.bisect_right(dates[scar_id], cutoff) - 1
            latest = usable[scar_id][position] if position >= 0 and scar.baseline else None
            at_cutoff[scar_id] = replace(scar, latest=latest)
        found = evidence(rated_after(at_cutoff, on))
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
