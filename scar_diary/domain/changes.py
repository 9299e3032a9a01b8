"""What a change to the diary touched, so each view refreshes only when it shows that
(Anki's OpChanges): every unit of work that writes says what it changes
(`Database.writing(Changed.RATINGS)`), the diary collects it until the window takes it, and
each page declares what it `concerns`."""

from __future__ import annotations

from enum import Flag, auto


class Changed(Flag):
    NOTHING = 0
    SCARS = auto()  # added, edited, moved on the map, archived, deleted
    PHOTOS = auto()  # imported, removed, aligned
    RATINGS = auto()
    VISITS = auto()  # treatment visits and the series they belong to
    SETTINGS = auto()  # protocol numbers, aftercare texts, preferences
    PROFILE = auto()  # the names on the doctor summary, the questions for the doctor
    REMINDERS = auto()  # dismissed or snoozed
    INBOX = auto()  # photos arrived, or were given a scar, or discarded
    EVERYTHING = SCARS | PHOTOS | RATINGS | VISITS | SETTINGS | PROFILE | REMINDERS | INBOX
