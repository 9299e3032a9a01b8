"""Undoable changes on the Scars page (Edit → Undo, Ctrl+Z). A change is written first and
put on the undo stack only once it is in the diary: a busy or read-only diary says so (the
one path for problems) and leaves no step on the stack that never happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from scar_diary.domain.entities import MapView, Rating
from scar_diary.services.diary import Diary
from scar_diary.services.ratings import RatingInput
from scar_diary.ui import problems

Refresh = Callable[[], None]


class DiaryChange(QUndoCommand):
    """A change with its way back; `forward`/`back` write, `refresh` shows the result."""

    def __init__(self, text: str, diary: Diary, refresh: Refresh) -> None:
        super().__init__(text)
        self.diary, self.refresh = diary, refresh
        self._written = False  # done by `do` already: the stack's first redo is not a write

    def forward(self) -> None:
        raise NotImplementedError

    def back(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self.forward()
        self.refresh()

    def undo(self) -> None:
        self.back()
        self.refresh()


def do(stack: QUndoStack, change: DiaryChange, parent: QWidget, place: str) -> bool:
    """Write the change; only then is it a step that Undo can take back."""
    if not problems.attempt(parent, place, change.forward):
        return False
    change._written = True
    stack.push(change)
    return True


class MoveScar(DiaryChange):
    def __init__(
        self,
        diary: Diary,
        refresh: Refresh,
        scar_id: int,
        before: tuple[MapView, float | None, float | None],
        after: tuple[MapView, float | None, float | None],
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Move Scar"), diary, refresh)
        self.scar_id, self.before, self.after = scar_id, before, after

    def forward(self) -> None:
        self.diary.scars.move(self.scar_id, *self.after)

    def back(self) -> None:
        self.diary.scars.move(self.scar_id, *self.before)


class ArchiveScar(DiaryChange):
    def __init__(self, diary: Diary, refresh: Refresh, scar_id: int, archived: bool) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("Undo", "Archive Scar") if archived else translate("Undo", "Restore Scar"),
            diary,
            refresh,
        )
        self.scar_id, self.archived = scar_id, archived

    def forward(self) -> None:
        self.diary.scars.set_archived(self.scar_id, self.archived)

    def back(self) -> None:
        self.diary.scars.set_archived(self.scar_id, not self.archived)


class DeleteRating(DiaryChange):
    """Undo records the same rating again (it gets a new id)."""

    def __init__(self, diary: Diary, refresh: Refresh, rating: Rating) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete Rating"), diary, refresh)
        self.rating = rating
        self.rating_id = rating.id

    def forward(self) -> None:
        self.diary.ratings.delete(self.rating_id)

    def back(self) -> None:
        r = self.rating
        (self.rating_id,) = self.diary.ratings.record_many(
            r.rated_on,
            [RatingInput(r.scar_id, r.depth, r.softening, r.visibility, r.note)],
            today=r.rated_on,
        )
