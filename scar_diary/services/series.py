"""The treatment series, its sessions and the maintenance boosts after it (Visits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from scar_diary.domain import limits
from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import SeriesEnd, VisitKind, VisitStatus
from scar_diary.services.errors import InvalidInput
from scar_diary.services.validation import check_day, missing
from scar_diary.storage.database import Database
from scar_diary.storage.facts import current_series_row
from scar_diary.storage.models import ScarRow, SeriesRow, VisitRow

translate = QCoreApplication.translate


def _check_past(on: dt.date, today: dt.date | None) -> None:
    """A visit is done only once its day has come (`today` defaults to the clock's)."""
    check_day(on)
    if on > (today or dt.date.today()):
        raise InvalidInput(
            translate(
                "Diary", "A visit cannot be marked done on a day still to come ({day})."
            ).format(day=on.isoformat())
        )


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
        self._check_planned(planned_sessions)
        check_day(prep_started_on)
        check_day(acne_clear_on)
        with self.db.writing(Changed.VISITS) as session:
            current = current_series_row(session)
            if current is not None and current.ended_on is None:
                raise InvalidInput(
                    translate(
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
        """Confirm the acne is fully clear (which also ends a reported flare); None takes
        the confirmation back before the series has begun."""
        check_day(on)
        with self.db.writing(Changed.VISITS) as session:
            row = self._running(session)
            if on is None:
                row.acne_clear_on = None
                return
            if row.acne_clear_on is None or row.acne_flared_on is None:
                row.acne_clear_on = on
            row.acne_flared_on = None

    def report_flare(self, on: dt.date) -> None:
        """ "My acne has flared": bookings are flagged until it is confirmed clear again."""
        check_day(on)
        with self.db.writing(Changed.VISITS) as session:
            self._running(session).acne_flared_on = on

    def update(
        self, prep_started_on: dt.date | None, planned_sessions: int | None, notes: str
    ) -> None:
        self._check_planned(planned_sessions)
        check_day(prep_started_on)
        with self.db.writing(Changed.VISITS) as session:
            row = self._running(session)
            first_done = min(
                (
                    v.scheduled_on
                    for v in row.visits
                    if v.status is VisitStatus.DONE and v.kind is VisitKind.SESSION
                ),
                default=None,
            )
            if prep_started_on and first_done and prep_started_on > first_done:
                raise InvalidInput(
                    translate(
                        "Diary",
                        "The preparation must have started before the first session ({day}).",
                    ).format(day=first_done.isoformat())
                )
            row.prep_started_on, row.planned_sessions, row.notes = (
                prep_started_on,
                planned_sessions,
                notes,
            )

    def reschedule(self, visit_id: int, on: dt.date, at: dt.time | None) -> None:
        check_day(on)
        with self.db.writing(Changed.VISITS) as session:
            row = self._visit(session, visit_id)
            if row.status is not VisitStatus.BOOKED:
                raise InvalidInput(translate("Diary", "Only a booked session can be moved."))
            row.scheduled_on, row.scheduled_time = on, at

    def book(
        self,
        on: dt.date,
        at: dt.time | None = None,
        notes: str = "",
        *,
        kind: VisitKind | None = None,
    ) -> int:
        """A session in a running series, or a maintenance boost after the series ended
        (`kind` None: whichever the series' state allows)."""
        check_day(on)
        with self.db.writing(Changed.VISITS) as session:
            series = self._for_kind(session, kind)
            row = VisitRow(
                series_id=series.id,
                scheduled_on=on,
                scheduled_time=at,
                status=VisitStatus.BOOKED,
                kind=self._kind_of(series),
                notes=notes,
            )
            session.add(row)
            session.flush()
            return row.id

    def record_done(
        self,
        on: dt.date,
        treated_scar_ids: Iterable[int] = (),
        notes: str = "",
        *,
        today: dt.date,
        kind: VisitKind | None = None,
    ) -> int:
        """A visit that already happened, entered afterwards."""
        _check_past(on, today)
        with self.db.writing(Changed.VISITS) as session:
            series = self._for_kind(session, kind)
            row = VisitRow(
                series_id=series.id,
                scheduled_on=on,
                status=VisitStatus.DONE,
                kind=self._kind_of(series),
                notes=notes,
                treated_scars=self._scars(session, treated_scar_ids),
            )
            session.add(row)
            session.flush()
            return row.id

    def complete(
        self,
        visit_id: int,
        treated_scar_ids: Iterable[int] = (),
        notes: str | None = None,
        *,
        on: dt.date | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Mark a booked visit done; `on` is the day it really happened (default: the day
        it was booked for)."""
        with self.db.writing(Changed.VISITS) as session:
            row = self._visit(session, visit_id)
            if row.status is VisitStatus.CANCELLED:
                raise InvalidInput(translate("Diary", "A cancelled session cannot be marked done."))
            day = on or row.scheduled_on
            _check_past(day, today)
            row.status = VisitStatus.DONE
            row.scheduled_on = day
            row.treated_scars = self._scars(session, treated_scar_ids)
            if notes is not None:
                row.notes = notes

    def cancel(self, visit_id: int) -> None:
        with self.db.writing(Changed.VISITS) as session:
            row = self._visit(session, visit_id)
            if row.status is VisitStatus.DONE:
                raise InvalidInput(translate("Diary", "A done session cannot be cancelled."))
            row.status = VisitStatus.CANCELLED

    def end(self, on: dt.date, reason: SeriesEnd) -> None:
        check_day(on)
        with self.db.writing(Changed.VISITS) as session:
            series = self._running(session)
            series.ended_on = on
            series.end_reason = SeriesEnd(reason)

    @staticmethod
    def _check_planned(planned_sessions: int | None) -> None:
        if planned_sessions is not None and planned_sessions not in limits.SERIES_SESSIONS:
            raise InvalidInput(
                translate("Diary", "A series has from {low} to {high} sessions.").format(
                    low=limits.SERIES_SESSIONS.low, high=limits.SERIES_SESSIONS.high
                )
            )

    @staticmethod
    def _scars(session: Session, ids: Iterable[int]) -> list[ScarRow]:
        wanted = list(ids)
        if not wanted:
            return []
        return list(session.scalars(select(ScarRow).where(ScarRow.id.in_(wanted))))

    @staticmethod
    def _kind_of(series: SeriesRow) -> VisitKind:
        return VisitKind.SESSION if series.ended_on is None else VisitKind.BOOST

    @classmethod
    def _for_kind(cls, session: Session, kind: VisitKind | None) -> SeriesRow:
        row = current_series_row(session)
        if row is None:
            raise InvalidInput(translate("Diary", "Start a treatment series first."))
        if kind is not None and cls._kind_of(row) is not kind:
            raise InvalidInput(
                translate("Diary", "A boost follows a series that has ended.")
                if kind is VisitKind.BOOST
                else translate(
                    "Diary", "This series has ended: book a boost, or start a new series."
                )
            )
        return row

    @staticmethod
    def _running(session: Session) -> SeriesRow:
        row = current_series_row(session)
        if row is None or row.ended_on is not None:
            raise InvalidInput(translate("Diary", "Start a treatment series first."))
        return row

    @staticmethod
    def _visit(session: Session, visit_id: int) -> VisitRow:
        row = session.get(VisitRow, visit_id)
        if row is None:
            raise missing("session", visit_id)
        return row
