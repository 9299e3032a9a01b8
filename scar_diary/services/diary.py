"""The diary's use cases: every change the GUI or the CLI makes goes through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from scar_diary.domain.entities import (
    SCORE_MAX,
    SCORE_MIN,
    DiaryFacts,
    FaceRegion,
    ProtocolSettings,
    ScarType,
    SeriesEnd,
    VisitStatus,
)
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.errors import InvalidInput
from scar_diary.storage.database import Database
from scar_diary.storage.facts import current_series_row, load_facts, settings_of
from scar_diary.storage.models import (
    ProfileRow,
    RatingRow,
    ScarRow,
    SeriesRow,
    SettingsRow,
    VisitRow,
)

SAMPLE_MARKER = "SAMPLE-DIARY.txt"  # present in a folder that holds made-up sample data


@dataclass(frozen=True)
class Profile:
    display_name: str = ""
    doctor: str = ""
    clinic: str = ""


def _check_score(name: str, value: int | None, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise InvalidInput(
            QCoreApplication.translate(
                "Diary", "{name} must be a whole number from 0 to 10."
            ).format(name=name)
        )


def _check_not_future(day: dt.date, today: dt.date) -> None:
    if day > today:
        raise InvalidInput(
            QCoreApplication.translate(
                "Diary", "A rating cannot be dated in the future ({day})."
            ).format(day=day.isoformat())
        )


class Diary:
    """One open diary. Short database sessions per call; the GUI thread is the only writer."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @classmethod
    def open(cls, data_dir: Path) -> Diary:
        return cls(Database.open(data_dir))

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def is_sample(self) -> bool:
        return (self.data_dir / SAMPLE_MARKER).exists()

    def close(self) -> None:
        self.db.close()

    # --- reading -------------------------------------------------------------------------
    def facts(self) -> DiaryFacts:
        with self.db.session() as session:
            return load_facts(session)

    def status(self, today: dt.date) -> DiaryStatus:
        return diary_status(self.facts(), today)

    def settings(self) -> ProtocolSettings:
        with self.db.session() as session:
            return settings_of(session.get(SettingsRow, 1))

    def profile(self) -> Profile:
        with self.db.session() as session:
            row = session.get(ProfileRow, 1)
            return Profile(row.display_name, row.doctor, row.clinic) if row else Profile()

    # --- profile and settings -----------------------------------------------------------
    def save_profile(self, profile: Profile) -> None:
        with self.db.session() as session:
            session.merge(ProfileRow(id=1, **profile.__dict__))

    def save_settings(self, settings: ProtocolSettings) -> None:
        if settings.problems():
            raise InvalidInput(
                QCoreApplication.translate(
                    "Diary", "These protocol settings do not fit together: {fields}."
                ).format(fields=", ".join(settings.problems()))
            )
        with self.db.session() as session:
            session.merge(SettingsRow(id=1, **settings.__dict__))

    # --- scars and ratings --------------------------------------------------------------
    def add_scar(
        self,
        label: str,
        region: FaceRegion,
        scar_type: ScarType,
        *,
        map_x: float | None = None,
        map_y: float | None = None,
        notes: str = "",
    ) -> int:
        if not label.strip():
            raise InvalidInput(QCoreApplication.translate("Diary", "Give the scar a name."))
        for value in (map_x, map_y):
            if value is not None and not 0.0 <= value <= 1.0:
                raise InvalidInput(
                    QCoreApplication.translate("Diary", "The map position is outside the face map.")
                )
        with self.db.session() as session:
            row = ScarRow(
                label=label.strip(),
                region=FaceRegion(region),
                scar_type=ScarType(scar_type),
                map_x=map_x,
                map_y=map_y,
                notes=notes,
            )
            session.add(row)
            session.flush()
            return row.id

    def record_rating(
        self,
        scar_id: int,
        rated_on: dt.date,
        depth: int,
        softening: int,
        *,
        today: dt.date,
        visibility: int | None = None,
        note: str = "",
    ) -> int:
        _check_score(QCoreApplication.translate("Diary", "Depth"), depth)
        _check_score(QCoreApplication.translate("Diary", "Softening"), softening)
        _check_score(QCoreApplication.translate("Diary", "Visibility"), visibility, optional=True)
        _check_not_future(rated_on, today)
        with self.db.session() as session:
            if session.get(ScarRow, scar_id) is None:
                raise InvalidInput(
                    QCoreApplication.translate("Diary", "There is no scar with id {id}.").format(
                        id=scar_id
                    )
                )
            row = RatingRow(
                scar_id=scar_id,
                rated_on=rated_on,
                depth=depth,
                softening=softening,
                visibility=visibility,
                note=note,
            )
            session.add(row)
            session.flush()
            return row.id

    # --- the series and its visits ------------------------------------------------------
    def start_series(
        self,
        prep_started_on: dt.date,
        *,
        acne_clear_on: dt.date | None = None,
        planned_sessions: int | None = None,
    ) -> int:
        with self.db.session() as session:
            current = current_series_row(session)
            if current is not None and current.ended_on is None:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "Diary", "A series is already running; end it before starting a new one."
                    )
                )
            row = SeriesRow(
                prep_started_on=prep_started_on,
                acne_clear_on=acne_clear_on,
                planned_sessions=planned_sessions,
            )
            session.add(row)
            session.flush()
            return row.id

    def confirm_acne_clear(self, on: dt.date) -> None:
        with self.db.session() as session:
            self._running_series(session).acne_clear_on = on

    def book_visit(self, on: dt.date, at: dt.time | None = None, notes: str = "") -> int:
        with self.db.session() as session:
            series = self._running_series(session)
            row = VisitRow(
                series_id=series.id,
                scheduled_on=on,
                scheduled_time=at,
                status=VisitStatus.BOOKED,
                notes=notes,
            )
            session.add(row)
            session.flush()
            return row.id

    def complete_visit(
        self, visit_id: int, treated_scar_ids: Iterable[int] = (), notes: str | None = None
    ) -> None:
        with self.db.session() as session:
            row = self._visit(session, visit_id)
            row.status = VisitStatus.DONE
            ids = list(treated_scar_ids)
            row.treated_scars = list(
                session.scalars(select(ScarRow).where(ScarRow.id.in_(ids))) if ids else []
            )
            if notes is not None:
                row.notes = notes

    def cancel_visit(self, visit_id: int) -> None:
        with self.db.session() as session:
            self._visit(session, visit_id).status = VisitStatus.CANCELLED

    def end_series(self, on: dt.date, reason: SeriesEnd) -> None:
        with self.db.session() as session:
            series = self._running_series(session)
            series.ended_on = on
            series.end_reason = SeriesEnd(reason)

    @staticmethod
    def _running_series(session: Session) -> SeriesRow:
        row = current_series_row(session)
        if row is None or row.ended_on is not None:
            raise InvalidInput(
                QCoreApplication.translate("Diary", "Start a treatment series first.")
            )
        return row

    @staticmethod
    def _visit(session: Session, visit_id: int) -> VisitRow:
        row = session.get(VisitRow, visit_id)
        if row is None:
            raise InvalidInput(
                QCoreApplication.translate("Diary", "There is no session with id {id}.").format(
                    id=visit_id
                )
            )
        return row
