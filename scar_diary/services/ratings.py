"""Self-ratings: depth, softening and visibility on 0–10 scales, with a note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import Rating
from scar_diary.services.validation import check_not_future, check_score, missing
from scar_diary.storage.database import Database
from scar_diary.storage.facts import rating_of
from scar_diary.storage.models import RatingRow, ScarRow


@dataclass(frozen=True)
class RatingInput:
    scar_id: int
    depth: int
    softening: int
    visibility: int | None = None
    note: str = ""


def _check(entry: RatingInput, rated_on: dt.date, today: dt.date) -> None:
    check_score(QCoreApplication.translate("Diary", "Depth"), entry.depth)
    check_score(QCoreApplication.translate("Diary", "Softening"), entry.softening)
    check_score(QCoreApplication.translate("Diary", "Visibility"), entry.visibility, optional=True)
    check_not_future(rated_on, today)


class RatingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
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
        (rating_id,) = self.record_many(
            rated_on, [RatingInput(scar_id, depth, softening, visibility, note)], today=today
        )
        return rating_id

    def record_many(
        self, rated_on: dt.date, entries: Sequence[RatingInput], *, today: dt.date
    ) -> list[int]:
        """All ratings of one sitting in one transaction: all are saved, or none."""
        for entry in entries:
            _check(entry, rated_on, today)
        with self.db.writing(Changed.RATINGS) as session:
            rows = []
            for entry in entries:
                if session.get(ScarRow, entry.scar_id) is None:
                    raise missing("scar", entry.scar_id)
                row = RatingRow(
                    scar_id=entry.scar_id,
                    rated_on=rated_on,
                    depth=entry.depth,
                    softening=entry.softening,
                    visibility=entry.visibility,
                    note=entry.note,
                )
                session.add(row)
                rows.append(row)
            session.flush()
            return [row.id for row in rows]

    def for_scar(self, scar_id: int) -> list[Rating]:
        """Newest first."""
        with self.db.reading() as session:
            rows = session.scalars(
                select(RatingRow)
                .where(RatingRow.scar_id == scar_id)
                .order_by(RatingRow.rated_on.desc(), RatingRow.id.desc())
            )
            return [rating_of(r) for r in rows]

    def update(
        self, rating_id: int, rated_on: dt.date, entry: RatingInput, *, today: dt.date
    ) -> None:
        _check(entry, rated_on, today)
        with self.db.writing(Changed.RATINGS) as session:
            row = self._row(session, rating_id)
            row.rated_on = rated_on
            row.depth, row.softening, row.visibility, row.note = (
                entry.depth,
                entry.softening,
                entry.visibility,
                entry.note,
            )

    def delete(self, rating_id: int) -> Rating:
        """Returns what was deleted, so it can be put back (undo)."""
        with self.db.writing(Changed.RATINGS) as session:
            row = self._row(session, rating_id)
            deleted = rating_of(row)
            session.delete(row)
            return deleted

    @staticmethod
    def _row(session: Session, rating_id: int) -> RatingRow:
        row = session.get(RatingRow, rating_id)
        if row is None:
            raise missing("rating", rating_id)
        return row
