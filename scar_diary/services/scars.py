"""Scars: add, edit, place on the face map, archive, delete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, MapView, Scar, ScarType
from scar_diary.services.validation import check_label, check_map_position, missing
from scar_diary.storage.database import Database
from scar_diary.storage.facts import scar_of
from scar_diary.storage.models import PhotoRow, RatingRow, ScarRow


@dataclass(frozen=True)
class Dependents:
    photos: int
    ratings: int


class ScarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        label: str,
        region: FaceRegion,
        scar_type: ScarType,
        *,
        map_x: float | None = None,
        map_y: float | None = None,
        map_view: MapView = MapView.FRONT,
        notes: str = "",
    ) -> int:
        label = check_label(label)
        check_map_position(map_x, map_y)
        with self.db.writing(Changed.SCARS) as session:
            row = ScarRow(
                label=label,
                region=FaceRegion(region),
                scar_type=ScarType(scar_type),
                map_x=map_x,
                map_y=map_y,
                map_view=MapView(map_view),
                notes=notes,
            )
            session.add(row)
            session.flush()
            return row.id

    def get(self, scar_id: int) -> Scar:
        with self.db.reading() as session:
            row = session.get(ScarRow, scar_id)
            if row is None:
                raise missing("scar", scar_id)
            return scar_of(row)

    def all(self) -> list[Scar]:
        with self.db.reading() as session:
            return [scar_of(r) for r in session.scalars(select(ScarRow).order_by(ScarRow.id))]

    def update(
        self, scar_id: int, label: str, region: FaceRegion, scar_type: ScarType, notes: str
    ) -> None:
        label = check_label(label)
        with self.db.writing(Changed.SCARS) as session:
            row = self._row(session, scar_id)
            row.label, row.region, row.scar_type, row.notes = (
                label,
                FaceRegion(region),
                ScarType(scar_type),
                notes,
            )

    def move(self, scar_id: int, view: MapView, x: float | None, y: float | None) -> None:
        check_map_position(x, y)
        with self.db.writing(Changed.SCARS) as session:
            row = self._row(session, scar_id)
            row.map_view, row.map_x, row.map_y = MapView(view), x, y

    def set_archived(self, scar_id: int, archived: bool) -> None:
        with self.db.writing(Changed.SCARS) as session:
            self._row(session, scar_id).archived = archived

    def dependents(self, scar_id: int) -> Dependents:
        """What a delete would take with it, for the confirmation."""
        with self.db.reading() as session:
            photos = session.scalar(
                select(func.count()).select_from(PhotoRow).where(PhotoRow.scar_id == scar_id)
            )
            ratings = session.scalar(
                select(func.count()).select_from(RatingRow).where(RatingRow.scar_id == scar_id)
            )
            return Dependents(photos or 0, ratings or 0)

    def delete(self, scar_id: int) -> list[str]:
        """Delete the scar with its ratings and photos; returns the photos' relative paths so
        the caller can remove files no other photo row uses."""
        with self.db.writing(
            Changed.SCARS | Changed.PHOTOS | Changed.RATINGS | Changed.VISITS
        ) as session:
            row = self._row(session, scar_id)
            paths = [p.relative_path for p in row.photos]
            session.delete(row)
            return paths

    @staticmethod
    def _row(session: Session, scar_id: int) -> ScarRow:
        row = session.get(ScarRow, scar_id)
        if row is None:
            raise missing("scar", scar_id)
        return row
