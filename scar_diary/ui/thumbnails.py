"""Thumbnails for the GUI: made and decoded on a worker, turned into a QPixmap on the GUI
thread, remembered in memory; a neutral placeholder shows until then."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from scar_diary.domain.entities import Photo
from scar_diary.services.diary import Diary
from scar_diary.services.tasks import TaskRunner


def placeholder(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#d8d2cc"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a817a"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "…")
    painter.end()
    return pixmap


class ThumbnailLoader(QObject):
    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._cache: dict[str, QPixmap] = {}
        self._waiting: dict[str, list[Callable[[QPixmap], None]]] = {}

    def cached(self, sha256: str) -> QPixmap | None:
        return self._cache.get(sha256)

    def request(self, diary: Diary, photo: Photo, on_ready: Callable[[QPixmap], None]) -> None:
        """Calls `on_ready` at once when cached, else later on the GUI thread."""
        pixmap = self._cache.get(photo.sha256)
        if pixmap is not None:
            on_ready(pixmap)
            return
        waiting = self._waiting.setdefault(photo.sha256, [])
        waiting.append(on_ready)
        if len(waiting) > 1:
            return  # already on its way
        self.runner.run(
            lambda: QImage(str(diary.photos.thumbnail(photo))),
            lambda image: self._ready(photo.sha256, image),
            partial(self._failed, photo.sha256),
        )

    def _failed(self, sha256: str, _error: BaseException) -> None:
        self._waiting.pop(sha256, None)

    def _ready(self, sha256: str, image: QImage) -> None:
        if image.isNull():
            self._waiting.pop(sha256, None)
            return
        pixmap = QPixmap.fromImage(image)
        self._cache[sha256] = pixmap
        for callback in self._waiting.pop(sha256, []):
            callback(pixmap)

    def clear(self) -> None:
        self._cache.clear()
        self._waiting.clear()
