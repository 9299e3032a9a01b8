"""Reminders, derived from the diary every time (never stored copies that go stale).

Each has a stable key, so what the user did with it (dismissed, snoozed until a day) can be
remembered and applied the next time the list is derived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from scar_diary.domain.entities import DiaryFacts, VisitStatus
from scar_diary.domain.protocol import ClassifiedVisit, PrepPhase, SeriesState, StopRule
from scar_diary.domain.status import DiaryStatus

SOON_DAYS = 3  # "the window opens / closes soon" and "rate before the session" lead time
RATE_AFTER_UNTIL = 10  # days after a session to keep asking for new ratings
RESUME_SHOWN_DAYS = 2  # the "you may resume the retinoid" note stays this many days more
MAINTENANCE_LEAD_DAYS = 14


class ReminderKind(StrEnum):
    CONFIRM_VISIT = "confirm_visit"  # a booking whose day has passed: did it happen?
    PREP_IN_PROGRESS = "prep_in_progress"
    PREP_PAUSE = "prep_pause"  # the clinic's retinoid pause before the first session
    PREP_COMPLETE = "prep_complete"
    WINDOW_OPENS = "window_opens"
    WINDOW_CLOSES = "window_closes"
    WINDOW_CLOSED = "window_closed"
    SESSION_TOMORROW = "session_tomorrow"
    SESSION_TODAY = "session_today"
    AFTERCARE = "aftercare"
    RATE_BEFORE = "rate_before"
    RATE_AFTER = "rate_after"
    RETINOID_PAUSE = "retinoid_pause"
    RETINOID_RESUME = "retinoid_resume"
    STOP_RULE = "stop_rule"
    MAINTENANCE = "maintenance"
    BOOST_PREP = "boost_prep"


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: ReminderKind
    date: dt.date | None = None  # the day the reminder is about
    number: int = 0  # a session number, a day count or the like
    extra: Mapping[str, object] = field(default_factory=dict)
    visit_id: int | None = None  # the visit it is about, for its action (Mark done, Book)

    @property
    def boost(self) -> bool:
        return bool(self.extra.get("boost", False))


@dataclass(frozen=True)
class ReminderState:
    dismissed: bool = False
    snoozed_until: dt.date | None = None

    def hides(self, today: dt.date) -> bool:
        return self.dismissed or (self.snoozed_until is not None and today < self.snoozed_until)


def _rated_since(facts: DiaryFacts, day: dt.date) -> bool:
    return any(r.rated_on >= day for r in facts.ratings)


def _about(c: ClassifiedVisit) -> dict[str, object]:
    return {"boost": c.is_boost}


def _preparation(facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
    series, prep = status.series, status.prep
    if (
        series is None
        or status.state is not SeriesState.PREPARING
        or not facts.settings.prep_reminder
        or prep.ready_on is None
        or prep.started_on is None
    ):
        return []
    first_booked = next((c for c in status.booked if not c.is_boost), None)
    pause = facts.settings.retinoid_pause_days
    if first_booked is not None and pause:
        pause_from = first_booked.visit.scheduled_on - dt.timedelta(days=pause)
        if status.today >= pause_from:
            return []  # the pause before the booked session says what to do now
    if prep.phase is PrepPhase.APPLYING:
        return [
            Reminder(
                f"prep:{series.id}:{prep.started_on}",
                ReminderKind.PREP_IN_PROGRESS,
                prep.applying_until,
                prep.day_number,
            )
        ]
    if prep.phase is PrepPhase.PAUSING:
        return [
            Reminder(
                f"prep-pause:{series.id}:{prep.started_on}",
                ReminderKind.PREP_PAUSE,
                prep.ready_on,
                pause,
            )
        ]
    if first_booked is None:
        return [
            Reminder(
                f"prep-complete:{series.id}:{prep.ready_on}",
                ReminderKind.PREP_COMPLETE,
                prep.ready_on,
            )
        ]
    return []


def _bookings(facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
    today = status.today
    settings = facts.settings
    found: list[Reminder] = []
    for booked in status.booked:
        day = booked.visit.scheduled_on
        days_away = (day - today).days
        number = booked.number or 0
        about = _about(booked)
        visit_id = booked.visit.id
        if days_away in (0, 1):
            kind = ReminderKind.SESSION_TODAY if days_away == 0 else ReminderKind.SESSION_TOMORROW
            key = "session-today" if days_away == 0 else "session-tomorrow"
            found.append(Reminder(f"{key}:{visit_id}:{day}", kind, day, number, about, visit_id))
        if (
            0 <= days_away <= SOON_DAYS
            and facts.scars
            and not _rated_since(facts, day - dt.timedelta(days=SOON_DAYS))
        ):
            found.append(
                Reminder(
                    f"rate-before:{visit_id}:{day}",
                    ReminderKind.RATE_BEFORE,
                    day,
                    number,
                    about,
                    visit_id,
                )
            )
        pause = settings.retinoid_pause_days
        if pause and 0 < days_away <= pause + 1:
            found.append(
                Reminder(
                    f"retinoid-pause:{visit_id}:{day}",
                    ReminderKind.RETINOID_PAUSE,
                    day - dt.timedelta(days=pause),
                    pause,
                    {**about, "session_on": day},
                    visit_id,
                )
            )
        if booked.is_boost and settings.boost_needs_prep and settings.prep_days:
            start = day - dt.timedelta(days=settings.prep_days + pause)
            if (
                start - dt.timedelta(days=SOON_DAYS)
                <= today
                < start + dt.timedelta(days=settings.prep_days)
            ):
                found.append(
                    Reminder(
                        f"boost-prep:{visit_id}:{day}",
                        ReminderKind.BOOST_PREP,
                        start,
                        settings.prep_days,
                        {**about, "session_on": day},
                        visit_id,
                    )
                )
    return found


def _after_last_visit(facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
    today = status.today
    settings = facts.settings
    done = [
        c
        for c in status.visits
        if c.visit.status is VisitStatus.DONE and c.visit.scheduled_on <= today
    ]
    if not done:
        return []
    last = done[-1]
    on = last.visit.scheduled_on
    since = (today - on).days
    number = last.number or 0
    about = _about(last)
    found: list[Reminder] = []
    first_usable = on + dt.timedelta(days=settings.swelling_days + 1)
    if (
        facts.scars
        and first_usable <= today
        and since <= RATE_AFTER_UNTIL
        and not _rated_since(facts, first_usable)
    ):
        found.append(
            Reminder(
                f"rate-after:{last.visit.id}",
                ReminderKind.RATE_AFTER,
                on,
                number,
                about,
                last.visit.id,
            )
        )
    pause = settings.retinoid_pause_days
    if pause:
        resume_on = on + dt.timedelta(days=settings.retinoid_resume_days)
        next_pause = [
            c.visit.scheduled_on - dt.timedelta(days=pause)
            for c in status.booked
            if c.visit.scheduled_on > on
        ]
        pausing_again = bool(next_pause) and today >= min(next_pause)
        if 0 <= (today - resume_on).days <= RESUME_SHOWN_DAYS and not pausing_again:
            found.append(
                Reminder(
                    f"retinoid-resume:{last.visit.id}",
                    ReminderKind.RETINOID_RESUME,
                    resume_on,
                    number,
                    about,
                    last.visit.id,
                )
            )
    care = status.aftercare
    if care is not None:
        found.append(
            Reminder(
                f"aftercare:{last.visit.id}:{care.day}",
                ReminderKind.AFTERCARE,
                on,
                care.session_number,
                {**about, "day": care.day},
                last.visit.id,
            )
        )
    return found


def _window(status: DiaryStatus) -> list[Reminder]:
    """The next allowed window; silent while a past booking waits for its answer or a
    booking exists (the window is then the booking's business)."""
    today = status.today
    window = status.next_window
    if window is None or window.after_session == 0 or not window.earliest or not window.latest:
        return []
    number = window.after_session + 1
    if 0 < (window.earliest - today).days <= SOON_DAYS:
        return [
            Reminder(
                f"window-opens:{number}:{window.earliest}",
                ReminderKind.WINDOW_OPENS,
                window.earliest,
                number,
            )
        ]
    nothing_booked = not any(not c.is_boost for c in status.booked) and not status.awaiting
    if nothing_booked and 0 <= (window.latest - today).days <= SOON_DAYS:
        return [
            Reminder(
                f"window-closes:{number}:{window.latest}",
                ReminderKind.WINDOW_CLOSES,
                window.latest,
                number,
            )
        ]
    if nothing_booked and today > window.latest and not status.lapsed:
        # once the series has lapsed the diary stops urging a booking (Today says why)
        return [
            Reminder(
                f"window-closed:{number}:{window.latest}",
                ReminderKind.WINDOW_CLOSED,
                window.latest,
                number,
            )
        ]
    return []


def reminders(facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
    """Everything due today, most pressing first."""
    series = status.series
    if series is None:
        return []
    found = [
        Reminder(
            f"confirm:{c.visit.id}:{c.visit.scheduled_on}",
            ReminderKind.CONFIRM_VISIT,
            c.visit.scheduled_on,
            0,
            _about(c),
            c.visit.id,
        )
        for c in status.awaiting
    ]
    found += _preparation(facts, status)
    found += _bookings(facts, status)
    found += _after_last_visit(facts, status)
    found += _window(status)

    if status.state in (SeriesState.IN_SERIES, SeriesState.COMPLETE) and (
        status.stop_rule is not StopRule.CONTINUE
    ):
        found.append(
            Reminder(
                f"stop-rule:{series.id}:{status.stop_rule}:{status.progress.done}",
                ReminderKind.STOP_RULE,
                None,
                status.progress.done,
                {"rule": status.stop_rule},
            )
        )

    due = status.maintenance_due_on
    boost_booked = any(c.is_boost for c in status.booked)
    if due is not None and not boost_booked and (due - status.today).days <= MAINTENANCE_LEAD_DAYS:
        found.append(Reminder(f"maintenance:{due}", ReminderKind.MAINTENANCE, due))
    return found


def visible(
    found: list[Reminder], states: Mapping[str, ReminderState], today: dt.date
) -> list[Reminder]:
    """Leave out what the user dismissed, or snoozed until a later day."""
    return [r for r in found if not states.get(r.key, ReminderState()).hides(today)]
