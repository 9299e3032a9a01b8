"""What a change to the diary touched, so each view refreshes only when it shows that
(Anki's OpChanges): an edit returns or announces its `Changed`, each page declares what it
`concerns`."""

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
    EVERYTHING = SCARS | PHOTOS | RATINGS | VISITS | SETTINGS | PROFILE
