"""Small cross-section drawings of each scar type: the skin surface seen from the side, so a
patient can tell a wide rolling dip from a narrow ice-pick pit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from scar_diary.domain.entities import ScarType

WIDTH, HEIGHT = 96, 48
SURFACE = 16.0  # y of the undisturbed skin surface


def _polyline(path: QPainterPath, points: tuple[tuple[float, float], ...]) -> None:
    for x, y in points:
        path.lineTo(x, y)


def _surface(scar_type: ScarType) -> QPainterPath:
    path = QPainterPath(QPointF(0, SURFACE))
    if scar_type is ScarType.ROLLING:
        path.cubicTo(24, SURFACE, 30, 30, 48, 30)
        path.cubicTo(66, 30, 72, SURFACE, 96, SURFACE)
    elif scar_type is ScarType.SHALLOW_BOXCAR:
        _polyline(path, ((32, SURFACE), (34, 25), (62, 25), (64, SURFACE), (96, SURFACE)))
    elif scar_type is ScarType.DEEP_BOXCAR:
        _polyline(path, ((34, SURFACE), (35, 38), (61, 38), (62, SURFACE), (96, SURFACE)))
    elif scar_type is ScarType.ICE_PICK:
        _polyline(path, ((44, SURFACE), (47.5, 42), (48.5, 42), (52, SURFACE), (96, SURFACE)))
    elif scar_type is ScarType.SHALLOW_ATROPHIC:
        path.lineTo(28, SURFACE)
        path.quadTo(48, 25, 68, SURFACE)
        path.lineTo(96, SURFACE)
    elif scar_type is ScarType.CHICKENPOX:
        path.lineTo(36, SURFACE)
        path.cubicTo(37, 29, 59, 29, 60, SURFACE)
        path.lineTo(96, SURFACE)
    else:
        _polyline(path, ((30, SURFACE), (38, 24), (46, 20), (54, 28), (62, SURFACE), (96, SURFACE)))
    return path


def type_pixmap(scar_type: ScarType, device_pixel_ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(WIDTH * device_pixel_ratio), int(HEIGHT * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    surface = _surface(scar_type)
    skin = QPainterPath(surface)
    skin.lineTo(WIDTH, HEIGHT)
    skin.lineTo(0, HEIGHT)
    skin.closeSubpath()
    painter.fillPath(skin, QColor("#e8c4ae"))
    painter.fillRect(QRectF(0, HEIGHT - 8, WIDTH, 8), QColor("#d9a58b"))  # deeper dermis
    painter.setPen(QPen(QColor("#7a4b3a"), 2))
    painter.drawPath(surface)
    painter.end()
    return pixmap


def type_icon(scar_type: ScarType) -> QIcon:
    """The same drawing when selected: the default selected look would grey it out."""
    pixmap = type_pixmap(scar_type, 2.0)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon
