"""After an import, when the user chose it in Settings: each new photo is lined up with the
photo before it in its scar's timeline, automatically, on the image workers. The results are
saved together in one write on the diary lane (one sync, one refresh of the window); a
refusal leaves the pair unaligned (Compare says why when asked). Pairs already aligned are
left as they are."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import QObject, Signal

from scar_diary.alignment import Alignment
from scar_diary.domain.alignment import SavedAlignment
from scar_diary.domain.entities import Photo
from scar_diary.services.diary import Diary
from scar_diary.ui.tasks import Lane, TaskRunner


class ImportAlignment(QObject):
    finished = Signal(int, int)  # pairs aligned (or approximately), pairs tried

    def __init__(
        self, parent: QObject, diary: Diary, runner: TaskRunner, scar_id: int, new: set[int]
    ) -> None:
        super().__init__(parent)
        self.diary, self.runner = diary, runner
        reader = diary.read
        photos = reader.photos_for_scar(scar_id)
        saved = reader.alignments_for_scar(scar_id)  # one query, whatever the import's size
        self.pairs = [
            (earlier, later)
            for earlier, later in pairwise(photos)
            if later.id in new and (earlier.id, later.id) not in saved
        ]
        self.found: list[tuple[int, int, SavedAlignment | None]] = []
        self._left = len(self.pairs)

    def start(self) -> None:
        if not self.pairs:
            self.finished.emit(0, 0)
            return
        for earlier, later in self.pairs:
            self.runner.run(
                partial(self.diary.photos.align_automatically, earlier, later),
                partial(self._found, earlier, later),
                self._not_found,
                lane=Lane.IMAGES,
                owner=self,
            )

    def _found(self, earlier: Photo, later: Photo, found: Alignment) -> None:
        if found.matrix is not None:
            self.found.append((earlier.id, later.id, found.saved()))
        self._one_done()

    def _not_found(self, _error: BaseException) -> None:
        """A photo that cannot be read: that pair stays unaligned, as after a refusal."""
        self._one_done()

    def _one_done(self) -> None:
        self._left -= 1
        if self._left > 0:
            return
        if not self.found:
            self.finished.emit(0, len(self.pairs))
            return
        self.runner.run(
            partial(self.diary.photos.save_alignments, self.found),
            lambda _result: self.finished.emit(len(self.found), len(self.pairs)),
            lambda _error: self.finished.emit(0, len(self.pairs)),  # nothing was written
            lane=Lane.DIARY,
            owner=self,
        )
