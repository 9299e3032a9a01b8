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
        self.scar_id, self.new = scar_id, new
        self.pairs: list[tuple[Photo, Photo]] = []
        self.found: list[tuple[int, int, SavedAlignment | None]] = []
        self._left = 0

    def _pairs_to_align(self) -> list[tuple[Photo, Photo]]:
        """Each new photo with the one before it, unless already aligned (read on the diary
        lane: a scar's timeline may hold a thousand photos)."""
        reader = self.diary.read
        photos = reader.photos_for_scar(self.scar_id)
        saved = reader.alignments_for_scar(self.scar_id)  # one query, whatever the import
        return [
            (earlier, later)
            for earlier, later in pairwise(photos)
            if later.id in self.new and (earlier.id, later.id) not in saved
        ]

    def start(self) -> None:
        self.runner.run(
            self._pairs_to_align,
            self._align,
            self._not_read,
            lane=Lane.DIARY,
            owner=self,
        )

    def _not_read(self, error: BaseException) -> None:
        """The diary could not be read (closed, busy): nothing is aligned, and it is logged;
        a bug goes on to the crash report."""
        from scar_diary.ui import problems

        if problems.logged_sentence(error, "reading photos to line up") is None:
            raise error
        self.finished.emit(0, 0)

    def _align(self, pairs: list[tuple[Photo, Photo]]) -> None:
        self.pairs = pairs
        self._left = len(pairs)
        if not pairs:
            self.finished.emit(0, 0)
            return
        for earlier, later in pairs:
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
