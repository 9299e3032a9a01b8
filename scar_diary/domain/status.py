"""Today's status: every rule applied to the diary at once, for the Today page and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scar_diary.domain.aftercare import AFTERCARE_DAYS, AftercareDay, tips_for_day
from scar_diary.domain.entities import DiaryFacts, Series, VisitStatus
from scar_diary.domain.protocol import (
    ClassifiedVisit,
    PrepStatus,
    SeriesProgress,
    StopRule,
    Window,
    classify_visits,
    maintenance_due_on,
    next_window,
    prep_status,
    series_progress,
    stop_rule,
)
from scar_diary.domain.scores import ScarImprovement, improvements, mean_improvement


@dataclass(frozen=True)
class DiaryStatus:
    today: dt.date
    series: Series | None
    prep: PrepStatus
    progress: SeriesProgress
    next_window: Window | None
    sessions: tuple[ClassifiedVisit, ...]  # done and booked, numbered, in date order
    aftercare: AftercareDay | None
    improvements: dict[int, ScarImprovement]
    mean_improvement: float | None
    stop_rule: StopRule
    maintenance_due_on: dt.date | None
    scar_count: int

    @property
    def is_empty(self) -> bool:
        """A diary with nothing in it yet: no series and no scars."""
        return self.series is None and self.scar_count == 0

    @property
    def booked(self) -> tuple[ClassifiedVisit, ...]:
        return tuple(c for c in self.sessions if c.visit.status is VisitStatus.BOOKED)

    @property
    def next_booked(self) -> ClassifiedVisit | None:
        upcoming = [c for c in self.booked if c.visit.scheduled_on >= self.today]
        return upcoming[0] if upcoming else None

    @property
    def last_done(self) -> ClassifiedVisit | None:
        done = [c for c in self.sessions if c.visit.status is VisitStatus.DONE]
        return done[-1] if done else None

    @property
    def series_ended(self) -> bool:
        return self.series is not None and self.series.ended_on is not None


def _aftercare(
    sessions: tuple[ClassifiedVisit, ...], today: dt.date, clinic_texts: tuple[str, ...]
) -> AftercareDay | None:
    done = [
        c for c in sessions if c.visit.status is VisitStatus.DONE and c.visit.scheduled_on <= today
    ]
    if not done:
        return None
    last = done[-1]
    day = (today - last.visit.scheduled_on).days
    if day > AFTERCARE_DAYS:
        return None
    return AftercareDay(last.number, day, tips_for_day(day), clinic_texts)


def diary_status(facts: DiaryFacts, today: dt.date) -> DiaryStatus:
    per_scar = improvements(facts)
    mean = mean_improvement(per_scar.values())
    progress = series_progress(facts)
    sessions = classify_visits(facts)
    return DiaryStatus(
        today=today,
        series=facts.series,
        prep=prep_status(facts.series, facts.settings, today),
        progress=progress,
        next_window=next_window(facts),
        sessions=sessions,
        aftercare=_aftercare(sessions, today, facts.aftercare_texts),
        improvements=per_scar,
        mean_improvement=mean,
        stop_rule=stop_rule(progress.done, mean, facts.settings),
        maintenance_due_on=maintenance_due_on(facts, mean),
        scar_count=len(facts.scars),
    )
