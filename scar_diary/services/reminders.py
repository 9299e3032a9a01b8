"""Reminders as the user sees them: derived from the diary, minus what they dismissed or
snoozed (which is remembered in the diary)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from scar_diary.domain.entities import DiaryFacts
from scar_diary.domain.reminders import Reminder, ReminderState, reminders, visible
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.storage.database import Database
from scar_diary.storage.facts import load_facts
from scar_diary.storage.models import ReminderStateRow


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def states(self) -> dict[str, ReminderState]:
        with self.db.reading() as session:
            return {
                row.key: ReminderState(row.dismissed, row.snoozed_until)
                for row in session.scalars(select(ReminderStateRow))
            }

    def current(self, today: dt.date) -> list[Reminder]:
        with self.db.reading() as session:
            facts = load_facts(session)
        return self.for_status(facts, diary_status(facts, today))

    def for_status(self, facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
        """The visible reminders for facts and a status the caller has already loaded."""
        return visible(reminders(facts, status), self.states(), status.today)

    def dismiss(self, key: str) -> None:
        with self.db.session() as session:
            session.merge(ReminderStateRow(key=key, dismissed=True, snoozed_until=None))

    def snooze(self, key: str, until: dt.date) -> None:
        with self.db.session() as session:
            session.merge(ReminderStateRow(key=key, dismissed=False, snoozed_until=until))

    def restore(self, key: str) -> None:
        """Undo a dismiss or snooze."""
        with self.db.session() as session:
            row = session.get(ReminderStateRow, key)
            if row is not None:
                session.delete(row)
