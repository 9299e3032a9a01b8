"""The watched folder in the window: looked at every few seconds on the image lane (never
on the GUI thread), each settled new photo handed to the inbox's arrivals. What was taken
is remembered in the window's settings, so a restart does not take it again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from scar_diary.services.watched_folder import Arrived, FolderWatch
from scar_diary.ui import problems
from scar_diary.ui.inbox.arrivals import Arrivals
from scar_diary.ui.preferences import WATCHED_SEEN
from scar_diary.ui.tasks import Lane, TaskRunner

LOOK_EVERY_MS = 3000
REMEMBERED = 20_000  # the newest entries kept: a folder of years of photos stays bounded


class FolderWatcher(QObject):
    def __init__(
        self, runner: TaskRunner, arrivals: Arrivals, settings: QSettings, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.runner, self.arrivals, self.settings = runner, arrivals, settings
        self.watch: FolderWatch | None = None
        self._looking = False
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)

    def start(self, folder: str, marks: Callable[[str], str] | None = None) -> None:
        """Watch `folder` ("" stops); `marks`: how what was taken is remembered (keyed
        hashes for a protected diary)."""
        self.timer.stop()
        self.watch = None
        if not folder:
            return
        remembered = WATCHED_SEEN.get(self.settings)
        keys = [entry[2:] for entry in remembered if entry.startswith("k:")]
        hashes = [entry[2:] for entry in remembered if entry.startswith("h:")]
        self.watch = FolderWatch(Path(folder), keys, hashes, marks)
        self.timer.start()
        self.look()

    def stop(self) -> None:
        self.start("")

    def look(self) -> None:
        watch = self.watch
        if watch is None or self._looking:
            return
        self._looking = True
        self.runner.run(
            watch.look,
            lambda arrived: self._arrived(watch, arrived),
            self._failed,
            lane=Lane.IMAGES,
            owner=self,
        )

    def _arrived(self, watch: FolderWatch, arrived: list[Arrived]) -> None:
        self._looking = False
        if watch is not self.watch:
            return  # another folder was chosen meanwhile
        for photo in arrived:
            modified = dt.datetime.fromtimestamp(photo.mtime_ns / 1e9, dt.UTC)
            self.arrivals.take(photo.data, photo.name, watch.folder.name, modified)
        if arrived:
            self._remember(watch)

    def _remember(self, watch: FolderWatch) -> None:
        entries = [f"k:{key}" for key in watch.taken_keys]
        entries += [f"h:{digest}" for digest in watch.taken_hashes]
        WATCHED_SEEN.set(self.settings, entries[-REMEMBERED:])

    def _failed(self, error: BaseException) -> None:
        self._looking = False
        if problems.logged_sentence(error, "looking at the watched folder") is None:
            raise error
