"""Who the diary belongs to, the protocol numbers they (or their clinic) set, their
notification and calendar preferences, and the clinic's own aftercare list."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.services.errors import InvalidInput
from scar_diary.storage.database import Database
from scar_diary.storage.facts import settings_of
from scar_diary.storage.models import AftercareItemRow, DiaryIdentityRow, ProfileRow, SettingsRow


@dataclass(frozen=True)
class Profile:
    display_name: str = ""
    doctor: str = ""
    clinic: str = ""


@dataclass(frozen=True)
class Preferences:
    neutral_notifications: bool = True  # "Scar Diary: reminder", no health words
    calendar_full_text: bool = False  # calendar events say "Appointment" unless asked
    strip_photo_metadata: bool = True  # exported photo copies carry no EXIF, GPS or such


def _settings_row(session: Session) -> SettingsRow:
    row = session.get(SettingsRow, 1)
    if row is None:
        row = SettingsRow(id=1, **dataclasses.asdict(ProtocolSettings()))
        session.add(row)
    return row


class ProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Profile:
        with self.db.reading() as session:
            row = session.get(ProfileRow, 1)
            return Profile(row.display_name, row.doctor, row.clinic) if row else Profile()

    def save(self, profile: Profile) -> None:
        with self.db.writing(Changed.PROFILE) as session:
            row = session.get(ProfileRow, 1) or ProfileRow(id=1)
            row.display_name, row.doctor, row.clinic = (
                profile.display_name,
                profile.doctor,
                profile.clinic,
            )
            session.add(row)

    def questions(self) -> str:
        """The user's questions for the doctor, printed on the summary."""
        with self.db.reading() as session:
            row = session.get(ProfileRow, 1)
            return row.questions if row else ""

    def save_questions(self, text: str) -> None:
        with self.db.writing(Changed.PROFILE) as session:
            row = session.get(ProfileRow, 1) or ProfileRow(id=1)
            row.questions = text
            session.add(row)

    def settings(self) -> ProtocolSettings:
        with self.db.reading() as session:
            return settings_of(session.get(SettingsRow, 1))

    def save_settings(self, settings: ProtocolSettings) -> None:
        if settings.problems():
            raise InvalidInput(
                QCoreApplication.translate(
                    "Diary", "These protocol settings do not fit together: {fields}."
                ).format(fields=", ".join(settings.problems()))
            )
        with self.db.writing(Changed.SETTINGS) as session:
            row = _settings_row(session)
            for name, value in dataclasses.asdict(settings).items():
                setattr(row, name, value)

    def preferences(self) -> Preferences:
        with self.db.reading() as session:
            row = session.get(SettingsRow, 1)
            if row is None:
                return Preferences()
            return Preferences(
                row.neutral_notifications, row.calendar_full_text, row.strip_photo_metadata
            )

    def save_preferences(self, preferences: Preferences) -> None:
        with self.db.writing(Changed.SETTINGS) as session:
            row = _settings_row(session)
            row.neutral_notifications = preferences.neutral_notifications
            row.calendar_full_text = preferences.calendar_full_text
            row.strip_photo_metadata = preferences.strip_photo_metadata

    def aftercare_texts(self) -> list[str]:
        """The clinic's own list; empty when the built-in guidance is used."""
        with self.db.reading() as session:
            return list(
                session.scalars(
                    select(AftercareItemRow.text).order_by(
                        AftercareItemRow.position, AftercareItemRow.id
                    )
                )
            )

    def save_aftercare_texts(self, texts: Sequence[str]) -> None:
        """Replace the list; an empty list goes back to the built-in guidance."""
        cleaned = [t.strip() for t in texts if t.strip()]
        with self.db.writing(Changed.SETTINGS) as session:
            session.execute(delete(AftercareItemRow))
            session.add_all(AftercareItemRow(position=i, text=t) for i, t in enumerate(cleaned))

    def diary_uuid(self) -> str:
        with self.db.reading() as session:
            row = session.get(DiaryIdentityRow, 1)
            assert row is not None, "made by migration 0003"
            return row.uuid
