"""Photos on their way into the inbox, from the phone or the watched folder: checked and
stored (sealed, for a protected diary) on the image lane, then recorded on the diary lane
(one write at a time). A refused photo is named with its reason; nothing of it is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from scar_diary.ui import problems
from scar_diary.ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.services.photo_import import PreparedPhoto, Rejected


class Arrivals(QObject):
    kept = Signal(str)  # a photo's name: it waits in the inbox now
    refused = Signal(str, str)  # a photo's name, and why it was not kept

    def __init__(
        self, runner: TaskRunner, diary: Callable[[], Diary | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._diary = diary

    def take(self, data: bytes, name: str, source: str, modified: dt.datetime | None) -> None:
        diary = self._diary()
        if diary is None:
            self.refused.emit(name, self.tr("the diary is not open"))
            return
        self.runner.run(
            partial(diary.inbox.prepare, data, name, modified),
            partial(self._prepared, diary, name, source),
            partial(self._failed, name),
            lane=Lane.IMAGES,
            owner=self,
        )

    def _prepared(
        self, diary: Diary, name: str, source: str, prepared: PreparedPhoto | Rejected
    ) -> None:
        from scar_diary.services.photo_import import Rejected

        if isinstance(prepared, Rejected):
            self.refused.emit(name, prepared.reason)
            return
        if diary is not self._diary():
            self.refused.emit(name, self.tr("the diary was closed meanwhile"))
            return
        # recorded on the diary lane, one write after the other: a burst of photos from the
        # phone never holds the window while each is committed
        self.runner.run(
            partial(diary.inbox.add, prepared, source),
            lambda _added: self.kept.emit(name),
            partial(self._failed, name),
            lane=Lane.DIARY,
            owner=self,
        )

    def _failed(self, name: str, error: BaseException) -> None:
        words = problems.logged_sentence(error, "keeping a photo from the phone")
        if words is None:
            raise error
        self.refused.emit(name, words)
