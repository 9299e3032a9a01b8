"""Today's status: every rule applied to the diary at once, for the Today page, the Visits
page, reminders, `scar-diary status`, the calendar file and the doctor summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from scar_diary.domain.aftercare import AFTERCARE_DAYS, AftercareDay, tips_for_day
from scar_diary.domain.entities import DiaryFacts, Series, VisitKind, VisitStatus
from scar_diary.domain.protocol import (
    ClassifiedVisit,
    PlannedLength,
    PrepStatus,
    SeriesProgress,
    SeriesState,
    StopRule,
    Window,
    classify_visits,
    maintenance_due_on,
    next_window,
    planned_length,
    prep_status,
    series_progress,
    series_state,
    stop_rule,
)
from scar_diary.domain.scores import (
    Evidence,
    ScarImprovement,
    evidence,
    improvements,
    poor_responders_mean,
    swollen_rating_ids,
)


@dataclass(frozen=True)
class DiaryStatus:
    today: dt.date
    series: Series | None
    state: SeriesState
    prep: PrepStatus
    progress: SeriesProgress
    planned: PlannedLength
    next_window: Window | None
    visits: tuple[ClassifiedVisit, ...]  # every visit that is not cancelled, in date order
    aftercare: AftercareDay | None
    improvements: dict[int, ScarImprovement]
    evidence: Evidence
    improved: bool  # the evidence reaches the "no improvement" threshold
    poor_responders_mean: float | None
    stop_rule: StopRule
    maintenance_due_on: dt.date | None
    scar_count: int
    swollen_rating_ids: frozenset[int]  # ratings made while the skin may be swollen
    previous_series_unhelpful: bool  # the series before this one ended without improvement

    @property
    def mean_improvement(self) -> float | None:
        return self.evidence.mean_depth_pct

    @property
    def is_empty(self) -> bool:
        """A diary with nothing in it yet: no series and no scars."""
        return self.series is None and self.scar_count == 0

    @property
    def awaiting(self) -> tuple[ClassifiedVisit, ...]:
        """Bookings whose day has passed without being marked done, moved or cancelled."""
        return tuple(c for c in self.visits if c.awaiting)

    @property
    def booked(self) -> tuple[ClassifiedVisit, ...]:
        """Bookings from today on (sessions and boosts)."""
        return tuple(
            c for c in self.visits if c.visit.status is VisitStatus.BOOKED and not c.awaiting
        )

    @property
    def next_booked(self) -> ClassifiedVisit | None:
        return self.booked[0] if self.booked else None

    @property
    def last_done(self) -> ClassifiedVisit | None:
        """The latest done session of the series (boosts are not sessions)."""
        done = [
            c
            for c in self.visits
            if c.visit.status is VisitStatus.DONE and c.visit.kind is VisitKind.SESSION
        ]
        return done[-1] if done else None

    @property
    def boosts_done(self) -> int:
        return sum(
            1
            for c in self.visits
            if c.visit.status is VisitStatus.DONE and c.visit.kind is VisitKind.BOOST
        )

    @property
    def series_ended(self) -> bool:
        return self.state is SeriesState.ENDED


def _aftercare(
    visits: tuple[ClassifiedVisit, ...], today: dt.date, clinic_texts: tuple[str, ...]
) -> AftercareDay | None:
    done = [
        c for c in visits if c.visit.status is VisitStatus.DONE and c.visit.scheduled_on <= today
    ]
    if not done:
        return None
    last = done[-1]
    day = (today - last.visit.scheduled_on).days
    if day > AFTERCARE_DAYS or last.number is None:
        return None
    return AftercareDay(last.number, day, tips_for_day(day), clinic_texts, last.is_boost)


def _ended_without_improvement(facts: DiaryFacts) -> bool:
    """Whether the series before the current one ended without measurable improvement."""
    if not facts.earlier:
        return False
    previous = facts.earlier[-1]
    if previous.series.ended_on is None:
        return False
    then = replace(facts, series=previous.series, visits=previous.visits, earlier=())
    found = evidence(improvements(then, upto=previous.series.ended_on).values())
    return found.measured > 0 and not found.improved(facts.settings)


def diary_status(facts: DiaryFacts, today: dt.date) -> DiaryStatus:
    per_scar = improvements(facts, upto=today)
    found = evidence(per_scar.values())
    progress = series_progress(facts)
    planned = planned_length(facts)
    visits = classify_visits(facts, today)
    return DiaryStatus(
        today=today,
        series=facts.series,
        state=series_state(facts),
        prep=prep_status(facts.series, facts.settings, today),
        progress=progress,
        planned=planned,
        next_window=next_window(facts),
        visits=visits,
        aftercare=_aftercare(visits, today, facts.aftercare_texts),
        improvements=per_scar,
        evidence=found,
        improved=found.improved(facts.settings),
        poor_responders_mean=poor_responders_mean(per_scar.values()),
        stop_rule=stop_rule(progress.done, found, planned, facts.settings),
        maintenance_due_on=maintenance_due_on(facts, found.improved(facts.settings)),
        scar_count=len(facts.scars),
        swollen_rating_ids=swollen_rating_ids(facts),
        previous_series_unhelpful=_ended_without_improvement(facts),
    )
