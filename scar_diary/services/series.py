"""The treatment series and its sessions (Visits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from scar_diary.domain.entities import SeriesEnd, VisitStatus
from scar_diary.services.errors import InvalidInput
from scar_diary.services.validation import missing
from scar_diary.storage.database import Database
from scar_diary.storage.facts import current_series_row
from scar_diary.storage.models import ScarRow, SeriesRow, VisitRow


class SeriesService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def start(
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

    def confirm_acne_clear(self, on: dt.date | None) -> None:
        """None takes the confirmation back."""
        with self.db.session() as session:
            self._running(session).acne_clear_on = on

    def update(
        self, prep_started_on: dt.date | None, planned_sessions: int | None, notes: str
    ) -> None:
        if planned_sessions is not None and not 1 <= planned_sessions <= 50:
            raise InvalidInput(
                QCoreApplication.translate("Diary", "A series has from 1 to 50 sessions.")
            )
        with self.db.session() as session:
            row = self._running(session)
            row.prep_started_on, row.planned_sessions, row.notes = (
                prep_started_on,
                planned_sessions,
                notes,
            )

    def reschedule(self, visit_id: int, on: dt.date, at: dt.time | None) -> None:
        with self.db.session() as session:
            row = self._visit(session, visit_id)
            if row.status is not VisitStatus.BOOKED:
                raise InvalidInput(
                    QCoreApplication.translate("Diary", "Only a booked session can be moved.")
                )
            row.scheduled_on, row.scheduled_time = on, at

    def book(self, on: dt.date, at: dt.time | None = None, notes: str = "") -> int:
        with self.db.session() as session:
            series = self._running(session)
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

    def complete(
        self, visit_id: int, treated_scar_ids: Iterable[int] = (), notes: str | None = None
    ) -> None:
        with self.db.session() as session:
            row = self._visit(session, visit_id)
            row.status = VisitStatus.DONE
            ids = list(treated_scar_ids)
            row.treated_scars = (
                list(session.scalars(select(ScarRow).where(ScarRow.id.in_(ids)))) if ids else []
            )
            if notes is not None:
                row.notes = notes

    def cancel(self, visit_id: int) -> None:
        with self.db.session() as session:
            self._visit(session, visit_id).status = VisitStatus.CANCELLED

    def end(self, on: dt.date, reason: SeriesEnd) -> None:
        with self.db.session() as session:
            series = self._running(session)
            series.ended_on = on
            series.end_reason = SeriesEnd(reason)

    @staticmethod
    def _running(session: Session) -> SeriesRow:
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
            raise missing("session", visit_id)
        return row
