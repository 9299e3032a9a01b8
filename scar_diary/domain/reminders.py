"""Reminders, derived from the diary every time (never stored copies that go stale).

Each has a stable key, so what the user did with it (dismissed, snoozed until a day) can be
remembered and applied the next time the list is derived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from scar_diary.domain.entities import DiaryFacts
from scar_diary.domain.protocol import StopRule
from scar_diary.domain.status import DiaryStatus

SOON_DAYS = 3  # "the window opens / closes soon" and "rate before the session" lead time
RATE_AFTER_FROM, RATE_AFTER_UNTIL = 2, 10  # days after a session to ask for new ratings
MAINTENANCE_LEAD_DAYS = 14


class ReminderKind(StrEnum):
    PREP_IN_PROGRESS = "prep_in_progress"
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
    STOP_RULE = "stop_rule"
    MAINTENANCE = "maintenance"


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: ReminderKind
    date: dt.date | None = None  # the day the reminder is about
    number: int = 0  # a session number, a day count or the like
    extra: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ReminderState:
    dismissed: bool = False
    snoozed_until: dt.date | None = None

    def hides(self, today: dt.date) -> bool:
        return self.dismissed or (self.snoozed_until is not None and today < self.snoozed_until)


def _rated_since(facts: DiaryFacts, day: dt.date) -> bool:
    return any(r.rated_on >= day for r in facts.ratings)


def reminders(facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
    """Everything due today, most pressing first."""
    today = status.today
    series = status.series
    settings = facts.settings
    found: list[Reminder] = []
    if series is None:
        return found

    prep = status.prep
    no_session_yet = status.last_done is None and not status.series_ended
    if no_session_yet and settings.prep_reminder and prep.started and prep.ready_on:
        if not prep.complete:
            found.append(
                Reminder(
                    f"prep:{series.id}:{prep.started_on}",
                    ReminderKind.PREP_IN_PROGRESS,
                    prep.ready_on,
                    prep.day_number,
                )
            )
        else:
            found.append(
                Reminder(
                    f"prep-complete:{series.id}:{prep.ready_on}",
                    ReminderKind.PREP_COMPLETE,
                    prep.ready_on,
                )
            )

    for booked in status.booked:
        day = booked.visit.scheduled_on
        days_away = (day - today).days
        if days_away == 1:
            found.append(
                Reminder(
                    f"session-tomorrow:{booked.visit.id}:{day}",
                    ReminderKind.SESSION_TOMORROW,
                    day,
                    booked.number,
                )
            )
        elif days_away == 0:
            found.append(
                Reminder(
                    f"session-today:{booked.visit.id}:{day}",
                    ReminderKind.SESSION_TODAY,
                    day,
                    booked.number,
                )
            )
        if (
            0 <= days_away <= SOON_DAYS
            and facts.scars
            and not _rated_since(facts, day - dt.timedelta(days=SOON_DAYS))
        ):
            found.append(
                Reminder(
                    f"rate-before:{booked.visit.id}:{day}",
                    ReminderKind.RATE_BEFORE,
                    day,
                    booked.number,
                )
            )
        pause = settings.retinoid_pause_days
        if pause and 0 < days_away <= pause + 1:
            stop_on = day - dt.timedelta(days=pause)
            found.append(
                Reminder(
                    f"retinoid-pause:{booked.visit.id}:{day}",
                    ReminderKind.RETINOID_PAUSE,
                    stop_on,
                    pause,
                    {"session_on": day},
                )
            )

    last = status.last_done
    if last is not None and facts.scars:
        since = (today - last.visit.scheduled_on).days
        if RATE_AFTER_FROM <= since <= RATE_AFTER_UNTIL and not _rated_since(
            facts, last.visit.scheduled_on + dt.timedelta(days=1)
        ):
            found.append(
                Reminder(
                    f"rate-after:{last.visit.id}",
                    ReminderKind.RATE_AFTER,
                    last.visit.scheduled_on,
                    last.number,
                )
            )

    care = status.aftercare
    if care is not None and last is not None:
        found.append(
            Reminder(
                f"aftercare:{last.visit.id}:{care.day}",
                ReminderKind.AFTERCARE,
                last.visit.scheduled_on,
                care.session_number,
                {"day": care.day},
            )
        )

    window = status.next_window
    nothing_booked = not any(c.visit.scheduled_on >= today for c in status.booked)
    if window is not None and window.after_session > 0 and window.earliest and window.latest:
        number = window.after_session + 1
        if 0 < (window.earliest - today).days <= SOON_DAYS:
            found.append(
                Reminder(
                    f"window-opens:{number}:{window.earliest}",
                    ReminderKind.WINDOW_OPENS,
                    window.earliest,
                    number,
                )
            )
        elif nothing_booked and 0 <= (window.latest - today).days <= SOON_DAYS:
            found.append(
                Reminder(
                    f"window-closes:{number}:{window.latest}",
                    ReminderKind.WINDOW_CLOSES,
                    window.latest,
                    number,
                )
            )
        elif nothing_booked and today > window.latest:
            found.append(
                Reminder(
                    f"window-closed:{number}:{window.latest}",
                    ReminderKind.WINDOW_CLOSED,
                    window.latest,
                    number,
                )
            )

    if not status.series_ended and status.stop_rule is not StopRule.CONTINUE:
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
    if due is not None and (due - today).days <= MAINTENANCE_LEAD_DAYS:
        found.append(Reminder(f"maintenance:{due}", ReminderKind.MAINTENANCE, due))
    return found


def visible(
    found: list[Reminder], states: Mapping[str, ReminderState], today: dt.date
) -> list[Reminder]:
    """Leave out what the user dismissed, or snoozed until a later day."""
    return [r for r in found if not states.get(r.key, ReminderState()).hides(today)]
