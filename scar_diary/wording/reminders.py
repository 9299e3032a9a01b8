"""Reminder sentences; and the neutral text notifications use when privacy is asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.protocol import StopRule
from scar_diary.domain.reminders import Reminder, ReminderKind
from scar_diary.wording.dates import long_date

translate = QCoreApplication.translate


def neutral_text() -> tuple[str, str]:
    """Title and text for a notification that says nothing about health."""
    return (translate("Reminders", "Scar Diary"), translate("Reminders", "You have a reminder."))


def reminder_text(reminder: Reminder) -> str:
    r = reminder
    date = long_date(r.date) if r.date else ""
    kind = r.kind
    if kind is ReminderKind.PREP_IN_PROGRESS:
        return translate(
            "Reminders",
            "Preparation day {day}: apply the vitamin A acid (tretinoin) as prescribed. "
            "Preparation is complete on {date}.",
        ).format(day=r.number, date=date)
    if kind is ReminderKind.PREP_COMPLETE:
        return translate(
            "Reminders", "Preparation was complete on {date}: the first session can be booked."
        ).format(date=date)
    if kind is ReminderKind.SESSION_TOMORROW:
        return translate("Reminders", "Session {n} is tomorrow.").format(n=r.number)
    if kind is ReminderKind.SESSION_TODAY:
        return translate("Reminders", "Session {n} is today.").format(n=r.number)
    if kind is ReminderKind.RATE_BEFORE:
        return translate(
            "Reminders",
            "Rate your scars before session {n} on {date}, so the change can be measured.",
        ).format(n=r.number, date=date)
    if kind is ReminderKind.RATE_AFTER:
        return translate(
            "Reminders", "Rate your scars now that a few days have passed since session {n}."
        ).format(n=r.number)
    if kind is ReminderKind.RETINOID_PAUSE:
        return translate(
            "Reminders",
            "Your clinic asks to pause the retinoid {days} days before a session: "
            "stop from {date}.",
        ).format(days=r.number, date=date)
    if kind is ReminderKind.AFTERCARE:
        return translate("Reminders", "Aftercare, day {day} after session {n}.").format(
            day=r.extra.get("day", 0), n=r.number
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
        if r.extra.get("rule") == StopRule.NOT_EXPECTED_TO_HELP:
            return translate(
                "Reminders",
                "After {n} sessions without measurable improvement, talk to your "
                "doctor about what comes next.",
            ).format(n=r.number)
        return translate(
            "Reminders",
            "After {n} sessions without measurable improvement, discuss with your "
            "doctor whether to go on.",
        ).format(n=r.number)
    return translate(
        "Reminders", "A maintenance session (boost) is suggested around {date}."
    ).format(date=date)
