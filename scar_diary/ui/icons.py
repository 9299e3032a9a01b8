"""The app's own line icons (resources/icons/ui/*.svg), drawn in the palette's text colour so
they suit light and dark themes, sharp at any size and scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from scar_diary.resources import RESOURCES

ICON_DIR = RESOURCES / "icons" / "ui"


@cache
def _source(name: str) -> str:
    return (ICON_DIR / f"{name}.svg").read_text("utf-8")


class _TintedSvg(QIconEngine):
    """Renders the SVG in one colour for normal use and a quieter one when disabled."""

    def __init__(self, name: str, colour: QColor, disabled: QColor) -> None:
        super().__init__()
        self.name, self.colour, self.disabled = name, QColor(colour), QColor(disabled)
        self._renderers = {
            QIcon.Mode.Normal: self._renderer(colour),
            QIcon.Mode.Disabled: self._renderer(disabled),
        }

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        text = _source(self.name).replace("currentColor", colour.name())
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderers.get(mode, self._renderers[QIcon.Mode.Normal])
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name, self.colour, self.disabled)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The named icon in the palette's text colour (the application's by default)."""
    palette = palette or QApplication.palette()
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return QIcon(_TintedSvg(name, colour, disabled))
