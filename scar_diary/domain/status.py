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
    SeriesOutcome,
    SeriesProgress,
    SeriesState,
    StopRule,
    Window,
    classify_visits,
    fresh_after,
    maintenance_due_on,
    next_window,
    planned_length,
    prep_status,
    series_outcome,
    series_progress,
    series_state,
    stop_rule,
    verdict_evidence,
)
from scar_diary.domain.scores import (
    Evidence,
    ScarImprovement,
    evidence,
    improvements,
    original_improvements,
    poor_responders_mean,
    rated_after,
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
    improvements: dict[int, ScarImprovement]  # each scar now (its latest usable rating)
    # The series' verdict rests on the ratings of its moment: today while it runs, its end
    # day once it has ended. Ratings after the end are `evidence_now`, never the verdict.
    evidence: Evidence
    improved: bool  # the verdict's evidence reaches the "no improvement" threshold
    poor_responders_mean: float | None
    stop_rule: StopRule
    maintenance_due_on: dt.date | None
    scar_count: int
    swollen_rating_ids: frozenset[int]  # ratings made while the skin may be swollen
    outcome: SeriesOutcome | None  # once the series has ended: what it showed by its end
    evidence_now: Evidence | None  # after the end: ratings made since, against the baseline
    previous_outcome: SeriesOutcome | None  # the series before this one, by its end
    original_evidence: Evidence | None  # a later series: against the first series' baseline
    window_closed_on: dt.date | None  # the next session's window closed, nothing booked
    lapsed: bool  # ... and so long ago (the lapse setting) that the series has lapsed

    @property
    def previous_series_unhelpful(self) -> bool:
        """The series before this one was a full series without measurable improvement:
        only then does the article's "little sense in trying again" apply."""
        return self.previous_outcome is SeriesOutcome.NO_IMPROVEMENT

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


def _previous_outcome(facts: DiaryFacts) -> SeriesOutcome | None:
    """What the series before the current one showed by its own end."""
    if not facts.earlier:
        return None
    previous = facts.earlier[-1]
    if previous.series.ended_on is None:
        return None
    then = replace(facts, series=previous.series, visits=previous.visits, earlier=())
    return series_outcome(
        series_progress(then).done, verdict_evidence(then), planned_length(then), facts.settings
    )


def _evidence_now(facts: DiaryFacts, per_scar: dict[int, ScarImprovement]) -> Evidence | None:
    """After the series has ended: the scars rated since its end, against the baseline."""
    series = facts.series
    if series is None or series.ended_on is None:
        return None
    since = rated_after(per_scar, series.ended_on)
    return evidence(since) if any(s.measured for s in since) else None


def _original_evidence(facts: DiaryFacts, today: dt.date) -> Evidence | None:
    if not facts.earlier:
        return None
    found = evidence(original_improvements(facts, upto=today).values())
    return found if found.measured else None


def _closed_window(
    facts: DiaryFacts, window: Window | None, visits: tuple[ClassifiedVisit, ...], today: dt.date
) -> dt.date | None:
    """The last day of the next session's window, once it has passed with no session
    booked and no past booking waiting for its answer."""
    if window is None or window.latest is None or today <= window.latest:
        return None
    waiting_or_booked = any(
        c.awaiting or (c.visit.status is VisitStatus.BOOKED and not c.is_boost) for c in visits
    )
    return None if waiting_or_booked else window.latest


def diary_status(facts: DiaryFacts, today: dt.date) -> DiaryStatus:
    per_scar = improvements(facts, upto=today)
    series = facts.series
    ended = series is not None and series.ended_on is not None
    # the verdict's moment: the series' end once it has ended, else today
    at_verdict = improvements(facts, upto=series.ended_on) if ended and series else per_scar
    found = evidence(at_verdict.values())
    improved = found.improved(facts.settings)
    progress = series_progress(facts)
    planned = planned_length(facts)
    visits = classify_visits(facts, today)
    fresh = evidence(rated_after(per_scar, fresh_after(facts)))
    window = next_window(facts)
    closed_on = _closed_window(facts, window, visits, today)
    return DiaryStatus(
        today=today,
        series=series,
        state=series_state(facts),
        prep=prep_status(series, facts.settings, today),
        progress=progress,
        planned=planned,
        next_window=window,
        visits=visits,
        aftercare=_aftercare(visits, today, facts.aftercare_texts),
        improvements=per_scar,
        evidence=found,
        improved=improved,
        poor_responders_mean=poor_responders_mean(at_verdict.values()),
        stop_rule=stop_rule(progress.done, fresh, planned, facts.settings),
        maintenance_due_on=maintenance_due_on(facts, improved),
        scar_count=len(facts.scars),
        swollen_rating_ids=swollen_rating_ids(facts),
        outcome=(series_outcome(progress.done, found, planned, facts.settings) if ended else None),
        evidence_now=_evidence_now(facts, per_scar),
        previous_outcome=_previous_outcome(facts),
        original_evidence=_original_evidence(facts, today),
        window_closed_on=closed_on,
        lapsed=closed_on is not None and (today - closed_on).days > facts.settings.lapse_days,
    )
