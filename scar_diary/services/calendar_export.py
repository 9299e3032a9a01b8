"""The diary's dates as an iCalendar (.ics) file for any calendar app.

Event ids are stable (diary id + what the event is), so importing a newer export updates the
events instead of adding copies. Texts are neutral unless the user asks for full text: a
shared or synced calendar need not say anything about health.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event
from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import DiaryFacts, Visit, VisitStatus
from scar_diary.domain.protocol import SeriesState
from scar_diary.domain.status import DiaryStatus
from scar_diary.domain.text import clean_text

SESSION_LENGTH = dt.timedelta(minutes=30)
# A cancelled booking stays in the file this long after its day, marked cancelled under its
# own UID, so a calendar that imported it earlier drops it (and its alarms) on re-import.
CANCELLED_KEPT_DAYS = 60
translate = QCoreApplication.translate


def _alarm(before: dt.timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def _event(
    uid: str,
    summary: str,
    start: dt.date | dt.datetime,
    end: dt.date | dt.datetime,
    now: dt.datetime,
    description: str = "",
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("dtstamp", now)
    event.add("last-modified", now)
    # a later export must win over an earlier one in calendar apps that compare SEQUENCE
    event.add("sequence", int(now.timestamp() // 60) % 2_000_000_000)
    if description:
        event.add("description", clean_text(description))  # no separators, no controls
    return event


def _visit_times(visit: Visit) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """A timed visit lasts half an hour at the clinic's local time; else it is all day."""
    if visit.scheduled_time is not None:
        start = dt.datetime.combine(visit.scheduled_on, visit.scheduled_time)  # clinic time
        return start, start + SESSION_LENGTH
    return visit.scheduled_on, visit.scheduled_on + dt.timedelta(days=1)


def calendar_ics(
    facts: DiaryFacts,
    status: DiaryStatus,
    diary_uuid: str,
    *,
    full_text: bool,
    now: dt.datetime | None = None,
) -> bytes:
    now = now or dt.datetime.now(dt.UTC)
    day = dt.timedelta(days=1)
    neutral_appointment = translate("Calendar", "Appointment")
    neutral_reminder = translate("Calendar", "Reminder")

    def uid(what: str) -> str:
        return f"{what}@{diary_uuid}.scar-diary"

    cal = Calendar()
    cal.add("prodid", "-//Scar Diary//Scar Diary//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Scar Diary" if full_text else translate("Calendar", "Appointments"))

    # Upcoming bookings only: a booking whose day has passed waits for the user's answer
    # and is no event to be reminded of.
    for booked in status.booked:
        visit = booked.visit
        if not full_text:
            summary = neutral_appointment
        elif booked.is_boost:
            summary = translate("Calendar", "Saline maintenance boost (Scar Diary)")
        else:
            summary = translate("Calendar", "Saline session {n} (Scar Diary)").format(
                n=booked.number
            )
        start, end = _visit_times(visit)
        event = _event(
            uid(f"visit-{visit.id}"), summary, start, end, now, visit.notes if full_text else ""
        )
        event.add("status", "CONFIRMED")
        event.add_component(_alarm(dt.timedelta(days=1), summary))
        if visit.scheduled_time is not None:
            event.add_component(_alarm(dt.timedelta(hours=2), summary))
        cal.add_component(event)

    # A moved booking keeps its UID (the visit's id) and so updates the calendar's copy; a
    # cancelled one is written once more as cancelled, without alarms.
    for visit in facts.visits:
        kept_until = visit.scheduled_on + dt.timedelta(days=CANCELLED_KEPT_DAYS)
        if visit.status is not VisitStatus.CANCELLED or kept_until < status.today:
            continue
        summary = (
            translate("Calendar", "Cancelled: saline visit (Scar Diary)")
            if full_text
            else translate("Calendar", "Cancelled appointment")
        )
        start, end = _visit_times(visit)
        event = _event(uid(f"visit-{visit.id}"), summary, start, end, now)
        event.add("status", "CANCELLED")
        cal.add_component(event)

    series = status.series
    prep = status.prep
    if series is not None and prep.ready_on and status.state is SeriesState.PREPARING:
        summary = (
            translate("Calendar", "Preparation complete: first saline session possible")
            if full_text
            else neutral_reminder
        )
        event = _event(uid(f"prep-{series.id}"), summary, prep.ready_on, prep.ready_on + day, now)
        event.add_component(_alarm(dt.timedelta(hours=0), summary))
        cal.add_component(event)

    window = status.next_window
    if series is not None and window is not None and window.earliest and window.latest:
        number = window.after_session + 1
        summary = (
            translate("Calendar", "Window for saline session {n}").format(n=number)
            if full_text
            else neutral_reminder
        )
        event = _event(
            uid(f"window-{series.id}"), summary, window.earliest, window.latest + day, now
        )
        event.add_component(_alarm(dt.timedelta(hours=0), summary))
        cal.add_component(event)

    boost_booked = any(c.is_boost for c in status.booked)
    if series is not None and status.maintenance_due_on is not None and not boost_booked:
        due = status.maintenance_due_on
        summary = (
            translate("Calendar", "Maintenance saline session due")
            if full_text
            else neutral_reminder
        )
        event = _event(uid(f"maintenance-{series.id}"), summary, due, due + day, now)
        event.add_component(_alarm(dt.timedelta(days=7), summary))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
