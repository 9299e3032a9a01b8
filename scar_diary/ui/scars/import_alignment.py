"""After an import, when the user chose it in Settings: each new photo is lined up with the
photo before it in its scar's timeline, automatically, on the image workers. Results are
saved one by one on the diary lane; a refusal leaves the pair unaligned (compare says why
when asked). Pairs already aligned are left as they are."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import QObject, Signal

from scar_diary.alignment import Alignment
from scar_diary.domain.entities import Photo
from scar_diary.services.diary import Diary
from scar_diary.services.tasks import Lane, TaskRunner


class ImportAlignment(QObject):
    finished = Signal(int, int)  # pairs aligned (or approximately), pairs tried

    def __init__(
        self, parent: QObject, diary: Diary, runner: TaskRunner, scar_id: int, new: set[int]
    ) -> None:
        super().__init__(parent)
        self.diary, self.runner = diary, runner
        photos = diary.photos.for_scar(scar_id)
        self.pairs = [
            (earlier, later)
            for earlier, later in pairwise(photos)
            if later.id in new and diary.photos.alignment(earlier.id, later.id) is None
        ]
        self.aligned = 0
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
        if found.matrix is None:
            self._one_done()
            return
        self.runner.run(
            partial(self.diary.photos.save_alignment, earlier.id, later.id, found.saved()),
            self._saved,
            self._not_found,
            lane=Lane.DIARY,
            owner=self,
        )

    def _saved(self, _result: object) -> None:
        self.aligned += 1
        self._one_done()

    def _not_found(self, _error: BaseException) -> None:
        """A photo that cannot be read, or a write that failed: that pair stays unaligned,
        as after a refusal; the others go on."""
        self._one_done()

    def _one_done(self) -> None:
        self._left -= 1
        if self._left == 0:
            self.finished.emit(self.aligned, len(self.pairs))
