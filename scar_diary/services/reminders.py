"""Reminders as the user sees them: derived from the diary, minus what they dismissed or
snoozed (which is remembered in the diary)."""

from __future__ import annotations

import datetime as dt

from scar_diary.domain.changes import Changed
from scar_diary.domain.reminders import Reminder
from scar_diary.domain.status import diary_status
from scar_diary.storage.database import Database
from scar_diary.storage.models import ReminderStateRow
from scar_diary.storage.reader import DiaryReader


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self, today: dt.date) -> list[Reminder]:
        reader = DiaryReader(self.db.data_dir, self.db.snapshot)
        facts = reader.facts()
        return reader.visible_reminders(facts, diary_status(facts, today))

    def dismiss(self, key: str) -> None:
        with self.db.writing(Changed.REMINDERS) as session:
            session.merge(ReminderStateRow(key=key, dismissed=True, snoozed_until=None))

    def snooze(self, key: str, until: dt.date) -> None:
        with self.db.writing(Changed.REMINDERS) as session:
            session.merge(ReminderStateRow(key=key, dismissed=False, snoozed_until=until))

    def restore(self, key: str) -> None:
        """Undo a dismiss or snooze."""
        with self.db.writing(Changed.REMINDERS) as session:
            row = session.get(ReminderStateRow, key)
            if row is not None:
                session.delete(row)
