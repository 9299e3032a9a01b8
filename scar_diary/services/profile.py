"""Who the diary belongs to, and the protocol numbers they (or their clinic) set."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import ProtocolSettings
from scar_diary.services.errors import InvalidInput
from scar_diary.storage.database import Database
from scar_diary.storage.facts import settings_of
from scar_diary.storage.models import ProfileRow, SettingsRow


@dataclass(frozen=True)
class Profile:
    display_name: str = ""
    doctor: str = ""
    clinic: str = ""


class ProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Profile:
        with self.db.session() as session:
            row = session.get(ProfileRow, 1)
            return Profile(row.display_name, row.doctor, row.clinic) if row else Profile()

    def save(self, profile: Profile) -> None:
        with self.db.session() as session:
            session.merge(ProfileRow(id=1, **dataclasses.asdict(profile)))

    def settings(self) -> ProtocolSettings:
        with self.db.session() as session:
            return settings_of(session.get(SettingsRow, 1))

    def save_settings(self, settings: ProtocolSettings) -> None:
        if settings.problems():
            raise InvalidInput(
                QCoreApplication.translate(
                    "Diary", "These protocol settings do not fit together: {fields}."
                ).format(fields=", ".join(settings.problems()))
            )
        with self.db.session() as session:
            session.merge(SettingsRow(id=1, **dataclasses.asdict(settings)))
