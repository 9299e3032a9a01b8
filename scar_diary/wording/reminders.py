"""Reminder sentences; and the neutral text notifications use when privacy is asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.protocol import StopRule
from scar_diary.domain.reminders import Reminder, ReminderKind
from scar_diary.wording.dates import long_date
from scar_diary.wording.status import Action, CardAction, days_text

translate = QCoreApplication.translate


def neutral_text() -> tuple[str, str]:
    """Title and text for a notification that says nothing about health."""
    return (translate("Reminders", "Scar Diary"), translate("Reminders", "You have a reminder."))


def _visit(reminder: Reminder) -> str:
    """ "Session 2" at the start of a sentence."""
    return (
        translate("Reminders", "Boost {n}")
        if reminder.boost
        else translate("Reminders", "Session {n}")
    ).format(n=reminder.number)


def _visit_inside(reminder: Reminder) -> str:
    """ "session 2" inside a sentence."""
    return (
        translate("Reminders", "boost {n}")
        if reminder.boost
        else translate("Reminders", "session {n}")
    ).format(n=reminder.number)


def reminder_text(reminder: Reminder) -> str:
    r = reminder
    date = long_date(r.date) if r.date else ""
    kind = r.kind
    if kind is ReminderKind.CONFIRM_VISIT:
        return (
            translate("Reminders", "Boost on {date}: did it happen?")
            if r.boost
            else translate("Reminders", "Session on {date}: did it happen?")
        ).format(date=date)
    if kind is ReminderKind.PREP_IN_PROGRESS:
        return translate(
            "Reminders",
            "Preparation day {day}: apply the tretinoin (vitamin A acid) as prescribed, "
            "until {date}.",
        ).format(day=r.number, date=date)
    if kind is ReminderKind.PREP_PAUSE:
        return translate(
            "Reminders",
            "Your clinic asks for a retinoid pause of {days} before the first session: do "
            "not apply it now. The first session can be from {date}.",
        ).format(days=days_text(r.number), date=date)
    if kind is ReminderKind.PREP_COMPLETE:
        return translate(
            "Reminders", "Preparation was complete on {date}: the first session can be booked."
        ).format(date=date)
    if kind is ReminderKind.SESSION_TOMORROW:
        return translate("Reminders", "{visit} is tomorrow.").format(visit=_visit(r))
    if kind is ReminderKind.SESSION_TODAY:
        return translate("Reminders", "{visit} is today.").format(visit=_visit(r))
    if kind is ReminderKind.RATE_BEFORE:
        return translate(
            "Reminders",
            "Rate your scars before {visit} on {date} (on the day itself is fine), so the "
            "change can be measured.",
        ).format(visit=_visit_inside(r), date=date)
    if kind is ReminderKind.RATE_AFTER:
        return translate(
            "Reminders",
            "Rate your scars now that the first days after {visit} (when the skin may be "
            "swollen) have passed.",
        ).format(visit=_visit_inside(r))
    if kind is ReminderKind.RETINOID_PAUSE:
        return translate(
            "Reminders",
            "Your clinic asks to pause the retinoid {days} before a visit: stop from {date}.",
        ).format(days=days_text(r.number), date=date)
    if kind is ReminderKind.RETINOID_RESUME:
        return translate(
            "Reminders",
            "By your clinic's setting you may resume the retinoid from {date}, after {visit}.",
        ).format(date=date, visit=_visit_inside(r))
    if kind is ReminderKind.BOOST_PREP:
        return translate(
            "Reminders",
            "Your clinic asks for {days} of preparation before a boost: apply the tretinoin "
            "from {date}.",
        ).format(days=days_text(r.number), date=date)
    if kind is ReminderKind.AFTERCARE:
        return translate("Reminders", "Aftercare, day {day} after {visit}.").format(
            day=r.extra.get("day", 0), visit=_visit_inside(r)
        )
    if kind is ReminderKind.WINDOW_OPENS:
        return translate("Reminders", "The window for session {n} opens on {date}.").format(
            n=r.number, date=date
        )
    if kind is ReminderKind.WINDOW_CLOSES:
        return translate(
            "Reminders", "The usual window for session {n} closes on {date}, and nothing is booked."
        ).format(n=r.number, date=date)
    if kind is ReminderKind.WINDOW_CLOSED:
        return translate(
            "Reminders",
            "The usual window for session {n} closed on {date}. Book with your clinic "
            "when you can.",
        ).format(n=r.number, date=date)
    if kind is ReminderKind.STOP_RULE:
        rule = r.extra.get("rule")
        if rule == StopRule.NOT_EXPECTED_TO_HELP:
            return translate(
                "Reminders",
                "After {n} sessions without measurable improvement, talk to your "
                "doctor about what comes next.",
            ).format(n=r.number)
        if rule == StopRule.PLAN_DONE:
            return translate(
                "Reminders",
                "All {n} planned sessions are done without measurable improvement; talk to "
                "your doctor about what comes next.",
            ).format(n=r.number)
        if rule == StopRule.NOT_ENOUGH_RATINGS:
            return translate(
                "Reminders",
                "After {n} sessions, rate your scars so the diary can tell whether they improve.",
            ).format(n=r.number)
        return translate(
            "Reminders",
            "After {n} sessions without measurable improvement, discuss with your "
            "doctor whether to go on.",
        ).format(n=r.number)
    return translate(
        "Reminders", "A maintenance session (boost) is suggested around {date}."
    ).format(date=date)


def reminder_action(reminder: Reminder) -> CardAction | None:
    """The button that does what the reminder asks, beside Snooze and Dismiss."""
    kind = reminder.kind
    if kind in (ReminderKind.RATE_BEFORE, ReminderKind.RATE_AFTER) or (
        kind is ReminderKind.STOP_RULE and reminder.extra.get("rule") == StopRule.NOT_ENOUGH_RATINGS
    ):
        return CardAction(Action.RATE, translate("Reminders", "Rate Now"))
    if kind in (
        ReminderKind.PREP_COMPLETE,
        ReminderKind.WINDOW_OPENS,
        ReminderKind.WINDOW_CLOSES,
        ReminderKind.WINDOW_CLOSED,
    ):
        return CardAction(Action.BOOK, translate("Reminders", "Book…"))
    if kind is ReminderKind.MAINTENANCE:
        return CardAction(Action.BOOK_BOOST, translate("Reminders", "Book a Boost…"))
    if kind is ReminderKind.CONFIRM_VISIT:
        return CardAction(
            Action.CONFIRM_DONE, translate("Reminders", "Mark Done…"), reminder.visit_id
        )
    return None
