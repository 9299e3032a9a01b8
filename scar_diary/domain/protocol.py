"""Schedule rules of the protocol: preparation, the allowed-visit window, booking flags,
series progress and state, the stop rule and maintenance boosts.

Only what happened counts. A booking whose day has passed without being marked done,
moved or cancelled is *awaiting confirmation*: it has no number, moves no window and raises
no flags until the user says what became of it. Two sessions done on one day are one
treatment day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from scar_diary.domain.entities import (
    DiaryFacts,
    ProtocolSettings,
    Series,
    Visit,
    VisitKind,
    VisitStatus,
)
from scar_diary.domain.scores import Evidence, evidence, improvements

DAYS_PER_YEAR = 365


class PrepPhase(StrEnum):
    NOT_STARTED = "not_started"
    APPLYING = "applying"  # vitamin A acid (tretinoin) on the scars
    PAUSING = "pausing"  # the clinic's retinoid pause before the first session
    COMPLETE = "complete"


@dataclass(frozen=True)
class PrepStatus:
    started_on: dt.date | None
    ready_on: dt.date | None  # the first day the first session may be: preparation + pause
    acne_clear_on: dt.date | None
    days_done: int
    prep_days: int
    pause_days: int = 0
    acne_flared_on: dt.date | None = None

    @property
    def started(self) -> bool:
        return self.started_on is not None and self.days_done >= 0

    @property
    def total_days(self) -> int:
        return self.prep_days + self.pause_days

    @property
    def needed(self) -> bool:
        """Whether the settings ask for any preparation at all (0 days: none)."""
        return self.total_days > 0

    @property
    def complete(self) -> bool:
        return not self.needed or (self.started and self.days_done >= self.total_days)

    @property
    def phase(self) -> PrepPhase:
        if not self.needed:
            return PrepPhase.COMPLETE
        if not self.started:
            return PrepPhase.NOT_STARTED
        if self.days_done < self.prep_days:
            return PrepPhase.APPLYING
        if self.days_done < self.total_days:
            return PrepPhase.PAUSING
        return PrepPhase.COMPLETE

    @property
    def applying_until(self) -> dt.date | None:
        """The first day the preparation no longer asks for the vitamin A acid."""
        if self.started_on is None:
            return None
        return self.started_on + dt.timedelta(days=self.prep_days)

    @property
    def day_number(self) -> int:
        """1-based day of the current phase, capped at its length (0 before the start)."""
        if self.phase is PrepPhase.PAUSING:
            return self.days_done - self.prep_days + 1
        return min(self.days_done + 1, self.prep_days) if self.started else 0

    @property
    def days_left(self) -> int:
        """Days until the first session may be."""
        return max(self.total_days - self.days_done, 0) if self.started else self.total_days

    @property
    def acne_clear(self) -> bool:
        """Confirmed clear, and no flare reported since."""
        return self.acne_clear_on is not None and self.acne_flared_on is None

    @property
    def ready(self) -> bool:
        return self.complete and self.acne_clear


def prep_status(series: Series | None, settings: ProtocolSettings, today: dt.date) -> PrepStatus:
    started_on = series.prep_started_on if series else None
    acne_clear_on = series.acne_clear_on if series else None
    flared_on = series.acne_flared_on if series else None
    pause = settings.retinoid_pause_days
    if started_on is None:
        return PrepStatus(None, None, acne_clear_on, 0, settings.prep_days, pause, flared_on)
    ready_on = started_on + dt.timedelta(days=settings.prep_days + pause)
    return PrepStatus(
        started_on,
        ready_on,
        acne_clear_on,
        (today - started_on).days,
        settings.prep_days,
        pause,
        flared_on,
    )


@dataclass(frozen=True)
class PlannedLength:
    """How many sessions the series is planned for: the series' own number when set (the
    doctor's plan), else the settings' range."""

    low: int
    high: int

    @property
    def fixed(self) -> bool:
        return self.low == self.high


def planned_length(facts: DiaryFacts) -> PlannedLength:
    planned = facts.series.planned_sessions if facts.series else None
    if planned:
        return PlannedLength(planned, planned)
    return PlannedLength(facts.settings.series_min, facts.settings.series_max)


@dataclass(frozen=True)
class SeriesProgress:
    done: int  # treatment days
    planned_min: int
    planned_max: int

    @property
    def length_reached(self) -> bool:
        return self.done >= self.planned_max


def series_progress(facts: DiaryFacts) -> SeriesProgress:
    planned = planned_length(facts)
    return SeriesProgress(len(facts.treatment_days()), planned.low, planned.high)


class SeriesState(StrEnum):
    NO_SERIES = "no_series"
    PREPARING = "preparing"  # set up, no session done yet
    IN_SERIES = "in_series"
    COMPLETE = "complete"  # the planned length is done; the series waits to be ended
    ENDED = "ended"


def series_state(facts: DiaryFacts) -> SeriesState:
    series = facts.series
    if series is None:
        return SeriesState.NO_SERIES
    if series.ended_on is not None:
        return SeriesState.ENDED
    progress = series_progress(facts)
    if progress.length_reached:
        return SeriesState.COMPLETE
    return SeriesState.IN_SERIES if progress.done else SeriesState.PREPARING


@dataclass(frozen=True)
class Window:
    """When the next session may be. `latest` is None before the first session (no upper
    bound) and `earliest` is None while preparation has not started."""

    earliest: dt.date | None
    latest: dt.date | None
    after_session: int  # how many treatment days are done; 0 = the window for the first

    def contains(self, day: dt.date) -> bool:
        if self.earliest is not None and day < self.earliest:
            return False
        return self.latest is None or day <= self.latest


def next_window(facts: DiaryFacts) -> Window | None:
    """None when no further session of the series is expected: there is no series, it has
    ended, or it is complete."""
    series = facts.series
    if series_state(facts) in (SeriesState.NO_SERIES, SeriesState.ENDED, SeriesState.COMPLETE):
        return None
    days = facts.treatment_days()
    settings = facts.settings
    if not days:
        prep = prep_status(series, settings, dt.date.min)
        return Window(prep.ready_on, None, 0)
    last = days[-1]
    return Window(
        last + dt.timedelta(days=settings.interval_min_days),
        last + dt.timedelta(days=settings.interval_max_days),
        len(days),
    )


class VisitFlag(StrEnum):
    OK = "ok"
    TOO_EARLY = "too_early"
    OVERDUE = "overdue"
    PREP_INCOMPLETE = "prep_incomplete"
    ACNE_NOT_CLEAR = "acne_not_clear"
    SAME_DAY = "same_day"  # a second session on a day that already has one
    BEYOND_PLAN = "beyond_plan"  # booked after the planned length: the doctor decides
    AWAITING = "awaiting_confirmation"  # its day has passed: did it happen?
    # boosts: injections too, and maintenance after a series that helped
    BOOST_DURING_SERIES = "boost_during_series"  # the series has not ended by its day
    TOO_EARLY_FOR_MAINTENANCE = "too_early_for_maintenance"  # sooner than the yearly count
    AFTER_NO_IMPROVEMENT = "after_no_improvement"  # the series ended without improvement


_PRIORITY = (
    VisitFlag.AWAITING,
    VisitFlag.SAME_DAY,
    VisitFlag.PREP_INCOMPLETE,
    VisitFlag.TOO_EARLY,
    VisitFlag.BOOST_DURING_SERIES,
    VisitFlag.ACNE_NOT_CLEAR,
    VisitFlag.AFTER_NO_IMPROVEMENT,
    VisitFlag.TOO_EARLY_FOR_MAINTENANCE,
    VisitFlag.OVERDUE,
    VisitFlag.BEYOND_PLAN,
)


@dataclass(frozen=True)
class ClassifiedVisit:
    visit: Visit
    number: int | None  # session (or boost) number; None while awaiting confirmation
    interval_days: int | None  # days since the one before, None for the first
    flags: tuple[VisitFlag, ...]  # most important first; (OK,) when nothing is wrong
    first_allowed_on: dt.date | None  # the earliest date the protocol allows for it

    @property
    def flag(self) -> VisitFlag:
        return self.flags[0]

    @property
    def awaiting(self) -> bool:
        return self.flag is VisitFlag.AWAITING

    @property
    def is_boost(self) -> bool:
        return self.visit.kind is VisitKind.BOOST


def _acne_not_clear_for(visit: Visit, prep: PrepStatus, first: bool) -> bool:
    day = visit.scheduled_on
    if prep.acne_flared_on is not None and day >= prep.acne_flared_on:
        return True  # a flare since the confirmation: until it is confirmed clear again
    if first:
        return prep.acne_clear_on is None or prep.acne_clear_on > day
    return visit.status is VisitStatus.BOOKED and prep.acne_clear_on is None


def _live(facts: DiaryFacts, today: dt.date, kind: VisitKind) -> list[Visit]:
    """Done visits of one kind and its bookings from today on, in date order."""
    return sorted(
        (
            v
            for v in facts.visits
            if v.kind is kind
            and (
                v.status is VisitStatus.DONE
                or (v.status is VisitStatus.BOOKED and v.scheduled_on >= today)
            )
        ),
        key=lambda v: (v.scheduled_on, v.id),
    )


def _ordered(flags: set[VisitFlag]) -> tuple[VisitFlag, ...]:
    return tuple(f for f in _PRIORITY if f in flags) or (VisitFlag.OK,)


def _session_chain(facts: DiaryFacts, today: dt.date) -> list[ClassifiedVisit]:
    """Sessions numbered and checked against the session before."""
    settings = facts.settings
    prep = prep_status(facts.series, settings, today)
    planned = planned_length(facts)
    result: list[ClassifiedVisit] = []
    count = 0
    previous: dt.date | None = None
    for visit in _live(facts, today, VisitKind.SESSION):
        day = visit.scheduled_on
        if previous is not None and day == previous:
            result.append(ClassifiedVisit(visit, count, 0, (VisitFlag.SAME_DAY,), None))
            continue
        count += 1
        flags: set[VisitFlag] = set()
        interval: int | None = None
        first_allowed: dt.date | None = None
        if previous is None:
            first_allowed = prep.ready_on
            # with no preparation set (0 days) no date is too early for lack of one
            if prep.needed and (first_allowed is None or day < first_allowed):
                flags.add(VisitFlag.PREP_INCOMPLETE)
        else:
            interval = (day - previous).days
            first_allowed = previous + dt.timedelta(days=settings.interval_min_days)
            if interval < settings.interval_min_days:
                flags.add(VisitFlag.TOO_EARLY)
            elif interval > settings.interval_max_days:
                flags.add(VisitFlag.OVERDUE)
        if visit.status is VisitStatus.BOOKED and count > planned.high:
            flags.add(VisitFlag.BEYOND_PLAN)
        if _acne_not_clear_for(visit, prep, first=previous is None):
            flags.add(VisitFlag.ACNE_NOT_CLEAR)
        result.append(ClassifiedVisit(visit, count, interval, _ordered(flags), first_allowed))
        previous = day
    return result


def maintenance_spacing_days(settings: ProtocolSettings) -> int | None:
    """Days between maintenance boosts the settings allow; None when they plan none."""
    if settings.boosts_per_year == 0:
        return None
    return round(DAYS_PER_YEAR / settings.boosts_per_year)


def _boost_chain(
    facts: DiaryFacts, today: dt.date, sessions: list[ClassifiedVisit]
) -> list[ClassifiedVisit]:
    """Boosts are injections too: each is checked against the injection before it (a
    session or a boost) like a session is, and as maintenance against the yearly count,
    the series' end and the series' own verdict."""
    settings = facts.settings
    prep = prep_status(facts.series, settings, today)
    series = facts.series
    ended_on = series.ended_on if series is not None else None
    helped = ended_on is None or ended_verdict(facts) in (
        SeriesOutcome.IMPROVED,
        SeriesOutcome.NOT_MEASURED,
    )
    spacing = maintenance_spacing_days(settings)
    injections = [c.visit.scheduled_on for c in sessions]
    result: list[ClassifiedVisit] = []
    count = 0
    previous_boost: dt.date | None = None
    for visit in _live(facts, today, VisitKind.BOOST):
        day = visit.scheduled_on
        if previous_boost is not None and day == previous_boost:
            result.append(ClassifiedVisit(visit, count, 0, (VisitFlag.SAME_DAY,), None))
            continue
        count += 1
        flags: set[VisitFlag] = set()
        before = [d for d in injections if d < day]
        previous = max(before) if before else None
        interval = None if previous is None else (day - previous).days
        first_allowed = (
            None if previous is None else previous + dt.timedelta(days=settings.interval_min_days)
        )
        if interval is not None and interval < settings.interval_min_days:
            flags.add(VisitFlag.TOO_EARLY)
        if ended_on is None or day <= ended_on:
            flags.add(VisitFlag.BOOST_DURING_SERIES)
        else:
            anchor = previous_boost or ended_on
            if spacing is None or (day - anchor).days < spacing:
                flags.add(VisitFlag.TOO_EARLY_FOR_MAINTENANCE)
            if spacing is not None:
                due = anchor + dt.timedelta(days=spacing)
                first_allowed = max(first_allowed, due) if first_allowed else due
            if not helped:
                flags.add(VisitFlag.AFTER_NO_IMPROVEMENT)
        if prep.acne_flared_on is not None and day >= prep.acne_flared_on:
            flags.add(VisitFlag.ACNE_NOT_CLEAR)
        result.append(ClassifiedVisit(visit, count, interval, _ordered(flags), first_allowed))
        previous_boost = day
        injections.append(day)
    return result


def classify_visits(facts: DiaryFacts, today: dt.date) -> tuple[ClassifiedVisit, ...]:
    """Every visit that is not cancelled, in date order: sessions and boosts numbered and
    flagged, past bookings marked as awaiting confirmation."""
    awaiting = [
        ClassifiedVisit(v, None, None, (VisitFlag.AWAITING,), None)
        for v in facts.visits
        if v.status is VisitStatus.BOOKED and v.scheduled_on < today
    ]
    sessions = _session_chain(facts, today)
    everything = [*sessions, *_boost_chain(facts, today, sessions), *awaiting]
    return tuple(sorted(everything, key=lambda c: (c.visit.scheduled_on, c.visit.id)))


@dataclass(frozen=True)
class CandidateCheck:
    """How a booking on a day would be flagged, before it is saved, and which later visit
    (if any) it would make too early."""

    candidate: ClassifiedVisit
    upset: ClassifiedVisit | None


CANDIDATE_ID = -1


def check_candidate(
    facts: DiaryFacts,
    on: dt.date,
    today: dt.date,
    *,
    kind: VisitKind = VisitKind.SESSION,
    replacing: int | None = None,
) -> CandidateCheck:
    """The booking dialog shows this while the date is being picked: the new (or moved)
    visit is checked against the one before it and the one after it."""
    candidate = Visit(id=CANDIDATE_ID, scheduled_on=on, status=VisitStatus.BOOKED, kind=kind)
    others = tuple(v for v in facts.visits if v.id != replacing)
    classified = classify_visits(replace(facts, visits=(*others, candidate)), today)
    mine = next(c for c in classified if c.visit.id == CANDIDATE_ID)
    later = [
        c
        for c in classified
        if c.visit.kind is kind
        and c.visit.id != CANDIDATE_ID
        and not c.awaiting
        and c.visit.scheduled_on > on
    ]
    upset = later[0] if later and VisitFlag.TOO_EARLY in later[0].flags else None
    return CandidateCheck(mine, upset)


class StopRule(StrEnum):
    CONTINUE = "continue"
    DISCUSS_STOPPING = "discuss_stopping"
    NOT_EXPECTED_TO_HELP = "not_expected_to_help"
    # the doctor planned fewer sessions than the protocol's minimum and they are done: the
    # plan is done, and the article's "no improvement after 6–8" says nothing about it
    PLAN_DONE = "plan_done"
    NOT_ENOUGH_RATINGS = "not_enough_ratings"


def fresh_after(facts: DiaryFacts) -> dt.date | None:
    """The day after which a rating must be made to speak about the latest sessions: the
    last session's day, or the one before it (a setting). None before any session."""
    days = facts.treatment_days()
    back = facts.settings.fresh_rating_sessions
    if not days:
        return None
    return days[max(len(days) - 1 - back, 0)]


def stop_rule(
    done: int, fresh: Evidence, planned: PlannedLength, settings: ProtocolSettings
) -> StopRule:
    """From the shortest planned length on, without measurable improvement, suggest
    discussing stopping with the doctor; at the longest, more sessions are not expected to
    help. `fresh` is the evidence of ratings made after the latest sessions: missing or
    old ratings are never "no improvement", they ask for a new rating instead."""
    if done < planned.low:
        return StopRule.CONTINUE
    if fresh.measured == 0:
        return StopRule.NOT_ENOUGH_RATINGS
    if fresh.improved(settings):
        return StopRule.CONTINUE
    if done >= planned.high:
        if done < settings.series_min:
            return StopRule.PLAN_DONE
        return StopRule.NOT_EXPECTED_TO_HELP
    return StopRule.DISCUSS_STOPPING


class SeriesOutcome(StrEnum):
    """What a series that has ended showed, judged from the ratings up to its end."""

    IMPROVED = "improved"
    # a full series (at least the protocol's minimum of sessions) without measurable
    # improvement: what the article says about trying again applies
    NO_IMPROVEMENT = "no_improvement"
    PLAN_DONE = "plan_done"  # the doctor's shorter plan done, without measurable improvement
    TOO_EARLY = "too_early"  # ended before the planned minimum: too early to say
    NOT_MEASURED = "not_measured"  # no baseline and later rating to compare


