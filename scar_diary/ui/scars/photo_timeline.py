"""A scar's photo timeline: a list view over a model, so a thousand photos cost no more than
the few in view. Thumbnails are asked for when a photo is painted, captions when shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from scar_diary.domain.alignment import SavedAlignment, placed_on_first
from scar_diary.domain.entities import Photo
from scar_diary.domain.timeline import treatment_context
from scar_diary.storage.reader import DiaryReader
from scar_diary.ui.thumbnail_loader import SHOWN_SIDE, ThumbnailLoader, placeholder
from scar_diary.wording.dates import medium_date
from scar_diary.wording.scars import session_context_text

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole
# A caption: the date, where it lies in the treatment (which may wrap once), and when lined
# up, how the photo is aligned.
CAPTION_LINES = 4
_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.reader: DiaryReader | None = None
        self.photos: list[Photo] = []
        self._treatment_days: tuple[dt.date, ...] = ()
        self._rows_of: dict[str, list[int]] = {}
        self._captions: dict[int, str] = {}
        self._icons: dict[str, QIcon] = {}
        self._asked: set[str] = set()  # thumbnails this model has asked the loader for
        self._placeholder = QIcon(placeholder(SHOWN_SIDE))
        # "lined up with the first photo": each photo's placement on the first one (None:
        # no saved alignments lead there), and the drawn thumbnails, by photo id
        self._placements: dict[int, SavedAlignment | None] | None = None
        self._placed_icons: dict[int, QIcon] = {}

    def set_photos(
        self, reader: DiaryReader, photos: list[Photo], treatment_days: tuple[dt.date, ...]
    ) -> None:
        if (reader, photos, treatment_days) == (self.reader, self.photos, self._treatment_days):
            # the same timeline (a rating changed, say): keep it, and where it is scrolled;
            # lined up, an alignment saved in Compare meanwhile redraws it
            if self._placements is not None:
                placements = self._placed(reader, photos)
                if placements != self._placements:
                    self.beginResetModel()
                    self._placements, self._placed_icons, self._captions = placements, {}, {}
                    self.endResetModel()
            return
        self.beginResetModel()
        self.reader = reader
        self.photos = photos
        self._treatment_days = treatment_days
        self._rows_of = {}
        for row, photo in enumerate(photos):
            self._rows_of.setdefault(photo.sha256, []).append(row)
        self._captions = {}
        self._icons = {}
        self._asked = set()
        self._placed_icons = {}
        if self._placements is not None:
            self._placements = self._placed(reader, photos)
        self.endResetModel()

    def set_lined_up(self, on: bool) -> None:
        """Show every photo lined up with the first one, through the saved alignments."""
        if on == (self._placements is not None):
            return
        self.beginResetModel()
        self._placements = self._placed(self.reader, self.photos) if on else None
        self._placed_icons = {}
        self._captions = {}
        self.endResetModel()

    @staticmethod
    def _placed(
        reader: DiaryReader | None, photos: list[Photo]
    ) -> dict[int, SavedAlignment | None]:
        if reader is None or not photos:
            return {}
        return placed_on_first(
            [p.id for p in photos], reader.alignments_for_scar(photos[0].scar_id)
        )

    @property
    def lined_up(self) -> bool:
        return self._placements is not None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.caption(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role == Qt.ItemDataRole.ToolTipRole:  # why it cannot be shown, or its file name
            return self.loader.failures.get(photo.sha256) or photo.original_name or None
        if role == PHOTO_ID_ROLE:
            return photo.id
        return None

    def caption(self, row: int) -> str:
        text = self._captions.get(row)
        if text is None:
            day = self.photos[row].taken_at.astimezone().date()
            context = treatment_context(day, self._treatment_days)
            text = f"{medium_date(day)}\n{session_context_text(context)}"
            if self._placements is not None and row > 0:
                from scar_diary.wording.alignment import how_aligned  # only when lined up

                text += f"\n{how_aligned(self._placements.get(self.photos[row].id))}"
            self._captions[row] = text
        return text

    def has_thumbnail(self, row: int) -> bool:
        photo = self.photos[row]
        if self._placements is not None and self._placements.get(photo.id) is not None:
            return photo.id in self._placed_icons
        return photo.sha256 in self._icons

    def _icon(self, photo: Photo) -> QIcon:
        if self._placements is not None and self._placements.get(photo.id) is not None:
            return self._placed_icon(photo)
        return self._plain_icon(photo)

    def _placed_icon(self, photo: Photo) -> QIcon:
        """The thumbnail drawn where its photo lies on the first photo (a few milliseconds
        for one small picture, only for the photos painted)."""
        icon = self._placed_icons.get(photo.id)
        if icon is not None:
            return icon
        plain = self._plain_icon(photo)
        thumbnail = self.loader.cached(photo.sha256)
        placement = (self._placements or {}).get(photo.id)
        if thumbnail is None or placement is None:
            return plain  # on its way: drawn when it arrives
        first = self.photos[0]
        to_shown = SHOWN_SIDE / max(first.width, first.height, 1)
        canvas = QPixmap(
            max(1, round(first.width * to_shown)), max(1, round(first.height * to_shown))
        )
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        to_full = photo.width / max(thumbnail.width(), 1)
        painter.setTransform(
            QTransform().scale(to_full, to_full)
            * QTransform(*placement.warp.qt_order())
            * QTransform().scale(to_shown, to_shown)
        )
        painter.drawPixmap(0, 0, thumbnail)
        painter.end()
        icon = QIcon(canvas)
        self._placed_icons[photo.id] = icon
        return icon

    def _plain_icon(self, photo: Photo) -> QIcon:
        icon = self._icons.get(photo.sha256)
        if icon is not None:
            return icon
        pixmap = self.loader.cached(photo.sha256)
        if pixmap is not None:
            return self._keep(photo.sha256, pixmap)
        if photo.sha256 in self._asked and self.loader.is_waiting(photo.sha256):
            self.loader.to_front(photo.sha256)  # painted again while on its way
        elif self.reader is not None:  # painted now: ask for it (the newest asks come first)
            reader = self.reader
            self._asked.add(photo.sha256)
            self.loader.request(reader, photo, lambda p: self._arrived(reader, photo.sha256, p))
        return self._placeholder

    def _keep(self, sha256: str, pixmap: QPixmap) -> QIcon:
        icon = QIcon(pixmap)
        self._icons[sha256] = icon
        return icon

    def _arrived(self, reader: DiaryReader, sha256: str, pixmap: QPixmap) -> None:
        if reader is not self.reader or sha256 not in self._rows_of:
            return  # the timeline shows another scar or reader by now
        self._keep(sha256, pixmap)
        for row in self._rows_of[sha256]:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class _WholeCell(QStyledItemDelegate):
    """Every photo's cell is the whole grid cell: room for the thumbnail and a caption of
    CAPTION_LINES lines. (The view's one size for all comes from the first photo, whose
    caption may be shorter than the others': those would be cut off.)"""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        # the caption right under the thumbnail, not in the middle of the room left
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        grid = self.view.gridSize()
        return QSize(grid.width() - 4, grid.height() - 4)


class PhotoTimeline(QListView):
    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoTimeline")
        self.timeline = TimelineModel(loader, self)
        self.setModel(self.timeline)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(SHOWN_SIDE, SHOWN_SIDE))
        self._fit_grid()
        self.setItemDelegate(_WholeCell(self))
        self.setUniformItemSizes(True)  # no size hint per photo: a long timeline lays out fast
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Photo timeline"))

    def _fit_grid(self) -> None:
        """Each cell holds a whole thumbnail and a caption of up to CAPTION_LINES lines in
        the font of the moment (a larger system font, 200 %): nothing is cut or elided."""
        line = self.fontMetrics().lineSpacing()
        width = max(SHOWN_SIDE + 60, self.fontMetrics().averageCharWidth() * 24)
        self.setGridSize(QSize(width, SHOWN_SIDE + CAPTION_LINES * line + 12))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_grid()
        super().changeEvent(event)

    def show_photos(
        self, reader: DiaryReader, photos: list[Photo], treatment_days: tuple[dt.date, ...]
    ) -> None:
        self.timeline.set_photos(reader, photos, treatment_days)

    def count(self) -> int:
        return self.timeline.rowCount()

    def caption(self, row: int) -> str:
        return self.timeline.caption(row)

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.timeline.index(row))

    def selected_photo_id(self) -> int | None:
        rows = self.selectionModel().selectedIndexes()
        return int(self.timeline.data(rows[0], PHOTO_ID_ROLE)) if rows else None

    def rows_in_view(self) -> list[int]:
        """The photos in the visible area, found by probing the middle of each grid cell
        there (the cost follows what is seen, not the length of the timeline)."""
        self.executeDelayedItemsLayout()  # a model reset lays out on the next event
        area, cell = self.viewport().rect(), self.gridSize()
        rows = set()
        for y in range(area.top(), area.bottom() + cell.height(), cell.height()):
            for x in range(area.left(), area.right() + cell.width(), cell.width()):
                middle = QPoint(x + cell.width() // 2, y + cell.height() // 2)
                probe = QPoint(min(middle.x(), area.right()), min(middle.y(), area.bottom()))
                index = self.indexAt(probe)
                if index.isValid():
                    rows.add(index.row())
        return sorted(rows)

    def thumbnails_shown(self) -> bool:
        """Every photo in view shows its thumbnail (no placeholder left)."""
        if not self.isVisible():
            return True
        return all(self.timeline.has_thumbnail(row) for row in self.rows_in_view())
