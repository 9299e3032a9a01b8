"""Undoable changes on the Scars page (Edit → Undo, Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from scar_diary.domain.entities import MapView, Rating
from scar_diary.services.diary import Diary
from scar_diary.services.ratings import RatingInput

Refresh = Callable[[], None]


class MoveScar(QUndoCommand):
    def __init__(
        self,
        diary: Diary,
        refresh: Refresh,
        scar_id: int,
        before: tuple[MapView, float | None, float | None],
        after: tuple[MapView, float | None, float | None],
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Move Scar"))
        self.diary, self.refresh, self.scar_id = diary, refresh, scar_id
        self.before, self.after = before, after

    def redo(self) -> None:
        self.diary.scars.move(self.scar_id, *self.after)
        self.refresh()

    def undo(self) -> None:
        self.diary.scars.move(self.scar_id, *self.before)
        self.refresh()


class ArchiveScar(QUndoCommand):
    def __init__(self, diary: Diary, refresh: Refresh, scar_id: int, archived: bool) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("Undo", "Archive Scar") if archived else translate("Undo", "Restore Scar")
        )
        self.diary, self.refresh, self.scar_id, self.archived = diary, refresh, scar_id, archived

    def redo(self) -> None:
        self.diary.scars.set_archived(self.scar_id, self.archived)
        self.refresh()

    def undo(self) -> None:
        self.diary.scars.set_archived(self.scar_id, not self.archived)
        self.refresh()


class DeleteRating(QUndoCommand):
    """Undo records the same rating again (it gets a new id)."""

    def __init__(self, diary: Diary, refresh: Refresh, rating: Rating) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete Rating"))
        self.diary, self.refresh, self.rating = diary, refresh, rating
        self.rating_id = rating.id

    def redo(self) -> None:
        self.diary.ratings.delete(self.rating_id)
        self.refresh()

    def undo(self) -> None:
        r = self.rating
        (self.rating_id,) = self.diary.ratings.record_many(
            r.rated_on,
            [RatingInput(r.scar_id, r.depth, r.softening, r.visibility, r.note)],
            today=r.rated_on,
        )
        self.refresh()
