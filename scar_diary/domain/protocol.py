"""Schedule rules of the protocol: preparation, the allowed-visit window, booking flags,
series progress, the stop rule and maintenance boosts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from scar_diary.domain.entities import (
    DiaryFacts,
    ProtocolSettings,
    Series,
    SeriesEnd,
    Visit,
    VisitStatus,
)

DAYS_PER_YEAR = 365


@dataclass(frozen=True)
class PrepStatus:
    started_on: dt.date | None
    ready_on: dt.date | None
    acne_clear_on: dt.date | None
    days_done: int
    prep_days: int

    @property
    def started(self) -> bool:
        return self.started_on is not None and self.days_done >= 0

    @property
    def complete(self) -> bool:
        return self.started and self.days_done >= self.prep_days

    @property
    def day_number(self) -> int:
        """1-based day of preparation, capped at the required length."""
        return min(self.days_done + 1, self.prep_days) if self.started else 0

    @property
    def days_left(self) -> int:
        return max(self.prep_days - self.days_done, 0) if self.started else self.prep_days

    @property
    def acne_clear(self) -> bool:
        return self.acne_clear_on is not None

    @property
    def ready(self) -> bool:
        return self.complete and self.acne_clear


def prep_status(series: Series | None, settings: ProtocolSettings, today: dt.date) -> PrepStatus:
    started_on = series.prep_started_on if series else None
    acne_clear_on = series.acne_clear_on if series else None
    if started_on is None:
        return PrepStatus(None, None, acne_clear_on, 0, settings.prep_days)
    ready_on = started_on + dt.timedelta(days=settings.prep_days)
    return PrepStatus(
        started_on, ready_on, acne_clear_on, (today - started_on).days, settings.prep_days
    )


@dataclass(frozen=True)
class Window:
    """When the next session may be. `latest` is None before the first session (no upper
    bound) and `earliest` is None while preparation has not started."""

    earliest: dt.date | None
    latest: dt.date | None
    after_session: int  # how many sessions are done; 0 = the window for the first session

    def contains(self, day: dt.date) -> bool:
        if self.earliest is not None and day < self.earliest:
            return False
        return self.latest is None or day <= self.latest


def next_window(facts: DiaryFacts) -> Window | None:
    """None when there is no series or it has ended."""
    series = facts.series
    if series is None or series.ended_on is not None:
        return None
    done = facts.done_visits()
    settings = facts.settings
    if not done:
        prep = prep_status(series, settings, dt.date.min)
        return Window(prep.ready_on, None, 0)
    last = done[-1].scheduled_on
    return Window(
        last + dt.timedelta(days=settings.interval_min_days),
        last + dt.timedelta(days=settings.interval_max_days),
        len(done),
    )


class VisitFlag(StrEnum):
    OK = "ok"
    TOO_EARLY = "too_early"
    OVERDUE = "overdue"
    PREP_INCOMPLETE = "prep_incomplete"
    ACNE_NOT_CLEAR = "acne_not_clear"


@dataclass(frozen=True)
class ClassifiedVisit:
    visit: Visit
    number: int  # 1-based session number in the series
    interval_days: int | None  # days since the previous session, None for the first
    flags: tuple[VisitFlag, ...]  # most important first; (OK,) when nothing is wrong
    first_allowed_on: dt.date | None  # the earliest date the protocol allows for it

    @property
    def flag(self) -> VisitFlag:
        return self.flags[0]


def classify_visits(facts: DiaryFacts) -> tuple[ClassifiedVisit, ...]:
    """Every session that is not cancelled, in date order, numbered and flagged against the
    session before it (done or booked), or against preparation for the first one."""
    settings = facts.settings
    live = sorted(
        (v for v in facts.visits if v.status is not VisitStatus.CANCELLED),
        key=lambda v: (v.scheduled_on, v.id),
    )
    prep = prep_status(facts.series, settings, dt.date.min)
    result: list[ClassifiedVisit] = []
    previous: Visit | None = None
    for number, visit in enumerate(live, start=1):
        flags: list[VisitFlag] = []
        interval: int | None = None
        if previous is None:
            first_allowed = prep.ready_on
            if first_allowed is None or visit.scheduled_on < first_allowed:
                flags.append(VisitFlag.PREP_INCOMPLETE)
            if prep.acne_clear_on is None or prep.acne_clear_on > visit.scheduled_on:
                flags.append(VisitFlag.ACNE_NOT_CLEAR)
        else:
            interval = (visit.scheduled_on - previous.scheduled_on).days
            first_allowed = previous.scheduled_on + dt.timedelta(days=settings.interval_min_days)
            if interval < settings.interval_min_days:
                flags.append(VisitFlag.TOO_EARLY)
            elif interval > settings.interval_max_days:
                flags.append(VisitFlag.OVERDUE)
        result.append(
            ClassifiedVisit(visit, number, interval, tuple(flags) or (VisitFlag.OK,), first_allowed)
        )
        previous = visit
    return tuple(result)


def classify_candidate(
    facts: DiaryFacts, on: dt.date, *, replacing: int | None = None
) -> ClassifiedVisit:
    """How a session booked on `on` (or an existing one moved there) would be flagged, before
    it is saved: the booking dialog shows this while the date is being picked."""
    candidate = Visit(id=-1, scheduled_on=on, status=VisitStatus.BOOKED)
    others = tuple(v for v in facts.visits if v.id != replacing)
    for classified in classify_visits(replace(facts, visits=(*others, candidate))):
        if classified.visit.id == candidate.id:
            return classified
    raise AssertionError("the candidate is always classified")


@dataclass(frozen=True)
class SeriesProgress:
    done: int
    planned_min: int
    planned_max: int

    @property
    def length_reached(self) -> bool:
        return self.done >= self.planned_max


def series_progress(facts: DiaryFacts) -> SeriesProgress:
    settings = facts.settings
    planned = facts.series.planned_sessions if facts.series else None
    low, high = (planned, planned) if planned else (settings.series_min, settings.series_max)
    return SeriesProgress(len(facts.done_visits()), low, high)


class StopRule(StrEnum):
    CONTINUE = "continue"
    DISCUSS_STOPPING = "discuss_stopping"
    NOT_EXPECTED_TO_HELP = "not_expected_to_help"


def improved(mean_improvement_pct: float | None, settings: ProtocolSettings) -> bool:
    """Whether the series shows measurable improvement (at or above the threshold)."""
    return mean_improvement_pct is not None and mean_improvement_pct >= settings.no_improvement_pct


def stop_rule(
    done_sessions: int, mean_improvement_pct: float | None, settings: ProtocolSettings
) -> StopRule:
    """After the minimum series length without measurable improvement, suggest talking to the
    doctor about stopping; from the maximum length on, more sessions are not expected to help."""
    if done_sessions < settings.series_min or improved(mean_improvement_pct, settings):
        return StopRule.CONTINUE
    if done_sessions >= settings.series_max:
        return StopRule.NOT_EXPECTED_TO_HELP
    return StopRule.DISCUSS_STOPPING


def maintenance_due_on(facts: DiaryFacts, mean_improvement_pct: float | None) -> dt.date | None:
    """Next maintenance boost after a completed series that helped: one boost every
    365 / boosts-per-year days, counted from the series end or the last session after it."""
    series = facts.series
    settings = facts.settings
    if (
        series is None
        or series.ended_on is None
        or series.end_reason is not SeriesEnd.COMPLETED
        or settings.boosts_per_year == 0
        or not improved(mean_improvement_pct, settings)
    ):
        return None
    done = facts.done_visits()
    last = max([series.ended_on, *(v.scheduled_on for v in done)])
    return last + dt.timedelta(days=round(DAYS_PER_YEAR / settings.boosts_per_year))
