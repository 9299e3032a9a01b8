"""The list of scars beside the map: thumbnail, name, type, place, latest scores, photos.
Photos dropped on a row are imported for that scar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from scar_diary.domain.entities import Rating, Scar, scar_numbers
from scar_diary.wording.scars import region_name, type_name

ICON_SIZE = 48


class ScarList(QTreeWidget):
    photos_dropped = Signal(int, list)  # scar id, [Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scarList")
        self.setHeaderLabels(
            [
                self.tr("Scar"),
                self.tr("Type"),
                self.tr("Where"),
                self.tr("Depth"),
                self.tr("Softening"),
                self.tr("Photos"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setUniformRowHeights(True)  # each row as tall as its 48 px photo: room for 2 lines
        self.setWordWrap(True)  # a long name wraps instead of ending in "…"
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.viewport().setAcceptDrops(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Scars"))

    def show_scars(
        self,
        scars: list[Scar],
        latest: dict[int, Rating],
        photo_counts: dict[int, int],
        placeholder: QPixmap,
        numbers: dict[int, int] | None = None,
    ) -> None:
        """`numbers`: each scar's own number (domain.scar_numbers over all the diary's
        scars), shown before its name as on the map's pin."""
        selected = self.selected_id()
        self.clear()
        numbers = numbers or scar_numbers(scars)
        for scar in scars:
            rating = latest.get(scar.id)
            item = QTreeWidgetItem(
                [
                    f"{numbers.get(scar.id, 0)}. {scar.label}"
                    + (self.tr(" (archived)") if scar.archived else ""),
                    type_name(scar.scar_type),
                    region_name(scar.region),
                    str(rating.depth) if rating else "–",
                    str(rating.softening) if rating else "–",
                    str(photo_counts.get(scar.id, 0)),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, scar.id)
            item.setIcon(0, QIcon(placeholder))
            for column in (3, 4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            if scar.archived:
                item.setDisabled(False)
                item.setForeground(0, self.palette().placeholderText())
            self.addTopLevelItem(item)
        if selected is not None:
            self.select(selected)

    def set_thumbnail(self, scar_id: int, pixmap: QPixmap) -> None:
        item = self._item(scar_id)
        if item is not None:
            item.setIcon(0, QIcon(pixmap))

    def selected_id(self) -> int | None:
        items = self.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def select(self, scar_id: int | None) -> None:
        item = self._item(scar_id) if scar_id is not None else None
        if item is None:
            self.clearSelection()
        else:
            self.setCurrentItem(item)

    def _item(self, scar_id: int) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == scar_id:
                return item
        return None

    # --- drops: photos onto a row ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if item is not None and paths:
            event.acceptProposedAction()
            self.photos_dropped.emit(int(item.data(0, Qt.ItemDataRole.UserRole)), paths)