def series_outcome(
    done: int, found: Evidence, planned: PlannedLength, settings: ProtocolSettings
) -> SeriesOutcome:
    if found.improved(settings):
        return SeriesOutcome.IMPROVED
    if found.measured and done >= settings.series_min:
        return SeriesOutcome.NO_IMPROVEMENT
    if done < planned.low:
        return SeriesOutcome.TOO_EARLY
    if not found.measured:
        return SeriesOutcome.NOT_MEASURED
    return SeriesOutcome.PLAN_DONE


def verdict_evidence(facts: DiaryFacts) -> Evidence:
    """The series' evidence at its own moment: for a series that has ended, the ratings up
    to its end (later ones, after a boost or months on, are "now", never the verdict)."""
    series = facts.series
    upto = series.ended_on if series is not None else None
    return evidence(improvements(facts, upto=upto).values())


def ended_verdict(facts: DiaryFacts) -> SeriesOutcome | None:
    """The outcome of the current series once it has ended; None while it runs."""
    series = facts.series
    if series is None or series.ended_on is None:
        return None
    return series_outcome(
        series_progress(facts).done, verdict_evidence(facts), planned_length(facts), facts.settings
    )


def maintenance_due_on(facts: DiaryFacts, improved: bool) -> dt.date | None:
    """The next maintenance boost after a series that ended with improvement (completed or
    stopped): one every 365 / boosts-per-year days, counted from the day the series ended
    or the last boost since."""
    series = facts.series
    spacing = maintenance_spacing_days(facts.settings)
    if series is None or series.ended_on is None or spacing is None:
        return None
    if not improved:
        return None
    boosts = [v.scheduled_on for v in facts.done_visits(VisitKind.BOOST)]
    last = max([series.ended_on, *boosts])
    return last + dt.timedelta(days=spacing)
