"""The open diary: one Database, and the services that read and change it.

Writes come from the GUI thread and from the background helper's DIARY lane (one task at a
time: backups, imports, aligning imported photos); each call is one short database session,
and SQLite's BEGIN IMMEDIATE lets one writer in at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import DiaryFacts, ProtocolSettings
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.inbox import InboxService
from scar_diary.services.photos import PhotoService
from scar_diary.services.profile import Profile, ProfileService
from scar_diary.services.ratings import RatingService
from scar_diary.services.reminders import ReminderService
from scar_diary.services.scars import ScarService
from scar_diary.services.series import SeriesService
from scar_diary.storage.conversion import Progress
from scar_diary.storage.database import (
    CorruptDatabase,
    Database,
    DiaryBusy,
    DiaryLocked,
    MissingDiary,
    OpenError,
)
from scar_diary.storage.reader import SAMPLE_MARKER, DiaryReader

# Why a diary may not open, for the window (which reaches storage only through here).
__all__ = [
    "SAMPLE_MARKER",
    "CorruptDatabase",
    "Diary",
    "DiaryBusy",
    "DiaryLocked",
    "MissingDiary",
    "OpenError",
    "Profile",
]


class Diary:
    def __init__(self, database: Database) -> None:
        self.db = database
        self.profile = ProfileService(database)
        self.scars = ScarService(database)
        self.ratings = RatingService(database)
        self.series = SeriesService(database)
        self.photos = PhotoService(database)
        self.inbox = InboxService(database, self.photos)
        self.reminders = ReminderService(database)
        self.read = DiaryReader(database.data_dir, database.snapshot, database.cipher)

    @classmethod
    def open(
        cls, data_dir: Path, *, fresh: bool = False, progress: Progress | None = None
    ) -> Diary:
        """`progress`: told the steps of a conversion the open makes (files renamed)."""
        return cls(Database.open(data_dir, fresh=fresh, progress=progress))

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def is_sample(self) -> bool:
        return self.read.is_sample

    def close(self) -> None:
        self.db.close()

    def take_changes(self) -> Changed:
        """What was changed since the last call: the window refreshes what shows it."""
        return self.db.take_changes()

    def facts(self) -> DiaryFacts:
        return self.read.facts()

    def status(self, today: dt.date) -> DiaryStatus:
        return diary_status(self.facts(), today)

    def settings(self) -> ProtocolSettings:
        return self.profile.settings()
