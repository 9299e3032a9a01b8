"""Thumbnails for the GUI: made and decoded on a worker at the size they are shown, turned
into a QPixmap on the GUI thread, remembered in a bounded memory cache. The photos asked for
last are decoded first: they are the ones in view now."""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap

from scar_diary.domain.entities import Photo
from scar_diary.services.thumbnails import thumbnail_image, thumbs_dir
from scar_diary.storage.reader import DiaryReader
from scar_diary.ui import problems
from scar_diary.ui.tasks import Lane, TaskRunner

SHOWN_SIDE = 120  # the timeline's icon size; the scar list shows the same pixmaps smaller
CACHE_BYTES = 48 * 1024 * 1024  # about 1,000 thumbnails at 120 px: a whole long timeline
IN_FLIGHT = 4  # enough that no core waits for the next; the rest wait, newest first
MAX_WAITING = 48  # asked for longest ago beyond this (scrolled past): forgotten


def placeholder(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#d8d2cc"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a817a"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "…")
    painter.end()
    return pixmap


def unavailable(size: int) -> QPixmap:
    """In place of a thumbnail that could not be made: a crossed tile (the reason is in
    the photo's tooltip)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#e6d6d0"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9a3b2e"))
    painter.drawLine(8, 8, size - 8, size - 8)
    painter.drawLine(size - 8, 8, 8, size - 8)
    painter.drawText(
        pixmap.rect().adjusted(4, 4, -4, -4),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("Thumbnails", "Cannot be shown"),
    )
    painter.end()
    return pixmap


def _decode(reader: DiaryReader, photo: Photo, side: int) -> QImage:
    """On a worker: the thumbnail (made and cached first if missing) at the shown size,
    handed over as pixels, not read back from the file it was just written to."""
    small = thumbnail_image(
        lambda: reader.photo_bytes(photo),
        thumbs_dir(reader.data_dir),
        photo.sha256,
        side,
        reader.cipher,
    )
    small.thumbnail((side, side))
    width, height = small.size
    return QImage(small.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class ThumbnailLoader(QObject):
    def __init__(
        self,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        side: int = SHOWN_SIDE,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.side = side
        self.cache_bytes = cache_bytes
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._cache_bytes = 0
        self._waiting: dict[str, list[Callable[[QPixmap], None]]] = {}
        self._queue: deque[tuple[str, Callable[[], QImage]]] = deque()
        self._in_flight = 0
        self._ratio = 1.0
        self._generation = 0  # bumped by clear(): late results of another diary are dropped
        self.failures: dict[str, str] = {}  # why a photo's thumbnail could not be made

    def cached(self, sha256: str) -> QPixmap | None:
        pixmap = self._cache.get(sha256)
        if pixmap is not None:
            self._cache.move_to_end(sha256)
        return pixmap

    def request(
        self, reader: DiaryReader, photo: Photo, on_ready: Callable[[QPixmap], None]
    ) -> None:
        """Calls `on_ready` at once when cached, else later on the GUI thread."""
        pixmap = self.cached(photo.sha256)
        if pixmap is not None:
            on_ready(pixmap)
            return
        waiting = self._waiting.setdefault(photo.sha256, [])
        waiting.append(on_ready)
        if len(waiting) > 1:
            self._to_front(photo.sha256)
            return
        side = round(self.side * self._pixel_ratio())
        self._queue.appendleft((photo.sha256, partial(_decode, reader, photo, side)))
        while len(self._queue) > MAX_WAITING:  # a view asks again if it shows them again
            forgotten, _ = self._queue.pop()
            self._waiting.pop(forgotten, None)
        self._pump()

    def _pixel_ratio(self) -> float:
        """Device pixels per logical pixel: sharp thumbnails on a high-density screen."""
        screen = QGuiApplication.primaryScreen()
        self._ratio = screen.devicePixelRatio() if screen is not None else 1.0
        return self._ratio

    def is_waiting(self, sha256: str) -> bool:
        return sha256 in self._waiting

    def to_front(self, sha256: str) -> None:
        """Decode this one next (it is in view again)."""
        self._to_front(sha256)

    def _to_front(self, sha256: str) -> None:
        for index, (queued, _) in enumerate(self._queue):
            if queued == sha256:
                item = self._queue[index]
                del self._queue[index]
                self._queue.appendleft(item)
                return

    def _pump(self) -> None:
        while self._in_flight < IN_FLIGHT and self._queue:
            sha256, job = self._queue.popleft()
            self._in_flight += 1
            generation = self._generation
            self.runner.run(
                job,
                partial(self._ready, generation, sha256),
                partial(self._failed, generation, sha256),
                lane=Lane.IMAGES,
            )

    def _settle(self, generation: int) -> bool:
        """One decode ended; whether its result still belongs to the current diary."""
        if generation != self._generation:
            return False
        self._in_flight -= 1
        self._pump()
        return True

    def _failed(self, generation: int, sha256: str, error: BaseException) -> None:
        """Logged by the helper (type and place), and shown as a crossed tile with the reason kept for
        the photo's tooltip (asked again when the diary is opened again)."""
        if not self._settle(generation):
            return  # (the helper logged it already)
        self.failures[sha256] = problems.sentence(error) or QCoreApplication.translate(
            "Thumbnails", "This photo cannot be decoded; import it again from its original."
        )
        tile = unavailable(self.side)
        for callback in self._waiting.pop(sha256, []):
            callback(tile)

    def _ready(self, generation: int, sha256: str, image: QImage) -> None:
        if not self._settle(generation):
            return
        if image.isNull():
            self._waiting.pop(sha256, None)
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        self._remember(sha256, pixmap)
        for callback in self._waiting.pop(sha256, []):
            callback(pixmap)

    def _remember(self, sha256: str, pixmap: QPixmap) -> None:
        self._cache[sha256] = pixmap
        self._cache_bytes += _bytes(pixmap)
        while self._cache_bytes > self.cache_bytes and len(self._cache) > 1:
            _, dropped = self._cache.popitem(last=False)
            self._cache_bytes -= _bytes(dropped)

    def clear(self) -> None:
        self._generation += 1
        self._cache.clear()
        self._cache_bytes = 0
        self.failures.clear()
        self._waiting.clear()
        self._queue.clear()
        self._in_flight = 0


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
