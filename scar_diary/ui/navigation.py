"""The page list on the left of the window: one row per page, with its icon."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Pages"))
        self.setFixedWidth(170)
        self.setIconSize(QSize(22, 22))

    def add(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 36))
        self.addItem(item)

    def show_icons(self, keys: list[str], palette: QPalette) -> None:
        """Each row's icon (named by its page's key) in the palette's colours."""
        from scar_diary.ui.icons import icon

        for row, key in enumerate(keys):
            self.item(row).setIcon(icon(key, palette))
